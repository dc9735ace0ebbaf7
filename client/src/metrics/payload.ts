/**
 * Converts the server's {@link AudioMetricsResult} (number arrays with `null` gaps) into the webview's
 * {@link MetricsPayload} (typed-array columns with `NaN` gaps). Pure: no editor API, so unit tests run it.
 */
import type { AudioMetricsResult, CallMetrics, StreamSeries } from '../../../server/src/protocol';
import type { CallColumns, MetricsPayload, StreamColumns } from '../../../webview/src/messages';

type Numbers = readonly (number | null | undefined)[] | undefined;

/** Copies numbers into a Float64Array; `null`, missing and non-finite values become NaN. */
export function float64Column(values: Numbers, length = values?.length ?? 0): Float64Array {
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = finiteOrNaN(values?.[i]);
  return out;
}

/** Copies numbers into a Float32Array; `null`, missing and non-finite values become NaN. */
export function float32Column(values: Numbers, length = values?.length ?? 0): Float32Array {
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = finiteOrNaN(values?.[i]);
  return out;
}

function finiteOrNaN(v: number | null | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
}

/** One stream as columns, every column as long as `time` (short columns are padded with gaps). */
export function streamColumns(s: StreamSeries): StreamColumns {
  const n = s.time.length;
  return {
    stream: s.stream,
    time: float64Column(s.time, n),
    audioLevel: float32Column(s.audioLevel, n),
    packetsCount: float32Column(s.packetsCount, n),
    packetsLost: float32Column(s.packetsLost, n),
    lossPercent: float32Column(s.lossPercent, n),
    jitterMs: float32Column(s.jitterMs, n),
    rttMs: float32Column(s.rttMs, n),
    entryOffset: float64Column(s.entryOffset, n),
  };
}

function callColumns(call: CallMetrics): CallColumns {
  return {
    id: call.id,
    ...(call.contactId !== undefined ? { contactId: call.contactId } : {}),
    label: call.label,
    start: call.start,
    end: call.end,
    streams: call.streams.map(streamColumns),
    perSecond: call.perSecond.map(streamColumns),
    ...(call.report ? { report: call.report } : {}),
    findingSpans: call.findingSpans,
    ...(call.directionNote !== undefined ? { directionNote: call.directionNote } : {}),
  };
}

/** The whole result as the webview's payload. */
export function toMetricsPayload(result: AudioMetricsResult): MetricsPayload {
  const { skew, apiLatency, heartbeat } = result;
  const failed = new Uint8Array(apiLatency.time.length);
  for (let i = 0; i < failed.length; i++) failed[i] = apiLatency.failed[i] === true ? 1 : 0;
  return {
    calls: result.calls.map(callColumns),
    agentStates: result.agentStates,
    skew: {
      time: float64Column(skew.time),
      skewMs: float64Column(skew.skewMs, skew.time.length),
      entryOffset: float64Column(skew.entryOffset, skew.time.length),
    },
    apiLatency: {
      time: float64Column(apiLatency.time),
      latencyMs: float64Column(apiLatency.latencyMs, apiLatency.time.length),
      api: apiLatency.time.map((_, i) => apiLatency.api[i] ?? ''),
      failed,
      entryOffset: float64Column(apiLatency.entryOffset, apiLatency.time.length),
    },
    heartbeat: {
      time: float64Column(heartbeat.time),
      rttMs: float64Column(heartbeat.rttMs, heartbeat.time.length),
      entryOffset: float64Column(heartbeat.entryOffset, heartbeat.time.length),
    },
    thresholds: result.thresholds,
    timeZone: result.timeZone,
  };
}
