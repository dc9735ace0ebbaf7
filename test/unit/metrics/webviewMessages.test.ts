import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFromWebview, pngBytes, PNG_DATA_URL_PREFIX } from '../../../client/src/metrics/webviewMessages';

const PNG_1x1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

test('well-formed messages from the webview are accepted as their typed form', () => {
  assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseFromWebview({ type: 'reveal', offset: 42 }), { type: 'reveal', offset: 42 });
  assert.deepEqual(parseFromWebview({ type: 'exportCsv', callId: null }), {
    type: 'exportCsv',
    callId: null,
  });
  assert.deepEqual(parseFromWebview({ type: 'exportCsv', callId: 'c1' }), {
    type: 'exportCsv',
    callId: 'c1',
  });
  const report = { seq: 1, renderMs: 12.5, frameMs: 20, samplesPerStream: 10_800, charts: [] };
  assert.deepEqual(parseFromWebview({ type: 'rendered', report }), { type: 'rendered', report });
  const state = { panelKey: 'k', callId: 'c', series: 'perSecond', range: 'log', zoom: { min: 1, max: 2 } };
  assert.deepEqual(parseFromWebview({ type: 'viewState', state }), { type: 'viewState', state });
});

test('anything else is dropped: wrong types, negative or fractional offsets, foreign data URLs', () => {
  for (const bad of [
    null,
    'ready',
    [],
    { type: 'nope' },
    { type: 'reveal', offset: -1 },
    { type: 'reveal', offset: 1.5 },
    { type: 'reveal', offset: '3' },
    { type: 'exportCsv' },
    { type: 'exportPng', dataUrl: 'data:text/html;base64,PGgxPg==' },
    { type: 'exportPng', dataUrl: 'file:///etc/passwd' },
    { type: 'rendered', report: { seq: 1 } },
    { type: 'viewState', state: { panelKey: 1 } },
    { type: 'viewState', state: { panelKey: 'k', range: 'everything' } },
    { type: 'error', message: 5 },
  ]) {
    assert.equal(parseFromWebview(bad), undefined, JSON.stringify(bad));
  }
  const long = parseFromWebview({ type: 'error', message: 'x'.repeat(10_000) });
  assert.equal(long?.type === 'error' ? long.message.length : 0, 2000);
});

test('only real PNG bytes are saved from an export', () => {
  const bytes = pngBytes(PNG_DATA_URL_PREFIX + PNG_1x1);
  assert.ok(bytes);
  assert.equal(bytes[1], 0x50);
  assert.equal(pngBytes(PNG_DATA_URL_PREFIX + Buffer.from('GIF89a').toString('base64')), undefined);
  assert.equal(pngBytes('data:image/gif;base64,' + PNG_1x1), undefined);
  assert.deepEqual(parseFromWebview({ type: 'exportPng', dataUrl: PNG_DATA_URL_PREFIX + PNG_1x1 }), {
    type: 'exportPng',
    dataUrl: PNG_DATA_URL_PREFIX + PNG_1x1,
  });
});
