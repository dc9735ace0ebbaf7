/**
 * Stretches of bad audio in the metric series (ccp-log.md §6, §11.1 series rules, §15 thresholds):
 * runs of consecutive samples over a threshold that last at least `minDurationSeconds`, per call and
 * stream, plus holes in the series. Shared by the audio rules and the chart's shaded spans.
 */
import type { CallsightSettings } from '../../settings';
import type { CallAudio, StreamData, StreamIndex } from '../model/audioMetrics';
import { EntryKind } from '../model/entry';
import type { CcpModel } from '../model/model';

export type AudioRule =
  | 'ccp/no-audio-packets'
  | 'ccp/low-audio-level'
  | 'ccp/packet-loss'
  | 'ccp/high-rtt'
  | 'ccp/high-jitter'
  | 'ccp/metrics-gap';

export interface AudioRun {
  readonly start: number;
  readonly end: number;
  /** Seconds covered (one sample per second). */
  readonly seconds: number;
  /** Worst value in the run (loss %, ms, level, gap seconds). */
  readonly worst: number;
  /** Entry of the run's first sample. */
  readonly entry: number;
}

export interface AudioProblem {
  readonly rule: AudioRule;
  readonly audio: CallAudio;
  /** Undefined for metrics gaps (both streams). */
  readonly stream?: StreamIndex;
  readonly runs: readonly AudioRun[];
  readonly seconds: number;
  readonly worst: number;
}

/** Samples further apart than this break a run. */
const MAX_STEP_MS = 2_500;
/** Window (samples) over which loss is judged: single seconds are noisy. */
const LOSS_WINDOW = 5;

type Interval = readonly [number, number];

export function audioProblems(model: CcpModel, settings: CallsightSettings): AudioProblem[] {
  const th = settings.thresholds;
  const minMs = th.minDurationSeconds * 1000;
  const quiet = quietIntervals(model);
  const out: AudioProblem[] = [];
  for (const audio of model.metrics.calls) {
    const [input, output] = audio.streams;
    for (const s of audio.streams) {
      const add = (rule: AudioRule, runs: AudioRun[], higherIsWorse: boolean): void => {
        const kept = runs.filter((r) => r.seconds * 1000 >= minMs);
        if (kept.length === 0) return;
        const seconds = kept.reduce((a, r) => a + r.seconds, 0);
        const worst = kept.reduce(
          (a, r) => (higherIsWorse ? Math.max(a, r.worst) : Math.min(a, r.worst)),
          higherIsWorse ? -Infinity : Infinity,
        );
        out.push({ rule, audio, stream: s.stream, runs: kept, seconds, worst });
      };
      const n = s.t.length;
      const noPackets = new Array<number>(n);
      const low = new Array<number>(n);
      const rtt = new Array<number>(n);
      const jitter = new Array<number>(n);
      for (let k = 0; k < n; k++) {
        const count = s.count[k] as number;
        const level = s.level[k] as number;
        noPackets[k] = count <= 0 ? count : NaN;
        low[k] =
          level <= th.lowAudioLevel && count > 0 && !inside(quiet, s.t[k] as number, s.stream) ? level : NaN;
        rtt[k] = (s.rtt[k] as number) > th.rttMs ? (s.rtt[k] as number) : NaN;
        jitter[k] = (s.jitter[k] as number) > th.jitterMs ? (s.jitter[k] as number) : NaN;
      }
      add('ccp/no-audio-packets', runsOf(s, noPackets, false), false);
      add('ccp/low-audio-level', runsOf(s, low, false), false);
      add('ccp/packet-loss', lossRuns(s, th.packetLossPercent), true);
      const rttStream = hasValues(output.rtt) ? 1 : 0;
      if (s.stream === rttStream) add('ccp/high-rtt', runsOf(s, rtt, true), true);
      if (!s.cumulativeJitter) add('ccp/high-jitter', runsOf(s, jitter, true), true);
    }
    const gaps = metricGaps(model, audio, input, output, th.metricsGapSeconds * 1000);
    if (gaps.length > 0) {
      out.push({
        rule: 'ccp/metrics-gap',
        audio,
        runs: gaps,
        seconds: gaps.reduce((a, r) => a + r.seconds, 0),
        worst: Math.max(...gaps.map((g) => g.seconds)),
      });
    }
  }
  return out;
}

function hasValues(col: readonly number[]): boolean {
  for (const v of col) if (!Number.isNaN(v)) return true;
  return false;
}

/** Runs of consecutive samples whose value is not NaN (samples further apart than 2.5 s break a run). */
function runsOf(s: StreamData, values: readonly number[], higherIsWorse: boolean): AudioRun[] {
  const runs: AudioRun[] = [];
  let start = -1;
  let worst = NaN;
  let prevT = NaN;
  const close = (endIndex: number): void => {
    if (start < 0) return;
    const first = s.t[start] as number;
    const last = s.t[endIndex] as number;
    runs.push({
      start: first,
      end: last + 1000,
      seconds: Math.round((last - first) / 1000) + 1,
      worst,
      entry: s.entry[start] as number,
    });
    start = -1;
  };
  for (let i = 0; i < values.length; i++) {
    const t = s.t[i] as number;
    const v = values[i] as number;
    const contiguous = !Number.isNaN(prevT) && t - prevT <= MAX_STEP_MS;
    if (start >= 0 && (!contiguous || Number.isNaN(v))) close(i - 1);
    if (!Number.isNaN(v)) {
      if (start < 0) {
        start = i;
        worst = v;
      } else worst = higherIsWorse ? Math.max(worst, v) : Math.min(worst, v);
    }
    prevT = t;
  }
  close(values.length - 1);
  return runs;
}

