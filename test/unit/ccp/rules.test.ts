import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCcpLog, type CcpFaults, type GeneratorOptions } from '../../../bench/ccp/generator';
import { CCP_RULES } from '../../../server/src/analysis/ccp/rules/meta';
import type { Finding } from '../../../server/src/analysis/findings';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { at, findings, logOf, rulesOf, snapshot, withThresholds } from './support';

const BASE: GeneratorOptions = { seed: 21, minutes: 40, calls: 4 };

function log(faults: CcpFaults, options: GeneratorOptions = {}): string {
  return generateCcpLog({ ...BASE, ...options, faults }).text;
}

function one(list: readonly Finding[], rule: string): Finding {
  const found = list.filter((f) => f.rule === rule);
  assert.equal(found.length, 1, `exactly one ${rule} finding, got ${found.length}`);
  return found[0] as Finding;
}

/** Minutes after the start at which call `index` is talking (from a fault-free run of the same seed). */
function talkingMinute(index: number, options: GeneratorOptions = {}): number {
  const g = generateCcpLog({ ...BASE, ...options });
  const call = g.calls[index]!;
  return (call.answered - g.start) / 60_000 + 0.5;
}

test('a clean shift raises no finding', () => {
  const clean = findings(generateCcpLog({ seed: 5, minutes: 90, calls: 8 }).text);
  assert.deepEqual(
    clean.map((f) => `${f.rule}: ${f.message}`),
    [],
  );
});

const FAULTS: readonly { rule: string; faults: CcpFaults; options?: GeneratorOptions }[] = [
  { rule: 'ccp/signalling-connection-failure', faults: { signallingFailure: [1] } },
  { rule: 'ccp/signalling-handshake-failure', faults: { handshakeFailure: [1] } },
  { rule: 'ccp/ice-collection-timeout', faults: { iceTimeout: [1] } },
  { rule: 'ccp/ice-connection-lost', faults: { iceLost: [1] } },
  { rule: 'ccp/microphone-not-shared', faults: { micDenied: [1] } },
  { rule: 'ccp/multiple-ccp-windows', faults: { userBusy: [1] } },
  { rule: 'ccp/unsupported-browser', faults: { unsupportedBrowser: [1] } },
  { rule: 'ccp/webrtc-error', faults: { webrtcError: [1] } },
  { rule: 'ccp/realtime-communication-error', faults: { realtimeError: [1] } },
  { rule: 'ccp/ringtone-playback-failure', faults: { ringtoneFailure: [1] } },
  { rule: 'ccp/api-endpoint-unreachable', faults: { apiOutage: { atMinute: 3, minutes: 1 } } },
  { rule: 'ccp/api-failed', faults: { redactionTruncated: true } },
  { rule: 'ccp/redaction-truncated', faults: { redactionTruncated: true } },
  { rule: 'ccp/websocket-unhealthy', faults: { heartbeatMisses: { atMinute: 5, count: 3 } } },
  { rule: 'ccp/outbound-dial-timeout', faults: { outboundDialTimeout: { atMinute: 7 } } },
  { rule: 'ccp/api-latency', faults: { slowApi: { atMinute: 0, op: 'acceptContact', ms: 1500, count: 2 } } },
  { rule: 'ccp/api-no-reply', faults: { apiNoReply: { atMinute: 0, op: 'acceptContact' } } },
  { rule: 'ccp/auth-expired', faults: { authExpired: { atMinute: 9 } } },
  { rule: 'ccp/access-denied', faults: { accessDenied: { atMinute: 9 } } },
  { rule: 'ccp/missed-call-agent', faults: { missedCall: [1] } },
  { rule: 'ccp/failed-connect', faults: { failedConnectAgent: [1] } },
  { rule: 'ccp/clock-skew', faults: { clockSkewMs: 12_000 } },
  {
    rule: 'ccp/no-audio-packets',
    faults: {
      poorAudio: [{ call: 2, kind: 'noPackets', stream: 'audio_input', fromSecond: 40, seconds: 12 }],
    },
  },
  {
    rule: 'ccp/low-audio-level',
    faults: {
      poorAudio: [{ call: 2, kind: 'silence', stream: 'audio_output', fromSecond: 40, seconds: 12 }],
    },
  },
  {
    rule: 'ccp/packet-loss',
    faults: { poorAudio: [{ call: 2, kind: 'loss', stream: 'audio_input', fromSecond: 40, seconds: 20 }] },
  },
  {
    rule: 'ccp/high-rtt',
    faults: { poorAudio: [{ call: 2, kind: 'rtt', stream: 'audio_output', fromSecond: 40, seconds: 20 }] },
  },
  {
    rule: 'ccp/high-jitter',
    faults: { poorAudio: [{ call: 2, kind: 'jitter', stream: 'audio_input', fromSecond: 40, seconds: 20 }] },
  },
  { rule: 'ccp/cumulative-jitter-buffer', faults: { cumulativeJitter: [2] } },
  { rule: 'ccp/audio-direction-reversed', faults: { reversedDirections: true } },
  { rule: 'ccp/ccp-v1-no-metrics', faults: { ccpV1: true } },
  { rule: 'ccp/parse-error', faults: { truncateAtFraction: 0.6 } },
];

