/**
 * What the audio metrics panel must draw for a log, worked out from the metric series alone (the server's
 * `callsight/audioMetrics` answer in the extension-host suites, the analysis core run in Node in the UI
 * suites), written down here from issue 5 rather than taken from the webview's own chart code, so a chart
 * that goes missing, gains points or loses a threshold line fails a test.
 */
import type { AudioMetricsResult, CallMetrics, StreamSeries } from '../../server/src/protocol';

export interface ExpectedChart {
  /** `samples.<stream>.<metric>` (or `perSecond.…`) and `log.<metric>`, as the panel names its charts. */
  readonly id: string;
  /** Points along the time axis (gap rows included). */
  readonly points: number;
  readonly thresholdLines: number;
  /** The threshold values, in the order the legend lists them. */
  readonly thresholds: readonly number[];
  /** The unit the legend writes after a threshold (`%`, `ms` or nothing). */
  readonly unit: string;
}

type Metric = Exclude<keyof StreamSeries, 'stream' | 'time' | 'entryOffset'>;

/** Per stream: each chart, the series it plots and the threshold setting it draws (issue 5, "What it shows"). */
const STREAM_CHARTS: readonly {
  readonly metric: string;
  readonly series: readonly Metric[];
  readonly threshold?: keyof AudioMetricsResult['thresholds'];
  readonly unit: string;
}[] = [
  { metric: 'audioLevel', series: ['audioLevel'], threshold: 'lowAudioLevel', unit: '' },
  { metric: 'packets', series: ['packetsCount', 'packetsLost'], unit: '' },
  { metric: 'loss', series: ['lossPercent'], threshold: 'packetLossPercent', unit: '%' },
  { metric: 'jitter', series: ['jitterMs'], threshold: 'jitterMs', unit: 'ms' },
  { metric: 'rtt', series: ['rttMs'], threshold: 'rttMs', unit: 'ms' },
];

const STREAMS = ['audio_input', 'audio_output'] as const;

/**
 * The charts of `call` (the panel opens on the log's first call) from its softphone samples, then the
 * log-wide charts. A stream chart whose series hold no value at all is left out, as is a log chart
 * without points.
 */
export function expectedCharts(result: AudioMetricsResult, call: CallMetrics | undefined): ExpectedChart[] {
  const charts: ExpectedChart[] = [];
  const th = result.thresholds;
  const perSecond = call !== undefined && call.streams.length === 0 && call.perSecond.length > 0;
  const source = perSecond ? 'perSecond' : 'samples';
  for (const stream of STREAMS) {
    const series = (perSecond ? call?.perSecond : call?.streams)?.find((s) => s.stream === stream);
    if (!series || series.time.length === 0) continue;
    for (const chart of STREAM_CHARTS) {
      const hasValue = chart.series.some((name) => series[name].some((v) => v !== null));
      if (!hasValue) continue;
      const thresholds = chart.threshold ? [th[chart.threshold]] : [];
      charts.push({
        id: `${source}.${stream}.${chart.metric}`,
        points: series.time.length,
        thresholdLines: thresholds.length,
        thresholds,
        unit: chart.unit,
      });
    }
  }
  const bands = result.agentStates.filter((b) => Number.isFinite(b.start) && Number.isFinite(b.end));
  if (bands.length > 0) {
    charts.push({ id: 'log.agentStates', points: bands.length, thresholdLines: 0, thresholds: [], unit: '' });
  }
  if (result.skew.time.length > 0) {
    const skew = [th.clockSkewMs, -th.clockSkewMs];
    charts.push({
      id: 'log.skew',
      points: result.skew.time.length,
      thresholdLines: 2,
      thresholds: skew,
      unit: 'ms',
    });
  }
  if (result.apiLatency.time.length > 0) {
    charts.push({
      id: 'log.apiLatency',
      points: result.apiLatency.time.length,
      thresholdLines: 1,
      thresholds: [th.apiLatencyMs],
      unit: 'ms',
    });
  }
  if (result.heartbeat.time.length > 0) {
    charts.push({
      id: 'log.heartbeat',
      points: result.heartbeat.time.length,
      thresholdLines: 0,
      thresholds: [],
      unit: 'ms',
    });
  }
  return charts;
}

/** Legend text of a threshold as the English UI writes it: `Threshold 3 %`, `Threshold 1`. */
export function thresholdLegend(value: number, unit: string): string {
  return `Threshold ${value}${unit ? ` ${unit}` : ''}`;
}

/** The log entry a chart point comes from, for charts whose points each have one. */
export function entryOffsetOf(
  result: AudioMetricsResult,
  call: CallMetrics,
  chartId: string,
  index: number,
): number {
  const [source, stream] = chartId.split('.');
  if (source === 'log') {
    const series =
      chartId === 'log.skew'
        ? result.skew
        : chartId === 'log.heartbeat'
          ? result.heartbeat
          : result.apiLatency;
    return series.entryOffset[index] ?? NaN;
  }
  const streams = source === 'perSecond' ? call.perSecond : call.streams;
  return streams.find((s) => s.stream === stream)?.entryOffset[index] ?? NaN;
}

/** Markup that must stay text wherever a log's texts are shown (fixtures/markup-in-texts.txt holds it). */
export const HOSTILE_MARKUP = ['<img src=x onerror=alert(1)>', '</script>'] as const;
