import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-protocol';
import {
  DecodeUuiRequest,
  EncodeUuiRequest,
  ExplainRequest,
  SearchCatalogRequest,
  type DecodeUuiResult,
  type EncodeUuiResult,
  type ExplainResult,
  type SearchCatalogResult,
} from '../../server/src/protocol';
import { startSession, type LspSession } from '../support/lspSession';

let session: LspSession;

before(async () => {
  session = await startSession();
});

after(async () => {
  await session.close();
});

const CCAI_URL =
  'http://dialogflow.googleapis.com/v2beta1/projects/gcp-project-id-12345/conversations/CID-297363723_79131759_799783510';

test('callsight/explain reads a token and shows every reading', async () => {
  const result = (await session.connection.sendRequest(ExplainRequest, { token: '503' })) as ExplainResult;
  assert.equal(result.token, '503');
  assert.deepEqual(
    result.entries.map((e) => `${e.system}:${e.code}`),
    ['sip:503', 'freeswitch-cause:503'],
  );
  assert.equal(result.entries[0]!.systemLabel, 'SIP response');
  assert.ok(result.entries[0]!.related?.some((l) => l.system === 'q850' && l.code === '34'));
  assert.match(result.markdown, /2 readings of 503/);
  assert.match(result.entries[0]!.markdown, /^### SIP response `503`/);
});

test('callsight/explain reads the code under the cursor in a line', async () => {
  const explainAt = async (line: string, character: number): Promise<ExplainResult> =>
    (await session.connection.sendRequest(ExplainRequest, { line, character })) as ExplainResult;
  const status = await explainAt('SIP/2.0 486 Busy Here', 14);
  assert.deepEqual(
    status.entries.map((e) => e.code),
    ['486'],
  );
  const reason = await explainAt('Reason: Q.850;cause=34;text="NORMAL_CIRCUIT_CONGESTION"', 3);
  assert.deepEqual(
    reason.entries.map((e) => `${e.system}:${e.code}`),
    ['q850:34'],
  );
  const log = await explainAt(
    '2024-05-01T10:00:00Z ERROR Softphone error occurred :  ice_collection_timeout',
    2,
  );
  assert.deepEqual(
    log.entries.map((e) => e.code),
    ['ice_collection_timeout'],
    'the codes anywhere in the line when the cursor is not on one',
  );
});

test('callsight/explain picks an exact entry, and suggests when nothing matches', async () => {
  const picked = (await session.connection.sendRequest(ExplainRequest, {
    system: 'ccp-agent-state',
    code: 'MissedCallAgent',
  })) as ExplainResult;
  assert.deepEqual(
    picked.entries.map((e) => e.code),
    ['MissedCallAgent'],
  );
  const none = (await session.connection.sendRequest(ExplainRequest, {
    token: 'microphone',
  })) as ExplainResult;
  assert.deepEqual(none.entries, []);
  assert.ok(none.suggestions?.some((s) => s.code === 'microphone_not_shared'));
  assert.match(none.markdown, /No catalog entry matches microphone/);
  const empty = (await session.connection.sendRequest(ExplainRequest, {})) as ExplainResult;
  assert.deepEqual(empty.entries, []);
});

test('callsight/searchCatalog lists the whole catalog or the matches', async () => {
  const all = (await session.connection.sendRequest(SearchCatalogRequest, {
    query: '',
  })) as SearchCatalogResult;
  assert.ok(all.items.length > 300);
  assert.ok(all.items.every((i) => i.title.length > 0 && i.systemLabel.length > 0));
  const busy = (await session.connection.sendRequest(SearchCatalogRequest, {
    query: 'busy',
    limit: 3,
  })) as SearchCatalogResult;
  assert.equal(busy.items.length, 3);
  assert.deepEqual(busy.items[0], {
    system: 'q850',
    systemLabel: 'Q.850 cause',
    code: '17',
    title: 'Callee busy',
    name: 'User busy',
    meaning: 'The callee is busy and cannot take another call.',
    aliases: ['USER_BUSY', 'AST_CAUSE_USER_BUSY', 'BUSY', 'AST_CAUSE_BUSY'],
  });
});

test('callsight/decodeUui decodes the seeds with positioned problems', async () => {
  const hex = Buffer.from(CCAI_URL).toString('hex');
  const text = [
    `User-to-User: ${hex};encoding=hex;purpose=Goog-ContactCenter-Conversation`,
    'User-to-User: 6B6579313D76616C7565313B6B6579323D76616C756532;encoding=hex;purpose=Goog-Session-Param',
    'User-to-User: 0031G;encoding=hex',
  ].join('\r\n');
  const result = (await session.connection.sendRequest(DecodeUuiRequest, { text })) as DecodeUuiResult;
  assert.equal(result.values.length, 3);
  assert.equal(result.values[0]!.text, CCAI_URL);
  assert.equal(result.values[0]!.ccai?.conversationId, 'CID-297363723_79131759_799783510');
  assert.equal(result.values[1]!.text, 'key1=value1;key2=value2');
  const bad = result.values[2]!.problems.find((p) => p.code === 'uui-not-hex')!;
  assert.equal(bad.offset, text.indexOf('G;'));
  assert.match(result.markdown, /User\\-to\\-User value 3 of 3/);
});

test('callsight/encodeUui builds and validates', async () => {
  const ok = (await session.connection.sendRequest(EncodeUuiRequest, {
    kind: 'session-params',
    params: 'key1=value1;key2=value2',
  })) as EncodeUuiResult;
  assert.equal(ok.ok, true);
  assert.equal(
    ok.header.toUpperCase(),
    'USER-TO-USER: 6B6579313D76616C7565313B6B6579323D76616C756532;ENCODING=HEX;PURPOSE=GOOG-SESSION-PARAM',
  );
  const bad = (await session.connection.sendRequest(EncodeUuiRequest, {
    kind: 'ccai-conversation',
    projectId: 'gcp-project-id-12345',
    conversationId: '12',
  })) as EncodeUuiResult;
  assert.equal(bad.ok, false);
  assert.ok(bad.problems.every((p) => p.field === 'conversationId'));
});

test('the "Decode UUI" code action on a User-to-User header in a SIP trace', async () => {
  assert.equal(session.initializeResult.capabilities.codeActionProvider, true);
  const uri = 'file:///x/call.sip';
  const trace = [
    'INVITE sip:+15551234567@example.com SIP/2.0',
    'Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1',
    'User-to-User: 00414243;encoding=hex;purpose=isdn-uui',
    'Refer-To: <sip:q@pbx?User-to-User=0031%3Bencoding%3Dhex>',
    'Content-Length: 0',
    '',
  ].join('\r\n');
  await session.open(uri, 'sip-trace', trace);
  const actionsAt = async (line: number, endLine = line): Promise<CodeAction[]> =>
    (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character: 3 }, end: { line: endLine, character: 3 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
  const actions = await actionsAt(2);
  assert.equal(actions.length, 1);
  assert.equal(actions[0]!.title, 'Decode UUI');
  assert.equal(actions[0]!.command?.command, 'callsight.decodeUui');
  assert.deepEqual(actions[0]!.command?.arguments, ['User-to-User: 00414243;encoding=hex;purpose=isdn-uui']);
  const inUri = await actionsAt(3);
  assert.deepEqual(inUri[0]!.command?.arguments, ['sip:q@pbx?User-to-User=0031%3Bencoding%3Dhex']);
  assert.equal((await actionsAt(0, 4)).length, 2, 'one action per header in a selection');
  assert.deepEqual(await actionsAt(1), [], 'none on other headers');
  const only = (await session.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
    context: { diagnostics: [], only: ['quickfix'] },
  })) as CodeAction[];
  assert.deepEqual(only, [], 'not offered when the client asks for other kinds');

  const logUri = 'file:///x/agent-log.txt';
  await session.open(logUri, 'ccp-log', 'User-to-User: 00414243;encoding=hex');
  const inLog = (await session.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: logUri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [] },
  })) as CodeAction[];
  assert.deepEqual(inLog, [], 'only in SIP traces');
});
