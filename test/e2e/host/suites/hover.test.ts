/** Hovers through the real editor: `vscode.executeHoverProvider` reaches the language server. */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { ANALYSED } from '../../expectations';
import { closeAllEditors, openAs, positionOf } from '../support/editor';
import { itUnlessPending } from '../support/pending';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoversAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  assert.ok(Array.isArray(hovers), 'executeHoverProvider answers with a list');
  return hovers;
}

describe('hover', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  for (const file of ANALYSED) {
    it(`answers a hover request on ${file.path}`, async () => {
      const document = await openAs(file.path, file.languageId);
      await hoversAt(document, new vscode.Position(Math.min(1, document.lineCount - 1), 2));
    });

    for (const hover of file.hovers ?? []) {
      itUnlessPending(`explains "${hover.token}" in ${file.path}`, hover, async () => {
        const document = await openAs(file.path, file.languageId);
        const text = hoverText(await hoversAt(document, positionOf(document, hover.token)));
        assert.match(text, hover.says);
      });
    }
  }
});
