/**
 * `npm run fuzz [-- --inputs N --seed S --window W]`: a fuzzing campaign over both languages, then a
 * linearity check (time per character of small versus large mutated inputs). Failing inputs are written
 * to `.fuzz-failures/` for a regression test. Exit code 1 on any crash or invariant violation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCampaign, timeAnalysis } from './campaign';
import { loadSeeds, mutate, MUTATORS, REPO_ROOT } from './harness';
import { SeededRandom } from '../../bench/random';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const seeds = loadSeeds();
const inputs = option('inputs', 200_000);
const stats = runCampaign({ inputs, seed: option('seed', 1), maxWindow: option('window', 1500), seeds });
console.log(
  `fuzz: ${stats.inputs['ccp-log']} CCP + ${stats.inputs['sip-trace']} SIP inputs, ` +
    `${(stats.characters / 1e6).toFixed(1)} M characters in ${(stats.elapsedMs / 1000).toFixed(1)} s; ` +
    `${stats.failures.length} failures`,
);
console.log(
  `slowest: ${stats.slowest.ms.toFixed(1)} ms (${stats.slowest.language}, ${stats.slowest.length} chars from ${stats.slowest.seed}); ` +
    `worst per character: ${stats.worstPerChar.nsPerChar.toFixed(0)} ns/char (${stats.worstPerChar.length} chars)`,
);

mkdirSync(join(REPO_ROOT, '.fuzz-failures'), { recursive: true });
writeFileSync(
  join(REPO_ROOT, '.fuzz-failures', `slowest-${stats.slowest.language}.txt`),
  stats.slowest.input,
);

// Linearity: the same mutated seed at 1x and 16x size; per-character time may not grow much.
const rng = new SeededRandom(option('seed', 1) + 1000);
let worstRatio = 0;
for (const language of ['ccp-log', 'sip-trace'] as const) {
  const pool = seeds.filter((s) => s.language === language);
  for (let i = 0; i < 6; i++) {
    let unit = rng.pick(pool).text.slice(0, 20_000);
    unit = mutate(rng, language, unit, rng.pick(pool).text, rng.pick(MUTATORS));
    const big = unit.repeat(16);
    const small = timeAnalysis(language, unit);
    const large = timeAnalysis(language, big);
    const ratio = large / big.length / (Math.max(small, 0.05) / unit.length);
    worstRatio = Math.max(worstRatio, ratio);
    console.log(
      `linearity ${language}: ${unit.length} chars ${small.toFixed(1)} ms, ${big.length} chars ${large.toFixed(1)} ms, per-char ratio ${ratio.toFixed(2)}`,
    );
  }
}
console.log(`linearity: worst per-character ratio (16x input) ${worstRatio.toFixed(2)}`);

if (stats.failures.length > 0) {
  const dir = join(REPO_ROOT, '.fuzz-failures');
  mkdirSync(dir, { recursive: true });
  stats.failures.forEach((f, i) => {
    writeFileSync(join(dir, `${i}-${f.language}.txt`), f.input);
    console.error(
      `#${i} ${f.language} ${f.seed} [${f.mutations.join(', ')}]: ${f.problem.split('\n').slice(0, 4).join(' | ')}`,
    );
  });
  console.error(`inputs written to ${dir}`);
}
process.exit(stats.failures.length > 0 || worstRatio > 8 ? 1 : 0);
