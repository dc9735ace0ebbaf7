/** Hovers, semantic tokens, outline, folding and navigation on the SIP trace model. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { tokenModifiers, tokenType } from '../../../server/src/analysis/semanticTokenLegend';
import { analyze, Call, healthyCall, REPO_ROOT, sdp, sngrep } from './support';

const text = sngrep([
  ...healthyCall(new Call({ contact: 'sip:+15557654321@192.168.1.20:5060' })).slice(0, 5),
  new Call().request(30, 'BYE', {
    cseq: 2,
    toTag: 'uas1',
    headers: [
      'Reason: Q.850;cause=17;text="User busy"',
      'User-to-User: 00C8313233;encoding=hex;purpose=isdn-uui',
      'Session-Expires: 1800;refresher=uac',
      'X-Twilio-CallSid: CA0123456789abcdef0123456789abcdef',
      'Warning: 399 sbc "Something"',
    ],
  }),
  new Call().response(30.1, 200, 'OK', 'BYE', { cseq: 2 }),
]);
const a = analyze(text);

function hoverAt(needle: string, delta = 0): string {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `needle ${needle}`);
  return a.hover(at + delta, DEFAULT_SETTINGS)?.markdown ?? '';
}

test('hover: method, status code with its request, header name with RFC', () => {
  assert.match(hoverAt('INVITE sip:'), /Starts a call/);
  assert.match(hoverAt('INVITE sip:'), /RFC 3261/);
  assert.match(hoverAt('INVITE sip:'), /Responses: 100 \\\+20 ms, 180/);
  const ok = hoverAt('SIP/2.0 200 OK');
  assert.match(ok, /Success/);
  assert.match(ok, /Answers INVITE/);
  assert.match(hoverAt('Max-Forwards:'), /RFC 3261 §20\.22/);
});

test('hover: Call-ID summarises the dialog', () => {
  const h = hoverAt('Call-ID: ', 10);
  assert.match(h, /Dialog/);
  assert.match(h, /\+15557654321@198\.51\.100\.20/);
  assert.match(h, /answered, ended by BYE/);
  assert.match(h, /Problems: 0 error\(s\), 1 warning\(s\)/);
});

test('hover: Reason, UUI, Session-Expires, Twilio, Warning', () => {
  assert.match(hoverAt('cause=17'), /Q\.850 cause 17: user busy/);
  assert.match(hoverAt('00C8313233'), /User-to-User/);
  assert.match(hoverAt('1800;refresher'), /1800 s \(30\.0 min\)/);
  assert.match(hoverAt('CA0123456789'), /well-formed/);
  assert.match(hoverAt('399 sbc'), /Warning 399/);
});

test('hover: addresses are classified; envelope times show deltas', () => {
  assert.match(hoverAt('192.168.1.20'), /Private address/);
  assert.match(hoverAt('203.0.113.10', 2), /Documentation address|Public address/);
  const env = hoverAt('2024/03/01 10:00:30.000000');
  assert.match(env, /Envelope \(sngrep\)/);
  assert.match(env, /Since the dialog.s first message: \+30\.0 s/);
});

test('hover: SDP lines (media, rtpmap, direction, connection)', () => {
  assert.match(hoverAt('m=audio 10000'), /Media audio on port 10000/);
  assert.match(hoverAt('m=audio 10000'), /PCMU\/8000/);
  assert.match(hoverAt('a=rtpmap:101'), /telephone-event/);
  assert.match(hoverAt('a=sendrecv'), /two-way/);
  assert.match(hoverAt('c=IN IP4 203.0.113.10'), /Connection address/);
});

test('hover Markdown never carries document text unescaped', () => {
  const evil = sngrep([
    new Call({ callId: '[x](command:evil)<img src=x>' }).request(0, 'OPTIONS', {
      headers: ['Subject: [link](http://evil)'],
    }),
  ]);
  const b = analyze(evil);
  for (let o = 0; o < evil.length; o += 3) {
    // Code spans are inert (never links or HTML); everything outside them must be escaped.
    const md = (b.hover(o, DEFAULT_SETTINGS)?.markdown ?? '').replace(/(`+)[^`]*?\1/g, '');
    assert.ok(!/\]\(command:|\]\(http:|<img/.test(md), md);
  }
});

test('semantic tokens: private and public addresses, Call-IDs, retransmissions; range-limited', () => {
  const tokens = a.semanticTokens({ start: 0, end: text.length });
  const ip = tokenType('ipAddress');
  const privateToken = tokens.find(
    (t) => t.type === ip && text.slice(t.start, t.start + t.length) === '192.168.1.20',
  );
  assert.ok(privateToken);
  assert.equal(privateToken.modifiers, tokenModifiers('private'));
  assert.ok(tokens.some((t) => t.type === tokenType('callId')));
  for (let i = 1; i < tokens.length; i++) assert.ok((tokens[i]?.start ?? 0) >= (tokens[i - 1]?.start ?? 0));
  for (const t of tokens) assert.ok(!text.slice(t.start, t.start + t.length).includes('\n'));
  const second = text.indexOf('SIP/2.0 100');
  const some = a.semanticTokens({ start: second, end: second + 200 });
  assert.ok(some.length > 0 && some.length < tokens.length);
  const retrans = analyze(sngrep([new Call().request(0, 'OPTIONS'), new Call().request(0.5, 'OPTIONS')]));
  assert.ok(
    retrans
      .semanticTokens({ start: 0, end: 10_000 })
      .some((t) => t.modifiers === tokenModifiers('retransmission')),
  );
});

test('outline: dialogs with their messages; folding per message', () => {
  const symbols = a.symbols(DEFAULT_SETTINGS);
  assert.equal(symbols.length, 1);
  assert.match(symbols[0]?.detail ?? '', /→ .* · answered/);
  assert.equal(symbols[0]?.children?.length, 7);
  assert.equal(symbols[0]?.children?.[0]?.name.startsWith('INVITE'), true);
  const capped = a.symbols({ ...DEFAULT_SETTINGS, maxSymbols: 3 });
  assert.equal(capped[0]?.children?.length, 2);
  const folds = a.foldingRanges(100);
  assert.equal(folds.length, 7);
  assert.equal(a.foldingRanges(3).length, 3);
});

test('definition: Call-ID → first message; response → its request. References: every message of the dialog', () => {
  const callId = text.indexOf('Call-ID: ') + 12;
  const def = a.definition(callId);
  assert.equal(text.slice(def[0]?.start, def[0]?.end), 'INVITE sip:+15551234567@203.0.113.10 SIP/2.0');
  const refs = a.references(callId);
  assert.equal(refs.length, 7);
  const ok = text.indexOf('SIP/2.0 180');
  const req = a.definition(ok + 3);
  assert.match(text.slice(req[0]?.start, req[0]?.end), /^INVITE/);
  const txRefs = a.references(text.indexOf('INVITE sip:') + 2);
  assert.equal(txRefs.length, 5, 'INVITE, its three responses and the ACK');
});

test('the sample trunk incident shows its story', () => {
  const sample = readFileSync(join(REPO_ROOT, 'samples', 'trunk-incident.sip'), 'utf8');
  const b = analyze(sample);
  const rules = b.findings(DEFAULT_SETTINGS).map((f) => f.rule);
  assert.ok(rules.includes('sip/2xx-without-ack'));
  assert.ok(rules.includes('sip/media-rejected'));
  assert.ok(rules.includes('sip/private-contact'));
  assert.ok(b.trace.dialogs.length >= 4);
  void sdp;
});
