/**
 * "Go to Time…" in a CCP log: reads the typed time, places it on the log's timeline, finds the first entry
 * at or after it in time order (entries are not in document order, ccp-log.md §2.6), and, when the time
 * lies outside the covered window, explains why (§2.5) instead of jumping silently.
 */
import type { TimeLookup } from '../../../features';
import type { TimeZoneSetting } from '../../../settings';
import type { CcpEntry } from '../../model/entry';
import type { CcpModel } from '../../model/model';
import { formatDuration, formatInZoneSeconds } from '../timeFormat';
import { placeTime } from './placeTime';
import { w } from './text';
import { parseTimeInput, type TimeInputProblem } from './timeInput';
import { coveredWindow, formatWindowRange, type CoveredWindow } from './window';

/** Longest piece of the input quoted back in a message. */
const QUOTED = 40;

const PROBLEM_KEY = {
  empty: 'inputEmpty',
  unreadable: 'inputUnreadable',
  outOfRange: 'inputOutOfRange',
} as const satisfies Record<TimeInputProblem, string>;

/** Position in `model.sorted` of the first entry at or after `t`. */
function firstAtOrAfter(model: CcpModel, t: number): number {
  const s = model.sorted;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (model.entry(s[mid] as number).time < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rangeOf(e: CcpEntry): { start: number; end: number } {
  return { start: e.start, end: e.end };
}

/** The sentences of the outside-the-window warning. */
function outsideWarning(before: boolean, target: number, win: CoveredWindow, zone: TimeZoneSetting): string {
  const at = (ms: number): string => formatInZoneSeconds(ms, zone);
  const head = before
    ? w.t('warnBefore', {
        target: at(target),
        distance: formatDuration(win.first - target),
        first: at(win.first),
      })
    : w.t('warnAfter', {
        target: at(target),
        distance: formatDuration(target - win.last),
        last: at(win.last),
      });
  const parts = [
    head,
    w.t('covers', {
      range: formatWindowRange(win.first, win.last, zone),
      duration: formatDuration(win.last - win.first),
    }),
    w.t('why'),
    w.t('fix'),
  ];
  if (win.neverRolled) parts.push(w.t('neverRolled'));
  return parts.join(' ');
}

/** Answers "Go to Time…" for `input`, reading times without a zone in `zone` (`callsight.time.zone`). */
export function lookupTime(model: CcpModel, input: string, zone: TimeZoneSetting): TimeLookup {
  const parsed = parseTimeInput(input);
  if (!parsed.ok) {
    return {
      status: 'invalid',
      message: w.t(PROBLEM_KEY[parsed.problem], { input: input.trim().slice(0, QUOTED) }),
    };
  }
  const win = coveredWindow(model);
  if (!win) return { status: 'noTimes', message: w.t('noTimes') };
  const window = { first: win.first, last: win.last, rollMarkers: win.rollMarkers };
  const target = placeTime(parsed.input, zone, win.first, win.last);
  const at = (ms: number): string => formatInZoneSeconds(ms, zone);
  if (target < win.first) {
    return {
      status: 'before',
      message: w.t('previewBefore', {
        target: at(target),
        distance: formatDuration(win.first - target),
        first: at(win.first),
      }),
      warning: outsideWarning(true, target, win, zone),
      target,
      entry: rangeOf(model.entry(win.firstIndex)),
      window,
    };
  }
  if (target > win.last) {
    return {
      status: 'after',
      message: w.t('previewAfter', {
        target: at(target),
        distance: formatDuration(target - win.last),
        last: at(win.last),
      }),
      warning: outsideWarning(false, target, win, zone),
      target,
      entry: rangeOf(model.entry(win.lastIndex)),
      window,
    };
  }
  const found = model.entry(model.sorted[firstAtOrAfter(model, target)] as number);
  return {
    status: 'inside',
    message: w.t('previewInside', {
      target: at(target),
      range: formatWindowRange(win.first, win.last, zone),
    }),
    target,
    entry: rangeOf(found),
    window,
  };
}
