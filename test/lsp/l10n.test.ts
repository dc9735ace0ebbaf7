/**
 * The server speaks the language the client asks for: the UI locale from `initializationOptions`,
 * explanations in another language when `callsight.explanations.language` says so, and a change of
 * that setting takes effect without a restart (pulled with workspace/configuration, or pushed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { ExplainRequest, type ExplainResult } from '../../server/src/protocol';
import { PUSH_CAPABILITIES, startSession, type LspSession } from '../support/lspSession';

async function explain503(session: LspSession): Promise<ExplainResult> {
  return (await session.connection.sendRequest(ExplainRequest, { token: '503' })) as ExplainResult;
}

async function decodeActionTitle(session: LspSession): Promise<string | undefined> {
  const uri = 'file:///x/uui.sip';
  await session.open(uri, 'sip-trace', 'User-to-User: 00414243;encoding=hex\r\n');
  const actions = (await session.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } },
    context: { diagnostics: [] },
  })) as CodeAction[];
  return actions[0]?.title;
}

/** Asks until the server's answer satisfies `done` (a configuration change is applied asynchronously). */
async function eventually(session: LspSession, done: (r: ExplainResult) => boolean): Promise<ExplainResult> {
  let result = await explain503(session);
  for (let i = 0; i < 100 && !done(result); i++) {
    await new Promise((r) => setTimeout(r, 20));
    result = await explain503(session);
  }
  return result;
}

const isJapanese = (r: ExplainResult): boolean => r.entries[0]?.systemLabel === 'SIP レスポンス';
const isEnglish = (r: ExplainResult): boolean => r.entries[0]?.systemLabel === 'SIP response';

test('a Japanese editor gets Japanese explanations and code actions', async () => {
  const session = await startSession({ initializationOptions: { locale: 'ja' } });
  try {
    const result = await explain503(session);
    assert.ok(isJapanese(result));
    assert.equal(result.entries[0]!.title, '過負荷またはメンテナンス中');
    assert.match(result.markdown, /^\*\*503 には 2 通りの意味があります\\:\*\*/);
    assert.match(result.entries[0]!.markdown, /\*\*意味:\*\* サーバーは現在リクエストを受けられません/);
    assert.equal(await decodeActionTitle(session), 'UUI をデコード');
  } finally {
    await session.close();
  }
});

test('explanations in English under a Japanese UI, as the setting asks', async () => {
  const session = await startSession({ initializationOptions: { locale: 'ja', explanationLocale: 'en' } });
  try {
    assert.ok(isEnglish(await explain503(session)));
    assert.equal(await decodeActionTitle(session), 'UUI をデコード', 'the UI stays Japanese');
  } finally {
    await session.close();
  }
});

test('changing callsight.explanations.language applies at once (pulled configuration)', async () => {
  const configuration: { explanations?: { language: string } } = {};
  const session = await startSession({ initializationOptions: { locale: 'en' }, configuration });
  try {
    assert.ok(isEnglish(await explain503(session)));
    configuration.explanations = { language: 'ja' };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(isJapanese(await eventually(session, isJapanese)));
    assert.equal(await decodeActionTitle(session), 'Decode UUI', 'the UI stays English');
    configuration.explanations = { language: 'auto' };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(isEnglish(await eventually(session, isEnglish)), 'auto follows the UI again');
  } finally {
    await session.close();
  }
});

test('changing callsight.explanations.language applies at once (pushed settings)', async () => {
  const session = await startSession({
    capabilities: PUSH_CAPABILITIES,
    initializationOptions: { locale: 'en' },
  });
  try {
    await session.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { callsight: { explanations: { language: 'ja' } } },
    });
    assert.ok(isJapanese(await eventually(session, isJapanese)));
  } finally {
    await session.close();
  }
});
