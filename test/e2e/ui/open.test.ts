/** Opening each file of the test workspace by Quick Open gives it Callsight's language, as a person sees it. */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import { FILES } from '../expectations';
import { ui } from './support/context';
import { closeAllEditors, quickOpen, screenshot, waitForLanguageMode } from './support/workbench';

/** The status bar's name for each language (package.nls.json aliases; VS Code's for plain text). */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  'ccp-log': 'CCP Log',
  'sip-trace': 'SIP Trace',
  plaintext: 'Plain Text',
};

describe('Quick Open', () => {
  before(() => closeAllEditors(ui().page));

  for (const file of FILES) {
    const name = file.path.split('/').pop() ?? file.path;
    it(`opens ${file.path} as ${LANGUAGE_NAMES[file.languageId]}`, async () => {
      const { page } = ui();
      await quickOpen(page, name);
      const expected = LANGUAGE_NAMES[file.languageId];
      assert.ok(expected, `a status-bar name for ${file.languageId}`);
      await waitForLanguageMode(page, expected);
      if (file.path === 'agent-log.txt' || file.path === 'sbc-trace.sip') {
        await screenshot(`open-${name.replace(/\W+/g, '-')}`);
      }
    });
  }
});
