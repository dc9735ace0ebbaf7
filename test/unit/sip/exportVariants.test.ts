/**
 * Export variants read since decision 0020's 2026-11-21 addendum: tshark follow-stream lines cut by TCP
 * segment boundaries, ngrep relative times (`-T` deltas summed, `-TT` as printed), and Cisco
 * `debug ccsip messages` flattened onto one line by a log collector.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSipText } from '../../../server/src/analysis/sip/parse/traceParser';
import { buildTrace } from '../../../server/src/analysis/sip/model/buildTrace';
import { headerText, requestUri } from '../../../server/src/analysis/sip/model/lookup';
import { formatTime, secondsBetween } from '../../../server/src/analysis/sip/rules/evidence';
import { MessageFlag, type SipMessage } from '../../../server/src/analysis/sip/model/types';
import { sniffSipTrace } from '../../../server/src/analysis/sip/detect';

const CRLF = '\r\n';
const SDP =
  [
    'v=0',
    'o=- 1 1 IN IP4 10.0.0.1',
    's=-',
    'c=IN IP4 10.0.0.1',
    't=0 0',
    'm=audio 4000 RTP/AVP 0 101',
    'a=rtpmap:101 telephone-event/8000',
    'a=sendrecv',
  ].join(CRLF) + CRLF;

function invite(callId: string): string {
  return (
    [
      'INVITE sip:+15551230001@10.0.0.2 SIP/2.0',
      'Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bKsplit1',
      'Max-Forwards: 70',
      'From: <sip:+15551230002@10.0.0.1>;tag=a1',
      'To: <sip:+15551230001@10.0.0.2>',
      `Call-ID: ${callId}`,
      'CSeq: 1 INVITE',
      'Contact: <sip:+15551230002@10.0.0.1:5060;transport=tcp>',
      'Content-Type: application/sdp',
      `Content-Length: ${SDP.length}`,
    ].join(CRLF) +
    CRLF +
    CRLF +
    SDP
  );
}

function trying(callId: string): string {
  return (
    [
      'SIP/2.0 100 Trying',
      'Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bKsplit1',
      'From: <sip:+15551230002@10.0.0.1>;tag=a1',
      'To: <sip:+15551230001@10.0.0.2>',
      `Call-ID: ${callId}`,
      'CSeq: 1 INVITE',
      'Content-Length: 0',
    ].join(CRLF) +
    CRLF +
    CRLF
  );
}

/** A follow-stream export; each chunk is `[fromNode1, payload]`. */
function follow(kind: 'tcp' | 'udp', chunks: readonly (readonly [boolean, string])[]): string {
  let out = `\n${'='.repeat(67)}\nFollow: ${kind},ascii\nFilter: ${kind}.stream eq 0\nNode 0: 10.0.0.1:5060\nNode 1: 10.0.0.2:5060\n`;
  for (const [node1, data] of chunks) out += `${node1 ? '\t' : ''}${data.length}\n${data}\n`;
  return out + `${'='.repeat(67)}\n`;
}

/** Cuts `text` at the given offsets. */
function cut(text: string, ...at: number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const a of at) {
    out.push(text.slice(from, a));
    from = a;
  }
  out.push(text.slice(from));
  return out;
}

function assertWhole(m: SipMessage | undefined, callId: string): void {
  assert.ok(m);
  assert.equal(m.callId, callId);
  assert.equal(m.cseq, 1);
  assert.equal(
    m.flags &
      (MessageFlag.HeadersCut | MessageFlag.BodyCut | MessageFlag.BodyLonger | MessageFlag.NoBlankLine),
    0,
  );
}

test('follow tcp: a line cut mid-value, mid-name, mid-SDP line and between CR and LF is joined', () => {
  const inv = invite('split-call-1@10.0.0.1');
  const at = (s: string, k = 0) => inv.indexOf(s) + k;
  const pieces = cut(
    inv,
    at('split-call-1', 5), // inside the Call-ID value
    at('Content-Type', 7), // inside a header name
    at('Content-Length: ', 16) + String(SDP.length).length + 1, // between CR and LF
    at('telephone-', 10), // inside an SDP attribute
  );
  const text = follow('tcp', [
    ...pieces.map((p) => [false, p] as const),
    [true, trying('split-call-1@10.0.0.1')],
  ]);
  const trace = buildTrace(text);
  assert.equal(trace.messages.length, 2);
  const m = trace.messages[0];
  assertWhole(m, 'split-call-1@10.0.0.1');
  assert.ok(m && m.flags & MessageFlag.Reassembled);
  assert.equal(m?.contentType, 'application/sdp');
  assert.equal(m?.contentLength, SDP.length);
  assert.equal(m?.bodyBytes, SDP.length);
  assert.equal(m?.sdp?.media[0]?.rtpmap.get('101'), 'telephone-event/8000');
  assert.equal(m && headerText(trace, m, 'call-id'), 'split-call-1@10.0.0.1');
  assert.equal(trace.dialogs.length, 1);
  assert.deepEqual(trace.problems, []);
});

