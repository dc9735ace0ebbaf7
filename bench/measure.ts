/** Measuring helpers shared by the benchmark suites: timing, percentiles, a forced GC, bundling, a memory probe. */
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as esbuild from 'esbuild';

setFlagsFromString('--expose-gc');
const gcFn = runInNewContext('gc') as (() => void) | undefined;

/** Runs a full garbage collection when the runtime allows it. */
export function collectGarbage(): void {
  gcFn?.();
}

export interface Timing {
  readonly minMs: number;
  readonly medianMs: number;
  readonly runs: number;
}

/** Times `fn` `runs` times after a GC each, returning min and median wall time. */
export function time(fn: () => unknown, runs: number): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { minMs: round(samples[0] ?? NaN), medianMs: round(samples[samples.length >> 1] ?? NaN), runs };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export function round(v: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** Bundles `entry` as the shipped server is bundled (esbuild, CommonJS), so the benchmark runs the same code shape. */
export async function bundle(entry: string, outfile: string): Promise<string> {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  });
  return outfile;
}

/** Runs a Node script in a child process with `--expose-gc` and returns its JSON output. */
export function runProbe(script: string, args: readonly string[]): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--expose-gc', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`probe failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}
