/**
 * Deterministic {@link AudioMetricsResult} values for the metrics panel's tests, built without the CCP
 * parser: a seeded generator, one long call (by default 10,800 samples per stream, i.e. three hours at one
 * sample a second, with gaps as null), a short second call, both streams, per-second report arrays,
 * agent-state bands, skew, API latency (some failed) and heartbeats, and hostile strings in every
 * label and message so tests can prove they render inert.
 */
import { SeededRandom } from '../../bench/random';
import type {
  AudioMetricsResult,
  CallMetrics,
  FindingSpan,
  SoftphoneStream,
  StreamSeries,
} from '../../server/src/protocol';

/** Text that would run script or break out of markup if it were ever treated as HTML. */
export const HOSTILE_TEXTS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  '=HYPERLINK("http://example.invalid")',
] as const;

export interface FixtureOptions {
  /** Seed of the generator (same seed → same values). */
  readonly seed?: number;
  /** Samples per stream of the long call (also the length of its per-second arrays). */
  readonly samplesPerStream?: number;
  /** Put hostile strings into labels, names and messages. */
  readonly hostile?: boolean;
  /** Start of the first call, epoch ms. */
  readonly start?: number;
  readonly timeZone?: string;
}

/** Where the gaps of the long call are: [first index, length) — a failed 30-s upload and a short one. */
export function gapRanges(samplesPerStream: number): [number, number][] {
  const ranges: [number, number][] = [
    [Math.floor(samplesPerStream * 0.3), 30],
    [Math.floor(samplesPerStream * 0.7), 5],
  ];
  return ranges.filter(([i, n]) => i + n <= samplesPerStream);
}

