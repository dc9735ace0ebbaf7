/**
 * A handler that throws on one document leaves every other document's features working: the server
 * is started with its test hook CALLSIGHT_TEST_FAULT_MARKER, so any document holding the marker makes
 * the analysis throw in every handler.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { generateCcpLog } from '../../bench/ccp/generator';
import { generateScenarios } from '../../bench/sip/generate';
import { LineIndex } from '../../server/src/analysis/text/lineIndex';
import { startSession, type LspSession } from '../support/lspSession';

const MARKER = 'CALLSIGHT-INJECTED-FAULT';
const good = generateCcpLog({ seed: 72, minutes: 10, calls: 1, faults: { iceTimeout: [0] } }).text;
const sip = generateScenarios('sngrep', ['busy', 'no-ack'], 73).text;
const bad = `${good.slice(0, 2000)}\n${MARKER}\n`;
const goodUri = 'file:///logs/good/agent-log.txt';
const badUri = 'file:///logs/bad/agent-log.txt';
const sipUri = 'file:///logs/call.sip';

let session: LspSession;

before(async () => {
  session = await startSession({ env: { CALLSIGHT_TEST_FAULT_MARKER: MARKER } });
  await session.open(badUri, 'ccp-log', bad);
  await session.open(goodUri, 'ccp-log', good);
  await session.open(sipUri, 'sip-trace', sip);
});

after(async () => {
  await session.close();
});

async function diagnostics(uri: string): Promise<Diagnostic[]> {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', {
    textDocument: { uri },
  })) as {
    items: Diagnostic[];
  };
  return report.items;
}

test('the failing document answers empty in every feature, and the failure is logged', async () => {
  assert.deepEqual(await diagnostics(badUri), []);
  const position = { line: 1, character: 4 };
  const textDocument = { uri: badUri };
  assert.equal(await session.connection.sendRequest('textDocument/hover', { textDocument, position }), null);
  assert.deepEqual(await session.connection.sendRequest('textDocument/documentSymbol', { textDocument }), []);
  assert.deepEqual(await session.connection.sendRequest('textDocument/foldingRange', { textDocument }), []);
  assert.deepEqual(
    await session.connection.sendRequest('textDocument/definition', { textDocument, position }),
    [],
  );
  const tokens = (await session.connection.sendRequest('textDocument/semanticTokens/range', {
    textDocument,
    range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
  })) as { data: number[] };
  assert.deepEqual(tokens.data, []);
  assert.ok(session.logs.some((l) => l.includes('injected fault') && l.includes(badUri)));
});

test('every other document keeps diagnostics and hovers after the failures', async () => {
  for (let round = 0; round < 2; round++) {
    await diagnostics(badUri);
    const ccp = await diagnostics(goodUri);
    assert.ok(
      ccp.some((d) => d.code === 'ccp/ice-collection-timeout'),
      'CCP diagnostics still come',
    );
    const sipFindings = await diagnostics(sipUri);
    assert.ok(sipFindings.length > 0, 'SIP diagnostics still come');
    const offset = good.indexOf('ice_collection_timeout') + 3;
    const hover = (await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: goodUri },
      position: new LineIndex(good).positionAt(offset),
    })) as Hover | null;
    assert.ok(hover, 'hover still answers on the good document');
  }
  assert.equal(session.process.exitCode, null, 'the server process is still running');
});

test('fixing the failing document brings its features back', async () => {
  await session.change(badUri, good, 2);
  const items = await diagnostics(badUri);
  assert.ok(items.some((d) => d.code === 'ccp/ice-collection-timeout'));
});
