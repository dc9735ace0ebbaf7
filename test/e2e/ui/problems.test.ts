/**
 * The Problems panel and the status bar count what Callsight finds: for the analysed files open in the
 * editor, the same numbers the CLI (`callsight check --format json`) reports for those files.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'mocha';
import { ANALYSED } from '../expectations';
import { ui } from './support/context';
import {
  closeAllEditors,
  openProblemsPanel,
  problemCounts,
  quickOpen,
  screenshot,
  STEP_MS,
  type ProblemCounts,
} from './support/workbench';

interface CliFinding {
  readonly severity: string;
}

/** What the CLI finds in the analysed workspace files (or in `paths` only). */
function cliCounts(paths: readonly string[] = ANALYSED.map((f) => f.path)): ProblemCounts {
  const { repoRoot, workspace } = ui();
  const files = paths.map((p) => join(workspace, ...p.split('/')));
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', ...files],
      {
        encoding: 'utf8',
      },
    );
  } catch (error) {
    // Exit code 1 means "an error was found": the JSON is still on stdout.
    output = String((error as { stdout?: unknown }).stdout ?? '');
  }
  const findings = JSON.parse(output) as CliFinding[];
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('information') };
}

describe('Problems', () => {
  before(() => closeAllEditors(ui().page));

  it('counts in the status bar what the CLI finds in the same files', async () => {
    const { page } = ui();
    for (const file of ANALYSED) await quickOpen(page, file.path.split('/').pop() ?? file.path);
    const expected = cliCounts();
    // Diagnostics arrive after the files open: wait until the status bar shows the CLI's numbers.
    await page
      .waitForFunction(
        ({ errors, warnings }) => {
          // Runs in the page; the project's TypeScript has no DOM library, hence the cast.
          const { document } = globalThis as unknown as {
            document: { getElementById(id: string): { textContent: string | null } | null };
          };
          const numbers = (document.getElementById('status.problems')?.textContent ?? '').match(/\d+/g) ?? [];
          return Number(numbers[0] ?? -1) === errors && Number(numbers[1] ?? -1) === warnings;
        },
        expected,
        { timeout: STEP_MS },
      )
      .catch(() => undefined); // the assertion below says what differs
    const shown = await problemCounts(page);
    assert.deepEqual(
      { errors: shown.errors, warnings: shown.warnings },
      { errors: expected.errors, warnings: expected.warnings },
    );
    if (shown.infos > 0 || expected.infos > 0) assert.equal(shown.infos, expected.infos);
  });

  it('lists them in the Problems panel', async () => {
    const { page } = ui();
    const panel = await openProblemsPanel(page);
    const expected = cliCounts();
    const total = expected.errors + expected.warnings + expected.infos;
    if (total === 0) {
      await panel.getByText(/No problems have been detected/).waitFor({ timeout: STEP_MS });
    } else {
      await panel.locator('.monaco-list-row').first().waitFor({ timeout: STEP_MS });
    }
    await screenshot('problems-panel');
  });

  it("counts on the CCP sample's row what the CLI finds in it", async () => {
    const { page } = ui();
    const panel = await openProblemsPanel(page);
    const expected = cliCounts(['agent-log.txt']);
    const total = expected.errors + expected.warnings + expected.infos;
    assert.ok(total > 0, 'the CCP sample has findings');
    // The file's row in the Problems tree carries a badge with its number of problems.
    const row = panel
      .locator('.monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: /^agent-log\.txt$/ }) })
      .first();
    const badge = row.locator('.monaco-count-badge');
    await badge
      .filter({ hasText: new RegExp(`^\\s*${total}\\s*$`) })
      .waitFor({ timeout: STEP_MS })
      .catch(() => undefined);
    assert.equal(Number((await badge.textContent())?.trim()), total, `${total} problems on agent-log.txt`);
  });
});