for (const { rule, faults, options } of FAULTS) {
  test(`${rule} fires on its fault and carries an explanation`, () => {
    const list = findings(log(faults, options));
    const f = one(list, rule);
    assert.ok(f.message.length > 10);
    const meta = CCP_RULES.find((r) => r.id === rule);
    assert.ok(meta, `${rule} is in the rule table`);
    assert.equal(f.severity, meta.defaultSeverity);
    assert.ok(f.explanation, 'explanation');
    for (const part of ['seen', 'why', 'cause', 'fix'] as const) {
      assert.ok(f.explanation[part].length > 10, `${rule} ${part}`);
      assert.ok(!/\{[a-z]+\}/i.test(f.explanation[part]), `${rule} ${part} has no unfilled placeholder`);
    }
    assert.ok(!/\{[a-z]+\}/i.test(f.message), `${rule} message has no unfilled placeholder`);
    assert.ok(f.start <= f.end);
  });
}

test('metric holes and failed uploads during an API outage in a call', () => {
  const minute = talkingMinute(2);
  const list = findings(log({ apiOutage: { atMinute: Math.floor(minute), minutes: 2 } }));
  one(list, 'ccp/metrics-upload-failed');
  const gap = one(list, 'ccp/metrics-gap');
  assert.match(gap.explanation!.seen, /upload failure/);
  one(list, 'ccp/api-endpoint-unreachable');
  one(list, 'ccp/websocket-unhealthy');
});

test('every rule in the table has a firing case here or in the parser tests', () => {
  const covered = new Set([
    ...FAULTS.map((f) => f.rule),
    'ccp/metrics-upload-failed',
    'ccp/metrics-gap',
    'ccp/concatenated-downloads',
    'ccp/not-a-ccp-log',
  ]);
  for (const r of CCP_RULES) assert.ok(covered.has(r.id), r.id);
});

test('one problem seen many times is one finding with a count and related places', () => {
  const list = findings(log({ iceTimeout: [0, 1, 3] }));
  const f = one(list, 'ccp/ice-collection-timeout');
  assert.equal(f.count, 3);
  assert.ok((f.related?.length ?? 0) >= 10, 'every line of every incident is a related place');
  assert.match(f.message, /3 call/);
});

test('fix texts name the endpoint, port and the region found in the log', () => {
  const list = findings(log({ iceTimeout: [1], signallingFailure: [2] }, { region: 'eu-central-1' }));
  const ice = one(list, 'ccp/ice-collection-timeout');
  assert.match(ice.explanation!.fix, /UDP 3478/);
  assert.match(ice.explanation!.fix, /TurnNlb-[0-9a-f]+\.elb\.eu-central-1\.amazonaws\.com/);
  const sig = one(list, 'ccp/signalling-connection-failure');
  assert.match(sig.explanation!.fix, /TCP 443/);
  assert.match(sig.explanation!.fix, /rtc\.connect-telecom\.eu-central-1\.amazonaws\.com/);
  assert.ok(ice.explanation!.sources!.length > 0);
});

