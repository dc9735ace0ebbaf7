/** Offset ↔ line/column conversion for a text, built once in one pass. Lines end at `\n`; a `\r` before it belongs to the line ending. */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: Uint32Array | number[];

  constructor(private readonly text: string) {
    const starts: number[] = [0];
    let i = text.indexOf('\n');
    while (i >= 0) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts.length > 4096 ? Uint32Array.from(starts) : starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Zero-based line containing `offset` (binary search). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return (this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] as number) ?? 0;
  }

  /** Offset just past the line's content (before `\r\n` / `\n`). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? (this.starts[line + 1] as number) - 1 : this.text.length;
    return next > 0 && this.text.charCodeAt(next - 1) === 13 && next - 1 >= this.lineStart(line)
      ? next - 1
      : next;
  }

  positionAt(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStart(line) };
  }

  offsetAt(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.lineStart(line) + Math.max(0, character), this.lineEnd(line));
  }
}
