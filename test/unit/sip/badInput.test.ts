/**
 * Bad input: half messages, missing blank lines, CR/LF mixes, binary noise, a 10 MB header line and
 * 100k dialogs. Findings where something is wrong, the rest analysed, never an exception or a hang.
 * (No timing assertions: the benchmark measures speed.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { MessageFlag } from '../../../server/src/analysis/sip/model/types';
import { analyze, Call, healthyCall, raw, sngrep } from './support';

function everything(text: string): void {
  const a = analyze(text);
  a.findings(DEFAULT_SETTINGS);
  a.symbols(DEFAULT_SETTINGS);
  a.foldingRanges(5000);
  a.semanticTokens({ start: 0, end: Math.min(text.length, 200_000) });
  for (let o = 0; o < Math.min(text.length, 5000); o += 97) {
    a.hover(o, DEFAULT_SETTINGS);
    a.definition(o);
    a.references(o);
  }
}

test('half a message at the end of the file', () => {
  const full = sngrep(healthyCall());
  const text = full.slice(0, full.length - 120);
  everything(text);
  const a = analyze(text);
  assert.equal(a.trace.messages.length, 7);
});

test('a message cut inside its headers is reported as a half message', () => {
  const text =
    'INVITE sip:b@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1\r\nFrom: <sip:a@e>;tag=1\r\nCall-I';
  const a = analyze(text);
  assert.ok((a.trace.messages[0]?.flags ?? 0) & MessageFlag.HeadersCut);
  const rules = a.findings(DEFAULT_SETTINGS).map((f) => f.rule);
  assert.ok(rules.includes('sip/malformed-message'));
});

test('messages without blank lines between them', () => {
  const call = new Call();
  const text = healthyCall(call)
    .map((m) => ({ lines: m.lines.filter((l) => !l.startsWith('Content-Type')) }))
    .map((m) => raw([m]).replace(/\r\n\r\n\r\n$/, '\r\n'))
    .join('');
  everything(text);
  const a = analyze(text);
  assert.equal(a.trace.messages.length, 7);
  assert.ok(a.findings(DEFAULT_SETTINGS).some((f) => f.message.includes('no blank line')));
});

test('CR, LF and CRLF mixed in one message', () => {
  const text = raw(healthyCall())
    .replace(/\r\nVia/g, '\rVia')
    .replace(/\r\nFrom/g, '\nFrom');
  everything(text);
  assert.equal(analyze(text).trace.messages.length, 7);
});

test('binary noise between and inside messages', () => {
  let noise = '';
  for (let i = 0; i < 4000; i++) noise += String.fromCharCode((i * 7919) % 256);
  const text =
    noise +
    sngrep(healthyCall()) +
    noise +
    '\u0000\u0000' +
    sngrep(healthyCall(new Call({ callId: 'second' })));
  everything(text);
  const a = analyze(text);
  assert.equal(a.trace.dialogs.length, 2);
  assert.ok(a.findings(DEFAULT_SETTINGS).some((f) => f.rule === 'sip/unrecognized-text'));
});

test('a 10 MB header line', () => {
  const call = new Call();
  const huge = 'X-Huge: ' + 'a'.repeat(10 * 1024 * 1024);
  const msgs = healthyCall(call);
  const text = sngrep([
    { ...(msgs[0] as (typeof msgs)[number]), lines: [...(msgs[0]?.lines ?? []), huge] },
    ...msgs.slice(1),
  ]);
  everything(text);
  const a = analyze(text);
  assert.equal(a.trace.messages.length, 7);
  // Hovering inside the huge value and asking for its tokens stays cheap and correct.
  const offset = text.indexOf('X-Huge') + 5_000_000;
  assert.ok(a.hover(offset, DEFAULT_SETTINGS) !== undefined);
  a.semanticTokens({ start: offset - 100, end: offset + 100 });
});

test('a 10 MB line of a single character without any SIP', () => {
  const text = 'Z'.repeat(10 * 1024 * 1024);
  everything(text);
  const a = analyze(text);
  assert.equal(a.trace.messages.length, 0);
  assert.ok(a.findings(DEFAULT_SETTINGS).some((f) => f.rule === 'sip/unrecognized-text'));
});

test('100k dialogs', () => {
  const parts: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    parts.push(
      `OPTIONS sip:gw SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK${i}\r\nFrom: <sip:a@h>;tag=${i}\r\nTo: <sip:gw>\r\nCall-ID: c${i}\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n`,
    );
  }
  const text = parts.join('');
  const a = analyze(text);
  assert.equal(a.trace.dialogs.length, 100_000);
  a.findings(DEFAULT_SETTINGS);
  assert.ok(a.symbols(DEFAULT_SETTINGS).length <= DEFAULT_SETTINGS.maxSymbols);
  assert.ok(a.foldingRanges(5000).length <= 5000);
});

test('envelopes with nothing after them, and lone tool lines', () => {
  const text = [
    '2024/03/01 10:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060',
    'U 2024/03/01 10:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060 #1',
    'Frame 1: 10 bytes on wire (80 bits), 10 bytes captured (80 bits)',
    'Session Initiation Protocol (INVITE)',
    '    Message Header',
    '        Via: x',
    '='.repeat(67),
    'Follow: udp,ascii',
    '99999',
    'recv 10 bytes from udp/[1.2.3.4]:5060 at 10:00:00.000000:',
    '='.repeat(20),
    'tag: rcv',
    '<--- SIP read from UDP:1.2.3.4:5060 --->',
  ].join('\n');
  everything(text);
});
