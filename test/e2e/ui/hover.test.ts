/** Hovering a token with the mouse shows Callsight's explanation in the editor's hover. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, before, describe, it } from 'mocha';
import { ANALYSED } from '../expectations';
import { ui } from './support/context';
import { closeAllEditors, dismissHover, hoverOver, quickOpen, screenshot } from './support/workbench';

describe('hover', () => {
  before(() => closeAllEditors(ui().page));
  afterEach(() => dismissHover(ui().page));

  // A hover that needs no analysis: VS Code's settings schema, filled from Callsight's packaged manifest
  // texts (package.nls.json). It also proves the mouse-hover helper, so a failing Callsight hover below
  // means Callsight, not the helper.
  it('describes a Callsight setting in .vscode/settings.json', async () => {
    const { page } = ui();
    await quickOpen(page, 'settings.json');
    const text = await hoverOver(page, 'callsight.detection.enabled');
    await screenshot('hover-setting', page.locator('.monaco-hover:not(.hidden)').first());
    // The description as the manifest gives it, with its Markdown code spans rendered as plain text.
    const nls = JSON.parse(readFileSync(join(ui().repoRoot, 'package.nls.json'), 'utf8')) as Record<
      string,
      string
    >;
    const description = nls['callsight.config.detection.enabled'] ?? '';
    assert.ok(description.length > 0, 'package.nls.json describes callsight.detection.enabled');
    assert.equal(text.replace(/\s+/g, ' '), description.replace(/`/g, '').replace(/\s+/g, ' '));
  });

  for (const file of ANALYSED) {
    for (const hover of file.hovers ?? []) {
      const title = `explains "${hover.token}" in ${file.path}`;
      const body = async () => {
        const { page } = ui();
        await quickOpen(page, file.path.split('/').pop() ?? file.path);
        const text = await hoverOver(page, hover.token);
        await screenshot(
          `hover-${hover.token.replace(/\W+/g, '-')}`,
          page.locator('.monaco-hover:not(.hidden)').first(),
        );
        assert.match(text, hover.says);
      };
      if (hover.pendingUntil) it.skip(`${title} [pending: ${hover.pendingUntil}]`, body);
      else it(title, body);
    }
  }
});
