// Runs the Mocha suites inside code-server's real extension host: the workbench URL carries an
// extension-development payload (extensionDevelopmentPath = this repository, extensionTestsPath = the
// bundled index), which code-server honours when started with `--vscode-option enable-smoke-test-driver`.
// The workbench reports the host's console through `codeAutomationLog` and the exit code through
// `codeAutomationExit`, both exposed to the page here (docs/decisions/0051).
import { join } from 'node:path';
import { format } from 'node:util';
import { newPage } from './browser.mjs';

const RESULT_PREFIX = 'callsight-e2e-result ';

/**
 * @param {{ browser: import('playwright-core').Browser, server: { url: string, port: number },
 *   workspace: string, repoRoot: string, timeoutMs: number, log: (line: string) => void }} options
 * @returns {Promise<{ passed: number, failed: number, pending: number, exitCode: number | undefined }>}
 */
export async function runHostSuite({ browser, server, workspace, repoRoot, timeoutMs, log }) {
  const page = await newPage(browser);
  try {
    /** @type {{ passed: number, failed: number, pending: number } | undefined} */
    let result;
    let settle = (/** @type {number} */ _code) => {};
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationLog', (_level, args) => {
      for (const line of formatArgs(args).split('\n')) {
        if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length));
        else log(`  ${line}`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));

    const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(join(repoRoot, 'dist', 'test', 'e2e', 'host', 'index.js'))],
      ['skipWelcome', 'true'],
    ];
    const url = `${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);

    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      log(`in-editor: the extension-host suites did not finish within ${timeoutMs / 1000} s`);
      return {
        passed: result?.passed ?? 0,
        failed: (result?.failed ?? 0) + 1,
        pending: result?.pending ?? 0,
        exitCode: undefined,
      };
    }
    const exitCode = /** @type {number} */ (outcome);
    if (!result) {
      log(
        `in-editor: the extension host exited with ${exitCode} before the suites reported (see the log above)`,
      );
      return { passed: 0, failed: 1, pending: 0, exitCode };
    }
    // A suite that passed every test but exited non-zero still failed (say, run() threw after the tests).
    if (exitCode !== 0 && result.failed === 0) result.failed = 1;
    return { ...result, exitCode };
  } finally {
    await page.context().close();
  }
}

/** `codeAutomationLog` gets the console call's arguments (strings, or objects the workbench serialised). */
function formatArgs(args) {
  const list = Array.isArray(args) ? args : [args];
  // Mocha's reporter logs printf-style (`'%s passing', 3`): format like console.log would.
  return format(...list).replace(/\s+$/, '');
}
