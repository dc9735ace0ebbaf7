import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCcpLog, toConsoleForm, toDisplayForm } from '../../../bench/ccp/generator';
import { SeededRandom } from '../../../bench/random';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { analyse } from './support';

/** Every feature on a text, as the editor would ask for it. */
function exercise(text: string): void {
  const { analysis } = analyse(text);
  analysis.findings(DEFAULT_SETTINGS);
  for (let k = 0; k < 20; k++) analysis.hover(Math.floor((k / 20) * text.length), DEFAULT_SETTINGS);
  analysis.semanticTokens({ start: 0, end: Math.min(text.length, 20_000) });
  analysis.symbols(DEFAULT_SETTINGS);
  analysis.foldingRanges(1000);
  analysis.audioMetrics?.(DEFAULT_SETTINGS);
  analysis.definition?.(Math.floor(text.length / 2));
}

test('random cuts, insertions and deletions never throw', () => {
  const base = generateCcpLog({
    seed: 91,
    minutes: 15,
    calls: 2,
    faults: { iceTimeout: [0], wrongTypes: true },
  });
  const forms = [base.text, toConsoleForm(base.entries), toDisplayForm(base.entries, 3)];
  const rng = new SeededRandom(92);
  const junk = [
    '{',
    '}',
    '[',
    ']',
    '"',
    '\\',
    ',',
    ':',
    '\n',
    '\r\n',
    '\u0000',
    '\ufeff',
    'null',
    '"text": ',
    '\\u12',
  ];
  for (let i = 0; i < 60; i++) {
    let text = rng.pick(forms);
    const ops = rng.int(1, 6);
    for (let k = 0; k < ops; k++) {
      const at = rng.int(0, text.length);
      const what = rng.int(0, 2);
      if (what === 0) text = text.slice(0, at);
      else if (what === 1) text = text.slice(0, at) + rng.pick(junk) + text.slice(at);
      else text = text.slice(0, at) + text.slice(Math.min(text.length, at + rng.int(1, 400)));
    }
    assert.doesNotThrow(() => exercise(text), `mutation ${i}`);
  }
});

test('thousands of entries with the same millisecond stay fast enough to finish', () => {
  const one = JSON.stringify({
    component: 'ccp',
    level: 'INFO',
    text: 'x',
    time: '2025-05-06T17:00:00.000Z',
  });
  const text = `[${Array.from({ length: 20_000 }, (_, i) => one.replace('"x"', `"x${i % 7}"`)).join(',')}]`;
  const { model } = analyse(text);
  assert.equal(model.entries.length, 20_000);
  assert.ok(model.duplicates > 0);
});
