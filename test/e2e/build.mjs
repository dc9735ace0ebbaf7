// Bundles the in-editor suites with esbuild into dist/test/e2e/: host/index.js + host/suites/*.test.js
// (run inside the editor's extension host; `vscode` and `mocha` stay external, mocha resolves from the
// repository's node_modules) and ui/*.test.js, ui-ja/*.test.js (run by test/e2e/run.mjs in Node, driving
// Chromium; ui-ja against an editor whose display language is Japanese).
//   node test/e2e/build.mjs
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..', '..');
export const e2eOut = join(root, 'dist', 'test', 'e2e');

const tests = (dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(root, dir, name));

/** Builds every e2e bundle; resolves when they are written. */
export async function buildE2e() {
  rmSync(e2eOut, { recursive: true, force: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
    outbase: join(root, 'test', 'e2e'),
    outdir: e2eOut,
  };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [join(root, 'test/e2e/host/index.ts'), ...tests('test/e2e/host/suites')],
      external: ['vscode', 'mocha'],
    }),
    esbuild.build({
      ...common,
      entryPoints: [...tests('test/e2e/ui'), ...tests('test/e2e/ui-ja')],
      external: ['mocha', 'playwright-core'],
    }),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildE2e();
  console.log(`built ${e2eOut}`);
}
