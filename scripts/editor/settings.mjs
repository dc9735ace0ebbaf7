// User settings for an editor the tests (or `npm start`) drive: no welcome page, no trust prompt, no
// update or telemetry traffic, no AI side panels over the editor.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'editor.hover.delay': 200,
};

/** Writes `settings` as the user settings of a code-server whose user data lives in `userDataDir`. */
export function writeUserSettings(userDataDir, settings = QUIET_SETTINGS) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}
