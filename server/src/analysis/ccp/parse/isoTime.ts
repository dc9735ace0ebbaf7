/**
 * Time values of CCP logs: ISO-8601 UTC strings with milliseconds (`2025-05-06T17:25:02.353Z`) or epoch
 * milliseconds (ccp-log.md §2.2). The common shape is decoded by hand, straight from the document text
 * (every entry and every metric sample has one); anything else falls back to `Date.parse`.
 */
import { daysFromCivil, readDigits as digits } from '../../text/civilTime';

/** Epoch ms of the ISO time in `s[start, end)`, or NaN. */
export function parseIsoTimeAt(s: string, start: number, end: number): number {
  const len = end - start;
  if (
    len >= 20 &&
    len <= 30 &&
    s.charCodeAt(start + 4) === 45 &&
    s.charCodeAt(start + 7) === 45 &&
    s.charCodeAt(start + 10) === 84 &&
    s.charCodeAt(start + 13) === 58 &&
    s.charCodeAt(start + 16) === 58 &&
    s.charCodeAt(end - 1) === 90
  ) {
    const y = digits(s, start, 4);
    const mo = digits(s, start + 5, 2);
    const d = digits(s, start + 8, 2);
    const h = digits(s, start + 11, 2);
    const mi = digits(s, start + 14, 2);
    const sec = digits(s, start + 17, 2);
    let ms = 0;
    if (len > 20) {
      if (s.charCodeAt(start + 19) !== 46) return Date.parse(s.slice(start, end));
      const fracLen = len - 21;
      const f = digits(s, start + 20, Math.min(fracLen, 3));
      if (f < 0 || fracLen < 1) return Date.parse(s.slice(start, end));
      ms = fracLen === 1 ? f * 100 : fracLen === 2 ? f * 10 : f;
    }
    if (
      y >= 0 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      d <= 31 &&
      h >= 0 &&
      h < 24 &&
      mi >= 0 &&
      mi < 60 &&
      sec >= 0 &&
      sec < 61
    ) {
      return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + sec * 1000 + ms;
    }
    return NaN;
  }
  return len > 0 && len < 64 ? Date.parse(s.slice(start, end)) : NaN;
}

/** Epoch ms of an ISO time string, or NaN. */
export function parseIsoTime(s: string): number {
  return parseIsoTimeAt(s, 0, s.length);
}

/** Epoch ms from a `time` field of any type: ISO string, number (epoch ms), or anything else → NaN. */
export function timeValue(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : NaN;
  if (typeof value === 'string') {
    const t = parseIsoTime(value);
    if (!Number.isNaN(t)) return t;
    // Some tools write epoch ms as a string.
    if (/^\d{12,14}$/.test(value)) return Number(value);
    return NaN;
  }
  return NaN;
}
