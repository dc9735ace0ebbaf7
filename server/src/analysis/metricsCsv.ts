/**
 * The audio metrics of a CCP log as one CSV table (RFC 4180: comma separated, CRLF line ends, fields
 * quoted when they need it), for "Export CSV" in the metrics panel and `callsight metrics --format csv`.
 *
 * One row per sample; a `kind` column says which series the row belongs to and the columns that do not
 * apply to that kind stay empty. Column names are stable identifiers, not UI text, so scripts can rely
 * on them in every display language. Times are given both as ISO 8601 UTC and as epoch milliseconds.
 */
import type { AudioMetricsResult, CallMetrics, StreamSeries } from '../protocol';

/** The columns, in order. */
export const METRICS_CSV_COLUMNS = [
  'kind',
  'call_id',
  'stream',
  'time_utc',
  'time_ms',
  'audio_level',
  'packets_count',
  'packets_lost',
  'loss_percent',
  'jitter_ms',
  'rtt_ms',
  'skew_ms',
  'api',
  'latency_ms',
  'failed',
  'state',
  'end_ms',
  'entry_offset',
] as const;

export type MetricsCsvColumn = (typeof METRICS_CSV_COLUMNS)[number];

/**
 * What a row holds: `sample` (a `sendSoftphoneMetrics` sample), `per_second` (a value of a telemetry
 * report's per-second arrays), `skew`, `api_latency`, `heartbeat`, `agent_state` (a band from `time_ms`
 * to `end_ms`).
 */
export type MetricsCsvKind = 'sample' | 'per_second' | 'skew' | 'api_latency' | 'heartbeat' | 'agent_state';

export interface MetricsCsvOptions {
  /** Only these calls (by id); all calls when absent. */
  readonly callIds?: readonly string[];
  /** Include the log-wide series (skew, API latency, heartbeat, agent states). Default true. */
  readonly logSeries?: boolean;
}

type Row = Partial<Record<MetricsCsvColumn, string | number | boolean | null | undefined>>;

const LINE_END = '\r\n';

/** Serialises `result` as CSV text with a header row. */
export function metricsCsv(result: AudioMetricsResult, options: MetricsCsvOptions = {}): string {
  const lines: string[] = [METRICS_CSV_COLUMNS.join(',')];
  const push = (row: Row): void => {
    lines.push(METRICS_CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
  };
  const wanted = options.callIds ? new Set(options.callIds) : undefined;
  for (const call of result.calls) {
    if (wanted && !wanted.has(call.id)) continue;
    pushCall(call, push);
  }
  if (options.logSeries !== false) {
    const { skew, apiLatency, heartbeat } = result;
    for (let i = 0; i < skew.time.length; i++) {
      push({
        kind: 'skew',
        ...times(skew.time[i]),
        skew_ms: skew.skewMs[i],
        entry_offset: skew.entryOffset[i],
      });
    }
    for (let i = 0; i < apiLatency.time.length; i++) {
      push({
        kind: 'api_latency',
        ...times(apiLatency.time[i]),
        api: text(apiLatency.api[i]),
        latency_ms: apiLatency.latencyMs[i],
        failed: apiLatency.failed[i],
        entry_offset: apiLatency.entryOffset[i],
      });
    }
    for (let i = 0; i < heartbeat.time.length; i++) {
      push({
        kind: 'heartbeat',
        ...times(heartbeat.time[i]),
        rtt_ms: heartbeat.rttMs[i],
        entry_offset: heartbeat.entryOffset[i],
      });
    }
    for (const band of result.agentStates) {
      push({ kind: 'agent_state', ...times(band.start), state: text(band.name), end_ms: band.end });
    }
  }
  return lines.join(LINE_END) + LINE_END;
}

function pushCall(call: CallMetrics, push: (row: Row) => void): void {
  const callId = text(call.id);
  const series = (kind: MetricsCsvKind, s: StreamSeries): void => {
    for (let i = 0; i < s.time.length; i++) {
      push({
        kind,
        call_id: callId,
        stream: s.stream,
        ...times(s.time[i]),
        audio_level: s.audioLevel[i],
        packets_count: s.packetsCount[i],
        packets_lost: s.packetsLost[i],
        loss_percent: s.lossPercent[i],
        jitter_ms: s.jitterMs[i],
        rtt_ms: s.rttMs[i],
        entry_offset: s.entryOffset[i],
      });
    }
  };
  for (const s of call.streams) series('sample', s);
  for (const s of call.perSecond) series('per_second', s);
}

function times(ms: number | undefined): Row {
  return { time_utc: isoTime(ms), time_ms: ms };
}

/** ISO 8601 UTC, or empty for a time that is not a valid date. */
export function isoTime(ms: number | null | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '';
  return new Date(ms).toISOString();
}

/**
 * Text that came from the log. A spreadsheet would run a cell starting with `=`, `+`, `-`, `@`, a tab or
 * a carriage return as a formula (CSV injection), so such text gets a leading apostrophe.
 */
function text(value: string | undefined): string {
  if (value === undefined) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field: numbers as plain decimals (empty when not finite), text quoted when it must be. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
