/** Hovers on metric payloads (min/avg/max per stream of that batch), end-of-call and telemetry reports. */
import { durationLabel } from '../../catalog/reportLabels';
import type { CallAudio, StreamData } from '../../model/audioMetrics';
import { REPORT_DURATIONS } from '../../model/callReports';
import type { CcpEntry } from '../../model/entry';
import type { CcpModel } from '../../model/model';
import type { CallsightSettings } from '../../../settings';
import { formatDuration } from '../timeFormat';
import { directionLine } from './directionHover';
import { h } from './text';
import { join, paragraph, row, table, title } from './render';

interface Stats {
  min: number;
  sum: number;
  max: number;
  n: number;
}

function stats(values: Iterable<number>): Stats {
  const s: Stats = { min: Infinity, sum: 0, max: -Infinity, n: 0 };
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < s.min) s.min = v;
    if (v > s.max) s.max = v;
    s.sum += v;
    s.n++;
  }
  return s;
}

function show(s: Stats, digits = 0): string {
  if (s.n === 0) return '—';
  const f = (v: number): string => v.toFixed(digits);
  return `${f(s.min)} / ${f(s.sum / s.n)} / ${f(s.max)}`;
}

function* pick(s: StreamData, column: readonly number[], entry: number): Iterable<number> {
  for (let k = 0; k < s.t.length; k++) if (s.entry[k] === entry) yield column[k] as number;
}

function lossPercents(s: StreamData, entry: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < s.t.length; k++) {
    if (s.entry[k] !== entry) continue;
    const lost = s.lost[k] as number;
    const count = s.count[k] as number;
    const d = s.stream === 0 ? lost + count : count;
    if (d > 0 && !Number.isNaN(lost)) out.push((100 * lost) / d);
  }
  return out;
}

export function metricsBatchHover(model: CcpModel, e: CcpEntry, settings: CallsightSettings): string {
  const audio: CallAudio | undefined = model.metrics.byEntry.get(e.index);
  if (!audio) return join([title(h.t('metricsTitle', { count: 0 })), paragraph(h.t('metricsNone'))]);
  const rows: string[][] = [];
  let count = 0;
  let cumulative = false;
  for (const s of audio.streams) {
    const n = [...pick(s, s.t, e.index)].length;
    if (n === 0) continue;
    count += n;
    cumulative ||= s.cumulativeJitter;
    rows.push([
      s.stream === 0 ? 'audio_input' : 'audio_output',
      show(stats(pick(s, s.level, e.index))),
      show(stats(pick(s, s.count, e.index))),
      show(stats(lossPercents(s, e.index)), 1),
      show(stats(pick(s, s.jitter, e.index))),
      show(stats(pick(s, s.rtt, e.index))),
    ]);
  }
  return join([
    title(h.t('metricsTitle', { count })),
    table(
      [
        h.t('metricsStream'),
        h.t('metricsLevel'),
        h.t('metricsPackets'),
        h.t('metricsLoss'),
        h.t('metricsJitter'),
        h.t('metricsRtt'),
      ],
      rows,
    ),
    paragraph(`(${h.t('metricsMinAvgMax')})`),
    cumulative ? paragraph(h.t('metricsCumulative')) : undefined,
    paragraph(h.t('directionNote')),
    paragraph(directionLine(model, audio, settings)),
  ]);
}

export function reportHover(model: CcpModel, e: CcpEntry): string | undefined {
  const report = model.reports.byEntry.get(e.index);
  if (!report) return undefined;
  const timeline = REPORT_DURATIONS.filter((d) => report.durations.has(d)).map(
    (d) => `${durationLabel(d)} ${formatDuration(report.durations.get(d) as number)}`,
  );
  return join([
    title(h.t('reportTitle')),
    row(h.t('reportTimeline'), timeline.join(' → ')),
    row(
      h.t('reportFailures'),
      report.failures.length > 0 ? report.failures.join(', ') : h.t('reportNoFailures'),
    ),
  ]);
}

export function telemetryHover(model: CcpModel, e: CcpEntry): string {
  const data = model.telemetry(e.index);
  if (!data) return join([title(h.t('telemetryTitle')), paragraph(h.t('telemetryUnreadable'))]);
  const lines = [title(h.t('telemetryTitle'))];
  const counters = [...data.counters].map(([k, v]) => `${k}: ${String(v)}`);
  if (counters.length > 0) lines.push(paragraph(counters.join(' · ')));
  data.perSecond.forEach((p, k) => {
    if (!p) return;
    const stream = k === 0 ? 'audio_input' : 'audio_output';
    lines.push(paragraph(h.t('telemetryPerSecond', { seconds: p.packetsCount.length, stream })));
    lines.push(
      table(
        [h.t('metricsLevel'), h.t('metricsPackets'), h.t('metricsJitter'), h.t('metricsRtt')],
        [
          [
            show(stats(p.audioLevel)),
            show(stats(p.packetsCount)),
            show(stats(p.jitterBufferMillis)),
            show(stats(p.roundTripTimeMillis)),
          ],
        ],
      ),
    );
  });
  lines.push(paragraph(`(${h.t('metricsMinAvgMax')})`));
  return join(lines);
}
