/**
 * Entry point of the in-editor Mocha suites, loaded by the editor as `extensionTestsPath`: the same `run()`
 * serves code-server (test/e2e/run.mjs) and desktop VS Code (@vscode/test-electron, test/e2e/electron.mjs).
 * Runs every `suites/*.test.js` next to this file and prints one machine-readable result line.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** Prefix of the result line the runners parse: `<prefix>{"passed":N,"failed":M,"pending":P}`. */
export const RESULT_PREFIX = 'callsight-e2e-result ';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000, slow: 5_000 });
  const grep = process.env.CALLSIGHT_E2E_GREP;
  if (grep) mocha.grep(grep);
  const suites = join(__dirname, 'suites');
  for (const name of readdirSync(suites).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(join(suites, name));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        console.log(`${RESULT_PREFIX}${JSON.stringify({ passed: passes, failed, pending })}`);
        if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
        else resolve();
      });
    } catch (error) {
      console.log(`${RESULT_PREFIX}${JSON.stringify({ passed: 0, failed: 1, pending: 0 })}`);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
