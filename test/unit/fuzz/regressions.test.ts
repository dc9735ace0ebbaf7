/**
 * Inputs the fuzzer found (test/fixtures/fuzz), each run through every feature: they must stay clean.
 * Add a file there for each new crash or out-of-document range the fuzzer reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exercise, REPO_ROOT } from '../../fuzz/harness';
import { sipAnalyzer } from '../../../server/src/analysis/sip/analyzer';
import { ccpAnalyzer } from '../../../server/src/analysis/ccp/analyzer';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { SeededRandom } from '../../../bench/random';

const dir = join(REPO_ROOT, 'test', 'fixtures', 'fuzz');

for (const name of readdirSync(dir).sort()) {
  test(`fuzz regression ${name}: every feature, every range inside the text`, () => {
    const text = readFileSync(join(dir, name), 'utf8');
    const language = name.startsWith('ccp-') ? 'ccp-log' : 'sip-trace';
    for (let seed = 1; seed <= 5; seed++)
      assert.deepEqual(exercise(language, text, new SeededRandom(seed)), []);
  });
}

test('a SIP hover on an empty header value at the very end of the text stays inside it', () => {
  const text =
    'U 2010/09/27 07:12:49.978304 192.168.10.41:13434 -> 192.168.10.2:5060 #1\n' +
    'REGISTER sip:192.168.10.2 SIP/2.0.\n' +
    'Via: SIP/2.0/UDP 192.168.10.41:13434;branch=z9hG4bK-1;rport.\n' +
    'Max-Forwards: ';
  const hover = sipAnalyzer.analyze(text).hover(text.length, DEFAULT_SETTINGS);
  assert.ok(hover, 'the header still has a hover');
  assert.ok(hover.end <= text.length && hover.start <= hover.end);
});

test('a CCP session state with a blank name still gets an outline name (the editor rejects empty ones)', () => {
  const text = readFileSync(join(dir, 'ccp-blank-session-state-name.txt'), 'utf8');
  const names: string[] = [];
  const walk = (nodes: readonly { name: string; children?: readonly unknown[] }[]): void => {
    for (const n of nodes) {
      names.push(n.name);
      walk((n.children ?? []) as { name: string }[]);
    }
  };
  walk(ccpAnalyzer.analyze(text).symbols(DEFAULT_SETTINGS));
  assert.ok(names.length > 1);
  for (const n of names) assert.notEqual(n.trim(), '');
});
