/**
 * Typed-array helpers for the charts. Pure (no DOM), so unit tests run them in Node.
 */

export type Column = Float32Array | Float64Array;

/** uPlot marks gaps with `null` (a NaN would be drawn as a break-less line): NaN → null. */
export function toChartValues(column: Column): (number | null)[] {
  const out = new Array<number | null>(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i] as number;
    out[i] = Number.isNaN(v) ? null : v;
  }
  return out;
}

/** The values of `column` where `mask` is `want` (1 or 0), NaN elsewhere (splits succeeded/failed points). */
export function maskedColumn(column: Column, mask: Uint8Array, want: 0 | 1): Float64Array {
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) out[i] = (mask[i] ?? 0) === want ? (column[i] as number) : NaN;
  return out;
}

export function hasValueAt(columns: readonly Column[], i: number): boolean {
  for (const c of columns) if (!Number.isNaN(c[i] as number)) return true;
  return false;
}

/** How many indexes have a value in at least one column. */
export function countValued(columns: readonly Column[], length: number): number {
  let n = 0;
  for (let i = 0; i < length; i++) if (hasValueAt(columns, i)) n++;
  return n;
}

export function allGaps(column: Column): boolean {
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i] as number)) return false;
  return true;
}

/**
 * Index of the sample nearest to time `t` that satisfies `usable`, or -1. `time` is ascending. Looks at
 * most `maxScan` samples to each side, so a click in a long gap stays cheap.
 */
export function nearestUsableIndex(
  time: Float64Array,
  t: number,
  usable: (i: number) => boolean,
  maxScan = 5000,
): number {
  if (time.length === 0 || !Number.isFinite(t)) return -1;
  let lo = 0;
  let hi = time.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((time[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  // lo is the first index with time ≥ t; walk both ways.
  let best = -1;
  let bestDistance = Infinity;
  for (let step = 0; step <= maxScan; step++) {
    const right = lo + step;
    const left = lo - 1 - step;
    if (right >= time.length && left < 0) break;
    if (right < time.length && usable(right)) {
      const d = Math.abs((time[right] as number) - t);
      if (d < bestDistance) {
        best = right;
        bestDistance = d;
      }
    }
    if (left >= 0 && usable(left)) {
      const d = Math.abs((time[left] as number) - t);
      if (d < bestDistance) {
        best = left;
        bestDistance = d;
      }
    }
    // Once something is found, a later step cannot be nearer than the distance already reached.
    if (best >= 0) {
      const nextRight = right + 1 < time.length ? (time[right + 1] as number) - t : Infinity;
      const nextLeft = left - 1 >= 0 ? t - (time[left - 1] as number) : Infinity;
      if (Math.min(nextRight, nextLeft) > bestDistance) break;
    }
  }
  return best;
}

/** Smallest and largest finite value among `columns`, or undefined when there is none. */
export function valueExtent(columns: readonly Column[]): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const c of columns) {
    for (let i = 0; i < c.length; i++) {
      const v = c[i] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min <= max ? [min, max] : undefined;
}

/**
 * The y range of a chart: the data's extent widened to show its threshold lines and `floor` (0 for
 * counts), with a little headroom.
 */
export function yRange(
  dataMin: number | null | undefined,
  dataMax: number | null | undefined,
  thresholds: readonly number[],
  floor?: number,
): [number, number] {
  let lo = typeof dataMin === 'number' && Number.isFinite(dataMin) ? dataMin : Infinity;
  let hi = typeof dataMax === 'number' && Number.isFinite(dataMax) ? dataMax : -Infinity;
  for (const t of thresholds) {
    if (!Number.isFinite(t)) continue;
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  if (floor !== undefined) lo = Math.min(floor, lo);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [floor ?? 0, (floor ?? 0) + 1];
  if (lo === hi) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.06;
  return [floor !== undefined && lo >= floor ? Math.max(floor, lo - pad) : lo - pad, hi + pad];
}

/** Earliest and latest time of several ascending time columns plus extra instants. */
export function timeExtent(
  columns: readonly Float64Array[],
  extra: readonly number[] = [],
): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const c of columns) {
    const first = c[0];
    const last = c[c.length - 1];
    if (first !== undefined && Number.isFinite(first)) min = Math.min(min, first);
    if (last !== undefined && Number.isFinite(last)) max = Math.max(max, last);
  }
  for (const v of extra) {
    if (!Number.isFinite(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return min <= max ? [min, max] : undefined;
}
