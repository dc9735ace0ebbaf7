/**
 * The audio-metrics payload for the chart webview (`callsight/audioMetrics`): per call, the sample
 * columns of each stream (with a `null` row where samples are more than 1.5 s apart, so lines break),
 * the telemetry report's per-second arrays, the call report's figures, and the spans where findings
 * fired; plus agent-state bands, skew, API latency and heartbeat round trips across the log.
 */
import type { Finding } from '../findings';
import { defineMessages } from '../l10n';
import type { CallsightSettings } from '../settings';
import type {
  AudioMetricsResult,
  CallMetrics,
  FindingSpan,
  SoftphoneStream,
  StreamSeries,
} from '../../protocol';
import { durationLabel, reportLabels } from './catalog/reportLabels';
import type { CallAudio, StreamData } from './model/audioMetrics';
import { STREAM_NAMES } from './model/audioMetrics';
import type { PerSecond } from './model/callReports';
import type { CcpModel } from './model/model';
import { audioFindings } from './rules/audio';
import { RuleContext } from './rules/context';
import { directionLine } from './features/hover/directionHover';
import { clockTime, formatDuration } from './features/timeFormat';

const m = defineMessages('ccp.series', {
  callLabel: 'Contact {contact} · {start}',
  orphanLabel: 'Audio without a known call · {start}',
});

/** The message table, for its translation in series.ja.ts. */
export { m as seriesMessages };

/** Steps at least this long between samples break the line (as the AWS parser does). */
const GAP_MS = 1500;

function nullable(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}

function lossPercent(stream: 0 | 1, lost: number, count: number): number | null {
  const d = stream === 0 ? lost + count : count;
  return d > 0 && !Number.isNaN(lost) ? (100 * lost) / d : null;
}

function seriesOf(model: CcpModel, s: StreamData): StreamSeries {
  const out: StreamSeries = {
    stream: STREAM_NAMES[s.stream],
    time: [],
    audioLevel: [],
    packetsCount: [],
    packetsLost: [],
    lossPercent: [],
    jitterMs: [],
    rttMs: [],
    entryOffset: [],
  };
  let prev = NaN;
  for (let k = 0; k < s.t.length; k++) {
    const t = s.t[k] as number;
    const entryOffset = model.entry(s.entry[k] as number).start;
    if (!Number.isNaN(prev) && t - prev >= GAP_MS) pushGap(out, prev + 1000, entryOffset);
    out.time.push(t);
    out.audioLevel.push(nullable(s.level[k] as number));
    out.packetsCount.push(nullable(s.count[k] as number));
    out.packetsLost.push(nullable(s.lost[k] as number));
    out.lossPercent.push(lossPercent(s.stream, s.lost[k] as number, s.count[k] as number));
    out.jitterMs.push(nullable(s.jitter[k] as number));
    out.rttMs.push(nullable(s.rtt[k] as number));
    out.entryOffset.push(entryOffset);
    prev = t;
  }
  return out;
}

function pushGap(out: StreamSeries, t: number, entryOffset: number): void {
  out.time.push(t);
  out.audioLevel.push(null);
  out.packetsCount.push(null);
  out.packetsLost.push(null);
  out.lossPercent.push(null);
  out.jitterMs.push(null);
  out.rttMs.push(null);
  out.entryOffset.push(entryOffset);
}

function perSecondSeries(
  stream: SoftphoneStream,
  p: PerSecond,
  start: number,
  entryOffset: number,
): StreamSeries {
  const n = p.packetsCount.length;
  const at = (col: readonly number[], k: number): number | null => nullable(col[k] ?? NaN);
  const s: StreamSeries = {
    stream,
    time: [],
    audioLevel: [],
    packetsCount: [],
    packetsLost: [],
    lossPercent: [],
    jitterMs: [],
    rttMs: [],
    entryOffset: [],
  };
  for (let k = 0; k < n; k++) {
    s.time.push(start + k * 1000);
    s.audioLevel.push(at(p.audioLevel, k));
    s.packetsCount.push(at(p.packetsCount, k));
    s.packetsLost.push(at(p.packetsLost, k));
    s.lossPercent.push(
      lossPercent(stream === 'audio_input' ? 0 : 1, p.packetsLost[k] ?? NaN, p.packetsCount[k] ?? NaN),
    );
    s.jitterMs.push(at(p.jitterBufferMillis, k));
    s.rttMs.push(at(p.roundTripTimeMillis, k));
    s.entryOffset.push(entryOffset);
  }
  return s;
}

function effectiveSeverity(f: Finding, settings: CallsightSettings): Finding['severity'] | undefined {
  const o = settings.ruleSeverity[f.rule];
  if (o === 'off') return undefined;
  return o ?? f.severity;
}

