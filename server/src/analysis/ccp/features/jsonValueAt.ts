/**
 * Small, local reads of pretty-printed JSON inside an entry's `objects`/`exception` (no parse of the
 * document): the value range of a key, and the key/value under a position (for hovers and tokens).
 */
import type { OffsetRange } from '../../findings';

/** Range of the value of the first `"key":` inside `[start, end)` of `text`. */
export function valueRangeOfKey(
  text: string,
  start: number,
  end: number,
  key: string,
): OffsetRange | undefined {
  const needle = `"${key}"`;
  const at = text.indexOf(needle, start);
  if (at < 0 || at >= end) return undefined;
  let i = at + needle.length;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 58)) i++;
  return valueAt(text, i, end);
}

/** Range of a scalar JSON value starting at `i` (a string includes its quotes). */
function valueAt(text: string, i: number, end: number): OffsetRange | undefined {
  if (i >= end) return undefined;
  if (text.charCodeAt(i) === 34) {
    let j = i + 1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === 34 || c === 10) break;
      else j++;
    }
    return { start: i, end: Math.min(j + 1, end) };
  }
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 125 || c === 93 || c === 10 || c === 13 || c === 32) break;
    j++;
  }
  return j > i ? { start: i, end: j } : undefined;
}

export interface KeyValueAt {
  readonly key: string;
  /** Value range (string values include quotes). */
  readonly value: OffsetRange;
  /** The value text, without quotes for strings. */
  readonly raw: string;
}

/**
 * The `"key": value` pair on the line around `offset` whose value (or key) contains `offset`, looking at
 * no more than the line itself (pretty-printed JSON has one pair per line).
 */
export function keyValueAt(text: string, offset: number, lo: number, hi: number): KeyValueAt | undefined {
  let ls = offset;
  const minStart = Math.max(lo, offset - 2000);
  while (ls > minStart && text.charCodeAt(ls - 1) !== 10) ls--;
  let le = offset;
  const maxEnd = Math.min(hi, offset + 2000);
  while (le < maxEnd && text.charCodeAt(le) !== 10) le++;
  // Walk the line's pairs: "key": value
  let i = ls;
  while (i < le) {
    const q = text.indexOf('"', i);
    if (q < 0 || q >= le) return undefined;
    let k = q + 1;
    while (k < le && text.charCodeAt(k) !== 34) k += text.charCodeAt(k) === 92 ? 2 : 1;
    if (k >= le) return undefined;
    let c = k + 1;
    while (c < le && text.charCodeAt(c) === 32) c++;
    if (text.charCodeAt(c) !== 58) {
      i = k + 1;
      continue;
    }
    c++;
    while (c < le && text.charCodeAt(c) === 32) c++;
    const v = valueAt(text, c, le);
    if (!v) return undefined;
    if (offset >= q && offset < v.end) {
      const quoted = text.charCodeAt(v.start) === 34;
      return {
        key: text.slice(q + 1, k),
        value: v,
        raw: text.slice(quoted ? v.start + 1 : v.start, quoted ? v.end - 1 : v.end),
      };
    }
    i = v.end;
  }
  return undefined;
}