/** Seeded, so failures reproduce. */
function generator(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

export function buildAudioMetricsFixture(options: FixtureOptions = {}): AudioMetricsResult {
  const random = generator(options.seed ?? 5);
  const n = options.samplesPerStream ?? 10_800;
  const hostile = options.hostile ?? true;
  const start = options.start ?? Date.UTC(2026, 4, 6, 17, 0, 0);
  const label = (plain: string, i = 0): string =>
    hostile ? `${plain} ${HOSTILE_TEXTS[i % HOSTILE_TEXTS.length]}` : plain;

  const longCall = makeCall({
    random,
    id: hostile ? `call-${HOSTILE_TEXTS[1]}` : 'call-1',
    label: label('Call 1', 0),
    start,
    samples: n,
    gaps: gapRanges(n),
    entryBase: 10_000,
    label2: label,
  });
  const shortStart = start + n * 1000 + 600_000;
  const shortCall = makeCall({
    random,
    id: 'call-2',
    label: label('Call 2', 2),
    start: shortStart,
    samples: 120,
    gaps: [],
    entryBase: 9_000_000,
    label2: label,
  });

  const logStart = start - 300_000;
  const logEnd = shortStart + 180_000;
  const skew = { time: [] as number[], skewMs: [] as number[], entryOffset: [] as number[] };
  for (let t = logStart, i = 0; t <= logEnd; t += 30_000, i++) {
    skew.time.push(t);
    skew.skewMs.push(Math.round(350 + (random() - 0.5) * 80 + (i % 200 === 100 ? 12_000 : 0)));
    skew.entryOffset.push(500 + i * 97);
  }
  const apiNames = ['putAgentState', 'acceptContact', 'sendSoftphoneCallMetrics', 'getEndpoints'];
  const apiLatency = {
    time: [] as number[],
    latencyMs: [] as number[],
    api: [] as string[],
    failed: [] as boolean[],
    entryOffset: [] as number[],
  };
  for (let t = logStart + 5_000, i = 0; t <= logEnd; t += 10_000, i++) {
    apiLatency.time.push(t);
    apiLatency.latencyMs.push(Math.round(80 + random() * 300 + (i % 97 === 0 ? 900 : 0)));
    const name = apiNames[i % apiNames.length] ?? 'getEndpoints';
    apiLatency.api.push(hostile && i % 50 === 0 ? `${name} ${HOSTILE_TEXTS[0]}` : name);
    apiLatency.failed.push(i % 61 === 7);
    apiLatency.entryOffset.push(700 + i * 131);
  }
  const heartbeat = { time: [] as number[], rttMs: [] as number[], entryOffset: [] as number[] };
  for (let t = logStart + 2_000, i = 0; t <= logEnd; t += 10_000, i++) {
    heartbeat.time.push(t);
    heartbeat.rttMs.push(Math.round(40 + random() * 60));
    heartbeat.entryOffset.push(900 + i * 113);
  }
  const agentStates = [
    { start: logStart, end: start, name: 'Available' },
    { start, end: start + n * 1000, name: hostile ? `Busy ${HOSTILE_TEXTS[0]}` : 'Busy' },
    { start: start + n * 1000, end: shortStart, name: 'AfterCallWork' },
    { start: shortStart, end: shortStart + 120_000, name: 'Busy' },
    { start: shortStart + 120_000, end: logEnd, name: hostile ? HOSTILE_TEXTS[1] : 'Lunch' },
  ];
  return {
    calls: [longCall, shortCall],
    agentStates,
    skew,
    apiLatency,
    heartbeat,
    thresholds: {
      packetLossPercent: 3,
      jitterMs: 30,
      rttMs: 300,
      lowAudioLevel: 1,
      clockSkewMs: 10_000,
      apiLatencyMs: 500,
    },
    timeZone: options.timeZone ?? 'utc',
  };
}

interface CallInput {
  readonly random: () => number;
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly samples: number;
  readonly gaps: readonly [number, number][];
  readonly entryBase: number;
  readonly label2: (plain: string, i?: number) => string;
}

function makeCall(input: CallInput): CallMetrics {
  const { random, start, samples, gaps } = input;
  const inGap = (i: number): boolean => gaps.some(([g, len]) => i >= g && i < g + len);
  const stream = (kind: SoftphoneStream, perSecond: boolean): StreamSeries => {
    const time: number[] = [];
    const audioLevel: (number | null)[] = [];
    const packetsCount: (number | null)[] = [];
    const packetsLost: (number | null)[] = [];
    const lossPercent: (number | null)[] = [];
    const jitterMs: (number | null)[] = [];
    const rttMs: (number | null)[] = [];
    const entryOffset: number[] = [];
    for (let i = 0; i < samples; i++) {
      time.push(start + i * 1000);
      // Samples arrive in 30-s uploads: every sample of one upload points at the same log entry.
      entryOffset.push(input.entryBase + Math.floor(i / 30) * 4096 + (kind === 'audio_output' ? 2048 : 0));
      if (!perSecond && inGap(i)) {
        audioLevel.push(null);
        packetsCount.push(null);
        packetsLost.push(null);
        lossPercent.push(null);
        jitterMs.push(null);
        rttMs.push(null);
        continue;
      }
      const bad = i % 1800 >= 900 && i % 1800 < 960; // a minute of trouble every half hour
      const count = 50 - (bad ? Math.floor(random() * 6) : 0);
      const lost = bad ? Math.floor(random() * 5) : random() < 0.02 ? 1 : 0;
      audioLevel.push(Math.floor(random() * (kind === 'audio_output' ? 900 : 3000)));
      packetsCount.push(count);
      packetsLost.push(lost);
      const loss = kind === 'audio_input' ? (lost / (lost + count)) * 100 : (lost / count) * 100;
      lossPercent.push(Math.round(loss * 100) / 100);
      jitterMs.push(Math.floor(4 + random() * 10 + (bad ? 40 : 0)));
      // RTT came only with audio_output in older clients: the first tenth of audio_input has none.
      rttMs.push(
        kind === 'audio_input' && i < samples / 10 ? null : Math.floor(90 + random() * 40 + (bad ? 300 : 0)),
      );
    }
    return {
      stream: kind,
      time,
      audioLevel,
      packetsCount,
      packetsLost,
      lossPercent,
      jitterMs,
      rttMs,
      entryOffset,
    };
  };
  const findingSpans: FindingSpan[] = [];
  for (let i = 900; i + 60 <= samples; i += 1800) {
    findingSpans.push({
      start: start + i * 1000,
      end: start + (i + 60) * 1000,
      rule: 'ccp/packet-loss',
      severity: 'warning',
      message: input.label2('Packet loss above 3 % for 60 s', 0),
      stream: 'audio_input',
    });
  }
  for (const [g, len] of gaps) {
    findingSpans.push({
      start: start + g * 1000,
      end: start + (g + len) * 1000,
      rule: 'ccp/metrics-gap',
      severity: 'error',
      message: input.label2('No metrics for 30 s (upload failed)', 1),
    });
  }
  return {
    id: input.id,
    contactId: '6c2b5c1e-0d3f-4c1e-9a51-6f0e8a1b2c3d',
    label: input.label,
    start,
    end: start + samples * 1000,
    streams: [stream('audio_input', false), stream('audio_output', false)],
    perSecond: [stream('audio_input', true), stream('audio_output', true)],
    report: [
      { label: 'ICE collection', value: '120 ms' },
      { label: 'Signalling connect', value: '340 ms' },
      { label: input.label2('Failure flags', 1), value: input.label2('none', 0) },
    ],
    findingSpans,
  };
}
