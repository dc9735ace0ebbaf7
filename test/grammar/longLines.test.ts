// Adversarial 100 KB lines: each must tokenize (VS Code stops at 20,000 characters by default, but a user
// can raise editor.maxTokenizationLineLength). No timing assertion: the time is reported, not judged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INITIAL } from 'vscode-textmate';
import { loadGrammar } from './support/textmate';

const LENGTH = 100_000;

function fill(prefix: string, unit: string, suffix = ''): string {
  return prefix + unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH) + suffix;
}

const CASES: readonly { readonly scope: string; readonly label: string; readonly line: string }[] = [
  {
    scope: 'source.ccp-log',
    label: 'metrics text in JSON',
    line: fill(
      '        "text": " sendSoftphoneMetrics success[',
      String.raw`{\"softphoneStreamType\":\"audio_input\",\"timestamp\":\"2025-05-06T17:31:12.004Z\",\"packetsLost\":0},`,
      ']",',
    ),
  },
  {
    scope: 'source.ccp-log',
    label: 'unterminated text of escaped quotes',
    line: fill('        "text": "', String.raw`\"`),
  },
  { scope: 'source.ccp-log', label: 'digits and colons', line: fill('        "text": "', '1:') },
  {
    scope: 'source.ccp-log',
    label: 'words without a transition arrow',
    line: fill('        "text": "', 'Abc '),
  },
  { scope: 'source.ccp-log', label: 'keys without values', line: fill('', '"k": ') },
  { scope: 'source.ccp-log', label: 'brackets', line: fill('', '[') },
  {
    scope: 'source.ccp-log',
    label: 'console form, URL-like run',
    line: fill('[2023-06-17T17:02:15.400Z] [ERROR] [x]: ', 'wss://a'),
  },
  {
    scope: 'source.sip-trace',
    label: 'Via with many addresses',
    line: fill('Via: SIP/2.0/UDP ', '1.2.3.4;'),
  },
  { scope: 'source.sip-trace', label: 'header of URIs and tags', line: fill('From: ', '<sip:a@b>;tag=1,') },
  { scope: 'source.sip-trace', label: 'hex and colons (IPv6-like)', line: fill('X-Foo: ', 'a1:') },
  { scope: 'source.sip-trace', label: 'unterminated quotes', line: fill('X-Foo: ', '"') },
  { scope: 'source.sip-trace', label: 'parameters without values', line: fill('X-Foo: ', ';a=') },
  { scope: 'source.sip-trace', label: 'scheme without a host', line: fill('X-Foo: ', 'sip:') },
  { scope: 'source.sip-trace', label: 'ngrep dot noise', line: fill('', '.') },
  { scope: 'source.sip-trace', label: 'request line that never says SIP/2.0', line: fill('INVITE ', 'x') },
  { scope: 'source.sip-trace', label: 'SDP fmtp parameters', line: fill('a=fmtp:101 ', 'a=b;') },
  { scope: 'source.sip-trace', label: 'flow ladder', line: fill('', '|-') },
  { scope: 'source.sip-trace', label: 'tshark label without a letter', line: fill('    ', 'a (') },
  { scope: 'source.sdp', label: 'SDP attribute', line: fill('a=', 'x') },
];

for (const { scope, label, line } of CASES) {
  test(`${scope}: a ${Math.round(line.length / 1000)} KB line (${label}) tokenizes`, async (t) => {
    const grammar = await loadGrammar(scope);
    const started = performance.now();
    const result = grammar.tokenizeLine(line, INITIAL);
    const elapsed = performance.now() - started;
    assert.equal(result.stoppedEarly, false);
    assert.ok(result.tokens.length > 0);
    t.diagnostic(`${elapsed.toFixed(0)} ms, ${result.tokens.length} tokens`);
  });
}
