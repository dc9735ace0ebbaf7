import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addKnowledgeTranslations,
  allEntries,
  codeTokenAt,
  entriesMarkdown,
  entryMarkdown,
  entryText,
  explainToken,
  lookupCode,
  searchCatalog,
} from '../../../server/src/analysis/knowledge';
import { setLocale } from '../../../server/src/analysis/l10n';

const readings = (token: string): string[] => explainToken(token).map((e) => `${e.system}:${e.code}`);

test('a bare number shows every reading, most common first', () => {
  assert.deepEqual(readings('503'), ['sip:503', 'freeswitch-cause:503']);
  assert.deepEqual(readings('100'), ['sip:100', 'q850:100']);
  assert.deepEqual(readings('302'), ['sip:302', 'sip-warning:302']);
  assert.deepEqual(readings('34'), ['q850:34']);
  assert.deepEqual(readings('487'), ['sip:487', 'freeswitch-cause:487']);
  assert.deepEqual(readings('32011'), ['twilio:32011']);
  assert.deepEqual(readings('32503'), ['twilio:32500-32506']);
  assert.deepEqual(readings('499'), ['sip:499'], 'class fallback for an unregistered status');
  assert.deepEqual(readings('7000'), []);
  assert.deepEqual(readings('3478'), ['connect-endpoint:TurnNlb-*.elb.<region>.amazonaws.com'], 'a port');
  assert.deepEqual(readings('5672'), ['google-ccai:tls-5672']);
});

test('503 as a SIP status links to the Q.850 causes behind it, and cause 34 back to 503', () => {
  const [sip] = explainToken('503');
  assert.equal(sip!.system, 'sip');
  assert.ok(sip!.related?.some((l) => l.system === 'q850' && l.code === '34'));
  const [cause] = explainToken('cause=34');
  assert.equal(cause!.system, 'q850');
  assert.ok(cause!.related?.some((l) => l.system === 'sip' && l.code === '503'));
  assert.match(entryMarkdown(sip!), /Q\\\.850 cause `34`/);
});

test('context decides the reading', () => {
  assert.deepEqual(readings('SIP/2.0 503 Service Unavailable'), ['sip:503']);
  assert.deepEqual(readings('Status-Line: SIP/2.0 486 Busy Here'), ['sip:486']);
  assert.deepEqual(readings('cause=34'), ['q850:34']);
  assert.deepEqual(readings('Q.850;cause=16;text="NORMAL_CLEARING"'), ['q850:16']);
  assert.deepEqual(readings('Reason: SIP;cause=487, Q.850;cause=16'), ['sip:487', 'q850:16']);
  assert.deepEqual(readings('Reason: SIP ;cause=200;text="Call completed elsewhere"'), ['sip:200']);
  assert.deepEqual(readings('Warning: 399 kamailio "x"'), ['sip-warning:399']);
  assert.deepEqual(readings('Q.850 34'), ['q850:34']);
  assert.deepEqual(readings('hangup_cause_q850=17'), ['q850:17']);
  assert.deepEqual(readings('because 3 calls failed'), []);
  assert.deepEqual(readings('error 32011'), ['twilio:32011']);
  assert.deepEqual(readings('INVITE sip:a@b SIP/2.0'), [], 'a request line is not a status');
});

test('names, aliases, log texts, rule ids and hosts', () => {
  assert.deepEqual(readings('ice_collection_timeout'), ['ccp-softphone-error:ice_collection_timeout']);
  assert.deepEqual(readings('MissedCallAgent'), ['ccp-agent-state:MissedCallAgent']);
  assert.deepEqual(readings('NetworkingError'), ['ccp-api-error:api-endpoint-unreachable']);
  assert.deepEqual(readings('"AccessDeniedException"'), ['cti-exception:AccessDeniedException']);
  assert.deepEqual(readings('AST_CAUSE_BUSY'), ['q850:17']);
  assert.deepEqual(readings('NORMAL_CLEARING'), ['q850:16']);
  assert.deepEqual(
    readings('PRE_EMPTED'),
    ['q850:8', 'q850:45'],
    'Asterisk and FreeSWITCH number it differently',
  );
  assert.deepEqual(readings('ORIGINATOR_CANCEL'), ['freeswitch-cause:487']);
  assert.deepEqual(readings('Goog-Session-Param'), ['google-ccai:Goog-Session-Param']);
  assert.equal(readings('ccp/ice-collection-timeout')[0], 'ccp-softphone-error:ice_collection_timeout');
  assert.deepEqual(readings('TurnNlb-a1b2c3.elb.us-east-1.amazonaws.com'), [
    'connect-endpoint:TurnNlb-*.elb.<region>.amazonaws.com',
  ]);
  assert.deepEqual(readings('us.telephony.goog'), ['google-ccai:signalling-hosts']);
  assert.deepEqual(readings('nothing-here'), []);
  assert.deepEqual(readings(''), []);
});

