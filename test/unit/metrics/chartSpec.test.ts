import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMetricsPayload } from '../../../client/src/metrics/payload';
import { buildSections, timeWindow } from '../../../webview/src/charts/chartSpec';
import type { WebviewStringKey, WebviewStrings } from '../../../webview/src/messages';
import { format, setStrings } from '../../../webview/src/strings';
import { axisLabeler, resolveZone, timeFormatter } from '../../../webview/src/timeZone';
import { buildAudioMetricsFixture } from '../../support/audioMetricsFixture';

// Every key shows as itself, so the tests can see which string went where.
setStrings(new Proxy({}, { get: (_t, key) => `[${String(key)}]{0}` }) as WebviewStrings);

const payload = toMetricsPayload(buildAudioMetricsFixture({ samplesPerStream: 1000 }));
const call = payload.calls[0];

test('per stream: audio level, packets, loss, jitter and RTT, labelled with the direction', () => {
  const sections = buildSections(payload, { call, source: 'samples' });
  assert.deepEqual(
    sections.map((s) => s.id),
    ['samples.audio_input', 'samples.audio_output', 'log'],
  );
  assert.ok(sections[0]?.title.startsWith('[streamInput' satisfies `[${WebviewStringKey}`));
  assert.ok(sections[1]?.title.startsWith('[streamOutput'));
  assert.deepEqual(
    sections[0]?.charts.map((c) => c.id),
    ['audioLevel', 'packets', 'loss', 'jitter', 'rtt'].map((m) => `samples.audio_input.${m}`),
  );
  const packets = sections[0]?.charts.find((c) => c.id.endsWith('packets'));
  assert.deepEqual(
    packets?.series.map((s) => s.color),
    ['blue', 'red'],
  );
});

test('threshold lines come from the result with their source; skew gets both signs', () => {
  const sections = buildSections(payload, { call, source: 'samples' });
  const charts = sections.flatMap((s) => s.charts);
  const jitter = charts.find((c) => c.id === 'samples.audio_input.jitter');
  assert.deepEqual(
    jitter?.thresholds.map((t) => t.value),
    [payload.thresholds.jitterMs],
  );
  assert.ok(jitter?.thresholds[0]?.source.startsWith('[thresholdSourceJitter]'));
  const skew = charts.find((c) => c.id === 'log.skew');
  assert.deepEqual(
    skew?.thresholds.map((t) => t.value),
    [10_000, -10_000],
  );
  assert.equal(skew?.bands.length, payload.agentStates.length, 'agent-state bands behind the skew');
});

test('finding spans go to the charts of their stream (or of both when the span names none)', () => {
  const sections = buildSections(payload, { call, source: 'samples' });
  const input = sections[0]?.charts[0]?.spans ?? [];
  const output = sections[1]?.charts[0]?.spans ?? [];
  assert.ok(input.some((s) => s.stream === 'audio_input'));
  assert.ok(output.every((s) => s.stream === undefined || s.stream === 'audio_output'));
  assert.ok(output.some((s) => s.stream === undefined));
});

test('API latency splits succeeded and failed calls into two point series', () => {
  const api = buildSections(payload, { call, source: 'samples' })
    .flatMap((s) => s.charts)
    .find((c) => c.id === 'log.apiLatency');
  assert.deepEqual(
    api?.series.map((s) => [s.kind, s.color]),
    [
      ['points', 'blue'],
      ['points', 'red'],
    ],
  );
  const failed = api?.series[1]?.values ?? new Float64Array();
  const failedCount = [...failed].filter((v) => !Number.isNaN(v)).length;
  assert.equal(
    failedCount,
    payload.apiLatency.failed.reduce((n, v) => n + v, 0),
  );
});

test('the per-second report replaces the samples when chosen; empty series are left out', () => {
  const perSecond = buildSections(payload, { call, source: 'perSecond' });
  assert.equal(perSecond[0]?.id, 'perSecond.audio_input');
  const noRtt = toMetricsPayload({
    ...buildAudioMetricsFixture({ samplesPerStream: 60 }),
  });
  const first = noRtt.calls[0];
  assert.ok(first);
  first.streams[0]?.rttMs.fill(NaN);
  const charts = buildSections(noRtt, { call: first, source: 'samples' })[0]?.charts.map((c) => c.id) ?? [];
  assert.ok(!charts.includes('samples.audio_input.rtt'));
});

test('the window is the call, or the whole log; never empty', () => {
  assert.deepEqual(timeWindow(payload, call, 'call'), [call?.start, call?.end]);
  const log = timeWindow(payload, call, 'log');
  assert.ok(log && call && log[0] < call.start && log[1] > call.end);
  const instant = { ...payload, calls: [], skew: { ...payload.skew, time: new Float64Array([5000]) } };
  const empty = {
    ...instant,
    agentStates: [],
    apiLatency: { ...payload.apiLatency, time: new Float64Array(0) },
    heartbeat: { ...payload.heartbeat, time: new Float64Array(0) },
  };
  assert.deepEqual(timeWindow(empty, undefined, 'call'), [4000, 6000]);
});

test('time texts: zone setting, 24-hour clock, date where the day changes', () => {
  assert.deepEqual(resolveZone('local'), { iana: undefined, display: 'local', unknown: false });
  assert.equal(resolveZone('utc').iana, 'UTC');
  assert.equal(resolveZone('Asia/Tokyo').iana, 'Asia/Tokyo');
  assert.deepEqual(resolveZone('Mars/Olympus'), { iana: 'UTC', display: 'Mars/Olympus', unknown: true });
  const tokyo = resolveZone('Asia/Tokyo');
  const at = Date.UTC(2026, 4, 6, 14, 59, 59, 250);
  assert.equal(timeFormatter(tokyo)(at), '2026-05-06 23:59:59.250');
  assert.deepEqual(axisLabeler(tokyo)([at - 250, at + 750], 60_000), [
    '23:59\n2026-05-06',
    '00:00\n2026-05-07',
  ]);
  assert.deepEqual(axisLabeler(resolveZone('utc'))([0, 1000], 1000), ['00:00:00\n1970-01-01', '00:00:01']);
});

test('placeholders are filled once: arguments with braces stay as they are', () => {
  assert.equal(format('Threshold {0} of {1}', '{1}', 2), 'Threshold {1} of 2');
  assert.equal(format('no args {0}'), 'no args {0}');
});

test("the server's direction note follows the panel's own direction note on each stream section", () => {
  const withNote = { ...call!, directionNote: 'In this file: RTT only on audio_output.' };
  const sections = buildSections({ ...payload, calls: [withNote] }, { call: withNote, source: 'samples' });
  assert.match(
    sections[0]?.note ?? '',
    /^\[streamDirectionNote\].* In this file: RTT only on audio_output\.$/,
  );
  const plain = buildSections(payload, { call, source: 'samples' });
  assert.ok(!(plain[0]?.note ?? '').includes('In this file'));
});
