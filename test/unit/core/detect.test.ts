import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, isCcpLogFileName } from '../../../server/src/analysis/detect';

test('CCP log file names are recognised', () => {
  for (const name of [
    'agent-log.txt',
    '/tmp/agent-log (3).txt',
    'crm-agent-log.txt',
    'ccp-us-east-1-agent-log.txt',
  ]) {
    assert.ok(isCcpLogFileName(name), name);
  }
  for (const name of ['agent-logs.txt', 'my-agent-log.json', 'agent-log.txt.bak']) {
    assert.ok(!isCcpLogFileName(name), name);
  }
});

test('content sniffing finds each CCP form and SIP, and nothing in other files', () => {
  const json =
    '[\n    {\n        "component": "ccp",\n        "level": "INFO",\n        "text": "x",\n        "time": "2025-05-06T17:25:02.353Z"\n    }\n]';
  assert.equal(detectLanguage(json), 'ccp-log');
  assert.equal(detectLanguage('\ufeff' + json), 'ccp-log');
  assert.equal(
    detectLanguage(
      "[2023-06-17T17:02:15.400Z] [ERROR] [51beb344-0b0d-488f-ac78-8beeebaa627b]: 'acceptContact' API request failed",
    ),
    'ccp-log',
  );
  assert.equal(detectLanguage('+ 2024-05-20T13:16:37.294Z ccp INFO isCCPV2: true'), 'ccp-log');
  assert.equal(detectLanguage('INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP a\r\n'), 'sip-trace');
  assert.equal(detectLanguage('SIP/2.0 200 OK\r\n'), 'sip-trace');
  assert.equal(detectLanguage('[{"name": "not a log"}]'), undefined);
  assert.equal(detectLanguage('hello world'), undefined);
  assert.equal(detectLanguage(''), undefined);
});
