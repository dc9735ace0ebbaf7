/** Document symbols (Outline, breadcrumbs, Go to Symbol) through `vscode.executeDocumentSymbolProvider`. */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { ANALYSED } from '../../expectations';
import { closeAllEditors, openAs } from '../support/editor';
import { itUnlessPending } from '../support/pending';

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

async function symbolsOf(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
    'vscode.executeDocumentSymbolProvider',
    document.uri,
  );
  return flatten(symbols ?? []);
}

describe('document symbols', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  for (const file of ANALYSED) {
    it(`answers a document-symbol request on ${file.path} with ranges inside the file`, async () => {
      const document = await openAs(file.path, file.languageId);
      const end = document.lineAt(document.lineCount - 1).range.end;
      for (const symbol of await symbolsOf(document)) {
        assert.ok(symbol.name.length > 0, 'symbols have names');
        assert.ok(symbol.range.end.isBeforeOrEqual(end), `${symbol.name} ends inside the file`);
        assert.ok(symbol.range.contains(symbol.selectionRange), `${symbol.name}: selection inside range`);
      }
    });

    for (const expected of file.symbols ?? []) {
      itUnlessPending(`lists ${expected.name} in ${file.path}`, expected, async () => {
        const document = await openAs(file.path, file.languageId);
        const names = (await symbolsOf(document)).map((s) => s.name);
        assert.ok(
          names.some((n) => expected.name.test(n)),
          `${expected.name} among ${names.slice(0, 20).join(', ')}`,
        );
      });
    }
  }
});
