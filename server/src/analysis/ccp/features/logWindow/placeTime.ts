/**
 * Puts a typed clock time on the log's timeline: a time without a zone is read in `callsight.time.zone`
 * (an explicit zone wins), and a time without a date takes the day of the log that places it inside the
 * covered window, or nearest to it when no day does (a log that spans midnight has two candidates).
 */
import type { TimeZoneSetting } from '../../../settings';
import { zoneOffset } from '../timeFormat';
import type { TimeInput } from './timeInput';

const DAY_MS = 86_400_000;
/** Days tried for a time without a date; a log that never rolled can hold a long session, rarely more. */
const MAX_CANDIDATE_DAYS = 62;

/** Offset (ms east of UTC) in force at an instant. */
type OffsetAt = (ms: number) => number;

function offsetFunction(input: TimeInput, zone: TimeZoneSetting): OffsetAt {
  if (input.offsetMinutes !== undefined) {
    const fixed = input.offsetMinutes * 60_000;
    return () => fixed;
  }
  return (ms) => zoneOffset(ms, zone);
}

/**
 * The instant whose wall-clock reading is `wall` (wall time written as if it were UTC ms). Two passes
 * settle the offset around a daylight-saving change; a time skipped by the change lands just after it.
 */
function wallToInstant(wall: number, offsetAt: OffsetAt): number {
  const first = wall - offsetAt(wall);
  return wall - offsetAt(first);
}

/** Midnight (as wall ms) of the day holding `ms` in the zone. */
function wallDay(ms: number, offsetAt: OffsetAt): number {
  return Math.floor((ms + offsetAt(ms)) / DAY_MS) * DAY_MS;
}

/** Distance from `t` to the window `[first, last]` (0 inside). */
function distanceToWindow(t: number, first: number, last: number): number {
  return t < first ? first - t : t > last ? t - last : 0;
}

/**
 * Epoch ms of the typed time. `first`/`last` bound the log's timed entries; they choose the day when the
 * input has none.
 */
export function placeTime(input: TimeInput, zone: TimeZoneSetting, first: number, last: number): number {
  const offsetAt = offsetFunction(input, zone);
  if (input.date) {
    const { year, month, day } = input.date;
    return wallToInstant(Date.UTC(year, month - 1, day) + input.timeOfDay, offsetAt);
  }
  // The day before the first entry and the day after the last count too: 23:55 typed for a log that
  // starts at 00:10 means the evening before, a few minutes before the log begins.
  const from = wallDay(first, offsetAt) - DAY_MS;
  const to = Math.min(wallDay(last, offsetAt) + DAY_MS, from + MAX_CANDIDATE_DAYS * DAY_MS);
  let best = NaN;
  let bestDistance = Infinity;
  for (let day = from; day <= to; day += DAY_MS) {
    const t = wallToInstant(day + input.timeOfDay, offsetAt);
    const d = distanceToWindow(t, first, last);
    // Strictly smaller: of two days inside the window (a session longer than a day), the earlier wins.
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}
