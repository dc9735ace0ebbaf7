/**
 * The bounded fuzzing run `npm test` does for one language: a fixed number of small mutated inputs (volume
 * over size), then a linearity check as a ratio of per-character times, which load on a shared machine
 * barely moves.
 */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import type { LanguageId } from '../../server/src/analysis/analyzer';
import { runCampaign, timeAnalysis } from './campaign';
import { corpusRoot, loadSeeds, mutate, MUTATORS } from './harness';
import { SeededRandom } from '../../bench/random';

/** Inputs per language in `npm test`: with both languages, over 100 000. */
export const BOUNDED_INPUTS = 52_000;

export function boundedRun(t: TestContext, language: LanguageId, seed: number): void {
  if (!corpusRoot()) t.diagnostic('shared corpus absent: fuzzing generated logs and traces only');
  const seeds = loadSeeds().filter((s) => s.language === language);
  const stats = runCampaign({
    inputs: BOUNDED_INPUTS,
    seed,
    maxWindow: 300,
    hugeLine: 1200,
    languages: [language],
    seeds,
  });
  console.log(
    `fuzz ${language}: ${stats.inputs[language]} inputs, ${(stats.characters / 1e6).toFixed(1)} M characters in ` +
      `${(stats.elapsedMs / 1000).toFixed(1)} s, ${stats.failures.length} failures; slowest ${stats.slowest.ms.toFixed(1)} ms ` +
      `(${stats.slowest.length} characters from ${stats.slowest.seed})`,
  );
  const report = stats.failures
    .slice(0, 5)
    .map(
      (f) =>
        `${f.seed} [${f.mutations.join(', ')}]: ${f.problem}\n--- input (${f.input.length} chars) ---\n${f.input.slice(0, 600)}`,
    );
  assert.equal(stats.failures.length, 0, report.join('\n\n'));

  // Linearity: a mutated 20 000-character input and the same repeated 16 times.
  const rng = new SeededRandom(seed + 1);
  for (let i = 0; i < 3; i++) {
    const unit = mutate(
      rng,
      language,
      rng.pick(seeds).text.slice(0, 20_000),
      rng.pick(seeds).text,
      rng.pick(MUTATORS),
    );
    if (unit.length < 2000) continue;
    const big = unit.repeat(16);
    const small = Math.max(timeAnalysis(language, unit), 0.2);
    const large = timeAnalysis(language, big);
    const ratio = large / big.length / (small / unit.length);
    console.log(
      `linearity ${language}: ${unit.length} chars ${small.toFixed(1)} ms, x16 ${large.toFixed(1)} ms, per-char ratio ${ratio.toFixed(2)}`,
    );
    // Generous: linear code stays near 1 (caches and GC move it); quadratic code would be near 16.
    assert.ok(ratio < 10, `time per character grew ${ratio.toFixed(1)}x on a 16x larger input`);
  }
}
