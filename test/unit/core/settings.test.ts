import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS, settingsFrom } from '../../../server/src/analysis/settings';

test('bad setting values fall back to defaults', () => {
  const s = settingsFrom({
    time: { zone: '' },
    thresholds: { jitterMs: -4, rttMs: 250 },
    rules: { severity: { 'ccp/x': 'off', 'ccp/y': 'loud' } },
  });
  assert.equal(s.timeZone, 'local');
  assert.equal(s.thresholds.jitterMs, DEFAULT_THRESHOLDS.jitterMs);
  assert.equal(s.thresholds.rttMs, 250);
  assert.deepEqual(s.ruleSeverity, { 'ccp/x': 'off' });
  assert.deepEqual(settingsFrom(undefined), DEFAULT_SETTINGS);
});

test('package.json declares every threshold with the same default as the core', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> }[] };
  };
  const props = Object.assign({}, ...pkg.contributes.configuration.map((c) => c.properties)) as Record<
    string,
    { default: unknown }
  >;
  for (const [key, value] of Object.entries(DEFAULT_THRESHOLDS)) {
    assert.equal(props[`callsight.thresholds.${key}`]?.default, value, key);
  }
  assert.equal(props['callsight.time.zone']?.default, DEFAULT_SETTINGS.timeZone);
  assert.equal(props['callsight.outline.maxItems']?.default, DEFAULT_SETTINGS.maxSymbols);
});

test('every %key% in package.json has an English string in package.nls.json', () => {
  const raw = readFileSync('package.json', 'utf8');
  const nls = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
  const keys = [...raw.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] as string);
  assert.ok(keys.length > 10);
  for (const k of keys) assert.ok(nls[k], k);
});
