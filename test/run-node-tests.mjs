// Runs every *.test.ts below the given folders with Node's test runner (TypeScript through tsx).
//   node test/run-node-tests.mjs test/unit test/lsp
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

// A layer's folder may not exist yet on a branch (e.g. test/grammar before the grammar work lands).
const dirs = process.argv.slice(2).filter((d) => existsSync(d));
const files = dirs.flatMap((d) => collect(d, []));
if (files.length === 0) {
  console.error(`No test files under ${dirs.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
