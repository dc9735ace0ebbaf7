import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PUSH_CAPABILITIES, startSession, type LspSession } from '../support/lspSession';

let session: LspSession;

before(async () => {
  session = await startSession();
});

after(async () => {
  await session.close();
});

test('initialize advertises the features Callsight serves', () => {
  const caps = session.initializeResult.capabilities;
  assert.equal(caps.hoverProvider, true);
  assert.equal(caps.documentSymbolProvider, true);
  assert.ok(caps.diagnosticProvider, 'pull diagnostics');
  const tokens = caps.semanticTokensProvider as {
    range: boolean;
    full: boolean;
    legend: { tokenTypes: string[] };
  };
  assert.equal(tokens.range, true);
  assert.equal(tokens.full, false);
  assert.ok(tokens.legend.tokenTypes.includes('callId'));
});

test('documents of other languages are ignored without error', async () => {
  await session.open('file:///x/readme.txt', 'plaintext', 'hello');
  const report = (await session.connection.sendRequest('textDocument/diagnostic', {
    textDocument: { uri: 'file:///x/readme.txt' },
  })) as { kind: string; items: unknown[] };
  assert.equal(report.kind, 'full');
  assert.deepEqual(report.items, []);
});

test('a client without pull diagnostics gets them pushed', async () => {
  const push = await startSession({ capabilities: PUSH_CAPABILITIES });
  try {
    assert.equal(push.initializeResult.capabilities.diagnosticProvider, undefined);
    const uri = 'file:///x/agent-log.txt';
    const pushed = push.nextPushedDiagnostics(uri);
    await push.open(uri, 'ccp-log', '[');
    const params = await pushed;
    assert.equal(params.uri, uri);
    assert.ok(Array.isArray(params.diagnostics));
  } finally {
    await push.close();
  }
});
