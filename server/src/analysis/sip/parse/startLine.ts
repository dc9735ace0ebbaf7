/**
 * SIP start lines (RFC 3261 §7.1, §7.2), read in place from the document text: `Method SP Request-URI
 * SP SIP/2.0` and `SIP/2.0 SP 3DIGIT SP Reason-Phrase`. Tolerant of trailing blanks; strict enough that
 * header and body lines are never taken for start lines.
 */

export interface StartLine {
  readonly isRequest: boolean;
  /** Request: method range; response: status code range. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Request: Request-URI range; response: reason phrase range (may be empty). */
  readonly restStart: number;
  readonly restEnd: number;
  readonly status: number;
}

/** Methods of RFC 3261 and its extensions. Other tokens are legal methods too. */
export const KNOWN_METHODS: ReadonlySet<string> = new Set([
  'INVITE',
  'ACK',
  'BYE',
  'CANCEL',
  'OPTIONS',
  'REGISTER',
  'PRACK',
  'SUBSCRIBE',
  'NOTIFY',
  'PUBLISH',
  'INFO',
  'REFER',
  'MESSAGE',
  'UPDATE',
]);

function isTokenChar(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    c === 45 ||
    c === 46 ||
    c === 33 ||
    c === 37 ||
    c === 42 ||
    c === 95 ||
    c === 43 ||
    c === 96 ||
    c === 39 ||
    c === 126
  );
}

function isSipVersionAt(text: string, i: number): boolean {
  return (
    (text.charCodeAt(i) | 32) === 115 &&
    (text.charCodeAt(i + 1) | 32) === 105 &&
    (text.charCodeAt(i + 2) | 32) === 112 &&
    text.charCodeAt(i + 3) === 47 &&
    text.charCodeAt(i + 4) === 50 &&
    text.charCodeAt(i + 5) === 46 &&
    text.charCodeAt(i + 6) === 48
  );
}

/** Reads a start line in `text[start, end)`; undefined when the line is not one. */
export function readStartLine(text: string, start: number, end: number): StartLine | undefined {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e - start < 11) return undefined;
  if (isSipVersionAt(text, start)) {
    if (text.charCodeAt(start + 7) !== 32) return undefined;
    const d0 = text.charCodeAt(start + 8) - 48;
    const d1 = text.charCodeAt(start + 9) - 48;
    const d2 = text.charCodeAt(start + 10) - 48;
    if (d0 < 1 || d0 > 6 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
    const after = start + 11;
    if (after < e && text.charCodeAt(after) !== 32) return undefined;
    return {
      isRequest: false,
      tokenStart: start + 8,
      tokenEnd: after,
      restStart: Math.min(after + 1, e),
      restEnd: e,
      status: d0 * 100 + d1 * 10 + d2,
    };
  }
  // Request: the line must end with " SIP/2.0".
  if (e - start < 14 || text.charCodeAt(e - 8) !== 32 || !isSipVersionAt(text, e - 7)) return undefined;
  const c0 = text.charCodeAt(start);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return undefined;
  let i = start + 1;
  while (i < e && isTokenChar(text.charCodeAt(i))) i++;
  if (i >= e || text.charCodeAt(i) !== 32 || i - start > 32) return undefined;
  const uriStart = i + 1;
  const uriEnd = e - 8;
  if (uriEnd <= uriStart) return undefined;
  let colon = false;
  for (let k = uriStart; k < uriEnd; k++) {
    const c = text.charCodeAt(k);
    if (c <= 32) return undefined;
    if (c === 58) colon = true;
  }
  if (!colon) return undefined;
  return { isRequest: true, tokenStart: start, tokenEnd: i, restStart: uriStart, restEnd: uriEnd, status: 0 };
}

/**
 * A start line that follows a few bytes of WebSocket frame header (server frames in ngrep and
 * follow-stream output: `.~.0SIP/2.0 407 …`). Returns the line and how many characters were skipped.
 */
export function readFramedStartLine(
  text: string,
  start: number,
  end: number,
): { line: StartLine; skipped: number } | undefined {
  if (text.charCodeAt(start) !== 46) return undefined;
  for (const skip of [4, 2, 10]) {
    if (start + skip >= end) continue;
    const line = readStartLine(text, start + skip, end);
    if (line) return { line, skipped: skip };
  }
  // A masked or odd header: look for the version or a known method within the first 14 characters.
  const limit = Math.min(end, start + 14);
  for (let i = start + 1; i < limit; i++) {
    const line = readStartLine(text, i, end);
    if (line && (!line.isRequest || KNOWN_METHODS.has(text.slice(line.tokenStart, line.tokenEnd))))
      return { line, skipped: i - start };
  }
  return undefined;
}
