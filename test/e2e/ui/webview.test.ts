/** Callsight's webviews draw in the real workbench: open from the palette, look into the webview's DOM. */
import { before, describe, it } from 'mocha';
import { WEBVIEWS } from '../expectations';
import { ui } from './support/context';
import {
  closeAllEditors,
  quickOpen,
  runCommand,
  screenshot,
  STEP_MS,
  webviewFrame,
} from './support/workbench';

describe('webviews', () => {
  before(() => closeAllEditors(ui().page));

  for (const view of WEBVIEWS) {
    const title = `${view.title} draws ${view.drawn}`;
    const body = async () => {
      const { page } = ui();
      await quickOpen(page, view.open.split('/').pop() ?? view.open);
      await runCommand(page, view.title);
      await webviewFrame(page).locator(view.drawn).first().waitFor({ timeout: STEP_MS });
      await screenshot(`webview-${view.command.replace(/\W+/g, '-')}`);
    };
    if (view.pendingUntil) it.skip(`${title} [pending: ${view.pendingUntil}]`, body);
    else it(title, body);
  }
});