for (const [where, offset] of [
  ['the method', 3],
  ['the Request-URI', 20],
] as const) {
  test(`follow tcp: a start line cut inside ${where} still starts a message`, () => {
    const a = invite('split-call-2@10.0.0.1');
    const b = invite('split-call-3@10.0.0.1').replace('z9hG4bKsplit1', 'z9hG4bKsplit2');
    // Two pipelined INVITEs; the first segment ends inside the second one's start line.
    const pieces = cut(a + b, a.length + offset);
    const trace = buildTrace(
      follow(
        'tcp',
        pieces.map((p) => [false, p] as const),
      ),
    );
    assert.equal(trace.messages.length, 2);
    assertWhole(trace.messages[0], 'split-call-2@10.0.0.1');
    assertWhole(trace.messages[1], 'split-call-3@10.0.0.1');
    assert.equal(trace.messages[1]?.method, 'INVITE');
    assert.equal(trace.messages[1]?.sdp?.media.length, 1);
    assert.deepEqual(trace.problems, []);
  });
}

test('follow tcp: segments cut at line ends are read as before (no join)', () => {
  const inv = invite('whole-1@10.0.0.1');
  const cutAt = inv.indexOf('CSeq:');
  const text = follow('tcp', [
    [false, inv.slice(0, cutAt)],
    [false, inv.slice(cutAt)],
    [true, trying('whole-1@10.0.0.1')],
  ]);
  const trace = buildTrace(text);
  assert.equal(trace.messages.length, 2);
  assertWhole(trace.messages[0], 'whole-1@10.0.0.1');
  assert.equal(trace.messages[0] && requestUri(trace, trace.messages[0]), 'sip:+15551230001@10.0.0.2');
  // The header that starts the second segment is an ordinary, unsplit header.
  const h = trace.headers;
  for (let i = 0; i < h.count; i++) assert.equal(h.gaps.has(i), false);
});

test('follow udp: datagrams are never joined', () => {
  const opt = trying('udp-1@10.0.0.1').replace(CRLF + CRLF, CRLF);
  // A datagram without its blank line, then an unrelated one: no join across datagrams.
  const text = follow('udp', [
    [false, opt.slice(0, -2)],
    [false, trying('udp-2@10.0.0.1')],
  ]);
  const parsed = parseSipText(text);
  assert.equal(parsed.messages.length, 2);
  assert.equal(parsed.messages[0]?.callId, 'udp-1@10.0.0.1');
  assert.equal(parsed.messages[1]?.callId, 'udp-2@10.0.0.1');
});

const OPTIONS = (n: number) =>
  [
    `OPTIONS sip:gw.example.com SIP/2.0`,
    `Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKr${n}`,
    'From: <sip:a@10.0.0.1>;tag=1',
    'To: <sip:gw.example.com>',
    'Call-ID: rel-1',
    'CSeq: 1 OPTIONS',
    'Content-Length: 0',
  ].join('.\n') + '.\n.\n';

function ngrep(stamps: readonly string[]): string {
  return stamps.map((s, i) => `\nU ${s}10.0.0.1:5060 -> 10.0.0.2:5060\n${OPTIONS(i)}`).join('');
}

test('ngrep -T: deltas since the previous packet are summed into offsets from the first', () => {
  const trace = buildTrace(ngrep(['+0.000000 ', '+0.500000 ', '+1.000000 ', '+0.020000 ']));
  const times = trace.messages.map((m) => m.envelope?.time);
  assert.deepEqual(times, [0, 500, 1500, 1520]);
  assert.equal(trace.messages[3]?.envelope?.timeKind, 'relative');
  assert.equal(formatTime(trace.messages[2]?.envelope), '+1.500 s');
  assert.equal(secondsBetween(trace.messages[0] as SipMessage, trace.messages[2] as SipMessage), 1.5);
});

test('ngrep -T: repeated retransmission intervals are deltas', () => {
  const trace = buildTrace(ngrep(['+0.000000 ', '+4.000000 ', '+4.000000 ', '+4.000000 ']));
  assert.deepEqual(
    trace.messages.map((m) => m.envelope?.time),
    [0, 4000, 8000, 12000],
  );
});

