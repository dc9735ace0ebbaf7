/**
 * Shares the strings of values that repeat through a trace (Call-IDs, branches, tags, hosts, SDP
 * tokens) without slicing them first: a value is hashed and compared in place in the text, and only a
 * value not seen recently becomes a new string. The cache is direct-mapped (a colliding value replaces
 * the older one), so it costs one array and never grows; a miss only costs the slice that would have
 * been made anyway.
 */
export class TextInterner {
  private readonly slots: string[];
  private readonly mask: number;

  /**
   * @param bits log2 of the slot count.
   * @param maxLength Longer values are sliced as they are (they rarely repeat and hash slowly).
   */
  constructor(
    bits: number,
    private readonly maxLength = 128,
  ) {
    this.slots = new Array<string>(1 << bits).fill('');
    this.mask = (1 << bits) - 1;
  }

  /** `text.slice(start, end)`, as the string returned before for an equal value when still cached. */
  at(text: string, start: number, end: number): string {
    const length = end - start;
    if (length <= 0) return '';
    if (length > this.maxLength) return text.slice(start, end);
    // Long values are hashed on their first and last eight characters: Call-IDs, branches and tags
    // differ there (a random part at one end), and the comparison below settles any collision.
    const h =
      length <= 16
        ? hashRange(text, start, end, length)
        : hashRange(text, end - 8, end, hashRange(text, start, start + 8, length));
    const slot = (h ^ (h >>> 15)) & this.mask;
    const known = this.slots[slot] as string;
    if (known.length === length && text.startsWith(known, start)) return known;
    const value = text.slice(start, end);
    this.slots[slot] = value;
    return value;
  }
}

/** `seed` mixed with the characters of `text[start, end)`. */
function hashRange(text: string, start: number, end: number, seed: number): number {
  let h = seed;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
