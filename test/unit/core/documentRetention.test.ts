/**
 * A closed document must not stay in memory: module-level caches in the core (parsed URIs, codecs,
 * canonical hosts, event names, the last time's minute) outlive every analysis, and a slice of the
 * document kept there would keep the whole text alive (see server/src/analysis/text/detached.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateCcpLog } from '../../../bench/ccp/generator';
import { generateMixed } from '../../../bench/sip/generate';
import { ccpAnalyzer } from '../../../server/src/analysis/ccp/analyzer';
import { sipAnalyzer } from '../../../server/src/analysis/sip/analyzer';
import type { LanguageAnalyzer } from '../../../server/src/analysis/analyzer';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { detached } from '../../../server/src/analysis/text/detached';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMB(): number {
  // Several full collections: one that lands during incremental marking keeps what was allocated
  // black in that cycle, and only a later one frees it.
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Heap growth (MB) left after analysing `makeText()` with every editor feature and dropping it all. */
function retainedAfter(
  analyzer: LanguageAnalyzer,
  makeText: () => string,
): { retained: number; size: number } {
  const before = heapMB();
  let size = 0;
  (() => {
    const text = makeText();
    size = text.length / 1e6;
    const analysis = analyzer.analyze(text);
    analysis.findings(DEFAULT_SETTINGS);
    for (let at = 0; at < text.length; at += Math.floor(text.length / 200))
      analysis.hover(at, DEFAULT_SETTINGS);
    analysis.symbols(DEFAULT_SETTINGS);
  })();
  const retained = heapMB() - before;
  if (process.env.RETENTION_DEBUG) console.log(`retained ${retained.toFixed(1)} of ${size.toFixed(1)}`);
  return { retained, size };
}

test('detached: equal value, own storage', () => {
  const long = 'x'.repeat(100) + 'sip:alice@example.com;transport=tcp' + 'y'.repeat(100);
  const slice = long.slice(100, 135);
  assert.equal(detached(slice), slice);
  assert.equal(detached('short'), 'short');
  assert.equal(detached(''), '');
});

test('a SIP trace is not kept in memory once its analysis is dropped', () => {
  // Warm the caches with one trace, then measure a second, different one.
  retainedAfter(sipAnalyzer, () => generateMixed(2 * 1024 * 1024, 1).text);
  const { retained, size } = retainedAfter(sipAnalyzer, () => generateMixed(24 * 1024 * 1024, 2).text);
  assert.ok(size > 20, `trace of ${size.toFixed(1)} MB`);
  assert.ok(retained < size / 2, `${retained.toFixed(1)} MB of a ${size.toFixed(1)} MB trace still held`);
});

test('a CCP log is not kept in memory once its analysis is dropped', () => {
  retainedAfter(ccpAnalyzer, () => generateCcpLog({ seed: 1, minutes: 10, calls: 2 }).text);
  const { retained, size } = retainedAfter(
    ccpAnalyzer,
    () => generateCcpLog({ seed: 2, minutes: 240, calls: 30, chatterPerMinute: 70 }).text,
  );
  assert.ok(size > 10, `log of ${size.toFixed(1)} MB`);
  assert.ok(retained < size / 2, `${retained.toFixed(1)} MB of a ${size.toFixed(1)} MB log still held`);
});
