/** UUIDs (contact ids, connection ids, rtc call ids) found by a fixed-shape check, no regular expression. */

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** True when a UUID (8-4-4-4-12 hex) starts at `i`. */
export function isUuidAt(t: string, i: number): boolean {
  if (i < 0 || i + 36 > t.length) return false;
  for (let k = 0; k < 36; k++) {
    const c = t.charCodeAt(i + k);
    if (k === 8 || k === 13 || k === 18 || k === 23) {
      if (c !== 45) return false;
    } else if (!isHex(c)) return false;
  }
  return true;
}

/** Index of the first UUID at or after `from` (before `limit`), or -1. */
export function findUuid(t: string, from: number, limit = t.length): number {
  let i = t.indexOf('-', from + 8);
  while (i >= 0 && i < limit) {
    const s = i - 8;
    if (s >= from && isUuidAt(t, s)) return s;
    i = t.indexOf('-', i + 1);
  }
  return -1;
}

export function isUuid(s: string): boolean {
  return s.length === 36 && isUuidAt(s, 0);
}
