/**
 * Walks a text line by line without allocating: after `next()`, `[start, end)` is the line's content
 * and `eol` the octets of its ending (CRLF 2, LF or lone CR 1, none 0). Accepts LF, CRLF, lone CR and
 * mixtures. Linear: the search for the next CR is cached so CR-free text is not rescanned.
 */
export class LineReader {
  /** Offset of the next unread line. */
  pos: number;
  start = 0;
  end = 0;
  eol = 0;
  private nextCr = -2;

  constructor(
    readonly text: string,
    from = 0,
    readonly limit = text.length,
  ) {
    this.pos = from;
  }

  next(): boolean {
    const text = this.text;
    const s = this.pos;
    if (s >= this.limit) return false;
    let nl = text.indexOf('\n', s);
    if (nl < 0 || nl >= this.limit) nl = -1;
    if (this.nextCr !== -1 && this.nextCr < s) this.nextCr = text.indexOf('\r', s);
    let cr = this.nextCr;
    if (cr >= this.limit) cr = -1;
    let end: number;
    let next: number;
    let eol: number;
    if (cr >= 0 && (nl < 0 || cr < nl - 1)) {
      // A lone CR ends the line.
      end = cr;
      next = cr + 1;
      eol = 1;
    } else if (nl >= 0) {
      end = cr >= 0 && cr === nl - 1 ? nl - 1 : nl;
      next = nl + 1;
      eol = next - end;
    } else {
      end = this.limit;
      next = this.limit;
      eol = 0;
      if (cr === end - 1 && cr >= s) {
        end = cr;
        eol = 1;
      }
    }
    this.start = s;
    this.end = end;
    this.eol = eol;
    this.pos = next;
    return true;
  }

  /** Un-reads the current line (the next `next()` returns it again). */
  back(): void {
    this.pos = this.start;
  }
}
