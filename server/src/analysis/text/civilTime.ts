/**
 * Hand-decoding of dates and times written in logs and traces (CCP ISO times, SIP export envelopes):
 * fixed-width digit runs and calendar arithmetic, without Date objects or regular expressions, because
 * every entry and every message has one.
 */

/** The `count` decimal digits at `text[at…]` as a number, or -1 when one of them is not a digit. */
export function readDigits(text: string, at: number, count: number): number {
  let v = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Days since 1970-01-01 of a proleptic Gregorian date, `m` 1–12 (Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
