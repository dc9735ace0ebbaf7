import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  float32Column,
  float64Column,
  streamColumns,
  toMetricsPayload,
} from '../../../client/src/metrics/payload';
import {
  countValued,
  maskedColumn,
  nearestUsableIndex,
  timeExtent,
  toChartValues,
  valueExtent,
  yRange,
} from '../../../webview/src/columns';
import { buildAudioMetricsFixture, gapRanges } from '../../support/audioMetricsFixture';

test('number arrays become typed columns with NaN for null, missing and non-finite values', () => {
  const c = float32Column([1, null, 2.5, Number.POSITIVE_INFINITY], 5);
  assert.ok(c instanceof Float32Array);
  assert.equal(c.length, 5);
  assert.deepEqual(
    [...c].map((v) => (Number.isNaN(v) ? 'gap' : v)),
    [1, 'gap', 2.5, 'gap', 'gap'],
  );
  const t = float64Column([1_746_552_309_921.5]);
  assert.ok(t instanceof Float64Array);
  assert.equal(t[0], 1_746_552_309_921.5, 'times keep millisecond precision');
  assert.equal(float64Column(undefined).length, 0);
});

test('a stream keeps every column as long as its time column', () => {
  const s = streamColumns({
    stream: 'audio_output',
    time: [1, 2, 3],
    audioLevel: [5],
    packetsCount: [50, 50, 50],
    packetsLost: [0, 1, 0],
    lossPercent: [0, 2, 0],
    jitterMs: [null, 3, 4],
    rttMs: [100, 110, 120, 999],
    entryOffset: [10, 20, 30],
  });
  for (const key of [
    'audioLevel',
    'packetsCount',
    'packetsLost',
    'lossPercent',
    'jitterMs',
    'rttMs',
  ] as const) {
    assert.ok(s[key] instanceof Float32Array, key);
    assert.equal(s[key].length, 3, key);
  }
  assert.ok(Number.isNaN(s.audioLevel[1] as number));
  assert.ok(Number.isNaN(s.jitterMs[0] as number));
});

test('the whole fixture converts: 10,800 samples per stream, gaps as NaN, failures as a byte mask', () => {
  const result = buildAudioMetricsFixture();
  const payload = toMetricsPayload(result);
  const call = payload.calls[0];
  assert.ok(call);
  assert.equal(call.streams.length, 2);
  assert.equal(call.perSecond.length, 2);
  const input = call.streams.find((s) => s.stream === 'audio_input');
  assert.ok(input);
  assert.equal(input.time.length, 10_800);
  const gaps = gapRanges(10_800).reduce((n, [, len]) => n + len, 0);
  assert.equal(countValued([input.jitterMs], input.time.length), 10_800 - gaps);
  assert.ok(payload.apiLatency.failed instanceof Uint8Array);
  assert.equal(
    payload.apiLatency.failed.reduce((n, v) => n + v, 0),
    result.apiLatency.failed.filter(Boolean).length,
  );
  assert.deepEqual(payload.apiLatency.api, result.apiLatency.api);
  assert.equal(payload.timeZone, result.timeZone);
  assert.deepEqual(payload.thresholds, result.thresholds);
  // Structured clone (what postMessage does) keeps the typed arrays.
  const cloned = structuredClone(payload);
  assert.ok(cloned.calls[0]?.streams[0]?.time instanceof Float64Array);
});

test('the webview turns NaN back into the null gaps uPlot draws as breaks', () => {
  assert.deepEqual(toChartValues(new Float32Array([1, NaN, 3])), [1, null, 3]);
  const masked = maskedColumn(new Float64Array([10, 20, 30]), new Uint8Array([0, 1, 0]), 1);
  assert.deepEqual(toChartValues(masked), [null, 20, null]);
});

test('a click finds the nearest usable point, also across a gap', () => {
  const time = new Float64Array([0, 1000, 2000, 3000, 4000, 5000]);
  const usable = (i: number): boolean => i !== 2 && i !== 3;
  assert.equal(nearestUsableIndex(time, 1100, usable), 1);
  assert.equal(nearestUsableIndex(time, 2900, usable), 4);
  assert.equal(nearestUsableIndex(time, 2400, usable), 1);
  assert.equal(nearestUsableIndex(time, -50, usable), 0);
  assert.equal(nearestUsableIndex(time, 99_999, usable), 5);
  assert.equal(
    nearestUsableIndex(time, 2500, () => false),
    -1,
  );
  assert.equal(
    nearestUsableIndex(new Float64Array(0), 1, () => true),
    -1,
  );
});

test('the y range always shows the threshold lines and the floor', () => {
  assert.deepEqual(yRange(0, 10, [30], 0).map(Math.round), [0, 32]);
  const [lo, hi] = yRange(-500, 400, [10_000, -10_000]);
  assert.ok(lo < -10_000 && hi > 10_000);
  assert.deepEqual(yRange(null, null, [], 0), [0, 1]);
  assert.deepEqual(yRange(5, 5, []), [4, 6]);
  assert.deepEqual(valueExtent([new Float32Array([NaN, 3, -1])]), [-1, 3]);
  assert.equal(valueExtent([new Float32Array([NaN])]), undefined);
  assert.deepEqual(timeExtent([new Float64Array([5, 9]), new Float64Array(0)], [2, NaN]), [2, 9]);
});
