/**
 * Untrusted and virtual workspaces: the manifest declares both as supported (Callsight only reads text
 * and never runs anything from the workspace), and the features work on a document that is not a file
 * (an untitled document set to ccp-log / sip-trace), as in a virtual workspace.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { callsightDiagnostics, closeAllEditors, EXTENSION_ID, workspaceUri } from '../support/editor';
import { until } from '../support/wait';

interface Capabilities {
  readonly untrustedWorkspaces?: { readonly supported?: boolean | string; readonly description?: string };
  readonly virtualWorkspaces?:
    boolean | { readonly supported?: boolean | string; readonly description?: string };
}

describe('trust and virtual workspaces', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  it('declares support for untrusted and virtual workspaces', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const capabilities = (extension.packageJSON as { capabilities?: Capabilities }).capabilities;
    assert.equal(capabilities?.untrustedWorkspaces?.supported, true);
    const virtual = capabilities?.virtualWorkspaces;
    assert.equal(typeof virtual === 'object' ? virtual.supported : virtual, true);
  });

  for (const [path, languageId, token] of [
    ['agent-log.txt', 'ccp-log', '"time": "2025'],
    ['sbc-trace.sip', 'sip-trace', 'INVITE'],
  ] as const) {
    it(`analyses an untitled (non-file) ${languageId} document: diagnostics and hovers`, async () => {
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(path)));
      const document = await vscode.workspace.openTextDocument({ language: languageId, content });
      assert.equal(document.uri.scheme, 'untitled');
      await vscode.window.showTextDocument(document);
      await until(
        `diagnostics on the untitled ${languageId}`,
        () => callsightDiagnostics(document.uri).length > 0,
        [vscode.languages.onDidChangeDiagnostics],
      );
      const at = document.positionAt(content.indexOf(token) + token.length);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        at,
      );
      assert.ok(hovers.length > 0, 'a hover from Callsight');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      );
      assert.ok((symbols?.length ?? 0) > 0, 'an outline');
    });
  }
});
