/**
 * The agent-state timeline from snapshots (ccp-log.md §7): every `GET_AGENT_SNAPSHOT succeeded.` gives the
 * agent state and the clock skew; consecutive snapshots with the same state collapse into a band.
 */
import { EntryKind, type CcpEntry, type SnapshotInfo } from './entry';

export interface SnapshotPoint {
  readonly entry: number;
  /** Entry time (workstation clock). */
  readonly time: number;
  readonly info: SnapshotInfo;
}

export interface StateBand {
  readonly name: string;
  readonly type: string;
  readonly start: number;
  /** Start of the next band, or the last time in the log. */
  end: number;
  /** The snapshot entry where the state first appears. */
  readonly entry: number;
  readonly previous?: string;
}

export interface AgentTimeline {
  readonly points: readonly SnapshotPoint[];
  readonly bands: readonly StateBand[];
  /** Snapshots with a numeric skew. */
  readonly skewPoints: readonly SnapshotPoint[];
  readonly medianSkew: number;
  readonly maxAbsSkew: number;
}

export function buildAgentTimeline(
  entries: readonly CcpEntry[],
  snapshotIndices: readonly number[],
  lastTime: number,
): AgentTimeline {
  const points: SnapshotPoint[] = [];
  const bands: StateBand[] = [];
  const skews: number[] = [];
  const skewPoints: SnapshotPoint[] = [];
  let maxAbsSkew = 0;
  for (const i of snapshotIndices) {
    const e = entries[i] as CcpEntry;
    if (e.kind !== EntryKind.Snapshot || !e.timed || e.payload === undefined) continue;
    const info = e.payload as SnapshotInfo;
    const p: SnapshotPoint = { entry: i, time: e.time, info };
    points.push(p);
    if (!Number.isNaN(info.skew)) {
      skews.push(info.skew);
      skewPoints.push(p);
      if (Math.abs(info.skew) > Math.abs(maxAbsSkew)) maxAbsSkew = info.skew;
    }
    const name = info.stateName;
    if (name === '') continue;
    const last = bands[bands.length - 1];
    if (last && last.name === name) continue;
    if (last) last.end = e.time;
    bands.push({ name, type: info.stateType, start: e.time, end: lastTime, entry: i, previous: last?.name });
  }
  skews.sort((a, b) => a - b);
  const medianSkew = skews.length > 0 ? (skews[skews.length >> 1] as number) : NaN;
  return { points, bands, skewPoints, medianSkew, maxAbsSkew };
}
