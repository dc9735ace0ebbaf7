import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AnalysisSummaryRequest,
  CloseDetachedTextNotification,
  OpenDetachedTextRequest,
  TimeAtOffsetRequest,
  type AnalysisSummaryResult,
  type OpenDetachedTextResult,
  type TimeAtOffsetResult,
} from '../../server/src/protocol';
import { startSession, type LspSession } from '../support/lspSession';

let session: LspSession;

before(async () => {
  session = await startSession();
});

after(async () => {
  await session.close();
});

const CCP_TEXT = '[{"component":"softphone","level":"INFO","time":"2026-05-06T17:25:10.275Z","text":"x"}]';

test('detached text (a file too big for the editor) is answered like an open document, until closed', async () => {
  const uri = 'file:///big/agent-log.txt';
  const opened = (await session.connection.sendRequest(OpenDetachedTextRequest, {
    uri,
    languageId: 'ccp-log',
    text: CCP_TEXT,
  })) as OpenDetachedTextResult;
  assert.ok(opened.version < 0, 'detached versions never equal editor versions');
  const summary = (await session.connection.sendRequest(AnalysisSummaryRequest, {
    uri,
  })) as AnalysisSummaryResult | null;
  assert.equal(summary?.languageId, 'ccp-log');
  assert.equal(summary?.version, opened.version);
  const again = (await session.connection.sendRequest(OpenDetachedTextRequest, {
    uri,
    languageId: 'ccp-log',
    text: CCP_TEXT,
  })) as OpenDetachedTextResult;
  assert.ok(again.version < opened.version, 'a new text gets a new version');
  await session.connection.sendNotification(CloseDetachedTextNotification, { uri });
  const gone = await session.connection.sendRequest(AnalysisSummaryRequest, { uri });
  assert.equal(gone, null);
});

test('timeAtOffset answers the entry time, or null when the document is unknown or the offset invalid', async () => {
  const uri = 'file:///x/agent-log.txt';
  await session.open(uri, 'ccp-log', CCP_TEXT);
  const known = (await session.connection.sendRequest(TimeAtOffsetRequest, {
    uri,
    offset: 5,
  })) as TimeAtOffsetResult;
  // Offset 5 lies inside the only entry: its time (SIP traces, which have no `timeAt`, answer null).
  assert.deepEqual(known, { time: Date.parse('2026-05-06T17:25:10.275Z') });
  const unknown = (await session.connection.sendRequest(TimeAtOffsetRequest, {
    uri: 'file:///nowhere.txt',
    offset: 0,
  })) as TimeAtOffsetResult;
  assert.deepEqual(unknown, { time: null });
  const negative = (await session.connection.sendRequest(TimeAtOffsetRequest, {
    uri,
    offset: -1,
  })) as TimeAtOffsetResult;
  assert.deepEqual(negative, { time: null });
});