test('audio findings say how long and which stream, in words', () => {
  const list = findings(
    log({ poorAudio: [{ call: 2, kind: 'loss', stream: 'audio_input', fromSecond: 40, seconds: 20 }] }),
  );
  const f = one(list, 'ccp/packet-loss');
  assert.match(f.message, /audio_input \(received by the browser: what the agent hears\)/);
  assert.match(f.message, /for 2\d s/);
  const out = one(
    findings(
      log({ poorAudio: [{ call: 2, kind: 'silence', stream: 'audio_output', fromSecond: 40, seconds: 12 }] }),
    ),
    'ccp/low-audio-level',
  );
  assert.match(out.message, /audio_output \(sent by the browser: the agent's microphone\)/);
});

test('audio rules follow the thresholds and the minimum duration', () => {
  const text = log({
    poorAudio: [{ call: 2, kind: 'loss', stream: 'audio_input', fromSecond: 40, seconds: 20 }],
  });
  assert.ok(!rulesOf(text, withThresholds({ packetLossPercent: 50 })).includes('ccp/packet-loss'));
  assert.ok(!rulesOf(text, withThresholds({ minDurationSeconds: 60 })).includes('ccp/packet-loss'));
  const rtt = log({
    poorAudio: [{ call: 2, kind: 'rtt', stream: 'audio_output', fromSecond: 40, seconds: 20 }],
  });
  assert.ok(!rulesOf(rtt, withThresholds({ rttMs: 1000 })).includes('ccp/high-rtt'));
  const short = log({
    poorAudio: [{ call: 2, kind: 'noPackets', stream: 'audio_input', fromSecond: 40, seconds: 3 }],
  });
  assert.ok(!rulesOf(short).includes('ccp/no-audio-packets'));
  const g = generateCcpLog({ ...BASE, faults: { clockSkewMs: 12_000 } }).text;
  assert.ok(!rulesOf(g, withThresholds({ clockSkewMs: 20_000 })).includes('ccp/clock-skew'));
  assert.ok(
    !rulesOf(
      log({ slowApi: { atMinute: 0, op: 'acceptContact', ms: 900, count: 2 } }),
      withThresholds({ apiLatencyMs: 5000 }),
    ).includes('ccp/api-latency'),
  );
});

test('a muted microphone is not reported as silent', () => {
  const entries = [
    { text: ' Agent has muted the contact, connectionId - abc', component: 'softphone', time: at(0) },
  ];
  const samples = [];
  for (let s = 0; s < 20; s++) {
    samples.push(
      {
        softphoneStreamType: 'audio_input',
        timestamp: at(s + 1),
        packetsLost: 0,
        packetsCount: 50,
        audioLevel: 900,
        jitterBufferMillis: 5,
        roundTripTimeMillis: null,
      },
      {
        softphoneStreamType: 'audio_output',
        timestamp: at(s + 1),
        packetsLost: 0,
        packetsCount: 50,
        audioLevel: 0,
        jitterBufferMillis: 5,
        roundTripTimeMillis: 40,
      },
    );
  }
  const metrics = {
    component: 'softphone',
    time: at(22),
    text: ` sendSoftphoneMetrics success${JSON.stringify(samples)}`,
  };
  assert.ok(!rulesOf(logOf([...entries, metrics])).includes('ccp/low-audio-level'));
  assert.ok(rulesOf(logOf([metrics])).includes('ccp/low-audio-level'));
});

test('a missed call says what happened just before it', () => {
  const f = one(findings(log({ iceTimeout: [1] })), 'ccp/missed-call-agent');
  assert.match(f.explanation!.seen, /ice_collection_timeout/);
  const plain = one(findings(log({ missedCall: [1] })), 'ccp/missed-call-agent');
  assert.match(plain.explanation!.seen, /No softphone or network error/);
});

test('severity overrides apply, and "off" drops the rule', async () => {
  const { applySeverityOverrides } = await import('../../../server/src/analysis/severity');
  const list = findings(log({ clockSkewMs: 12_000 }));
  const settings = { ...DEFAULT_SETTINGS, ruleSeverity: { 'ccp/clock-skew': 'error' as const } };
  assert.equal(
    applySeverityOverrides(list, settings).find((f) => f.rule === 'ccp/clock-skew')?.severity,
    'error',
  );
  const off = { ...DEFAULT_SETTINGS, ruleSeverity: { 'ccp/clock-skew': 'off' as const } };
  assert.ok(!applySeverityOverrides(list, off).some((f) => f.rule === 'ccp/clock-skew'));
});

test('signatures in hand-made entries: AWSClient failures by code, skew in snapshots, agent error states', () => {
  const text = logOf([
    { text: "AWSClient: --> Calling operation 'putAgentState'", level: 'TRACE', time: at(0) },
    {
      text: `AWSClient: <-- Operation 'putAgentState' failed: {"message":"Network Failure","code":"NetworkingError"}`,
      level: 'TRACE',
      time: at(1),
    },
    {
      text: 'GET_AGENT_SNAPSHOT succeeded.',
      level: 'TRACE',
      objects: snapshot('FailedConnectCustomer', -15_000, [], 'error'),
      time: at(2),
    },
    { text: "'acceptContact' API request failed", level: 'ERROR', time: at(3) },
    { text: 'Failed to get agent data.', level: 'ERROR', time: at(4) },
  ]);
  const list = findings(text);
  const api = one(list, 'ccp/api-endpoint-unreachable');
  assert.equal(api.count, 3);
  assert.match(one(list, 'ccp/clock-skew').message, /-15000 ms/);
  assert.match(one(list, 'ccp/failed-connect').message, /FailedConnectCustomer/);
});
