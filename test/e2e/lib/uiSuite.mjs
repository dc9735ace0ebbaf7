// Runs the UI suites (dist/test/e2e/<suites>/*.test.js: `ui`, or `ui-ja` for the Japanese editor) in this
// Node process with Mocha; they drive the workbench page in headless Chromium. A failed test leaves a
// screenshot `failed-<test>.png`.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { newPage } from './browser.mjs';

const require = createRequire(import.meta.url);

/**
 * @param {{ browser: import('playwright-core').Browser, server: { url: string }, workspace: string,
 *   extensionsDir: string, screenshotsDir: string, repoRoot: string, timeoutMs: number,
 *   log: (line: string) => void, suites?: string, locale?: string }} options
 * @returns {Promise<{ passed: number, failed: number, pending: number }>}
 */
export async function runUiSuite({
  browser,
  server,
  workspace,
  extensionsDir,
  screenshotsDir,
  repoRoot,
  timeoutMs,
  log,
  suites = 'ui',
  locale = 'en',
}) {
  const page = await newPage(browser);
  try {
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
    globalThis.__callsightUi = {
      page,
      baseUrl: server.url,
      workspace,
      extensionsDir,
      screenshotsDir,
      repoRoot,
      locale,
    };

    const Mocha = require('mocha');
    const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000, slow: 10_000 });
    const grep = process.env.CALLSIGHT_E2E_GREP;
    if (grep) mocha.grep(grep);
    mocha.rootHooks({
      async afterEach() {
        const test = this.currentTest;
        if (test?.state !== 'failed') return;
        const name = `failed-${test.fullTitle().replace(/\W+/g, '-').slice(0, 80)}`;
        await page.screenshot({ path: join(screenshotsDir, `${name}.png`) }).catch(() => undefined);
        log(`  screenshot: ${join(screenshotsDir, `${name}.png`)}`);
      },
    });
    const dir = join(repoRoot, 'dist', 'test', 'e2e', suites);
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.test.js')) mocha.addFile(join(dir, name));

    return await new Promise((resolve) => {
      let timer;
      const runner = mocha.run(() => {
        clearTimeout(timer);
        const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
        resolve({ passed: passes, failed: failures, pending });
      });
      timer = setTimeout(() => {
        log(`in-editor: the UI suites did not finish within ${timeoutMs / 1000} s`);
        runner.abort();
        const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
        resolve({ passed: passes, failed: failures + 1, pending });
      }, timeoutMs);
    });
  } finally {
    delete globalThis.__callsightUi;
    await page.context().close();
  }
}
