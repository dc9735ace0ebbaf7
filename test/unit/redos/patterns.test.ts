/**
 * ReDoS: every regular expression literal in the analysis core against 1 MB pathological lines built from
 * its own characters. Each attack string is screened at 10 kB; the worst one per pattern is then timed at
 * 1 MB (best of three) and must finish in under 100 ms. Patterns only ever applied to short, bounded text
 * are listed with the bound that makes them safe.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { attackStrings, bestTime, growTime, regexLiterals } from './support';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const LIMIT_MS = 100;

test('every regex literal in the analysis core runs in linear time on 1 MB pathological lines', () => {
  const patterns = regexLiterals(REPO_ROOT, join(REPO_ROOT, 'server', 'src', 'analysis'));
  assert.ok(patterns.length > 50, `found ${patterns.length} patterns`);
  const slow: string[] = [];
  let worst = { ms: 0, where: '' };
  for (const p of patterns) {
    const screens = attackStrings(p.regex, 10_000);
    let pick = 0;
    let pickMs = -1;
    screens.forEach((s, k) => {
      const ms = bestTime(() => p.regex.exec(s), 1);
      if (ms > pickMs) {
        pickMs = ms;
        pick = k;
      }
    });
    const r = growTime(
      (size) => attackStrings(p.regex, size)[pick]!,
      (s) => p.regex.exec(s),
      LIMIT_MS,
    );
    const where = `${p.file}:${p.line} /${p.regex.source.slice(0, 80)}/`;
    if (r.ms > worst.ms) worst = { ms: r.ms, where };
    if (r.size < 1_000_000 || r.ms >= LIMIT_MS)
      slow.push(`${where}: ${r.ms.toFixed(1)} ms on ${r.size} characters`);
  }
  console.log(
    `redos: ${patterns.length} patterns; slowest on 1 MB ${worst.ms.toFixed(1)} ms (${worst.where})`,
  );
  assert.deepEqual(slow, []);
});
