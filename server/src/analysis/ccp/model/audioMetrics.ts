/**
 * Softphone audio samples (ccp-log.md §6): every 30 s `sendSoftphoneMetrics success[…]` logs about 30
 * samples per stream. Samples are tied to the call whose time window holds them (metrics carry no contact
 * id, §6.9), kept per stream as columns of numbers (cheap to hold, ready for the chart), sorted and
 * deduplicated by timestamp (§2.6), and normalised: counters logged as running totals become
 * per-interval deltas (`cur > prev ? cur − prev : 0`), and a jitter series that only grows is flagged as
 * the cumulative jitter-buffer delay of newer clients (§6.6).
 */
import { parseIsoTime } from '../parse/isoTime';
import { matchAt } from '../parse/matchAt';
import type { Call } from './contacts';
import { EntryKind, MarkKind, type CcpEntry } from './entry';
import { extractJson } from './payload';
import { anchorShape } from '../../shapeAnchors';

/** Stream index: 0 = `audio_input` (received by the browser), 1 = `audio_output` (sent: the agent's microphone). */
export type StreamIndex = 0 | 1;
export const STREAM_NAMES = ['audio_input', 'audio_output'] as const;

/** One stream's samples as columns of equal length; NaN where a value was not reported (`null`). */
export interface StreamData {
  readonly stream: StreamIndex;
  readonly t: number[];
  readonly lost: number[];
  readonly count: number[];
  readonly level: number[];
  readonly jitter: number[];
  readonly rtt: number[];
  /** Entry each sample was logged in. */
  readonly entry: number[];
  /** Packet counters were logged cumulatively and converted to deltas. */
  cumulativeCounts: boolean;
  /** `jitterBufferMillis` only grows: a cumulative delay; `jitter` then holds per-interval increases. */
  cumulativeJitter: boolean;
}

export interface CallAudio {
  /** Call id, or `metrics-<n>` for samples no call claims. */
  readonly key: string;
  readonly call: Call | undefined;
  start: number;
  end: number;
  readonly streams: readonly [StreamData, StreamData];
  /** Metrics entries that fed this call. */
  readonly batches: number[];
}

export interface MetricsView {
  readonly calls: readonly CallAudio[];
  readonly byKey: ReadonlyMap<string, CallAudio>;
  /** The call audio each metrics entry fed. */
  readonly byEntry: ReadonlyMap<number, CallAudio>;
  readonly totalSamples: number;
}

/** A call's samples arrive up to 30 s after its last rtc-js line (the final flush happens at hang-up). */
const BEFORE_MS = 5_000;
const AFTER_MS = 35_000;
const ORPHAN_GAP_MS = 60_000;

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
}

/** The samples of a metrics entry: the JSON after `success`, or the `objects` of a bare text. */
function samplesOf(e: CcpEntry, source: MetricsSource): unknown[] | undefined {
  if (e.detail !== '') {
    const text = source.fullText(e);
    const p = extractJson(text, Number(e.detail));
    if (p.status === 'ok') return Array.isArray(p.value) ? p.value : undefined;
    if (p.status === 'truncated' && text.includes('[redacted]', p.start)) {
      e.redactionTruncated = true;
      if (p.start < e.text.length) e.addMark(p.start, e.text.length - p.start, MarkKind.Redacted);
    }
    return undefined;
  }
  const objects = source.objects(e);
  const list = Array.isArray(objects) && Array.isArray(objects[0]) ? objects[0] : objects;
  return Array.isArray(list) && list.length > 0 ? list : undefined;
}

/** Consecutive samples share their minute: reuse its epoch and read only seconds and milliseconds. */
let minutePrefix = '';
let minuteEpoch = NaN;