/**
 * Loss over a sliding window, by direction (§6.3): received (`audio_input`) lost/(lost+received); sent
 * (`audio_output`, far-end RTCP) lost/sent. The first sample of a call holds a cumulative value and is skipped.
 */
function lossRuns(s: StreamData, thresholdPercent: number): AudioRun[] {
  const n = s.t.length;
  const percent: number[] = new Array<number>(n).fill(NaN);
  let lost = 0;
  let count = 0;
  const val = (v: number): number => (Number.isNaN(v) ? 0 : v);
  for (let i = 1; i < n; i++) {
    lost += val(s.lost[i] as number);
    count += val(s.count[i] as number);
    if (i > LOSS_WINDOW) {
      lost -= val(s.lost[i - LOSS_WINDOW] as number);
      count -= val(s.count[i - LOSS_WINDOW] as number);
    }
    const denominator = s.stream === 0 ? lost + count : count;
    const p = denominator > 0 ? (100 * lost) / denominator : NaN;
    percent[i] = p > thresholdPercent ? p : NaN;
  }
  return runsOf(s, percent, true);
}

/** Mute (microphone stream only) and hold intervals, when a silent stream is expected. */
function quietIntervals(model: CcpModel): { mute: Interval[]; hold: Interval[] } {
  const mute: Interval[] = [];
  let mutedAt = NaN;
  const events = [...model.ofKind(EntryKind.Muted), ...model.ofKind(EntryKind.Unmuted)]
    .map((i) => model.entry(i))
    .filter((e) => e.timed)
    .sort((a, b) => a.time - b.time);
  for (const e of events) {
    if (e.kind === EntryKind.Muted && Number.isNaN(mutedAt)) mutedAt = e.time;
    else if (e.kind === EntryKind.Unmuted && !Number.isNaN(mutedAt)) {
      mute.push([mutedAt, e.time]);
      mutedAt = NaN;
    }
  }
  if (!Number.isNaN(mutedAt)) mute.push([mutedAt, Infinity]);
  const hold: Interval[] = [];
  let heldAt = NaN;
  for (const c of model.api.calls) {
    if (c.failed || c.reply < 0) continue;
    if (c.op === 'holdConnection' && Number.isNaN(heldAt)) heldAt = c.replyTime;
    else if (c.op === 'resumeConnection' && !Number.isNaN(heldAt)) {
      hold.push([heldAt, c.replyTime]);
      heldAt = NaN;
    }
  }
  if (!Number.isNaN(heldAt)) hold.push([heldAt, Infinity]);
  return { mute, hold };
}

function inside(q: { mute: Interval[]; hold: Interval[] }, t: number, stream: StreamIndex): boolean {
  for (const [a, b] of q.hold) if (t >= a && t <= b) return true;
  if (stream === 1) for (const [a, b] of q.mute) if (t >= a && t <= b) return true;
  return false;
}

/** Holes inside a call's series (and between the last sample and the call's end). */
function metricGaps(
  model: CcpModel,
  audio: CallAudio,
  input: StreamData,
  output: StreamData,
  thresholdMs: number,
): AudioRun[] {
  // Walk both (sorted) streams together, as one time line.
  const gaps: AudioRun[] = [];
  let a = 0;
  let b = 0;
  // From the moment the call started talking (when the log says so) to the first sample.
  const talking = audio.call?.transitions.find((t) => t.to === 'TalkingState')?.time;
  let prevT = talking !== undefined ? talking : NaN;
  let lastT = NaN;
  while (a < input.t.length || b < output.t.length) {
    const useInput =
      b >= output.t.length || (a < input.t.length && (input.t[a] as number) <= (output.t[b] as number));
    const t = useInput ? (input.t[a] as number) : (output.t[b] as number);
    const entry = useInput ? (input.entry[a++] as number) : (output.entry[b++] as number);
    if (!Number.isNaN(prevT) && t - prevT > thresholdMs) {
      gaps.push({ start: prevT, end: t, seconds: Math.round((t - prevT) / 1000), worst: 0, entry });
    }
    prevT = t;
    lastT = t;
  }
  if (Number.isNaN(lastT)) return [];
  const call = audio.call;
  if (call && call.last - lastT > thresholdMs) {
    const endEntry = call.entries[call.entries.length - 1] as number;
    gaps.push({
      start: lastT,
      end: call.last,
      seconds: Math.round((call.last - lastT) / 1000),
      worst: 0,
      entry: model.entry(endEntry).index,
    });
  }
  return gaps.map((g) => ({ ...g, worst: g.seconds }));
}
