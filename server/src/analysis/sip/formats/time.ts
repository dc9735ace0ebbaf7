/**
 * Envelope timestamps to milliseconds. Exports write local wall-clock time without a zone; Callsight
 * keeps the numbers as written (read as UTC) so deltas are right and nothing shifts.
 */
import { daysFromCivil, readDigits as digits } from '../../text/civilTime';

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

/** The year assumed when an export writes a month and day but no year (syslog style). */
const YEARLESS = 2000;

function fraction(f: string | undefined): number {
  if (!f) return 0;
  return Number.parseFloat('0.' + f) * 1000;
}

/** `2005/07/04 09:32:52.841120` or `2024-01-15 12:00:00[.123]` or `2024-01-15T12:00:00.123456Z`. */
export function parseDateTime(text: string): number | undefined {
  // Fast path for the fixed layouts the exports write (no regular expression, no Date object).
  if (text.length >= 19) {
    const y = digits(text, 0, 4);
    const mo = digits(text, 5, 2);
    const d = digits(text, 8, 2);
    const h = digits(text, 11, 2);
    const mi = digits(text, 14, 2);
    const se = digits(text, 17, 2);
    const sep = text.charCodeAt(10);
    if (
      y >= 0 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      h >= 0 &&
      mi >= 0 &&
      se >= 0 &&
      (sep === 32 || sep === 84)
    ) {
      let ms = (((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60 + se) * 1000;
      const dot = text.charCodeAt(19);
      if (dot === 46 || dot === 44) {
        let scale = 100;
        for (let i = 20; i < text.length && i < 29; i++) {
          const c = text.charCodeAt(i) - 48;
          if (c < 0 || c > 9) break;
          ms += c * scale;
          scale /= 10;
        }
      }
      return ms;
    }
  }
  return parseDateTimeSlow(text);
}

function parseDateTimeSlow(text: string): number | undefined {
  const m = /^(\d{4})[/-](\d\d)[/-](\d\d)[ T](\d\d):(\d\d):(\d\d)(?:[.,](\d{1,9}))?/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Number.isNaN(ms) ? undefined : ms + fraction(m[7]);
}

/** `09:32:52.841120` → milliseconds since midnight. */
export function parseTimeOfDay(text: string): number | undefined {
  const m = /^(\d\d):(\d\d):(\d\d)(?:[.,](\d{1,9}))?/.exec(text);
  if (!m) return undefined;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + fraction(m[4]);
}

/** `Mar  6 13:34:49.416` (syslog style, no year). */
export function parseMonthDayTime(text: string): number | undefined {
  const m = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)(?:[.,](\d{1,9}))?/.exec(text);
  if (!m) return undefined;
  const month = MONTHS[m[1] as string];
  if (month === undefined) return undefined;
  return Date.UTC(YEARLESS, month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) + fraction(m[6]);
}

/** `1593721668.123456` seconds since the epoch. */
export function parseEpochSeconds(text: string): number | undefined {
  const m = /^(\d{9,11})(?:\.(\d{1,9}))?/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 1000 + fraction(m[2]);
}

/** `12.808812308` seconds (relative) → ms. */
export function parseSeconds(text: string): number | undefined {
  const m = /^\+?(\d{1,9})(?:\.(\d{1,9}))?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 1000 + fraction(m[2]);
}
