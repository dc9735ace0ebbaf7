import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCcpLog } from '../../../bench/ccp/generator';
import { audioMetrics } from '../../../server/src/analysis/ccp/series';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { analyse } from './support';

const g = generateCcpLog({
  seed: 51,
  minutes: 40,
  calls: 4,
  faults: {
    poorAudio: [{ call: 1, kind: 'loss', stream: 'audio_input', fromSecond: 30, seconds: 20 }],
    clockSkewMs: 800,
  },
});
const { analysis, model } = analyse(g.text);

test('audio metrics: per call, both streams as equal-length columns, per-second arrays and the report', () => {
  const result = analysis.audioMetrics!(DEFAULT_SETTINGS);
  assert.equal(result.calls.length, g.calls.length);
  for (const call of result.calls) {
    assert.ok(call.contactId);
    assert.equal(call.streams.length, 2);
    for (const s of call.streams) {
      const n = s.time.length;
      assert.ok(n > 30);
      for (const col of [
        s.audioLevel,
        s.packetsCount,
        s.packetsLost,
        s.lossPercent,
        s.jitterMs,
        s.rttMs,
        s.entryOffset,
      ]) {
        assert.equal(col.length, n);
      }
      for (let k = 1; k < n; k++) assert.ok(s.time[k]! > s.time[k - 1]!);
      assert.ok(s.entryOffset.every((o) => g.text.startsWith('{', o)));
    }
    assert.equal(call.perSecond.length, 2);
    assert.ok(call.report && call.report.some((r) => r.label === 'Talking'));
  }
  assert.equal(result.calls[0]!.streams[0]!.stream, 'audio_input');
  assert.ok(result.calls[0]!.streams[1]!.rttMs.some((v) => v !== null));
  assert.ok(result.calls[0]!.streams[0]!.rttMs.every((v) => v === null));
});

test('finding spans shade the stretch where a rule fired, on its stream', () => {
  const result = audioMetrics(model, DEFAULT_SETTINGS, analysis.findings(DEFAULT_SETTINGS));
  const bad = result.calls.find((c) => c.contactId === g.calls[1]!.contactId)!;
  const span = bad.findingSpans.find((s) => s.rule === 'ccp/packet-loss')!;
  assert.ok(span);
  assert.equal(span.stream, 'audio_input');
  assert.ok(span.end - span.start >= 15_000);
  const off = { ...DEFAULT_SETTINGS, ruleSeverity: { 'ccp/packet-loss': 'off' as const } };
  assert.ok(
    !audioMetrics(model, off, analysis.findings(off)).calls.some((c) =>
      c.findingSpans.some((s) => s.rule === 'ccp/packet-loss'),
    ),
  );
});

test('log-wide series: agent states, skew, API latency, heartbeats, thresholds, zone', () => {
  const result = analysis.audioMetrics!({ ...DEFAULT_SETTINGS, timeZone: 'Asia/Tokyo' });
  assert.ok(result.agentStates.some((b) => b.name === 'Busy'));
  assert.ok(result.skew.skewMs.every((v) => v === 800));
  assert.equal(result.skew.time.length, result.skew.entryOffset.length);
  assert.ok(result.apiLatency.api.includes('acceptContact'));
  assert.ok(!result.apiLatency.api.includes('getAgentSnapshot'));
  assert.ok(result.heartbeat.rttMs.length > 100);
  assert.equal(result.thresholds.packetLossPercent, DEFAULT_SETTINGS.thresholds.packetLossPercent);
  assert.equal(result.timeZone, 'Asia/Tokyo');
  JSON.stringify(result);
});

test('a gap between samples becomes a null row so chart lines break', () => {
  const outage = generateCcpLog({
    seed: 51,
    minutes: 40,
    calls: 4,
    faults: { apiOutage: { atMinute: 14, minutes: 2 } },
  });
  const result = analyse(outage.text).analysis.audioMetrics!(DEFAULT_SETTINGS);
  const withGap = result.calls.find((c) => c.streams[0]!.audioLevel.includes(null));
  assert.ok(withGap, 'a call with a hole');
  assert.ok(withGap.findingSpans.some((s) => s.rule === 'ccp/metrics-gap'));
});
