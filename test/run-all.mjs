// `npm test`: every test layer, in order, stopping at the first that fails. Prints each layer's wall time
// and, last, one line with the number of tests passed and failed across all layers.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const layers = [
  ['format', npx, ['prettier', '--check', '.']],
  ['lint', npx, ['eslint', '.']],
  ['types', npx, ['tsc', '--noEmit', '-p', '.']],
  ['build', process.execPath, ['esbuild.mjs']],
  [
    'unit + protocol + grammar',
    process.execPath,
    ['test/run-node-tests.mjs', 'test/unit', 'test/lsp', 'test/grammar'],
  ],
];
if (existsSync('webview/src/main.ts'))
  layers.splice(3, 0, ['types (webview)', npx, ['tsc', '--noEmit', '-p', 'webview']]);
if (existsSync('test/webview/run.mjs'))
  layers.push(['webview (Chromium)', process.execPath, ['test/webview/run.mjs']]);
if (existsSync('test/e2e/run.mjs')) layers.push(['in-editor', process.execPath, ['test/e2e/run.mjs']]);

/** Runs a command, echoing its output, and counts the pass/fail summary lines of the runners it prints. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let passed = 0;
    let failed = 0;
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        // Node's test runner (`ℹ pass N`) and the plain lines of the in-editor and webview runners
        // (`in-editor: N passed, N failed`, `webview: N passed, N failed`).
        let m = /^ℹ pass (\d+)$/.exec(line.trim());
        if (m) passed += Number(m[1]);
        m = /^ℹ fail (\d+)$/.exec(line.trim());
        if (m) failed += Number(m[1]);
        m = /^(?:in-editor|webview): (\d+) passed, (\d+) failed/.exec(line.trim());
        if (m) {
          passed += Number(m[1]);
          failed += Number(m[2]);
        }
      }
    });
    child.on('close', (code) => resolve({ code: code ?? 1, passed, failed }));
  });
}

const timings = [];
let failedLayer;
let passed = 0;
let failed = 0;
for (const [name, cmd, args] of layers) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = await run(cmd, args);
  passed += result.passed;
  failed += result.failed;
  timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.code !== 0) {
    failedLayer = name;
    if (result.failed === 0) failed += 1; // a layer that failed without a test count (lint, types) still fails
    break;
  }
}
console.log(`\nLayer times: ${timings.join(', ')}`);
if (failedLayer) console.error(`npm test failed in layer: ${failedLayer}`);
console.log(`callsight: ${passed} passed, ${failed} failed`);
process.exit(failedLayer ? 1 : 0);
