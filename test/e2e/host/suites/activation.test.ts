/** Callsight activates on each kind of file it handles, gives it the right language, and leaves others alone. */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { FILES, fileExpectation } from '../../expectations';
import { callsight, closeAllEditors, EXTENSION_ID, openAs, openPlain } from '../support/editor';
import { until } from '../support/wait';

describe('activation', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  for (const file of FILES.filter((f) => f.languageId !== 'plaintext')) {
    it(`opens ${file.path} as ${file.languageId} (${file.how}) and activates Callsight`, async () => {
      const document = await openAs(file.path, file.languageId);
      assert.equal(document.languageId, file.languageId);
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, 'Callsight is installed');
      await until(`${EXTENSION_ID} to activate`, () => extension.isActive, [vscode.extensions.onDidChange]);
    });
  }

  it('starts its language server', async () => {
    const api = await callsight();
    const client = api.client;
    assert.ok(client, 'the extension exports its language client');
    await until('the language client to run', () => client.isRunning(), [client.onDidChangeState]);
  });

  it('leaves a plain .txt file alone', async () => {
    const notes = fileExpectation('fixtures/notes.txt');
    const document = await openPlain(notes.path);
    // Sniffing happens in open order: once a later CCP .txt has been recognised, notes.txt was looked at too.
    await openAs('fixtures/downloaded-ccp-log.txt', 'ccp-log');
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString());
    assert.equal(current?.languageId ?? document.languageId, 'plaintext');
  });

  it('contributes what package.json declares', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const manifest = extension.packageJSON as {
      contributes: { languages: { id: string }[]; grammars: { language?: string }[] };
    };
    assert.deepEqual(manifest.contributes.languages.map((l) => l.id).sort(), ['ccp-log', 'sip-trace']);
    // The SDP grammar is embedded (no language of its own).
    assert.deepEqual(
      manifest.contributes.grammars
        .map((g) => g.language)
        .filter((l) => l !== undefined)
        .sort(),
      ['ccp-log', 'sip-trace'],
    );
  });
});
