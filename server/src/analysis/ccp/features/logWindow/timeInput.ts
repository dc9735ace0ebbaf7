/**
 * Reads the time a user types into "Go to Time…": `14:32`, `14:32:05`, `2025-05-06 14:32[:SS]`, or an ISO
 * time with a zone (`2025-05-06T14:32:00Z`, `…+09:00`, `14:32 JST`). A hand-written scanner: the input is short, but
 * it is untrusted and the core keeps every pattern linear.
 */

/** A clock time as typed, before it is placed on the log's timeline. */
export interface TimeInput {
  /** The calendar date, when the user gave one. */
  readonly date?: { readonly year: number; readonly month: number; readonly day: number };
  /** Milliseconds since midnight. */
  readonly timeOfDay: number;
  /** Minutes east of UTC when the user wrote a zone (`Z`, `UTC`, `+09:00`); otherwise the setting decides. */
  readonly offsetMinutes?: number;
}

/** Why the text is not a time: nothing typed, an unknown shape, or a date or clock value that cannot exist. */
export type TimeInputProblem = 'empty' | 'unreadable' | 'outOfRange';

export type TimeInputResult =
  | { readonly ok: true; readonly input: TimeInput }
  | { readonly ok: false; readonly problem: TimeInputProblem };

/** Longest input read; anything longer is not a time. */
const MAX_LENGTH = 64;

class Cursor {
  i = 0;
  constructor(readonly s: string) {}
  get done(): boolean {
    return this.i >= this.s.length;
  }
  peek(): string {
    return this.s.charAt(this.i);
  }
  /** Reads `min`..`max` ASCII digits; -1 when fewer than `min`. */
  digits(min: number, max: number): number {
    let v = 0;
    let n = 0;
    while (n < max && this.i < this.s.length) {
      const d = this.s.charCodeAt(this.i) - 48;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
      n++;
      this.i++;
    }
    return n >= min ? v : -1;
  }
  /** Consumes `c` when it is next. */
  take(c: string): boolean {
    if (this.s.startsWith(c, this.i)) {
      this.i += c.length;
      return true;
    }
    return false;
  }
  spaces(): number {
    const from = this.i;
    while (this.peek() === ' ') this.i++;
    return this.i - from;
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Zone abbreviations read as fixed offsets (minutes east of UTC). JST has no daylight saving time. */
const NAMED_ZONES: ReadonlyMap<string, number> = new Map([
  ['Z', 0],
  ['UTC', 0],
  ['GMT', 0],
  ['JST', 540],
]);

/** A named zone, `±HH`, `±HHMM` or `±HH:MM` → minutes east of UTC; undefined when absent, NaN when malformed. */
function readZone(c: Cursor): number | undefined {
  const named = NAMED_ZONES.get(c.s.slice(c.i).toUpperCase());
  if (named !== undefined) {
    c.i = c.s.length;
    return named;
  }
  const sign = c.peek();
  if (sign !== '+' && sign !== '-') return undefined;
  c.i++;
  const hours = c.digits(2, 2);
  if (hours < 0) return NaN;
  c.take(':');
  const minutes = c.done ? 0 : c.digits(2, 2);
  if (minutes < 0 || hours > 14 || minutes > 59) return NaN;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Parses what the user typed. Full-width digits and colons (a Japanese IME's) are read like ASCII ones. */
export function parseTimeInput(raw: string): TimeInputResult {
  const s = raw.normalize('NFKC').trim();
  if (s === '') return { ok: false, problem: 'empty' };
  if (s.length > MAX_LENGTH) return { ok: false, problem: 'unreadable' };
  const c = new Cursor(s);
  let date: TimeInput['date'];
  if (s.length >= 10 && s.charAt(4) === '-' && s.charAt(7) === '-') {
    const year = c.digits(4, 4);
    c.take('-');
    const month = c.digits(2, 2);
    c.take('-');
    const day = c.digits(2, 2);
    if (year < 0 || month < 0 || day < 0 || c.i !== 10) return { ok: false, problem: 'unreadable' };
    if (!(c.take('T') || c.take('t') || c.spaces() > 0)) return { ok: false, problem: 'unreadable' };
    c.spaces();
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
      return { ok: false, problem: 'outOfRange' };
    date = { year, month, day };
  }
  const hour = c.digits(1, 2);
  if (hour < 0 || !c.take(':')) return { ok: false, problem: 'unreadable' };
  const minute = c.digits(2, 2);
  if (minute < 0) return { ok: false, problem: 'unreadable' };
  let second = 0;
  let millis = 0;
  if (c.take(':')) {
    second = c.digits(2, 2);
    if (second < 0) return { ok: false, problem: 'unreadable' };
    if (c.take('.') || c.take(',')) {
      const from = c.i;
      const fraction = c.digits(1, 3);
      if (fraction < 0) return { ok: false, problem: 'unreadable' };
      millis = fraction * 10 ** (3 - (c.i - from));
      c.digits(0, 6); // finer digits than the log's milliseconds are ignored
    }
  }
  c.spaces();
  const offsetMinutes = readZone(c);
  if (!c.done || Number.isNaN(offsetMinutes)) return { ok: false, problem: 'unreadable' };
  // 24:00 is not accepted: "the first entry at or after midnight" is written 00:00 of the next day.
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, problem: 'outOfRange' };
  const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return {
    ok: true,
    input: {
      ...(date ? { date } : {}),
      timeOfDay,
      ...(offsetMinutes !== undefined ? { offsetMinutes } : {}),
    },
  };
}