function sampleTime(v: unknown, fallback: number): number {
  if (typeof v === 'string') {
    if (v.length === 24 && minutePrefix !== '' && v.charCodeAt(23) === 90 && matchAt(v, 0, minutePrefix)) {
      const sec = (v.charCodeAt(17) - 48) * 10 + (v.charCodeAt(18) - 48);
      const ms = (v.charCodeAt(20) - 48) * 100 + (v.charCodeAt(21) - 48) * 10 + (v.charCodeAt(22) - 48);
      if (sec >= 0 && sec < 61 && ms >= 0 && ms < 1000 && v.charCodeAt(19) === 46)
        return minuteEpoch + sec * 1000 + ms;
    }
    const t = parseIsoTime(v);
    if (!Number.isNaN(t) && v.length === 24) {
      minutePrefix = v.slice(0, 17);
      minuteEpoch = t - (((t % 60_000) + 60_000) % 60_000);
    }
    return t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return fallback;
}

/** Access to what the model holds outside the entries. */
export interface MetricsSource {
  objects(e: CcpEntry): unknown;
  fullText(e: CcpEntry): string;
}

/** One metrics entry's samples, as columns. */
class Batch {
  stream: number[] = [];
  t: number[] = [];
  lost: number[] = [];
  count: number[] = [];
  level: number[] = [];
  jitter: number[] = [];
  rtt: number[] = [];

  clear(): void {
    this.stream.length = 0;
    this.t.length = 0;
    this.lost.length = 0;
    this.count.length = 0;
    this.level.length = 0;
    this.jitter.length = 0;
    this.rtt.length = 0;
  }

  // A method, not an arrow field: a closure per batch would be a new call target for readBatch's
  // optimized code in every analysis (decision 0086).
  add(
    stream: 0 | 1,
    t: number,
    lost: number,
    count: number,
    level: number,
    jitter: number,
    rtt: number,
  ): void {
    this.stream.push(stream);
    this.t.push(t);
    this.lost.push(lost);
    this.count.push(count);
    this.level.push(level);
    this.jitter.push(jitter);
    this.rtt.push(rtt);
  }
}

anchorShape(new Batch());

/** Fills `batch` with the samples of a metrics entry; false when it has none that can be read. */
function readBatch(e: CcpEntry, source: MetricsSource, batch: Batch): boolean {
  batch.clear();
  const samples = samplesOf(e, source);
  if (!samples) return false;
  for (const s of samples) {
    if (typeof s !== 'object' || s === null) continue;
    const o = s as Record<string, unknown>;
    const type = o['softphoneStreamType'];
    if (type !== 'audio_input' && type !== 'audio_output') continue;
    batch.add(
      type === 'audio_input' ? 0 : 1,
      sampleTime(o['timestamp'], e.time),
      num(o['packetsLost']),
      num(o['packetsCount'] ?? o['packetCount']),
      num(o['audioLevel']),
      num(o['jitterBufferMillis']),
      num(o['roundTripTimeMillis']),
    );
  }
  return batch.t.length > 0;
}

/**
 * The audio record of each call while metrics are read, and of metrics outside any call (a new record
 * after a long gap). A class rather than a closure inside buildMetrics: see decision 0086.
 */
class AudioRecords {
  readonly byKey = new Map<string, CallAudio>();
  readonly list: CallAudio[] = [];
  private orphan: CallAudio | undefined;

  of(call: Call | undefined, t: number): CallAudio {
    if (call) {
      let a = this.byKey.get(call.id);
      if (!a) {
        a = newAudio(call.id, call, t);
        this.byKey.set(call.id, a);
        this.list.push(a);
      }
      return a;
    }
    if (!this.orphan || t - this.orphan.end > ORPHAN_GAP_MS) {
      this.orphan = newAudio(`metrics-${this.list.length + 1}`, undefined, t);
      this.byKey.set(this.orphan.key, this.orphan);
      this.list.push(this.orphan);
    }
    return this.orphan;
  }
}

anchorShape(new AudioRecords());

export function buildMetrics(
  entries: readonly CcpEntry[],
  metricEntries: readonly number[],
  calls: readonly Call[],
  source: MetricsSource,
): MetricsView {
  const records = new AudioRecords();
  const byEntry = new Map<number, CallAudio>();
  const batch = new Batch();
  for (const i of metricEntries) {
    const e = entries[i] as CcpEntry;
    if (e.kind !== EntryKind.MetricsSuccess || !readBatch(e, source, batch)) continue;
    let audio: CallAudio | undefined;
    let windowEnd = -Infinity;
    for (let k = 0; k < batch.t.length; k++) {
      const t = batch.t[k] as number;
      if (Number.isNaN(t)) continue;
      // A batch almost always belongs to one call; look the call up again only outside its window.
      if (!audio || t > windowEnd || t < audio.start - BEFORE_MS) {
        const call = callAt(calls, t);
        audio = records.of(call, t);
        windowEnd = call ? call.last + AFTER_MS : t + ORPHAN_GAP_MS;
        if (audio.batches[audio.batches.length - 1] !== i) audio.batches.push(i);
        byEntry.set(i, audio);
      }
      const s = audio.streams[batch.stream[k] as 0 | 1];
      s.t.push(t);
      s.lost.push(batch.lost[k] as number);
      s.count.push(batch.count[k] as number);
      s.level.push(batch.level[k] as number);
      s.jitter.push(batch.jitter[k] as number);
      s.rtt.push(batch.rtt[k] as number);
      s.entry.push(i);
      if (t < audio.start) audio.start = t;
      if (t > audio.end) audio.end = t;
    }
  }
  let total = 0;
  for (const a of records.list) {
    for (const s of a.streams) {
      sortAndDedupe(s);
      normaliseCounters(s);
      detectCumulativeJitter(s);
      total += s.t.length;
    }
  }
  return { calls: records.list, byKey: records.byKey, byEntry, totalSamples: total };
}

function stream(index: StreamIndex): StreamData {
  return {
    stream: index,
    t: [],
    lost: [],
    count: [],
    level: [],
    jitter: [],
    rtt: [],
    entry: [],
    cumulativeCounts: false,
    cumulativeJitter: false,
  };
}

function newAudio(key: string, call: Call | undefined, t: number): CallAudio {
  return { key, call, start: t, end: t, streams: [stream(0), stream(1)], batches: [] };
}

const COLUMNS = ['t', 'lost', 'count', 'level', 'jitter', 'rtt', 'entry'] as const;

/** Sorts the columns by time (only when out of order) and drops repeated timestamps (duplicated uploads). */
function sortAndDedupe(s: StreamData): void {
  const n = s.t.length;
  let sorted = true;
  for (let k = 1; k < n && sorted; k++) if ((s.t[k] as number) < (s.t[k - 1] as number)) sorted = false;
  if (!sorted) {
    const order = Array.from({ length: n }, (_, k) => k).sort(
      (a, b) => (s.t[a] as number) - (s.t[b] as number) || a - b,
    );
    for (const c of COLUMNS) {
      const col = s[c];
      const copy = col.slice();
      for (let k = 0; k < n; k++) col[k] = copy[order[k] as number] as number;
    }
  }
  let w = 0;
  for (let r = 0; r < n; r++) {
    if (w > 0 && s.t[w - 1] === s.t[r]) continue;
    if (w !== r) for (const c of COLUMNS) s[c][w] = s[c][r] as number;
    w++;
  }
  if (w < n) for (const c of COLUMNS) s[c].length = w;
}

/** The latest call that started (minus a margin) before `t` and had not long ended. */
function callAt(calls: readonly Call[], t: number): Call | undefined {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((calls[mid] as Call).first - BEFORE_MS <= t) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
    const c = calls[k] as Call;
    if (!c.failed || c.last - c.first > 10_000) {
      if (t <= c.last + AFTER_MS) return c;
    }
  }
  return undefined;
}

