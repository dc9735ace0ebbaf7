/**
 * Driving the VS Code workbench the way a person does: Quick Open, the command palette, the mouse over a
 * token, the Problems panel, the status bar. Selectors are VS Code's own DOM (1.139); each helper waits on
 * what appears on screen, never on a fixed delay.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { ui } from './context';

/** How long one UI step may take on a slow, shared machine. */
export const STEP_MS = 20_000;
/**
 * How long a hover in settings.json may take: VS Code's JSON language server (not Callsight) answers once
 * it has loaded the settings schema, which took longer than one step on a busy machine.
 */
export const SETTINGS_HOVER_MS = 2 * STEP_MS;

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .monaco-list-row`;

/** Waits until the workbench has loaded the workspace and its explorer. */
export async function workbenchReady(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
}

async function closeQuickInput(page: Page): Promise<void> {
  if (await page.locator(QUICK_INPUT).isVisible()) await page.keyboard.press('Escape');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: STEP_MS });
}

/** Opens a file by name through Quick Open (Ctrl+P) and waits for its tab to be active. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const box = page.locator(QUICK_INPUT_BOX);
  await box.waitFor({ timeout: STEP_MS });
  await box.fill(fileName);
  // The list first shows recently opened files and filters a moment later: wait until the row Enter
  // would pick is the file asked for.
  await focusedRow(page, fileName).waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
  await activeTab(page, fileName);
  // The palette offers commands by the focused editor's context (its language, its file): wait until the
  // opened editor has the keyboard focus, or a palette opened next may not offer the file's commands.
  await page
    .locator('.editor-group-container.active .monaco-editor.focused')
    .first()
    .waitFor({ timeout: STEP_MS });
}

/** The quick input's focused row, when its label is exactly `label`. */
function focusedRow(page: Page, label: string): Locator {
  return page
    .locator(`${QUICK_INPUT_ROWS}.focused`)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until the active editor tab is `fileName`. */
export async function activeTab(page: Page, fileName: string): Promise<Locator> {
  const tab = page.locator('.tabs-container .tab.active').filter({ hasText: fileName });
  await tab.waitFor({ timeout: STEP_MS });
  return tab;
}

/** The entries the command palette (F1) offers for `filter`, as their labels. */
export async function paletteEntries(page: Page, filter: string): Promise<string[]> {
  await openPalette(page, filter);
  const rows = page.locator(QUICK_INPUT_ROWS);
  await rows.first().waitFor({ timeout: STEP_MS });
  const labels = await rows.evaluateAll((els) =>
    els.map((e) => e.querySelector('.label-name')?.textContent?.trim() ?? e.getAttribute('aria-label') ?? ''),
  );
  await closeQuickInput(page);
  return labels;
}

/** Runs a command from the palette (F1) by its full title, e.g. `Callsight: Restart Language Server`. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await openPalette(page, title);
  await focusedRow(page, title).waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: STEP_MS });
}

async function openPalette(page: Page, filter: string): Promise<void> {
  await focusWorkbench(page);
  await page.keyboard.press('F1');
  const box = page.locator(QUICK_INPUT_BOX);
  await box.waitFor({ timeout: STEP_MS });
  await box.fill(`>${filter}`);
}

/** Puts keyboard focus back into the workbench (after a quick input or a hover). */
async function focusWorkbench(page: Page): Promise<void> {
  await closeQuickInput(page);
}

/** The language shown in the status bar (`CCP Log`, `SIP Trace`, `Plain Text`). */
export async function languageMode(page: Page): Promise<string> {
  const item = page.locator('[id="status.editor.mode"]');
  await item.waitFor({ timeout: STEP_MS });
  return ((await item.textContent()) ?? '').trim();
}

/** Waits until the status bar's language indicator reads `name`. */
export async function waitForLanguageMode(page: Page, name: string): Promise<void> {
  await page.locator('[id="status.editor.mode"]', { hasText: name }).waitFor({ timeout: STEP_MS });
}

/** Waits for a status-bar message (`window.setStatusBarMessage`) containing `text`. */
export async function statusBarMessage(page: Page, text: string): Promise<void> {
  await page.locator('.statusbar-item', { hasText: text }).first().waitFor({ timeout: STEP_MS });
}

export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  /** Only shown by the status bar when there are any. */
  readonly infos: number;
}

/** The problem counts of the status bar's Problems item (the numbers next to ⊗ and ⚠, and ⓘ when shown). */
export async function problemCounts(page: Page): Promise<ProblemCounts> {
  const item = page.locator('[id="status.problems"]');
  await item.waitFor({ timeout: STEP_MS });
  const numbers = ((await item.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  return { errors: numbers[0] ?? 0, warnings: numbers[1] ?? 0, infos: numbers[2] ?? 0 };
}

/** Hides the bottom panel (Problems, Output…) when it is open, to give the editors the whole height. */
export async function hidePanel(page: Page): Promise<void> {
  const panel = page.locator('.part.panel.basepanel');
  if (!(await panel.isVisible())) return;
  await runCommand(page, 'View: Hide Panel');
  await panel.waitFor({ state: 'hidden', timeout: STEP_MS });
}

/** Opens the Problems panel (Ctrl+Shift+M, which toggles: only when it is not showing) and returns it. */
export async function openProblemsPanel(page: Page): Promise<Locator> {
  const panel = page.locator('.markers-panel');
  if (await panel.isVisible()) return panel;
  await focusWorkbench(page);
  await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ timeout: STEP_MS });
  return panel;
}

/**
 * Moves the mouse over the first occurrence of `token` in the active editor and returns the hover's text.
 * The token is found with the editor's Find widget (Ctrl+F), which also scrolls it into view.
 * `patienceMs` is how long the hover may take to appear (one step unless the provider is known to be slow).
 */
export async function hoverOver(page: Page, token: string, patienceMs = STEP_MS): Promise<string> {
  return (await hoverWidget(page, token, patienceMs)).innerText().then((text) => text.trim());
}

/**
 * Like {@link hoverOver}, but returns the hover's content element (to look for elements in it, or take
 * its screenshot).
 */
export async function hoverWidget(page: Page, token: string, patienceMs = STEP_MS): Promise<Locator> {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  const find = page.locator('.find-widget textarea, .find-widget input').first();
  await find.waitFor({ timeout: STEP_MS });
  await find.fill(token);
  await page.locator('.monaco-editor .currentFindMatch').first().waitFor({ timeout: STEP_MS });
  // Closing the Find widget keeps the match selected and removes the space the widget took at the top:
  // measure the selection afterwards.
  await page.keyboard.press('Escape');
  await page.locator('.find-widget.visible').waitFor({ state: 'hidden', timeout: STEP_MS });
  const selection = page.locator('.editor-instance .monaco-editor .view-overlays .selected-text').first();
  const deadline = Date.now() + STEP_MS;
  // The editor redraws its overlays as the Find widget goes: a selection element found a moment ago may
  // be gone when measured. Measure the one there now, until one holds still long enough.
  let box: Awaited<ReturnType<Locator['boundingBox']>> = null;
  while (!box) {
    await selection.waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    box = await selection.boundingBox();
    if (!box && Date.now() >= deadline) throw new Error(`"${token}" is not on screen`);
  }
  // The hover says "Loading..." while the providers answer: wait for the answer.
  const hover = page
    .locator('.monaco-hover:not(.hidden) .monaco-hover-content')
    .filter({ hasNotText: /^\s*Loading/ })
    .first();
  // A hover asked for before the language's provider is ready stays empty until the mouse moves again:
  // move it a pixel and ask again, until the deadline.
  const hoverDeadline = Date.now() + patienceMs;
  for (let attempt = 0; ; attempt++) {
    await page.mouse.move(box.x + Math.min(box.width / 2, 12) + (attempt % 2), box.y + box.height / 2, {
      steps: 3,
    });
    try {
      await hover.waitFor({ timeout: Math.min(2_000, Math.max(1, hoverDeadline - Date.now())) });
      break;
    } catch (error) {
      if (Date.now() >= hoverDeadline) throw error;
    }
  }
  return hover;
}

/** Moves the mouse away and waits for hovers to close. */
export async function dismissHover(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
}

/** Closes every editor (View: Close All Editors). */
export async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
}

/**
 * Saves a screenshot of what a person would be looking at under test-results/screenshots/<name>.png;
 * with `locator`, just that part of the screen; with `clip`, that rectangle of the page.
 */
export async function screenshot(
  name: string,
  locator?: Locator,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<string> {
  const { page, screenshotsDir } = ui();
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  if (locator) await locator.screenshot({ path });
  else await page.screenshot({ path, ...(clip ? { clip } : {}) });
  return path;
}

/**
 * The content frame of the active webview: VS Code nests the extension's document in an inner iframe
 * (`#active-frame`) of the webview's outer iframe.
 */
export function webviewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}