test('a log line is searched for the codes in it', () => {
  assert.deepEqual(readings('Softphone error occurred :  ice_collection_timeout Ice collection timedout. '), [
    'ccp-softphone-error:ice_collection_timeout',
  ]);
  assert.ok(
    readings('AWSClient: <-- Operation "acceptContact" failed: {"type":"NetworkingError"}').includes(
      'ccp-api-error:api-endpoint-unreachable',
    ),
  );
  assert.deepEqual(readings('Twilio alert 32022 for call CA123'), ['twilio:32022']);
  assert.deepEqual(readings('Agent state is now Error in this line'), [], 'common words are not codes');
});

test('the token under the cursor', () => {
  assert.equal(codeTokenAt('SIP/2.0 486 Busy Here', 15), 'SIP/2.0 486');
  assert.equal(codeTokenAt('Reason: Q.850;cause=16;text="NORMAL_CLEARING"', 2), 'Q.850;cause=16');
  assert.equal(
    codeTokenAt('Reason: SIP;cause=487;text="x", Q.850;cause=16', 40),
    'Q.850;cause=16',
    'the cause nearest the cursor',
  );
  assert.equal(codeTokenAt('Warning: 399 host "text"', 20), 'Warning: 399');
  assert.equal(codeTokenAt('hangup with cause=34 now', 18), 'cause=34');
  assert.equal(
    codeTokenAt('"text": "Softphone error occurred :  ice_collection_timeout"', 45),
    'ice_collection_timeout',
  );
  assert.equal(codeTokenAt('state MissedCallAgent.', 21), 'MissedCallAgent', 'cursor right after the word');
  assert.equal(codeTokenAt('see ccp/ice-collection-timeout here', 12), 'ccp/ice-collection-timeout');
  assert.equal(
    codeTokenAt('to TurnNlb-ab.elb.eu-west-2.amazonaws.com:3478', 10),
    'TurnNlb-ab.elb.eu-west-2.amazonaws.com',
  );
  assert.equal(codeTokenAt('   ', 1), undefined);
  const long = 'x'.repeat(5_000_000) + ' 32011 ' + 'y'.repeat(5_000_000);
  assert.equal(codeTokenAt(long, 5_000_002), '32011', 'a huge line is only looked at around the cursor');
});

test('search by number, name and words', () => {
  assert.equal(searchCatalog('486')[0]!.code, '486');
  assert.equal(searchCatalog('Busy Here')[0]!.code, '486');
  assert.deepEqual(
    searchCatalog('turn relay')
      .slice(0, 2)
      .map((e) => e.code)
      .sort(),
    ['TurnNlb-*.elb.<region>.amazonaws.com', 'ice_collection_timeout'],
  );
  assert.equal(searchCatalog('32503')[0]!.code, '32500-32506');
  assert.equal(searchCatalog('NORMAL_CLEARING')[0]!.code, '16');
  assert.ok(
    searchCatalog('ice').every((e) => e.code !== '300'),
    '"ice" does not match inside "service"',
  );
  assert.equal(searchCatalog('').length, allEntries().length);
  assert.equal(searchCatalog('', 5).length, 5);
  assert.deepEqual(searchCatalog('zzzz-no-such-thing'), []);
});

test('Markdown is escaped and readable; plain text for terminals', () => {
  const md = entriesMarkdown('503', explainToken('503'));
  assert.match(md, /2 readings of 503/);
  assert.match(md, /### SIP response `503` — Overloaded or under maintenance/);
  assert.match(md, /\*\*What to do:\*\*\n- /);
  assert.match(entriesMarkdown('zzz', []), /No catalog entry matches zzz/);
  const text = entryText(lookupCode('q850', 34)!);
  assert.match(text, /^Q\.850 cause 34 — No channel free/);
  assert.match(text, /Also written as: NORMAL_CIRCUIT_CONGESTION/);
  assert.match(text, /⚠ Unverified/);
});

test('translations are data per entry, with English for what is missing', () => {
  addKnowledgeTranslations('ja', {
    'sip:503': { title: 'サービス利用不可 [x](command:evil)' },
    'sip:4xx': { title: 'リクエスト失敗' },
  });
  setLocale('en', 'ja');
  try {
    const e = lookupCode('sip', 503)!;
    assert.equal(e.title, 'サービス利用不可 [x](command:evil)');
    assert.match(e.meaning, /cannot take the request/, 'untranslated fields stay English');
    assert.ok(
      entryMarkdown(e).includes('サービス利用不可 \\[x\\]\\(command\\:evil\\)'),
      'translated text is escaped too',
    );
    assert.equal(lookupCode('sip', 499)!.title, 'リクエスト失敗', 'class fallbacks translate by class');
    assert.equal(lookupCode('sip', 486)!.title, 'Callee busy');
  } finally {
    setLocale('en');
  }
  assert.equal(lookupCode('sip', 503)!.title, 'Overloaded or under maintenance');
});
