/**
 * What to draw, decided from the data alone: which charts, with which series, threshold lines, shaded
 * problem spans and agent-state bands. Pure (no DOM, no uPlot), so unit tests check it in Node.
 */
import type { FindingSpan, SoftphoneStream } from '../../../server/src/protocol';
import { allGaps, maskedColumn, timeExtent, type Column } from '../columns';
import type { CallColumns, MetricsPayload, StreamColumns, WebviewStringKey } from '../messages';
import { t } from '../strings';

/** Theme colours a series may use (mapped to `--vscode-charts-*`). */
export type ColorRole = 'blue' | 'red' | 'green' | 'yellow' | 'orange' | 'purple' | 'foreground';

export interface SeriesSpec {
  readonly label: string;
  readonly values: Column;
  readonly color: ColorRole;
  /** `points`: markers only (sparse events such as API calls). */
  readonly kind: 'line' | 'points';
}

export interface ThresholdSpec {
  readonly value: number;
  /** "Threshold 30" */
  readonly label: string;
  /** Where the number comes from (tooltip). */
  readonly source: string;
}

export interface BandSpec {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

export interface ChartSpec {
  /** Stable id: `<series>.<stream>.<metric>` or `log.<metric>`. */
  readonly id: string;
  readonly title: string;
  readonly note?: string;
  readonly time: Float64Array;
  readonly series: readonly SeriesSpec[];
  /** Log entry of each point (NaN when unknown): click → reveal. */
  readonly entryOffset: Float64Array;
  readonly thresholds: readonly ThresholdSpec[];
  readonly spans: readonly FindingSpan[];
  /** Agent-state bands drawn behind the series. */
  readonly bands: readonly BandSpec[];
  /** Text per point shown in the tooltip (API names). */
  readonly pointLabels?: readonly string[];
  /** `strip`: a short chart with bands only (the agent-state timeline). */
  readonly shape: 'chart' | 'strip';
  /** Lowest value the y axis always shows (0 for counts and durations). */
  readonly yFloor?: number;
  readonly unit: string;
}

export interface SectionSpec {
  readonly id: string;
  readonly title: string;
  readonly note?: string;
  readonly charts: readonly ChartSpec[];
}

export type SeriesSource = 'samples' | 'perSecond';

export interface ViewChoice {
  readonly call: CallColumns | undefined;
  readonly source: SeriesSource;
}

const STREAM_ORDER: readonly SoftphoneStream[] = ['audio_input', 'audio_output'];
const STREAM_TITLE: Readonly<Record<SoftphoneStream, WebviewStringKey>> = {
  audio_input: 'streamInput',
  audio_output: 'streamOutput',
};

/** The sections (one per stream, then the log-wide charts) for the chosen call and series source. */
export function buildSections(payload: MetricsPayload, choice: ViewChoice): SectionSpec[] {
  const sections: SectionSpec[] = [];
  const call = choice.call;
  if (call) {
    const usePerSecond =
      call.perSecond.length > 0 && (choice.source === 'perSecond' || call.streams.length === 0);
    const streams = usePerSecond ? call.perSecond : call.streams;
    const source: SeriesSource = usePerSecond ? 'perSecond' : 'samples';
    for (const stream of STREAM_ORDER) {
      const columns = streams.find((s) => s.stream === stream);
      if (!columns) continue;
      const charts = streamCharts(`${source}.${stream}`, columns, payload, call);
      if (charts.length === 0) continue;
      sections.push({
        id: `${source}.${stream}`,
        title: t(STREAM_TITLE[stream]),
        note: call.directionNote
          ? `${t('streamDirectionNote')} ${call.directionNote}`
          : t('streamDirectionNote'),
        charts,
      });
    }
  }
  const log = logCharts(payload);
  if (log.length > 0) sections.push({ id: 'log', title: t('logSection'), charts: log });
  return sections;
}

function streamCharts(
  prefix: string,
  s: StreamColumns,
  payload: MetricsPayload,
  call: CallColumns,
): ChartSpec[] {
  const th = payload.thresholds;
  const spans = call.findingSpans.filter((f) => f.stream === undefined || f.stream === s.stream);
  const base = { time: s.time, entryOffset: s.entryOffset, spans, bands: [], shape: 'chart' as const };
  const charts: ChartSpec[] = [
    {
      ...base,
      id: `${prefix}.audioLevel`,
      title: t('audioLevel'),
      series: [{ label: t('audioLevel'), values: s.audioLevel, color: 'green', kind: 'line' }],
      thresholds: [threshold(th.lowAudioLevel, 'thresholdSourceAudioLevel')],
      yFloor: 0,
      unit: '',
    },
    {
      ...base,
      id: `${prefix}.packets`,
      title: t('packets'),
      series: [
        { label: t('packetsCount'), values: s.packetsCount, color: 'blue', kind: 'line' },
        { label: t('packetsLost'), values: s.packetsLost, color: 'red', kind: 'line' },
      ],
      thresholds: [],
      yFloor: 0,
      unit: '',
    },
    {
      ...base,
      id: `${prefix}.loss`,
      title: t('lossPercent'),
      series: [{ label: t('lossPercent'), values: s.lossPercent, color: 'orange', kind: 'line' }],
      thresholds: [threshold(th.packetLossPercent, 'thresholdSourcePacketLoss')],
      yFloor: 0,
      unit: '%',
    },
    {
      ...base,
      id: `${prefix}.jitter`,
      title: t('jitter'),
      note: t('jitterNote'),
      series: [{ label: t('jitter'), values: s.jitterMs, color: 'purple', kind: 'line' }],
      thresholds: [threshold(th.jitterMs, 'thresholdSourceJitter')],
      yFloor: 0,
      unit: 'ms',
    },
    {
      ...base,
      id: `${prefix}.rtt`,
      title: t('rtt'),
      series: [{ label: t('rtt'), values: s.rttMs, color: 'yellow', kind: 'line' }],
      thresholds: [threshold(th.rttMs, 'thresholdSourceRtt')],
      yFloor: 0,
      unit: 'ms',
    },
  ];
  return charts.filter((c) => c.time.length > 0 && !c.series.every((series) => allGaps(series.values)));
}

function logCharts(payload: MetricsPayload): ChartSpec[] {
  const th = payload.thresholds;
  const charts: ChartSpec[] = [];
  const bands = payload.agentStates.filter((b) => Number.isFinite(b.start) && Number.isFinite(b.end));
  if (bands.length > 0) {
    const time = new Float64Array(bands.length);
    bands.forEach((b, i) => (time[i] = b.start));
    time.sort();
    charts.push({
      id: 'log.agentStates',
      title: t('agentStates'),
      time,
      series: [
        {
          label: t('agentStates'),
          values: new Float64Array(bands.length).fill(NaN),
          color: 'foreground',
          kind: 'line',
        },
      ],
      entryOffset: new Float64Array(bands.length).fill(NaN),
      thresholds: [],
      spans: [],
      bands,
      shape: 'strip',
      unit: '',
    });
  }
  const { skew, apiLatency, heartbeat } = payload;
  if (skew.time.length > 0) {
    charts.push({
      id: 'log.skew',
      title: t('skew'),
      note: t('skewNote'),
      time: skew.time,
      series: [{ label: t('skew'), values: skew.skewMs, color: 'blue', kind: 'line' }],
      entryOffset: skew.entryOffset,
      thresholds: [
        threshold(th.clockSkewMs, 'thresholdSourceClockSkew'),
        threshold(-th.clockSkewMs, 'thresholdSourceClockSkew'),
      ],
      spans: [],
      bands,
      shape: 'chart',
      unit: 'ms',
    });
  }
  if (apiLatency.time.length > 0) {
    charts.push({
      id: 'log.apiLatency',
      title: t('apiLatency'),
      time: apiLatency.time,
      series: [
        {
          label: t('apiSucceeded'),
          values: maskedColumn(apiLatency.latencyMs, apiLatency.failed, 0),
          color: 'blue',
          kind: 'points',
        },
        {
          label: t('apiFailed'),
          values: maskedColumn(apiLatency.latencyMs, apiLatency.failed, 1),
          color: 'red',
          kind: 'points',
        },
      ],
      entryOffset: apiLatency.entryOffset,
      thresholds: [threshold(th.apiLatencyMs, 'thresholdSourceApiLatency')],
      spans: [],
      bands: [],
      pointLabels: apiLatency.api,
      shape: 'chart',
      yFloor: 0,
      unit: 'ms',
    });
  }
  if (heartbeat.time.length > 0) {
    charts.push({
      id: 'log.heartbeat',
      title: t('heartbeat'),
      time: heartbeat.time,
      series: [{ label: t('heartbeat'), values: heartbeat.rttMs, color: 'green', kind: 'line' }],
      entryOffset: heartbeat.entryOffset,
      thresholds: [],
      spans: [],
      bands: [],
      shape: 'chart',
      yFloor: 0,
      unit: 'ms',
    });
  }
  return charts;
}

function threshold(value: number, source: WebviewStringKey): ThresholdSpec {
  return { value, label: t('threshold', value), source: t(source) };
}

/**
 * The time window the charts open on: the chosen call (the whole log when there is no call or the user
 * chose the whole log). Never empty: a single instant is widened by a second each side.
 */
export function timeWindow(
  payload: MetricsPayload,
  call: CallColumns | undefined,
  range: 'call' | 'log',
): [number, number] | undefined {
  let window: [number, number] | undefined;
  if (call && range === 'call' && Number.isFinite(call.start) && Number.isFinite(call.end)) {
    window = [Math.min(call.start, call.end), Math.max(call.start, call.end)];
  } else {
    const columns: Float64Array[] = [payload.skew.time, payload.apiLatency.time, payload.heartbeat.time];
    const extra: number[] = [];
    for (const c of payload.calls) {
      for (const s of [...c.streams, ...c.perSecond]) columns.push(s.time);
      extra.push(c.start, c.end);
    }
    for (const b of payload.agentStates) extra.push(b.start, b.end);
    window = timeExtent(columns, extra);
  }
  if (!window) return undefined;
  return window[0] === window[1] ? [window[0] - 1000, window[1] + 1000] : window;
}
