/** Hovering a token with the mouse shows Callsight's explanation in the editor's hover. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, before, describe, it } from 'mocha';
import { ANALYSED } from '../expectations';
import { ui } from './support/context';
import {
  closeAllEditors,
  dismissHover,
  hoverOver,
  quickOpen,
  screenshot,
  SETTINGS_HOVER_MS,
} from './support/workbench';

/** A screenshot name from a token: `ice_collection_timeout` → `ice-collection-timeout`. */
function fileSafe(token: string): string {
  return token.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface CliFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/** The CLI's finding whose range holds the first occurrence of `token` in the workspace file, if any. */
function cliFindingAt(path: string, token: string): CliFinding | undefined {
  const { repoRoot, workspace } = ui();
  const file = join(workspace, ...path.split('/'));
  const text = readFileSync(file, 'utf8');
  const before = text.slice(0, text.indexOf(token)).split('\n');
  const line = before.length;
  const column = (before[before.length - 1] ?? '').length + 1;
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', file],
      {
        encoding: 'utf8',
      },
    );
  } catch (error) {
    output = String((error as { stdout?: unknown }).stdout ?? '');
  }
  const inside = (f: CliFinding) =>
    (f.line < line || (f.line === line && f.column <= column)) &&
    (f.endLine > line || (f.endLine === line && f.endColumn > column));
  return (JSON.parse(output) as CliFinding[]).find(inside);
}

describe('hover', () => {
  before(() => closeAllEditors(ui().page));
  afterEach(() => dismissHover(ui().page));

  // A hover that needs no analysis: VS Code's settings schema, filled from Callsight's packaged manifest
  // texts (package.nls.json). It also proves the mouse-hover helper, so a failing Callsight hover below
  // means Callsight, not the helper.
  it('describes a Callsight setting in .vscode/settings.json', async () => {
    const { page } = ui();
    await quickOpen(page, 'settings.json');
    const text = await hoverOver(page, 'callsight.detection.enabled', SETTINGS_HOVER_MS);
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
          `hover-${fileSafe(hover.token)}`,
          page.locator('.monaco-hover:not(.hidden)').first(),
        );
        assert.match(text, hover.says);
        // Where a finding sits on the token, the hover shows it as the CLI words it.
        const finding = cliFindingAt(file.path, hover.token);
        if (finding)
          assert.ok(flat(text).includes(flat(finding.message)), `the hover shows "${finding.message}"`);
      };
      if (hover.pendingUntil) it.skip(`${title} [pending: ${hover.pendingUntil}]`, body);
      else it(title, body);
    }
  }
});