function mostlyIncreasing(values: readonly number[]): boolean {
  let steps = 0;
  let up = 0;
  let prev = NaN;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (!Number.isNaN(prev)) {
      steps++;
      if (v >= prev) up++;
    }
    prev = v;
  }
  return steps >= 9 && up / steps >= 0.9;
}

/** Counters logged as running totals (some older clients) become per-interval deltas. */
function normaliseCounters(s: StreamData): void {
  if (!mostlyIncreasing(s.count)) return;
  const valid = s.count.filter((v) => !Number.isNaN(v));
  const firstFew = valid.slice(0, 3).sort((a, b) => a - b)[1] ?? 0;
  const lastValue = valid[valid.length - 1] ?? 0;
  if (lastValue <= firstFew * 3 + 200) return;
  s.cumulativeCounts = true;
  toDeltas(s.count);
  toDeltas(s.lost);
}

function toDeltas(col: number[]): void {
  let prev = NaN;
  for (let k = 0; k < col.length; k++) {
    const v = col[k] as number;
    if (Number.isNaN(v)) continue;
    if (!Number.isNaN(prev)) col[k] = v > prev ? v - prev : 0;
    prev = v;
  }
}

function detectCumulativeJitter(s: StreamData): void {
  if (!mostlyIncreasing(s.jitter)) return;
  const valid = s.jitter.filter((v) => !Number.isNaN(v));
  if ((valid[valid.length - 1] ?? 0) - (valid[0] ?? 0) < 100) return;
  s.cumulativeJitter = true;
  let prev = NaN;
  for (let k = 0; k < s.jitter.length; k++) {
    const v = s.jitter[k] as number;
    if (Number.isNaN(v)) continue;
    s.jitter[k] = Number.isNaN(prev) ? NaN : v > prev ? v - prev : 0;
    prev = v;
  }
}
