// The in-editor layer of `npm test` (docs/decisions/0050–0053):
//   1. provision code-server, Node 24 and Chromium (cached in .vscode-test/; apt-get for Chromium if root)
//   2. package the .vsix (`npm run package`) and bundle the suites (test/e2e/build.mjs)
//   3. extension-host suites: Mocha inside code-server's real extension host (test/e2e/host)
//   4. UI suites: headless Chromium drives code-server with the packaged .vsix installed (test/e2e/ui),
//      screenshots into test-results/screenshots/
//   5. UI suites (ja): the same, with the editor's display language set to Japanese (test/e2e/ui-ja)
// Prints each phase's wall time and, last, `in-editor: N passed, M failed`. Stops everything it started,
// and gives up at an overall deadline (CALLSIGHT_E2E_DEADLINE_S, default 900 s) instead of hanging.
//   node test/e2e/run.mjs [--host-only | --ui-only] [--no-ja] [--keep-state]
//   CALLSIGHT_E2E_GREP=<pattern>   run only the tests whose title matches
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installExtension, startCodeServer, stateDirs } from '../../scripts/editor/codeServer.mjs';
import { setDisplayLanguage } from '../../scripts/editor/displayLanguage.mjs';
import { describeCosts, provision } from '../../scripts/editor/provision.mjs';
import { writeUserSettings } from '../../scripts/editor/settings.mjs';
import { packageVsix } from '../../scripts/editor/vsix.mjs';
import { buildE2e } from './build.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { runHostSuite } from './lib/hostSuite.mjs';
import { runUiSuite } from './lib/uiSuite.mjs';
import { makeWorkspace } from './lib/workspace.mjs';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const screenshotsDir = join(repoRoot, 'test-results', 'screenshots');
const deadlineSeconds = Number(process.env.CALLSIGHT_E2E_DEADLINE_S ?? 900);
const args = new Set(process.argv.slice(2));
const runHost = !args.has('--ui-only');
const runUi = !args.has('--host-only');
const runJa = runUi && !args.has('--no-ja');

const started = Date.now();
const log = (line) => console.log(line);
/** @type {{ name: string, seconds: number, note?: string }[]} */
const phases = [];
const totals = { passed: 0, failed: 0, pending: 0 };
/** Things to stop or remove, newest first. */
const cleanups = [];
let finished = false;

async function phase(name, work, note) {
  const t0 = Date.now();
  log(`\n--- in-editor: ${name} ---`);
  try {
    return await work();
  } finally {
    phases.push({
      name,
      seconds: (Date.now() - t0) / 1000,
      note: typeof note === 'function' ? note() : note,
    });
  }
}

async function cleanUp() {
  while (cleanups.length > 0) {
    const step = cleanups.pop();
    try {
      await step();
    } catch (error) {
      console.error(`in-editor: cleanup: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function finish(exitCode) {
  if (finished) return;
  finished = true;
  clearTimeout(deadline);
  await cleanUp();
  phases.push({ name: 'total', seconds: (Date.now() - started) / 1000 });
  const times = phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s${p.note ? ` (${p.note})` : ''}`);
  log(`\nin-editor phases: ${times.join(', ')}`);
  if (totals.pending > 0)
    log(`in-editor: ${totals.pending} pending (waiting for features; see test/e2e/expectations.ts)`);
  log(`in-editor: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(exitCode !== 0 || totals.failed > 0 ? 1 : 0);
}

const deadline = setTimeout(() => {
  console.error(`in-editor: overall deadline of ${deadlineSeconds} s reached; stopping everything`);
  totals.failed += 1;
  void finish(1);
}, deadlineSeconds * 1000);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`in-editor: ${signal}; stopping everything`);
    totals.failed += 1;
    void finish(1);
  });
}

try {
  let costs = [];
  const editor = await phase(
    'provision',
    async () => {
      const result = await provision({ log });
      costs = result.costs;
      log(`provision: ${describeCosts(result.costs)}`);
      return result;
    },
    () => (costs.every((c) => c.cached) ? 'cached' : 'installed'),
  );
  const vsix = await phase('package', () => packageVsix({ log }));
  await phase('build suites', () => buildE2e());

  const state = mkdtempSync(join(tmpdir(), 'callsight-e2e-'));
  if (args.has('--keep-state')) log(`in-editor: state kept in ${state}`);
  else cleanups.push(() => rmSync(state, { recursive: true, force: true }));
  rmSync(screenshotsDir, { recursive: true, force: true });
  mkdirSync(screenshotsDir, { recursive: true });

  const browser = await launchBrowser({
    executablePath: /** @type {string} */ (editor.chromium),
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(state, 'browser-config'),
      XDG_CACHE_HOME: join(state, 'browser-cache'),
    },
  });
  cleanups.push(() => browser.close());

  if (runHost) {
    const result = await phase('extension-host suites', async () => {
      const stateDir = join(state, 'host');
      writeUserSettings(stateDirs(stateDir).userData);
      const server = await startCodeServer(editor, { stateDir, smokeTestDriver: true });
      cleanups.push(server.stop);
      log(`code-server ${server.url} (pid ${server.pid}, smoke-test driver)`);
      try {
        return await runHostSuite({
          browser,
          server,
          workspace: makeWorkspace(stateDir),
          repoRoot,
          timeoutMs: 5 * 60_000,
          log,
        });
      } finally {
        await server.stop();
      }
    });
    log(`extension host: ${result.passed} passed, ${result.failed} failed, ${result.pending} pending`);
    totals.passed += result.passed;
    totals.failed += result.failed;
    totals.pending += result.pending;
  }

  /** One UI phase: a code-server in `locale` with the .vsix installed, the suites of `suites`. */
  const uiPhase = async (name, suites, locale) => {
    const result = await phase(name, async () => {
      const stateDir = join(state, suites);
      const dirs = stateDirs(stateDir);
      writeUserSettings(dirs.userData);
      setDisplayLanguage(dirs.userData, locale);
      await installExtension(editor, stateDir, vsix);
      const server = await startCodeServer(editor, { stateDir });
      cleanups.push(server.stop);
      log(`code-server ${server.url} (pid ${server.pid}, display language ${locale}), ${vsix} installed`);
      try {
        return await runUiSuite({
          browser,
          server,
          workspace: makeWorkspace(stateDir),
          extensionsDir: dirs.extensions,
          screenshotsDir,
          repoRoot,
          timeoutMs: 8 * 60_000,
          log,
          suites,
          locale,
        });
      } finally {
        await server.stop();
      }
    });
    log(
      `${name}: ${result.passed} passed, ${result.failed} failed, ${result.pending} pending; screenshots in ${screenshotsDir}`,
    );
    totals.passed += result.passed;
    totals.failed += result.failed;
    totals.pending += result.pending;
  };

  if (runUi) await uiPhase('UI suites', 'ui', 'en');
  if (runJa) await uiPhase('UI suites (ja)', 'ui-ja', 'ja');
  await finish(0);
} catch (error) {
  console.error(`in-editor: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  totals.failed += 1;
  await finish(1);
}
