/**
 * Callsight in an editor whose display language is Japanese (issue 8, "Proof"): run by test/e2e/run.mjs
 * against a code-server started with locale `ja` (scripts/editor/displayLanguage.mjs). Command titles,
 * hovers, settings descriptions and the audio metrics panel follow the display language; what to expect is
 * read from the translations themselves (package.nls.ja.json, l10n/bundle.l10n.ja.json, the CLI's
 * `--lang ja` output). Parts still being translated are listed in expectations.ts as pending ('ccp-ja').
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, before, describe, it } from 'mocha';
import { JAPANESE_COMMANDS, JAPANESE_HOVERS, JAPANESE_WEBVIEW, type Pending } from '../expectations';
import { ui } from '../ui/support/context';
import {
  closeAllEditors,
  dismissHover,
  hidePanel,
  hoverOver,
  paletteEntries,
  quickOpen,
  runCommand,
  screenshot,
  SETTINGS_HOVER_MS,
  STEP_MS,
  waitForLanguageMode,
  webviewFrame,
} from '../ui/support/workbench';

type Texts = Readonly<Record<string, string>>;

function readJson(...path: string[]): Texts {
  return JSON.parse(readFileSync(join(ui().repoRoot, ...path), 'utf8')) as Texts;
}

/** Japanese characters (kana or kanji). */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** A test that is pending until `expectation.pendingUntil` lands. */
function itUnlessPending(title: string, expectation: Pending, body: () => Promise<void>): void {
  if (expectation.pendingUntil) it.skip(`${title} [pending: ${expectation.pendingUntil}]`, body);
  else it(title, body);
}

/** The palette title of a command in the Japanese UI: the category stays `Callsight`. */
function paletteTitle(nls: Texts, key: string): string {
  const title = nls[key];
  assert.ok(title, `${key} in the manifest texts`);
  return `Callsight: ${title}`;
}

/** The knowledge-base entry of `token` in Japanese, as the CLI gives it. */
function knowledgeJa(token: string): { title: string; meaning: string } {
  const output = execFileSync(
    process.execPath,
    [join(ui().repoRoot, 'dist', 'cli.js'), 'explain', token, '--lang', 'ja', '--format', 'json'],
    { encoding: 'utf8' },
  );
  const entry = (JSON.parse(output) as { entries: { title: string; meaning: string }[] }).entries[0];
  assert.ok(entry, `the knowledge base explains ${token}`);
  return entry;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Japanese display language', () => {
  const nls = () => readJson('package.nls.json');
  const nlsJa = () => readJson('package.nls.ja.json');

  before(async () => {
    await closeAllEditors(ui().page);
    await hidePanel(ui().page);
  });

  describe('command palette', () => {
    let entries: string[] = [];

    before(async () => {
      const { page } = ui();
      await quickOpen(page, 'agent-log.txt');
      // The palette offers the CCP-log commands once the editor has the language (its Japanese name).
      await waitForLanguageMode(page, nlsJa()['callsight.language.ccpLog'] ?? 'CCP');
      entries = await paletteEntries(page, 'Callsight');
    });

    for (const command of JAPANESE_COMMANDS) {
      itUnlessPending(`titles ${command.titleKey} in Japanese`, command, async () => {
        const title = paletteTitle(nlsJa(), command.titleKey);
        assert.match(title, JAPANESE);
        // The palette draws only the rows that fit; a title below them is looked up by itself.
        const found = entries.includes(title) || (await paletteEntries(ui().page, title)).includes(title);
        assert.ok(found, `"${title}" among ${entries.join(' | ')}`);
      });
    }

    it('shows the Japanese titles (screenshot)', async () => {
      const { page } = ui();
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>Callsight');
      const first = paletteTitle(nlsJa(), 'callsight.command.explainErrorCode');
      await page
        .locator('.quick-input-widget .monaco-list-row', { hasText: first })
        .first()
        .waitFor({ timeout: STEP_MS });
      await screenshot('palette-ja', page.locator('.quick-input-widget'));
      await page.keyboard.press('Escape');
    });
  });

  describe('hovers', () => {
    afterEach(() => dismissHover(ui().page));

    for (const hover of JAPANESE_HOVERS) {
      itUnlessPending(`shows the ${hover.part} of "${hover.token}" in Japanese`, hover, async () => {
        const { page } = ui();
        await quickOpen(page, hover.path.split('/').pop() ?? hover.path);
        const text = await hoverOver(page, hover.token);
        await screenshot(`hover-ja-${hover.token}`, page.locator('.monaco-hover:not(.hidden)').first());
        if (hover.checks.includes('knowledge')) {
          const entry = knowledgeJa(hover.token);
          assert.ok(flat(text).includes(flat(entry.title)), `the hover holds "${entry.title}":\n${text}`);
          assert.ok(flat(text).includes(flat(entry.meaning)), `the hover holds "${entry.meaning}"`);
        }
        if (hover.checks.includes('first-line')) {
          const first = text.split('\n')[0] ?? '';
          assert.match(first, JAPANESE, `the hover's heading is Japanese: ${first}`);
        }
      });
    }

    it('describes a Callsight setting in Japanese (package.nls.ja.json)', async () => {
      const { page } = ui();
      await quickOpen(page, 'settings.json');
      const text = await hoverOver(page, 'callsight.detection.enabled', SETTINGS_HOVER_MS);
      const description = nlsJa()['callsight.config.detection.enabled'] ?? '';
      assert.match(description, JAPANESE);
      assert.equal(flat(text), flat(description.replace(/`/g, '')));
    });
  });

  describe('audio metrics panel', () => {
    it('is told the display language (vscode.env.language is ja)', async () => {
      const { page } = ui();
      await closeAllEditors(page);
      await quickOpen(page, 'agent-log.txt');
      // Untranslated titles fall back to the English one.
      const key = 'callsight.command.showAudioMetrics';
      await runCommand(page, `Callsight: ${nlsJa()[key] ?? nls()[key]}`);
      const frame = webviewFrame(page);
      await frame.locator('section.chart canvas').first().waitFor({ timeout: STEP_MS });
      // The panel sets its page's language from vscode.env.language.
      assert.equal(await frame.locator('html').getAttribute('lang'), 'ja');
      await screenshot('webview-audio-metrics-ja');
    });

    itUnlessPending(
      'labels its controls in Japanese (l10n/bundle.l10n.ja.json)',
      JAPANESE_WEBVIEW,
      async () => {
        const frame = webviewFrame(ui().page);
        const bundle = readJson('l10n', 'bundle.l10n.ja.json');
        const page = flat(await frame.locator('body').innerText());
        for (const english of JAPANESE_WEBVIEW.texts) {
          const japanese = bundle[english];
          assert.ok(japanese, `"${english}" has a translation`);
          assert.ok(page.includes(flat(japanese)), `the panel shows "${japanese}"`);
        }
      },
    );
  });
});
