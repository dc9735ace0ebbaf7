/**
 * A fuzzing campaign: a deterministic stream of mutated inputs for both languages, each run through
 * {@link exercise}; crashes and invariant violations are collected with the input that caused them.
 */
import type { LanguageId } from '../../server/src/analysis/analyzer';
import { exercise, loadSeeds, mutate, MUTATORS, windowOf, type MutatorName, type Seed } from './harness';
import { SeededRandom } from '../../bench/random';

export interface FuzzFailure {
  readonly language: LanguageId;
  readonly seed: string;
  readonly mutations: readonly MutatorName[];
  readonly problem: string;
  readonly input: string;
}

export interface FuzzStats {
  readonly inputs: Record<LanguageId, number>;
  readonly characters: number;
  readonly elapsedMs: number;
  readonly failures: readonly FuzzFailure[];
  readonly slowest: {
    readonly language: LanguageId;
    readonly seed: string;
    readonly length: number;
    readonly ms: number;
    readonly input: string;
  };
  /** Inputs whose time per character was the worst (length ≥ 2000, so timer noise does not dominate). */
  readonly worstPerChar: { readonly length: number; readonly ms: number; readonly nsPerChar: number };
}

export interface CampaignOptions {
  readonly inputs: number;
  readonly seed: number;
  /** Longest window of a seed before mutation (characters). */
  readonly maxWindow: number;
  /** Longest run of one character the huge-line mutation inserts. */
  readonly hugeLine?: number;
  /** Only these languages (default both, alternating). */
  readonly languages?: readonly LanguageId[];
  /** Stop collecting after this many failures. */
  readonly maxFailures?: number;
  readonly seeds?: readonly Seed[];
}

export function runCampaign(options: CampaignOptions): FuzzStats {
  const seeds = options.seeds ?? loadSeeds();
  const byLanguage: Record<LanguageId, Seed[]> = {
    'ccp-log': seeds.filter((s) => s.language === 'ccp-log'),
    'sip-trace': seeds.filter((s) => s.language === 'sip-trace'),
  };
  const rng = new SeededRandom(options.seed);
  const failures: FuzzFailure[] = [];
  const inputs: Record<LanguageId, number> = { 'ccp-log': 0, 'sip-trace': 0 };
  let characters = 0;
  let slowest: FuzzStats['slowest'] = { language: 'ccp-log', seed: '', length: 0, ms: 0, input: '' };
  let worstPerChar: FuzzStats['worstPerChar'] = { length: 0, ms: 0, nsPerChar: 0 };
  const started = performance.now();
  for (let i = 0; i < options.inputs; i++) {
    const languages = options.languages ?? ['ccp-log', 'sip-trace'];
    const language = languages[i % languages.length]!;
    const pool = byLanguage[language];
    if (pool.length === 0) continue;
    const seed = rng.pick(pool);
    const other = rng.pick(pool).text;
    // Mostly windows (volume); now and then the whole seed when it is small enough.
    let text =
      seed.text.length <= options.maxWindow * 4 && rng.next() < 0.1
        ? seed.text
        : windowOf(rng, seed.text, options.maxWindow);
    const mutations: MutatorName[] = [];
    const count = rng.int(0, 4);
    for (let k = 0; k < count; k++) {
      const kind = rng.pick(MUTATORS);
      mutations.push(kind);
      text = mutate(rng, language, text, windowOf(rng, other, 4000), kind, options.hugeLine);
    }
    inputs[language]++;
    characters += text.length;
    const t0 = performance.now();
    let problems: string[];
    try {
      problems = exercise(language, text, rng);
    } catch (error) {
      problems = [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
    }
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { language, seed: seed.name, length: text.length, ms, input: text };
    if (text.length >= 2000) {
      const nsPerChar = (ms * 1e6) / text.length;
      if (nsPerChar > worstPerChar.nsPerChar) worstPerChar = { length: text.length, ms, nsPerChar };
    }
    for (const problem of problems) {
      if (failures.length < (options.maxFailures ?? 50)) {
        failures.push({ language, seed: seed.name, mutations, problem, input: text });
      }
    }
  }
  return { inputs, characters, elapsedMs: performance.now() - started, failures, slowest, worstPerChar };
}

/** Best-of-`runs` time of the whole analysis on `text` (min: load on a shared machine only adds). */
export function timeAnalysis(language: LanguageId, text: string, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    exercise(language, text, new SeededRandom(i + 1), 4);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
