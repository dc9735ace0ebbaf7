/**
 * Time order and duplicates (ccp-log.md §2.6): entries are not in chronological order (SharedWorker
 * entries arrive up to a second late) and repeat. Timed entries are sorted stably by time (ties by
 * document order); an entry equal to an earlier one in time, level, text and logger is a duplicate.
 * Untimed entries stay out of the time order but are kept in the document.
 */
import type { CcpEntry } from './entry';

export interface TimeOrder {
  /** Indices of timed, non-duplicate entries, by time then document order. */
  readonly sorted: Int32Array;
  readonly duplicates: number;
  readonly untimed: number;
}

export function orderEntries(entries: readonly CcpEntry[]): TimeOrder {
  const timed = new Int32Array(entries.length);
  let n = 0;
  let untimed = 0;
  let inOrder = true;
  let prev = -Infinity;
  for (const e of entries) {
    if (!e.timed) {
      untimed++;
      continue;
    }
    if (e.time < prev) inOrder = false;
    prev = e.time;
    timed[n++] = e.index;
  }
  const order = timed.subarray(0, n);
  if (!inOrder && !nearlySortedInsertion(order, entries)) sortByTime(order, entries);
  let duplicates = 0;
  const kept = new Int32Array(n);
  let w = 0;
  let groupStart = 0;
  for (let k = 0; k < n; k++) {
    const e = entries[order[k] as number] as CcpEntry;
    if (k > 0 && (entries[order[k - 1] as number] as CcpEntry).time !== e.time) groupStart = k;
    let dup = false;
    // Look back a bounded distance: a file of thousands of same-millisecond entries must stay linear.
    for (let g = Math.max(groupStart, k - 64); g < k; g++) {
      const o = entries[order[g] as number] as CcpEntry;
      if (!o.dup && o.level === e.level && o.loggerId === e.loggerId && o.text === e.text) {
        dup = true;
        break;
      }
    }
    if (dup) {
      e.dup = true;
      duplicates++;
    } else {
      kept[w++] = e.index;
    }
  }
  return { sorted: kept.slice(0, w), duplicates, untimed };
}

/**
 * Insertion sort, stable, for the usual case: SharedWorker entries arrive up to a second late, so each
 * entry moves back a few places at most. Gives up (leaving the order partly sorted, which the full sort
 * then handles) once it has moved more than a few places per entry in total.
 */
function nearlySortedInsertion(order: Int32Array, entries: readonly CcpEntry[]): boolean {
  const n = order.length;
  let budget = 8 * n + 1024;
  for (let k = 1; k < n; k++) {
    const idx = order[k] as number;
    const t = (entries[idx] as CcpEntry).time;
    let j = k - 1;
    while (j >= 0 && (entries[order[j] as number] as CcpEntry).time > t) {
      order[j + 1] = order[j] as number;
      j--;
      if (--budget < 0) {
        order[j + 1] = idx;
        return false;
      }
    }
    order[j + 1] = idx;
  }
  return true;
}

const INDEX_BITS = 2 ** 21;

/**
 * Stable sort of entry indices by time. When times are whole milliseconds within a few years, each
 * becomes one number `(time − min) · 2²¹ + position` and a native numeric sort does the work; otherwise a
 * comparator sort (also stable).
 */
function sortByTime(order: Int32Array, entries: readonly CcpEntry[]): void {
  const n = order.length;
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let k = 0; k < n; k++) {
    const t = (entries[order[k] as number] as CcpEntry).time;
    if (t < min) min = t;
    if (t > max) max = t;
    if (!Number.isInteger(t)) integral = false;
  }
  const copy = order.slice();
  if (integral && n < INDEX_BITS && (max - min) * INDEX_BITS < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++)
      keys[k] = ((entries[copy[k] as number] as CcpEntry).time - min) * INDEX_BITS + k;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = copy[(keys[k] as number) % INDEX_BITS] as number;
    return;
  }
  const idx = Array.from(copy);
  idx.sort((a, b) => (entries[a] as CcpEntry).time - (entries[b] as CcpEntry).time || a - b);
  order.set(idx);
}
