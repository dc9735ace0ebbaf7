/**
 * `npm run bench`: runs every language's benchmark suite (`bench/<language>/suite.ts`) and writes the
 * figures to `bench/results.json`, one key per language. Options: `--quick` (fewer repetitions),
 * `--only <language>`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import type { BenchSuite } from './types';

const root = resolve(__dirname);
const outDir = join(root, 'out');
const resultsFile = join(root, 'results.json');

async function suites(): Promise<BenchSuite[]> {
  const found: BenchSuite[] = [];
  for (const name of readdirSync(root, { withFileTypes: true })) {
    if (!name.isDirectory() || name.name === 'out') continue;
    const file = join(root, name.name, 'suite.ts');
    if (!existsSync(file)) continue;
    const mod = (await import(file)) as { suite?: BenchSuite };
    if (mod.suite) found.push(mod.suite);
  }
  return found;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  mkdirSync(outDir, { recursive: true });
  const previous = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>)
    : {};
  const results: Record<string, unknown> = { ...previous };
  for (const suite of await suites()) {
    if (only && suite.language !== only) continue;
    const log = (line: string): void => {
      process.stdout.write(`[${suite.language}] ${line}\n`);
    };
    log('running…');
    results[suite.language] = {
      ...(await suite.run({ outDir, quick, log })),
      machine: {
        node: process.version,
        loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
        date: new Date().toISOString(),
      },
    };
  }
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`wrote ${resultsFile}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
