/**
 * Callsight's commands from the command palette (F1): offered only where they apply (the manifest's
 * when-clauses), and they do what they say.
 */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import { ui } from './support/context';
import {
  closeAllEditors,
  paletteEntries,
  quickOpen,
  runCommand,
  screenshot,
  statusBarMessage,
  waitForLanguageMode,
} from './support/workbench';

const TREAT_AS_CCP = 'Callsight: Treat File as CCP Log';
const TREAT_AS_SIP = 'Callsight: Treat File as SIP Trace';
const RESTART = 'Callsight: Restart Language Server';
const SHOW_FINDINGS = 'Callsight: Show Findings in Problems';
/** CCP logs only: a SIP trace or plain text has no timeline to go to. */
const GO_TO_TIME = 'Callsight: Go to Time…';
/** Work on any text (a header pasted into a scratch file, a code typed in). */
const ANYWHERE = [
  'Callsight: Explain Error Code',
  'Callsight: Decode UUI Header',
  'Callsight: Encode UUI Header',
];
/** Offered on .txt/.log/.json files too: a log above the editor's 50 MB limit stays plain text. */
const SHOW_AUDIO_METRICS = 'Callsight: Show Audio Metrics';
/** Same places: the way to analyse a file the editor is not allowed to hand to extensions. */
const ANALYSE_FROM_DISK = 'Callsight: Analyse File from Disk (files too large for the editor)';

describe('command palette', () => {
  before(() => closeAllEditors(ui().page));

  it('offers the CCP-log commands on a CCP log, without "Treat File as CCP Log"', async () => {
    const { page } = ui();
    await quickOpen(page, 'agent-log.txt');
    await waitForLanguageMode(page, 'CCP Log');
    const entries = await paletteEntries(page, 'Callsight');
    for (const title of [
      RESTART,
      SHOW_FINDINGS,
      GO_TO_TIME,
      TREAT_AS_SIP,
      SHOW_AUDIO_METRICS,
      ANALYSE_FROM_DISK,
      ...ANYWHERE,
    ])
      assert.ok(entries.includes(title), `${title} in ${entries.join(' | ')}`);
    assert.ok(!entries.includes(TREAT_AS_CCP), `${TREAT_AS_CCP} is hidden on a CCP log`);
  });

  it('offers no log-only command on a plain text file', async () => {
    const { page } = ui();
    await quickOpen(page, 'notes.txt');
    await waitForLanguageMode(page, 'Plain Text');
    const entries = (await paletteEntries(page, 'Callsight')).filter((e) => e.startsWith('Callsight:'));
    assert.deepEqual(
      entries.sort(),
      [TREAT_AS_CCP, TREAT_AS_SIP, SHOW_AUDIO_METRICS, ANALYSE_FROM_DISK, ...ANYWHERE].sort(),
    );
  });

  it('runs "Treat File as SIP Trace" on a plain text file', async () => {
    const { page } = ui();
    await quickOpen(page, 'notes.txt');
    await runCommand(page, TREAT_AS_SIP);
    await waitForLanguageMode(page, 'SIP Trace');
    await statusBarMessage(page, 'this file is now treated as SIP trace');
    await closeAllEditors(page);
  });

  it('runs "Restart Language Server" and says so in the status bar', async () => {
    const { page } = ui();
    await quickOpen(page, 'sbc-trace.sip');
    await runCommand(page, RESTART);
    await statusBarMessage(page, 'language server restarted');
    await screenshot('palette-restart-server');
  });

  it('runs "Show Findings in Problems" from the editor title bar button', async () => {
    const { page } = ui();
    await quickOpen(page, 'agent-log.txt');
    const button = page.locator('.editor-actions .action-label[aria-label*="Show Findings"]').first();
    await button.click();
    await page.locator('.markers-panel').waitFor();
  });
});
