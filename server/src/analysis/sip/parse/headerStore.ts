/**
 * Every header of every message, stored in columns (typed arrays) rather than one object per header:
 * a 50 MB trace holds over a million headers, and objects would cost several times the text itself.
 * A header is an index; its name and value are offsets into the document text.
 */

/** The value spans more than one line (folded); reading it unfolds. */
export const HEADER_FOLDED = 1;
/** The export cut the value (tshark `[truncated]`, a line cut by the logger). */
export const HEADER_TRUNCATED = 2;
/** A stream segment boundary falls inside the value; reading it leaves out the text in between. */
export const HEADER_SPLIT = 4;

export class HeaderStore {
  private capacity: number;
  count = 0;
  nameStart: Uint32Array;
  nameEnd: Uint32Array;
  valueStart: Uint32Array;
  valueEnd: Uint32Array;
  nameId: Uint16Array;
  flags: Uint8Array;
  /** For `HEADER_SPLIT` headers: the document range between the two pieces of the value (rare). */
  readonly gaps = new Map<number, readonly [number, number]>();
  /** Canonical lower-case names by id. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(initialCapacity = 1024) {
    this.capacity = Math.max(16, initialCapacity);
    this.nameStart = new Uint32Array(this.capacity);
    this.nameEnd = new Uint32Array(this.capacity);
    this.valueStart = new Uint32Array(this.capacity);
    this.valueEnd = new Uint32Array(this.capacity);
    this.nameId = new Uint16Array(this.capacity);
    this.flags = new Uint8Array(this.capacity);
  }

  /** The id of a canonical name, registering it the first time. */
  idOf(canonical: string): number {
    const known = this.ids.get(canonical);
    if (known !== undefined) return known;
    if (this.names.length >= 0xffff) return 0xffff;
    const id = this.names.length;
    this.names.push(canonical);
    this.ids.set(canonical, id);
    return id;
  }

  /** The id of a canonical name if any header used it, else -1 (no registration). */
  existingId(canonical: string): number {
    return this.ids.get(canonical) ?? -1;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, id: number): number {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.nameStart[i] = nameStart;
    this.nameEnd[i] = nameEnd;
    this.valueStart[i] = valueStart;
    this.valueEnd[i] = valueEnd;
    this.nameId[i] = id;
    return i;
  }

  name(i: number): string {
    return this.names[this.nameId[i] as number] ?? '';
  }

  /** Shrinks the columns to what is used (called once parsing is done) when more than a quarter is unused. */
  trim(): void {
    if (this.capacity - this.count < 1024 || this.capacity - this.count < this.capacity / 4) return;
    this.capacity = Math.max(16, this.count);
    this.nameStart = this.nameStart.slice(0, this.capacity);
    this.nameEnd = this.nameEnd.slice(0, this.capacity);
    this.valueStart = this.valueStart.slice(0, this.capacity);
    this.valueEnd = this.valueEnd.slice(0, this.capacity);
    this.nameId = this.nameId.slice(0, this.capacity);
    this.flags = this.flags.slice(0, this.capacity);
  }

  private grow(): void {
    // Grow by half: the columns are large, and every grow copies them.
    const next = Math.ceil(this.capacity * 1.5);
    const grow32 = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array(next);
      b.set(a);
      return b;
    };
    this.nameStart = grow32(this.nameStart);
    this.nameEnd = grow32(this.nameEnd);
    this.valueStart = grow32(this.valueStart);
    this.valueEnd = grow32(this.valueEnd);
    const ids = new Uint16Array(next);
    ids.set(this.nameId);
    this.nameId = ids;
    const flags = new Uint8Array(next);
    flags.set(this.flags);
    this.flags = flags;
    this.capacity = next;
  }
}