test('ngrep -TT: times since the first packet are kept as printed', () => {
  const trace = buildTrace(ngrep(['+0.000000 ', '+0.500000 ', '+1.500000 ', '+3.500000 ']));
  assert.deepEqual(
    trace.messages.map((m) => m.envelope?.time),
    [0, 500, 1500, 3500],
  );
});

test('ngrep -t: absolute times are unchanged', () => {
  const trace = buildTrace(ngrep(['2024/03/01 10:00:02.000000 ', '2024/03/01 10:00:01.000000 ']));
  assert.deepEqual(
    trace.messages.map((m) => m.envelope?.time),
    [Date.UTC(2024, 2, 1, 10, 0, 2), Date.UTC(2024, 2, 1, 10, 0, 1)],
  );
  assert.equal(trace.messages[0]?.envelope?.timeKind, 'absolute');
});

const CISCO_LINES = [
  'INVITE sip:+15551230001@198.51.100.20 SIP/2.0',
  'Via:SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bKflat1',
  'From:<sip:+15551230002@203.0.113.10>;tag=f1',
  'To:<sip:+15551230001@198.51.100.20>',
  'Call-ID:flat-1@203.0.113.10',
  'CSeq:1 INVITE',
  'Max-Forwards:70',
  'Content-Type:application/sdp',
  `Content-Length:${SDP.length}`,
  '',
  ...SDP.split(CRLF).slice(0, -1),
];
const CISCO_HEAD = '*Mar  1 09:00:00.250: //-1/000000000000/SIP/Msg/ccsipDisplayMsg:';

for (const [name, sep] of [
  ['literal \\r\\n', '\\r\\n'],
  ['literal \\n', '\\n'],
  ['syslog #015#012', '#015#012'],
] as const) {
  test(`cisco flattened with ${name}: split back into a whole message`, () => {
    const line = `Mar  1 09:00:01 cube1 125670: ${CISCO_HEAD}${sep}Received: SIP UDP message from 203.0.113.10:5060 to 198.51.100.20:5060${sep}${CISCO_LINES.join(sep)}${sep}`;
    const text = `${line}\n${line.replace('flat-1@', 'flat-2@').replace('09:00:00.250', '09:00:00.750')}\n`;
    const trace = buildTrace(text);
    assert.equal(trace.messages.length, 2);
    const m = trace.messages[0];
    assert.equal(m?.envelope?.format, 'cisco');
    assert.equal(m?.envelope?.time, Date.UTC(2000, 2, 1, 9, 0, 0, 250));
    assert.equal(m?.envelope?.src?.host, '203.0.113.10');
    assert.equal(m?.envelope?.transport, 'UDP');
    assert.equal(m?.callId, 'flat-1@203.0.113.10');
    assert.equal(m?.contentLength, SDP.length);
    assert.equal(m?.sdp?.media[0]?.rtpmap.get('101'), 'telephone-event/8000');
    assert.equal((m?.flags ?? 0) & (MessageFlag.BodyCut | MessageFlag.BodyLonger), 0);
    assert.equal(trace.messages[1]?.callId, 'flat-2@203.0.113.10');
    assert.deepEqual(trace.problems, []);
    assert.equal(sniffSipTrace(text)?.format, 'cisco');
  });
}

test('cisco: a normal envelope and banner followed by a flattened message line', () => {
  const text = `125670: ${CISCO_HEAD}\nSent:\n${CISCO_LINES.join('\\r\\n')}\n\n`;
  const trace = buildTrace(text);
  assert.equal(trace.messages.length, 1);
  assert.equal(trace.messages[0]?.callId, 'flat-1@203.0.113.10');
  assert.equal(trace.messages[0]?.sdp?.media.length, 1);
});

test('cisco flattened with plain spaces: recognised and reported, not mis-parsed', () => {
  const text = `125670: ${CISCO_HEAD} Received: ${CISCO_LINES.join(' ')}\n`;
  const trace = buildTrace(text);
  assert.equal(trace.messages.length, 0);
  assert.deepEqual(
    trace.problems.map((p) => p.kind),
    ['flattened-message'],
  );
  const banner = `125670: ${CISCO_HEAD}\nReceived:\n${CISCO_LINES.join(' ')}\n\n`;
  assert.deepEqual(
    buildTrace(banner).problems.map((p) => p.kind),
    ['flattened-message'],
  );
});

test('cisco: the usual multi-line layout is unchanged', () => {
  const text = `125670: ${CISCO_HEAD}\nReceived:\n${CISCO_LINES.join('\n')}\n\n`;
  const trace = buildTrace(text);
  assert.equal(trace.messages.length, 1);
  assert.equal(trace.messages[0]?.sdp?.media[0]?.rtpmap.get('101'), 'telephone-event/8000');
  assert.deepEqual(trace.problems, []);
});