export function audioMetrics(
  model: CcpModel,
  settings: CallsightSettings,
  findings: readonly Finding[],
): AudioMetricsResult {
  const ctx = new RuleContext(model, settings);
  const audioSpans = new Map<CallAudio, FindingSpan[]>();
  for (const { problem, finding } of audioFindings(ctx)) {
    const severity = effectiveSeverity(finding, settings);
    if (!severity) continue;
    const list = audioSpans.get(problem.audio) ?? [];
    for (const run of problem.runs) {
      list.push({
        start: run.start,
        end: run.end,
        rule: finding.rule,
        severity,
        message: finding.message,
        ...(problem.stream !== undefined ? { stream: STREAM_NAMES[problem.stream] } : {}),
      });
    }
    audioSpans.set(problem.audio, list);
  }
  const z = settings.timeZone;
  const calls: CallMetrics[] = model.metrics.calls.map((audio) => {
    const call = audio.call;
    const contactId = call?.contact?.id;
    const spans = [...(audioSpans.get(audio) ?? []), ...otherSpans(model, findings, settings, audio)];
    const perSecond: StreamSeries[] = [];
    if (call && call.telemetry >= 0) {
      const data = model.telemetry(call.telemetry);
      const entryOffset = model.entry(call.telemetry).start;
      const start = data && !Number.isNaN(data.callStart) ? data.callStart : audio.start;
      data?.perSecond.forEach((p, k) => {
        if (p) perSecond.push(perSecondSeries(STREAM_NAMES[k as 0 | 1], p, start, entryOffset));
      });
    }
    const report = call && call.report >= 0 ? model.reports.byEntry.get(call.report) : undefined;
    const result: CallMetrics = {
      id: audio.key,
      ...(contactId ? { contactId } : {}),
      label: contactId
        ? m.t('callLabel', { contact: contactId, start: clockTime(audio.start, z) })
        : m.t('orphanLabel', { start: clockTime(audio.start, z) }),
      start: Math.min(audio.start, call?.first ?? Infinity),
      end: Math.max(audio.end, call?.last ?? -Infinity),
      streams: audio.streams.map((s) => seriesOf(model, s)),
      perSecond,
      ...(report
        ? {
            report: [
              ...[...report.durations].map(([k, v]) => ({
                label: durationLabel(k),
                value: formatDuration(v),
              })),
              ...report.failures.map((f) => ({ label: reportLabels.t('failure'), value: f })),
            ],
          }
        : {}),
      findingSpans: spans,
      directionNote: directionLine(model, audio, settings),
    };
    return result;
  });
  const agent = model.agent;
  const api = model.api.calls.filter((c) => !Number.isNaN(c.latency) && c.reply >= 0);
  const beats = model.webSocket.heartbeats;
  const th = settings.thresholds;
  return {
    calls,
    agentStates: agent.bands.map((b) => ({ start: b.start, end: b.end, name: b.name })),
    skew: {
      time: agent.skewPoints.map((p) => p.time),
      skewMs: agent.skewPoints.map((p) => p.info.skew),
      entryOffset: agent.skewPoints.map((p) => model.entry(p.entry).start),
    },
    apiLatency: {
      time: api.map((c) => c.replyTime),
      latencyMs: api.map((c) => c.latency),
      api: api.map((c) => c.op),
      failed: api.map((c) => c.failed),
      entryOffset: api.map((c) => model.entry(c.reply).start),
    },
    heartbeat: {
      time: beats.map((b) => b.time),
      rttMs: beats.map((b) => b.rtt),
      entryOffset: beats.map((b) => model.entry(b.reply).start),
    },
    thresholds: {
      packetLossPercent: th.packetLossPercent,
      jitterMs: th.jitterMs,
      rttMs: th.rttMs,
      lowAudioLevel: th.lowAudioLevel,
      clockSkewMs: th.clockSkewMs,
      apiLatencyMs: th.apiLatencyMs,
    },
    timeZone: settings.timeZone,
  };
}

const AUDIO_RULES = new Set([
  'ccp/no-audio-packets',
  'ccp/low-audio-level',
  'ccp/packet-loss',
  'ccp/high-rtt',
  'ccp/high-jitter',
  'ccp/metrics-gap',
]);

/** Other findings whose places fall in the call's time window, as one-second marks. */
function otherSpans(
  model: CcpModel,
  findings: readonly Finding[],
  settings: CallsightSettings,
  audio: CallAudio,
): FindingSpan[] {
  const out: FindingSpan[] = [];
  const from = Math.min(audio.start, audio.call?.first ?? Infinity);
  const to = Math.max(audio.end, audio.call?.last ?? -Infinity);
  for (const f of findings) {
    if (AUDIO_RULES.has(f.rule)) continue;
    const severity = effectiveSeverity(f, settings);
    if (!severity) continue;
    for (const place of [f, ...(f.related ?? [])]) {
      const e = model.entryAt(place.start);
      if (!e || !e.timed || e.time < from || e.time > to) continue;
      out.push({ start: e.time, end: e.time + 1000, rule: f.rule, severity, message: f.message });
      if (out.length > 200) return out;
    }
  }
  return out;
}
