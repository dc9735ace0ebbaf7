/**
 * JSON embedded in entry texts after a known prefix (`sendSoftphoneMetrics success[…]`,
 * `Operation 'x' failed: {…}`, `Failed to accept call{…}`): found with a string-aware balanced scan,
 * then parsed. A payload that never closes is reported as truncated; when the text carries `[redacted]`
 * that is the CCP's redaction cutting the string (ccp-log.md §2.4), not damage.
 */

export type PayloadStatus = 'ok' | 'none' | 'truncated' | 'invalid';

export interface Payload {
  readonly status: PayloadStatus;
  readonly value?: unknown;
  /** Index of the payload's first character in the text. */
  readonly start: number;
  /** Index after its last character (the end of the text when truncated). */
  readonly end: number;
}

const NONE: Payload = { status: 'none', start: -1, end: -1 };

/** Finds and parses the first `{…}` or `[…]` at or after `from`. */
export function extractJson(text: string, from: number, maxLength = 50_000_000): Payload {
  let start = -1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      start = i;
      break;
    }
  }
  if (start < 0) return NONE;
  // Common case: the payload runs to the end of the text.
  const last = text.charCodeAt(text.length - 1);
  const open = text.charCodeAt(start);
  if ((open === 123 && last === 125) || (open === 91 && last === 93)) {
    try {
      return { status: 'ok', value: JSON.parse(text.slice(start)) as unknown, start, end: text.length };
    } catch {
      // fall through to the balanced scan
    }
  }
  const end = balancedEnd(text, start, Math.min(text.length, start + maxLength));
  if (end < 0) return { status: 'truncated', start, end: text.length };
  try {
    return { status: 'ok', value: JSON.parse(text.slice(start, end)) as unknown, start, end };
  } catch {
    return { status: 'invalid', start, end };
  }
}

/** Index after the bracket that closes the one at `start`, or -1. Strings are skipped. */
export function balancedEnd(text: string, start: number, limit: number): number {
  let depth = 0;
  let i = start;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < limit) {
        const d = text.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === 34) break;
        else i++;
      }
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

/**
 * Reads `"key":"value"` (or a number) out of JSON that may be cut short, without parsing it: used for the
 * error code and message of a redaction-truncated API failure.
 */
export function looseJsonField(json: string, key: string): string | undefined {
  const needle = `"${key}"`;
  const at = json.indexOf(needle);
  if (at < 0) return undefined;
  let i = at + needle.length;
  while (i < json.length && (json.charCodeAt(i) === 32 || json.charCodeAt(i) === 58)) i++;
  if (json.charCodeAt(i) === 34) {
    let j = i + 1;
    while (j < json.length && json.charCodeAt(j) !== 34) j += json.charCodeAt(j) === 92 ? 2 : 1;
    return json.slice(i + 1, Math.min(j, json.length, i + 1 + 2000));
  }
  let j = i;
  while (j < json.length && /[\w.-]/.test(json[j] as string)) j++;
  return j > i ? json.slice(i, j) : undefined;
}
