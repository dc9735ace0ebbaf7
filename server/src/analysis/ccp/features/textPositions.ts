/**
 * Maps between positions in an entry's decoded text and offsets in the document. In the JSON form a
 * text with escapes (`\"`, `\u00e9`) is longer on disk than decoded; a JSON string's decoded length equals
 * its raw length exactly when it has no escapes, so the common case is a plain addition.
 */
import type { CcpEntry } from '../model/entry';
import type { CcpModel } from '../model/model';
import { Slot } from '../parse/jsonScanner';

export interface TextContent {
  readonly start: number;
  readonly end: number;
  /** The text is a JSON string on disk (escapes possible). */
  readonly quoted: boolean;
}

export function textContent(model: CcpModel, e: CcpEntry): TextContent | undefined {
  const r = model.fieldRange(e, Slot.text);
  if (!r) return undefined;
  const quoted = model.text.charCodeAt(r.start) === 34;
  return quoted ? { start: r.start + 1, end: Math.max(r.start + 1, r.end - 1), quoted } : { ...r, quoted };
}

function plain(c: TextContent, e: CcpEntry): boolean {
  return !c.quoted || c.end - c.start === e.text.length;
}

/** Document offset of decoded index `i` of the entry's text. */
export function sourceOffset(model: CcpModel, e: CcpEntry, c: TextContent, i: number): number {
  if (plain(c, e)) return c.start + i;
  const t = model.text;
  let src = c.start;
  for (let dec = 0; dec < i && src < c.end; dec++) {
    src += t.charCodeAt(src) === 92 ? (t.charCodeAt(src + 1) === 117 ? 6 : 2) : 1;
  }
  return src;
}

/** Decoded index of the character at document `offset` inside the entry's text. */
export function decodedIndex(model: CcpModel, e: CcpEntry, c: TextContent, offset: number): number {
  if (plain(c, e)) return offset - c.start;
  const t = model.text;
  let src = c.start;
  let dec = 0;
  while (src < c.end) {
    const step = t.charCodeAt(src) === 92 ? (t.charCodeAt(src + 1) === 117 ? 6 : 2) : 1;
    if (offset < src + step) return dec;
    src += step;
    dec++;
  }
  return dec;
}
