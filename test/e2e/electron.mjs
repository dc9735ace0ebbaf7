// `npm run test:electron`: the extension-host suites (test/e2e/host) in desktop VS Code, downloaded by
// @vscode/test-electron into .vscode-test/. Needs Microsoft's update servers (not reachable on the
// project's CI machines, where test/e2e/run.mjs uses code-server instead); on a headless Linux box run
// it under `xvfb-run -a`. CALLSIGHT_VSCODE_VERSION picks the version (default: stable; `insiders`, or
// the manifest's minimum, e.g. 1.91.0).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildE2e } from './build.mjs';
import { makeWorkspace } from './lib/workspace.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await buildE2e();

const state = mkdtempSync(join(tmpdir(), 'callsight-electron-'));
let exitCode = 1;
try {
  exitCode = await runTests({
    version: process.env.CALLSIGHT_VSCODE_VERSION ?? 'stable',
    cachePath: join(root, '.vscode-test'),
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist', 'test', 'e2e', 'host', 'index.js'),
    launchArgs: [
      makeWorkspace(state),
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${join(state, 'user-data')}`,
      `--extensions-dir=${join(state, 'extensions')}`,
    ],
  });
} catch (error) {
  console.error(`test:electron: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(state, { recursive: true, force: true });
}
process.exit(exitCode);
