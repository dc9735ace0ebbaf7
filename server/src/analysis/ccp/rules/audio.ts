/**
 * Audio-quality findings from the metric series (ccp-log.md §6, §14, §15): for each call and stream, how
 * long the condition lasted and how bad it got, with the stream named in words (§6.5: `audio_input` is
 * what the browser receives — what the agent hears; `audio_output` is what it sends — the agent's
 * microphone). Also the cumulative jitter-buffer notice and logs without any metrics (CCP v1).
 */
import type { Finding } from '../../findings';
import { defineMessages, type MessageParams } from '../../l10n';
import type { CallAudio, StreamIndex } from '../model/audioMetrics';
import { EntryKind } from '../model/entry';
import { audioProblems, type AudioProblem, type AudioRule } from './audioProblems';
import type { Occurrence, RuleContext } from './context';
import { sourceList, type SourceKey } from './sources';

const m = defineMessages('ccp.rules.audio', {
  streamInput: 'audio_input (received by the browser: what the agent hears)',
  streamOutput: "audio_output (sent by the browser: the agent's microphone)",
  effectInput: 'the agent hears the customer badly or not at all',
  effectOutput: 'the customer hears the agent badly or not at all',
  callLabel: 'call {call}',
  runWhat: '{seconds} s, worst {worst}',

  noPacketsMessage: 'No audio packets on {stream} for {seconds} s in {call}',
  noPacketsSeen:
    'packetsCount was 0 on {stream} for {seconds} s in {runs} stretch(es), from {first} ({call}).',
  noPacketsWhy: 'No packets means no sound: {effect}.',
  noPacketsCauseInput:
    'The media path from Amazon Connect to the browser is interrupted (network drop, VPN reconnect, a firewall closing the UDP flow) or the far end sends nothing.',
  noPacketsCauseOutput:
    'The browser sends no audio: the microphone track failed or another application took the device, it was unplugged, or the path to Connect dropped.',
  noPacketsFixInput:
    'Check the path for UDP 3478 to {turn} (no VPN, no UDP inspection) and the call recording: if the customer is audible there, the problem is between Connect and the agent.',
  noPacketsFixOutput:
    'Check the microphone selected in the CCP and the OS, close other applications using it, and check the path for UDP 3478 to {turn}; compare with the call recording.',

  lowLevelMessage: 'Silent audio on {stream} for {seconds} s in {call} (level ≤ {threshold})',
  lowLevelSeen:
    'audioLevel stayed at or below {threshold} (on a 0–32767 scale) on {stream} for {seconds} s in {runs} stretch(es), from {first} ({call}); mute and hold periods are left out.',
  lowLevelWhy: 'Packets flow but carry silence: {effect}.',
  lowLevelCauseInput:
    'The customer side is silent (customer muted, a carrier-side problem) or the audio from Connect is very quiet.',
  lowLevelCauseOutput:
    'The microphone is muted on the headset or in the OS, its input gain is far too low, the wrong device is selected, or the device is failing.',
  lowLevelFixInput:
    'Check the call recording: if the customer is quiet there too, the issue is on the customer or carrier side.',
  lowLevelFixOutput:
    'Check the headset mute switch and the OS input level, select the right microphone in the CCP settings, and try another headset. (The seed book treats levels below 100 as worth checking; set callsight.thresholds.lowAudioLevel to 100 to see those.)',

  lossMessage: 'Packet loss on {stream} for {seconds} s in {call} (worst {worst} %, threshold {threshold} %)',
  lossSeen:
    'Loss over 5-second windows exceeded {threshold} % on {stream} for {seconds} s in {runs} stretch(es), from {first}; worst {worst} % ({call}).',
  lossWhy: 'Lost packets are gaps in speech: {effect} (choppy, robotic audio).',
  lossCauseInput:
    'Packets from Connect to the agent are lost on the way: Wi-Fi, a congested downlink, VPN, or security software inspecting UDP.',
  lossCauseOutput:
    'Packets from the agent to Connect are lost on the way: Wi-Fi, a congested uplink, VPN, or security software inspecting UDP.',
  lossFix:
    'Prefer a wired connection, keep media (UDP 3478 to {turn}) out of VPN tunnels and UDP inspection, give voice QoS priority and look for other heavy traffic on the link.',

  rttMessage:
    'High round-trip time on {stream} for {seconds} s in {call} (worst {worst} ms, threshold {threshold} ms)',
  rttSeen:
    'RTT stayed above {threshold} ms for {seconds} s in {runs} stretch(es), from {first}; worst {worst} ms ({call}).',
  rttWhy:
    'Long delays make people talk over each other; above about 400 ms one way a conversation becomes hard.',
  rttCause:
    'A long network path: the agent far from the instance region, media hair-pinned through a VPN or proxy, or congestion.',
  rttFix:
    'Send media directly (UDP 3478 to {turn}, not through VPN or proxy) and place agents near the instance region {region} (AWS notes cross-region placement pushes RTT above 500 ms).',

  jitterMessage:
    'High jitter on {stream} for {seconds} s in {call} (worst {worst} ms, threshold {threshold} ms)',
  jitterSeen:
    'jitterBufferMillis stayed above {threshold} ms for {seconds} s in {runs} stretch(es), from {first}; worst {worst} ms ({call}).',
  jitterWhy:
    'Uneven packet arrival forces the jitter buffer to grow or drop audio: {effect} (choppy or delayed audio).',
  jitterCause: 'Congestion or Wi-Fi on the path; VPNs and a busy workstation CPU add to it.',
  jitterFix:
    'Prefer a wired connection, keep media (UDP 3478 to {turn}) out of VPN tunnels, and give voice QoS priority.',

  gapMessage: 'No audio metrics for {worst} s during {call} (threshold {threshold} s)',
  gapSeen:
    'The metric series of {call} has {runs} hole(s) totalling {seconds} s, the first from {first}; {failed} metrics upload failure(s) were logged.',
  gapWhy:
    'Metrics are logged only when their upload succeeds: a hole usually means the CTI API was unreachable during the call, which often hurt the call as well.',
  gapCause: 'A network or API-endpoint outage during the call, or the CCP tab being suspended.',
  gapFix: 'Look at the API endpoint findings around that time; allow outbound TCP 443 to {api}.',

  cumulativeMessage:
    'jitterBufferMillis only grows on {stream} in {call}: a cumulative jitter-buffer delay, not jitter',
  cumulativeSeen:
    'The series rises on more than 90 % of its steps; newer clients (rtc-js 1.3) log the cumulative jitterBufferDelay under this name. The chart shows per-second increases instead; the jitter rule is not applied to it.',
  cumulativeWhy: 'Read as jitter, these numbers would look alarming when nothing is wrong.',
  cumulativeCause: 'A client version that logs a running total.',
  cumulativeFix: 'No action needed; judge jitter from the per-second increases or the telemetry report.',

  v1Message: 'No audio metrics in this log: the CCP may be v1 (only CCP v2 logs audio metrics)',
  v1Seen: '{calls} softphone call(s) but not a single sendSoftphoneMetrics line.',
  v1Why:
    'Audio quality (loss, jitter, RTT, levels) cannot be judged from this log, and CCP v1 logs show only failed API calls, so latency cannot be measured either.',
  v1Cause:
    'The agent used CCP v1 (https://<alias>.awsapps.com/connect/ccp#), for example through an old bookmark or a custom CCP with a stale ccpUrl.',
  v1Fix:
    'Use CCP v2 (…/ccp-v2): update bookmarks and the ccpUrl of custom CCPs; then download the log again after an affected call.',
});

