/**
 * Line starts of a text fed in chunks, to turn character offsets into line/character positions for a
 * file the editor cannot sync (the client then opens it at that position). Line breaks are CRLF, LF or
 * a lone CR, as in the editor. Pure: no editor API.
 */
export class LineIndex {
  private starts = new Uint32Array(1024);
  private count = 1; // line 0 starts at offset 0
  private length = 0;
  private pendingCr = false;

  /** Adds the next chunk of the text. */
  feed(chunk: string): void {
    const base = this.length;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.pendingCr) {
        this.pendingCr = false;
        // CRLF is one break: the line starts after the LF, not after the CR.
        if (c === 10) {
          this.starts[this.count - 1] = base + i + 1;
          continue;
        }
      }
      if (c === 10) this.push(base + i + 1);
      else if (c === 13) {
        this.push(base + i + 1);
        this.pendingCr = true;
      }
    }
    this.length += chunk.length;
  }

  /** Characters fed so far. */
  get textLength(): number {
    return this.length;
  }

  get lineCount(): number {
    return this.count;
  }

  /** Zero-based line and character of `offset` (clamped to the text). */
  positionAt(offset: number): { line: number; character: number } {
    const target = Math.max(0, Math.min(Math.floor(offset), this.length));
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] ?? 0) <= target) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: target - (this.starts[lo] ?? 0) };
  }

  private push(start: number): void {
    if (this.count === this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = start;
  }
}
