/**
 * Finds the User-to-User header on the line under a cursor: `User-to-User:` / `X-User-to-User:`
 * header lines (as any export writes them, indented or not), or `User-to-User=` inside a URI
 * (Refer-To, Contact). Looks at that one line only, and at most a window of it.
 */

/** Longest line looked at around the cursor. */
const WINDOW = 64 * 1024;

export interface UuiHeaderLocation {
  /** Offsets of the header text (name included) in the document. */
  readonly start: number;
  readonly end: number;
  /** The header text, ready for `decodeUui`. */
  readonly text: string;
}

const HEADER_LINE = /^[ \t]*(?:x-user-to-user|user-to-user)[ \t]*:/i;
const IN_URI = /[?&]user-to-user=/i;

/** The UUI header on the line containing `offset`, if that line holds one. */
export function findUuiHeaderAt(text: string, offset: number): UuiHeaderLocation | undefined {
  const at = Math.min(Math.max(0, offset), text.length);
  const floor = Math.max(0, at - WINDOW);
  let start = at;
  while (start > floor && text[start - 1] !== '\n') start--;
  const ceiling = Math.min(text.length, at + WINDOW);
  let end = at;
  while (end < ceiling && text[end] !== '\n') end++;
  let lineEnd = end;
  if (lineEnd > start && text[lineEnd - 1] === '\r') lineEnd--;
  if (lineEnd - start >= 4 && text.slice(lineEnd - 4, lineEnd) === '\\r\\n') lineEnd -= 4;
  const line = text.slice(start, lineEnd);
  const header = HEADER_LINE.exec(line);
  if (header) {
    const lead = header[0].length - header[0].trimStart().length;
    let trimmedEnd = line.length;
    while (trimmedEnd > lead && /\s/.test(line[trimmedEnd - 1]!)) trimmedEnd--;
    return { start: start + lead, end: start + trimmedEnd, text: line.slice(lead, trimmedEnd) };
  }
  const inUri = IN_URI.exec(line);
  if (inUri) {
    let s = inUri.index;
    while (s > 0 && !/[\s<]/.test(line[s - 1]!)) s--;
    let e = inUri.index;
    while (e < line.length && !/[\s>]/.test(line[e]!)) e++;
    return { start: start + s, end: start + e, text: line.slice(s, e) };
  }
  return undefined;
}