/** The message table, for its translation in audio.ja.ts. */
export { m as audioRuleMessages };

type Key = Parameters<typeof m.t>[0];

interface AudioRuleText {
  readonly prefix: string;
  /** Cause/fix differ by direction. */
  readonly directional: { cause: boolean; fix: boolean };
  readonly unit: string;
  readonly sources: readonly SourceKey[];
}

const TEXT: Readonly<Record<AudioRule, AudioRuleText>> = {
  'ccp/no-audio-packets': {
    prefix: 'noPackets',
    directional: { cause: true, fix: true },
    unit: '',
    sources: ['streamsSoftphone', 'book'],
  },
  'ccp/low-audio-level': {
    prefix: 'lowLevel',
    directional: { cause: true, fix: true },
    unit: '',
    sources: ['streamsSoftphone', 'book'],
  },
  'ccp/packet-loss': {
    prefix: 'loss',
    directional: { cause: true, fix: false },
    unit: ' %',
    sources: ['voipRules', 'book'],
  },
  'ccp/high-rtt': {
    prefix: 'rtt',
    directional: { cause: false, fix: false },
    unit: ' ms',
    sources: ['voipRules', 'lowLatency'],
  },
  'ccp/high-jitter': {
    prefix: 'jitter',
    directional: { cause: false, fix: false },
    unit: ' ms',
    sources: ['voipRules'],
  },
  'ccp/metrics-gap': {
    prefix: 'gap',
    directional: { cause: false, fix: false },
    unit: ' s',
    sources: ['streamsSoftphone'],
  },
};

export function streamWords(stream: StreamIndex): string {
  return stream === 0 ? m.t('streamInput') : m.t('streamOutput');
}

function callName(audio: CallAudio): string {
  const id = audio.call?.contact?.id ?? audio.key;
  return m.t('callLabel', { call: id.length > 13 ? `${id.slice(0, 8)}…` : id });
}

