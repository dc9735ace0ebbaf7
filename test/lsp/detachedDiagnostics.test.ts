/**
 * Analyse from Disk, server side: text the editor never synced (a file above its 50 MB limit, read by the
 * client) is handed over with `callsight/openDetachedText`, then pulled with `textDocument/diagnostic`
 * for a URI that was never opened; the answers match those of the same text opened normally.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { generateCcpLog } from '../../bench/ccp/generator';
import { OpenDetachedTextRequest } from '../../server/src/protocol';
import { startSession, type LspSession } from '../support/lspSession';

const log = generateCcpLog({
  seed: 81,
  minutes: 90,
  calls: 6,
  chatterPerMinute: 200,
  faults: { iceTimeout: [2] },
});
let session: LspSession;

before(async () => {
  session = await startSession();
});
after(async () => {
  await session.close();
});

async function pull(uri: string): Promise<Diagnostic[]> {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', {
    textDocument: { uri },
  })) as {
    kind: string;
    items: Diagnostic[];
  };
  assert.equal(report.kind, 'full');
  return report.items;
}

test('diagnostics of a detached (never opened) file equal those of the same text opened in the editor', async () => {
  assert.ok(log.text.length > 1_000_000, `${log.text.length} characters`);
  const diskUri = 'file:///big/agent-log.txt';
  const opened = await session.connection.sendRequest(OpenDetachedTextRequest, {
    uri: diskUri,
    languageId: 'ccp-log',
    text: log.text,
  });
  assert.ok(opened);
  const fromDisk = await pull(diskUri);
  assert.ok(fromDisk.some((d) => d.code === 'ccp/ice-collection-timeout'));
  const editorUri = 'file:///small/agent-log.txt';
  await session.open(editorUri, 'ccp-log', log.text);
  const fromEditor = await pull(editorUri);
  assert.deepEqual(
    fromDisk.map((d) => [d.code, d.range.start.line, d.message]),
    fromEditor.map((d) => [d.code, d.range.start.line, d.message]),
  );
});
