/**
 * The stretch of time a CCP log download covers (ccp-log.md §2.5): first and last timed entry in time
 * order, how many `Log roll interval occurred.` markers it holds, and whether it is longer than a rolling
 * CCP could have kept.
 */
import type { TimeZoneSetting } from '../../../settings';
import { EntryKind } from '../../model/entry';
import type { CcpModel } from '../../model/model';
import { formatInZoneSeconds } from '../timeFormat';

/** A rolling CCP keeps two 30-minute windows; two more minutes allow for late SharedWorker entries. */
const ROLLING_MAX_MS = 62 * 60_000;

export interface CoveredWindow {
  /** Epoch ms of the first and last timed entry (time order, not document order). */
  readonly first: number;
  readonly last: number;
  /** Entry indices of those entries. */
  readonly firstIndex: number;
  readonly lastIndex: number;
  /** `Log roll interval occurred.` entries, duplicates left out. */
  readonly rollMarkers: number;
  /** Longer than two roll windows: written by a CCP that did not roll (Streams before 2.0.0). */
  readonly neverRolled: boolean;
}

/** The covered window, or undefined when no entry has a usable time. */
export function coveredWindow(model: CcpModel): CoveredWindow | undefined {
  const n = model.sorted.length;
  if (n === 0) return undefined;
  const firstIndex = model.sorted[0] as number;
  const lastIndex = model.sorted[n - 1] as number;
  const first = model.entry(firstIndex).time;
  const last = model.entry(lastIndex).time;
  return {
    first,
    last,
    firstIndex,
    lastIndex,
    rollMarkers: model.ofKind(EntryKind.RollMarker).length,
    neverRolled: last - first > ROLLING_MAX_MS,
  };
}

/** `2025-05-06 17:30:00 – 17:59:55 (UTC+09:00)` on one day, both times in full across midnight. */
export function formatWindowRange(first: number, last: number, zone: TimeZoneSetting): string {
  const a = formatInZoneSeconds(first, zone);
  const b = formatInZoneSeconds(last, zone);
  if (a.slice(0, 10) === b.slice(0, 10)) return `${a.slice(0, 19)} – ${b.slice(11)}`;
  return `${a} – ${b}`;
}
