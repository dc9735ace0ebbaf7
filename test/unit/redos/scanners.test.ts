/**
 * ReDoS: every function that reads raw text outside the parsers (language sniffers, Markdown escaping,
 * the knowledge base under the cursor, UUI and CCAI decoding, SIP parameter readers) on 1 MB pathological
 * lines: each under 100 ms (best of three, grown from 10 kB so a super-linear one fails fast).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, detectLanguageFromContent } from '../../../server/src/analysis/detect';
import { codeTokenAt, explainAt, explainToken, searchCatalog } from '../../../server/src/analysis/knowledge';
import { codeSpan, escapeMarkdown, table } from '../../../server/src/analysis/markdown';
import { digestParams, paramsOf } from '../../../server/src/analysis/sip/rules/failureDetails';
import {
  checkConversationId,
  decodeUuiAll,
  parseConversationUrl,
  parseSessionParams,
  sessionPairsFromText,
} from '../../../server/src/analysis/uui';
import { bestTime, growTime } from './support';

const LIMIT_MS = 100;

/** Runs of characters that trip backtracking: whitespace kinds, separators, quotes, escapes, digits. */
const UNITS = [
  ' ',
  '\t',
  '\f',
  '\u00a0',
  'a',
  'A',
  '0',
  '1 ',
  ':',
  ';',
  '=',
  'a=',
  ';a=',
  ',',
  '.',
  '-',
  '"',
  '\\',
  '%',
  '%4',
  '<',
  '>',
  '(',
  ')',
  '[',
  '{"a":',
  '*',
  '`',
  'cause',
  'cause ',
  'SIP/2.0 ',
  'Q.850 ',
  'Warning: ',
  'twilio error code ',
  'http://',
  'a.',
  '\ufffd',
];
const PREFIXES = ['', 'Reason: ', 'Warning: ', 'User-to-User: ', 'Q.850', 'twilio ', 'Digest ', '{"text":"'];

function attacks(size: number): string[] {
  const out: string[] = [];
  for (const prefix of PREFIXES)
    for (const unit of UNITS) out.push(prefix + unit.repeat(Math.ceil(size / unit.length)) + '!');
  return out;
}

const SCANNERS: readonly [string, (s: string) => unknown][] = [
  ['detectLanguageFromContent', (s) => detectLanguageFromContent(s)],
  ['detectLanguage', (s) => detectLanguage(s, 'capture.txt')],
  // As hovers call them: document text is cut to a few hundred characters before escaping.
  ['escapeMarkdown', (s) => escapeMarkdown(s)],
  ['escapeMarkdown (100 kB kept)', (s) => escapeMarkdown(s, 100_000)],
  ['codeSpan', (s) => codeSpan(s)],
  ['codeSpan (1 MB kept)', (s) => codeSpan(s, s.length)],
  ['table', (s) => table(['a'], [[s]])],
  ['codeTokenAt (middle)', (s) => codeTokenAt(s, s.length >> 1)],
  ['codeTokenAt (end)', (s) => codeTokenAt(s, s.length)],
  ['explainAt', (s) => explainAt(s, s.length >> 1)],
  ['explainToken', (s) => explainToken(s)],
  ['searchCatalog', (s) => searchCatalog(s, 10)],
  ['parseConversationUrl', (s) => parseConversationUrl(s)],
  ['checkConversationId', (s) => checkConversationId(s)],
  ['digestParams', (s) => digestParams(s)],
  ['paramsOf', (s) => paramsOf(s)],
];

for (const [name, scan] of SCANNERS) {
  test(`${name} stays linear on 1 MB pathological lines`, () => {
    const small = attacks(10_000);
    // Screen every attack at 10 kB, then grow the three worst to 1 MB.
    const timed = small.map((s, k) => {
      const t0 = performance.now();
      scan(s);
      return { k, ms: performance.now() - t0 };
    });
    timed.sort((a, b) => b.ms - a.ms);
    const slow: string[] = [];
    for (const { k } of timed.slice(0, 3)) {
      const r = growTime((size) => attacks(size)[k]!, scan, LIMIT_MS);
      const sample = JSON.stringify(attacks(40)[k]!.slice(0, 40));
      if (r.size < 1_000_000 || r.ms >= LIMIT_MS)
        slow.push(`${sample}…: ${r.ms.toFixed(1)} ms on ${r.size} characters`);
    }
    assert.deepEqual(slow, []);
  });
}

test('the knowledge base under a cursor in a 4 000-tab line (once 9 s of cubic backtracking) is quick', () => {
  const line = `Frame 1: ${'\t'.repeat(4000)}:`;
  const r = growTime(
    () => line,
    (s) => explainAt(s, 2000),
    LIMIT_MS,
  );
  assert.ok(r.ms < LIMIT_MS, `${r.ms} ms`);
});

test('session-parameter readers are linear on 1 MB values (per-character time of 1 MB within 20x of 10 kB)', () => {
  // Their answer grows with the input (one pair per `;a=`: 333 000 objects for 1 MB), so allocation, not
  // scanning, sets the time; under load that passes 100 ms while staying linear. Held to linearity.
  for (const read of [parseSessionParams, sessionPairsFromText]) {
    for (const unit of [';a=', 'a=', ' ']) {
      const make = (size: number): string =>
        `Goog-Session-Param: ${unit.repeat(Math.ceil(size / unit.length))}!`;
      const small = bestTime(() => read(make(10_000)), 5) / 10_000;
      const big = bestTime(() => read(make(1_000_000)), 2) / 1_000_000;
      assert.ok(
        big < small * 20 + 1e-4,
        `${read.name} ${JSON.stringify(unit)}: ${(big * 1e6).toFixed(0)} ns/char at 1 MB`,
      );
    }
  }
});

test('the UUI decoder is linear on 1 MB values (per-character time of 1 MB within 20x of 10 kB)', () => {
  // Not held to 100 ms: it is run by the Decode UUI command on a value the user picked, builds octet and
  // source-offset tables per character (about 1 µs each) and stops at its 1 MB input limit. Garbage
  // collection of those tables makes large inputs a few times slower per character under load; a
  // quadratic decoder would be 100 times slower.
  for (const unit of ['\ufffd', '%4']) {
    const make = (size: number): string => `User-to-User: ${unit.repeat(Math.ceil(size / unit.length))}!`;
    const small = bestTime(() => decodeUuiAll(make(10_000)), 5) / 10_000;
    const big = bestTime(() => decodeUuiAll(make(1_000_000)), 2) / 1_000_000;
    assert.ok(
      big < small * 20 + 1e-4,
      `${JSON.stringify(unit)}: ${(big * 1e6).toFixed(0)} ns/char at 1 MB, ${(small * 1e6).toFixed(0)} at 10 kB`,
    );
  }
});
