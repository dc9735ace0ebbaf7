// The test workspace: a fresh copy of samples/ (at its root) and test/e2e/workspace/ (as fixtures/),
// so tests never change files in the repository.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..', '..');

export const WORKSPACE_SETTINGS = { 'callsight.detection.enabled': true };

/** Copies the workspace into `dir/workspace` and returns its path. */
export function makeWorkspace(dir) {
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  cpSync(join(root, 'test', 'e2e', 'workspace'), join(workspace, 'fixtures'), { recursive: true });
  // Workspace settings naming a Callsight setting: its hover comes from the packaged manifest texts.
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(
    join(workspace, '.vscode', 'settings.json'),
    `${JSON.stringify(WORKSPACE_SETTINGS, null, 2)}\n`,
  );
  return workspace;
}