function threshold(ctx: RuleContext, rule: AudioRule): number {
  const t = ctx.thresholds;
  switch (rule) {
    case 'ccp/no-audio-packets':
      return 0;
    case 'ccp/low-audio-level':
      return t.lowAudioLevel;
    case 'ccp/packet-loss':
      return t.packetLossPercent;
    case 'ccp/high-rtt':
      return t.rttMs;
    case 'ccp/high-jitter':
      return t.jitterMs;
    case 'ccp/metrics-gap':
      return t.metricsGapSeconds;
  }
}

function round(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/** Each audio problem with the finding that reports it (the chart shades the problem's runs). */
export function audioFindings(ctx: RuleContext): { problem: AudioProblem; finding: Finding }[] {
  return audioProblems(ctx.model, ctx.settings).map((problem) => ({
    problem,
    finding: problemFinding(ctx, problem),
  }));
}

export function audioRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = audioFindings(ctx).map((p) => p.finding);
  out.push(...cumulativeJitter(ctx));
  const v1 = noMetrics(ctx);
  if (v1) out.push(v1);
  return out;
}

function problemFinding(ctx: RuleContext, p: AudioProblem): Finding {
  const text = TEXT[p.rule];
  const model = ctx.model;
  const occ: Occurrence[] = p.runs.map((r) =>
    ctx.occurrence(
      model.entry(r.entry),
      m.t('runWhat', { seconds: r.seconds, worst: `${round(r.worst)}${text.unit}` }),
    ),
  );
  const stream = p.stream ?? 0;
  const failed = model.ofKind(EntryKind.MetricsFailed).filter((i) => {
    const t = model.entry(i).time;
    return p.runs.some((r) => t >= r.start && t <= r.end + 30_000);
  }).length;
  const ep = ctx.endpoints;
  const params: MessageParams = {
    stream: streamWords(stream),
    effect: stream === 0 ? m.explain('effectInput') : m.explain('effectOutput'),
    seconds: p.seconds,
    runs: p.runs.length,
    worst: round(p.worst),
    threshold: threshold(ctx, p.rule),
    first: ctx.time((p.runs[0] as { start: number }).start),
    call: callName(p.audio),
    failed,
    turn: ep.turn,
    region: ep.region,
    api: ep.api,
  };
  const dir = stream === 0 ? 'Input' : 'Output';
  const key = (part: string, directional = false): Key =>
    `${text.prefix}${part}${directional ? dir : ''}` as Key;
  return ctx.grouped(
    p.rule,
    occ,
    m.t(key('Message'), params),
    {
      seen: m.explain(key('Seen'), params),
      why: m.explain(key('Why'), params),
      cause: m.explain(key('Cause', text.directional.cause), params),
      fix: m.explain(key('Fix', text.directional.fix), params),
      sources: sourceList(text.sources),
    },
    { count: p.runs.length },
  );
}

function cumulativeJitter(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const audio of ctx.model.metrics.calls) {
    const streams = audio.streams.filter((s) => s.cumulativeJitter && s.t.length > 0);
    if (streams.length === 0) continue;
    const occ = streams.map((s) =>
      ctx.occurrence(ctx.model.entry(s.entry[0] as number), streamWords(s.stream)),
    );
    const params: MessageParams = {
      stream: streams.map((s) => streamWords(s.stream)).join(', '),
      call: callName(audio),
    };
    out.push(
      ctx.grouped('ccp/cumulative-jitter-buffer', occ, m.t('cumulativeMessage', params), {
        seen: m.explain('cumulativeSeen', params),
        why: m.explain('cumulativeWhy', params),
        cause: m.explain('cumulativeCause', params),
        fix: m.explain('cumulativeFix', params),
        sources: sourceList(['rtcSession', 'streamsSoftphone']),
      }),
    );
  }
  return out;
}

function noMetrics(ctx: RuleContext): Finding | undefined {
  const model = ctx.model;
  if (model.ofKind(EntryKind.MetricsSuccess).length > 0 || model.ofKind(EntryKind.MetricsFailed).length > 0)
    return undefined;
  if (model.environment.ccpVersion === 'v2') return undefined;
  const calls = model.contacts.calls.filter((c) => !c.failed);
  const detected = model.ofKind(EntryKind.CallDetected);
  const count = Math.max(calls.length, detected.length);
  if (count === 0) return undefined;
  const firstEntry = detected[0] ?? calls[0]?.entries[0];
  if (firstEntry === undefined) return undefined;
  const params: MessageParams = { calls: count };
  return ctx.grouped(
    'ccp/ccp-v1-no-metrics',
    [ctx.occurrence(model.entry(firstEntry), '')],
    m.t('v1Message', params),
    {
      seen: m.explain('v1Seen', params),
      why: m.explain('v1Why', params),
      cause: m.explain('v1Cause', params),
      fix: m.explain('v1Fix', params),
      sources: sourceList(['book', 'ccpLogParser']),
    },
  );
}
