/**
 * What test/e2e/run.mjs hands the UI suites: the browser page showing code-server with the packaged
 * Callsight installed, and where things are. Set on `globalThis` because each suite file is its own bundle.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export interface UiContext {
  /** The workbench page, already showing the test workspace. */
  readonly page: Page;
  /** code-server's address, e.g. `http://127.0.0.1:41234/`. */
  readonly baseUrl: string;
  /** The test workspace folder on disk. */
  readonly workspace: string;
  /** code-server's extensions folder, holding the installed .vsix. */
  readonly extensionsDir: string;
  /** Where screenshots go (test-results/screenshots). */
  readonly screenshotsDir: string;
  /** The repository root (for the CLI, to compare counts). */
  readonly repoRoot: string;
  /** The editor's display language (`en`, or `ja` for the suites in test/e2e/ui-ja). */
  readonly locale: string;
}

export const CONTEXT_KEY = '__callsightUi';

export function ui(): UiContext {
  const context = (globalThis as Record<string, unknown>)[CONTEXT_KEY] as UiContext | undefined;
  assert.ok(context, 'UI suites run through test/e2e/run.mjs, which opens the editor first');
  return context;
}
