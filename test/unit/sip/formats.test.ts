/**
 * Every export format: the generated fixtures (one per format and variant, counts in fixtures.json)
 * and hand-written snippets of each layout's quirks, with the envelope each message gets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSipText } from '../../../server/src/analysis/sip/parse/traceParser';
import { buildTrace } from '../../../server/src/analysis/sip/model/buildTrace';
import { MessageFlag, type SipMessage } from '../../../server/src/analysis/sip/model/types';
import { sniffSipTrace } from '../../../server/src/analysis/sip/detect';
import { FIXTURES } from './support';

const counts = JSON.parse(readFileSync(join(FIXTURES, 'fixtures.json'), 'utf8')) as Record<
  string,
  { messages: number; dialogs: number; format: string }
>;

for (const [file, expected] of Object.entries(counts)) {
  test(`fixture ${file}: ${expected.messages} messages, ${expected.dialogs} dialogs as ${expected.format}`, () => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const trace = buildTrace(text);
    assert.equal(trace.messages.length, expected.messages);
    assert.equal(trace.dialogs.length, expected.dialogs);
    if (expected.format !== 'mixed') {
      assert.equal(trace.formats.get(expected.format as never), expected.messages);
      assert.equal(sniffSipTrace(text.slice(0, 65536))?.format, expected.format);
    } else {
      assert.ok(trace.formats.size >= 3, 'a mixed file holds several formats');
    }
    assert.deepEqual(
      trace.problems.filter((p) => p.kind === 'unrecognized-text'),
      [],
      'no text left unread',
    );
    for (const m of trace.messages) {
      assert.ok(m.envelope || expected.format === 'raw', `message ${m.index} has an envelope`);
      assert.equal(
        m.flags & (MessageFlag.HeadersCut | MessageFlag.BodyLonger),
        0,
        `message ${m.index} framing`,
      );
    }
  });
}

function only(text: string): SipMessage {
  const parsed = parseSipText(text);
  assert.equal(parsed.messages.length, 1, 'one message');
  return parsed.messages[0] as SipMessage;
}

const OPTIONS = [
  'OPTIONS sip:gw.example.com SIP/2.0',
  'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1',
  'Max-Forwards: 70',
  'From: <sip:a@10.0.0.1>;tag=1',
  'To: <sip:gw.example.com>',
  'Call-ID: opt-1',
  'CSeq: 1 OPTIONS',
  'Content-Length: 0',
];

test('sngrep: time, addresses, IPv6 in brackets', () => {
  const m = only(
    `2024/03/01 10:00:00.250000 [2001:db8::1]:5060 -> [2001:db8::2]:5061\n${OPTIONS.join('\r\n')}\r\n\r\n\n\n`,
  );
  assert.equal(m.envelope?.format, 'sngrep');
  assert.equal(m.envelope?.src?.host, '2001:db8::1');
  assert.equal(m.envelope?.dst?.port, 5061);
  assert.equal(m.envelope?.time, Date.UTC(2024, 2, 1, 10, 0, 0) + 250);
});

test('ngrep: trailing dots stripped, TCP flags, no #N, relative time', () => {
  const text = `T +0.000120 10.0.0.1:5060 -> 10.0.0.2:5060 [AP]\n${OPTIONS.join('.\n')}.\n.\n\n`;
  const m = only(text);
  assert.equal(m.envelope?.transport, 'TCP');
  assert.equal(m.envelope?.timeKind, 'relative');
  assert.equal(m.lineMode, 'ngrep-dot');
  assert.equal(m.callId, 'opt-1');
  assert.equal(m.contentLength, 0);
});

test('ngrep: a body whose last line has no CR still strips the dots', () => {
  const body = 'v=0.\no=- 1 1 IN IP4 10.0.0.1.\ns=-.\nc=IN IP4 10.0.0.1.\nt=0 0.\nm=audio 4000 RTP/AVP 0';
  const head =
    OPTIONS.slice(0, -1).join('.\n') + '.\nContent-Type: application/sdp.\nContent-Length: 83.\n.\n';
  const m = only(`U 2024/03/01 10:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060 #7\n${head}${body}\n\n`);
  assert.equal(m.sdp?.media[0]?.formats[0], '0');
  assert.equal(m.flags & (MessageFlag.BodyCut | MessageFlag.BodyLonger), 0);
});

test('tshark: several SIP PDUs in one TCP frame, form feeds, [truncated] headers', () => {
  const pdu = (method: string, cseq: number): string =>
    [
      `Session Initiation Protocol (${method})`,
      `    Request-Line: ${method} sip:bob@10.0.0.2 SIP/2.0`,
      `        Method: ${method}`,
      '    Message Header',
      '        Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK' + cseq,
      '            Transport: TCP',
      '        [Generated Call-ID: c1]',
      '        From: <sip:alice@10.0.0.1>;tag=1',
      '        To: <sip:bob@10.0.0.2>',
      '        Call-ID: c1',
      `        CSeq: ${cseq} ${method}`,
      '         [truncated]Authorization: Digest username="alice", realm="x", nonce="abc", uri="sip:bob@10.0.0.2", respo',
      '        Max-Forwards: 70',
      '        Content-Length: 0',
    ].join('\n');
  const text = [
    'Frame 5: 700 bytes on wire (5600 bits), 700 bytes captured (5600 bits)',
    'Internet Protocol Version 4, Src: 10.0.0.1, Dst: 10.0.0.2',
    'Transmission Control Protocol, Src Port: 40000, Dst Port: 5060, Seq: 1, Ack: 1, Len: 646',
    pdu('OPTIONS', 1),
    pdu('INFO', 2),
    '',
    '\fFrame 6: 300 bytes on wire (2400 bits), 300 bytes captured (2400 bits)',
    'Internet Protocol Version 4, Src: 10.0.0.2, Dst: 10.0.0.1',
    'Transmission Control Protocol, Src Port: 5060, Dst Port: 40000, Seq: 1, Ack: 647, Len: 250',
    'Session Initiation Protocol (200)',
    '    Status-Line: SIP/2.0 200 OK',
    '        Status-Code: 200',
    '        [Request Frame: 5]',
    '    Message Header',
    '        Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK1',
    '        From: <sip:alice@10.0.0.1>;tag=1',
    '        To: <sip:bob@10.0.0.2>;tag=2',
    '        Call-ID: c1',
    '        CSeq: 1 OPTIONS',
    '        Content-Length: 0',
    '',
  ].join('\n');
  const parsed = parseSipText(text);
  assert.equal(parsed.messages.length, 3);
  const [a, b, c] = parsed.messages as [SipMessage, SipMessage, SipMessage];
  assert.equal(a.envelope, b.envelope, 'PDUs of one frame share the envelope');
  assert.equal(a.envelope?.transport, 'TCP');
  assert.equal(a.envelope?.src?.port, 40000);
  assert.equal(b.method, 'INFO');
  assert.equal(c.status, 200);
  assert.equal(parsed.blocks.get('tshark'), 2);
  assert.equal(a.headerCount, 8, 'annotations and sub-fields are not headers');
});

test('tshark: SDP rebuilt from dissected lines; undissected bodies keep their text', () => {
  const text = [
    'Frame 1: 900 bytes on wire (7200 bits), 900 bytes captured (7200 bits)',
    '    Epoch Time: 1700000000.500000000 seconds',
    'Internet Protocol Version 6, Src: 2001:db8::1, Dst: 2001:db8::2',
    'User Datagram Protocol, Src Port: 5060, Dst Port: 5060',
    'Session Initiation Protocol (INVITE)',
    '    Request-Line: INVITE sip:bob@[2001:db8::2] SIP/2.0',
    '    Message Header',
    '        Via: SIP/2.0/UDP [2001:db8::1]:5060;branch=z9hG4bK9',
    '        From: <sip:alice@[2001:db8::1]>;tag=1',
    '        To: <sip:bob@[2001:db8::2]>',
    '        Call-ID: v6',
    '        CSeq: 1 INVITE',
    '        Contact: <sip:alice@[2001:db8::1]>',
    '        Max-Forwards: 70',
    '        Content-Type: application/sdp',
    '        Content-Length: 120',
    '    Message Body',
    '        Session Description Protocol',
    '            Session Description Protocol Version (v): 0',
    '            Connection Information (c): IN IP6 2001:db8::1',
    '                Connection Address: 2001:db8::1',
    '            Media Description, name and address (m): audio 4000 RTP/AVP 0 101',
    '            Media Attribute (a): rtpmap:101 telephone-event/8000',
    '            Media Attribute (a): sendonly',
    '',
  ].join('\n');
  const m = only(text);
  assert.equal(m.envelope?.time, 1700000000500);
  assert.equal(m.envelope?.src?.host, '2001:db8::1');
  assert.equal(m.sdp?.connection, '2001:db8::1');
  assert.equal(m.sdp?.media[0]?.direction, 'sendonly');
  assert.equal(m.sdp?.media[0]?.rtpmap.get('101'), 'telephone-event/8000');
  assert.ok(m.flags & MessageFlag.BodyNotCounted);
});

test('follow: byte counts delimit chunks; a TAB marks Node 1', () => {
  const a = OPTIONS.join('\r\n') + '\r\n\r\n';
  const b =
    [
      'SIP/2.0 200 OK',
      'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1',
      'From: <sip:a@10.0.0.1>;tag=1',
      'To: <sip:gw.example.com>;tag=2',
      'Call-ID: opt-1',
      'CSeq: 1 OPTIONS',
      'Content-Length: 0',
    ].join('\r\n') + '\r\n\r\n';
  const text = `\n${'='.repeat(67)}\nFollow: udp,ascii\nFilter: udp.stream eq 0\nNode 0: 10.0.0.1:5060\nNode 1: 10.0.0.2:5060\n${a.length}\n${a}\n\t${b.length}\n${b}\n${'='.repeat(67)}\n`;
  const parsed = parseSipText(text);
  assert.equal(parsed.messages.length, 2);
  assert.equal(parsed.messages[0]?.envelope?.dst?.host, '10.0.0.2');
  assert.equal(parsed.messages[1]?.envelope?.src?.host, '10.0.0.2');
  assert.equal(parsed.messages[1]?.envelope?.byteCount, b.length);
});

test('Asterisk pjsip: full-log prefix, two-space Content-Length, console lines after the message', () => {
  const text = [
    '[Mar  3 12:00:00] VERBOSE[2152][C-0000001a] res_pjsip_logger.c: <--- Transmitting SIP request (300 bytes) to TLS:54.172.60.0:5061 --->',
    ...OPTIONS.slice(0, -1),
    'Content-Length:  0',
    '',
    '',
    '    -- Executing [1101@default:1] Dial("PJSIP/1102-00000000", "PJSIP/1101") in new stack',
    '',
  ].join('\n');
  const m = only(text);
  assert.equal(m.envelope?.transport, 'TLS');
  assert.equal(m.envelope?.dst?.host, '54.172.60.0');
  assert.equal(m.envelope?.byteCount, 300);
  assert.ok(m.envelope?.time !== undefined);
  assert.equal(m.contentLength, 0);
  assert.deepEqual(parseSipText(text).problems, []);
});

test('Asterisk chan_sip: CLI prefix on every line, the three block forms, keep-alives skipped', () => {
  const p = '[Mar 30 13:35:51] ';
  const read = [`<--- SIP read from UDP:10.49.0.1:5064 --->`, ...OPTIONS, '', '<------------->'];
  const response = [
    '<--- Transmitting (no NAT) to 10.49.0.1:5064 --->',
    'SIP/2.0 200 OK',
    ...OPTIONS.slice(1),
    '',
    '<------------>',
  ];
  const request = [
    'Reliably Transmitting (NAT) to 85.31.193.210:5060:',
    ...OPTIONS.map((l) => l.replace('opt-1', 'opt-2')),
    '',
    '---',
  ];
  const keepalive = ['<--- SIP read from UDP:10.49.0.1:5064 --->', 'jaK', '<------------->'];
  const text = [...read, ...keepalive, ...response, ...request].map((l) => p + l).join('\n') + '\n';
  const parsed = parseSipText(text);
  assert.equal(parsed.messages.length, 3);
  assert.equal(parsed.messages[0]?.envelope?.src?.host, '10.49.0.1');
  assert.equal(parsed.messages[1]?.status, 200);
  assert.equal(parsed.messages[2]?.envelope?.dst?.host, '85.31.193.210');
  assert.equal(parsed.messages[2]?.callId, 'opt-2');
  assert.deepEqual(parsed.problems, []);
});

test('FreeSWITCH: new layout (ANSI, no port) and old layout (indent, truncation marker)', () => {
  const message = OPTIONS.join('\n') + '\n\n';
  const neu = `\u001b[32msend 300 bytes to udp/[192.168.7.6] at 13:42:41.362829:\n${'-'.repeat(72)}\n${message}`;
  const old = `recv 282 bytes from tls/[10.11.34.37]:5061 at 15:46:48.570890:\n   ${'-'.repeat(72)}\n${message
    .split('\n')
    .slice(0, -1)
    .map((l) => '   ' + l)
    .join('\n')}\n   *** message truncated at 2047 ***\n   ${'-'.repeat(72)}\n`;
  const parsed = parseSipText(neu + old);
  assert.equal(parsed.messages.length, 2);
  const [a, b] = parsed.messages as [SipMessage, SipMessage];
  assert.equal(a.envelope?.dst?.host, '192.168.7.6');
  assert.equal(a.envelope?.dst?.port, undefined);
  assert.equal(a.envelope?.timeKind, 'time-of-day');
  assert.equal(b.envelope?.transport, 'TLS');
  assert.equal(b.lineMode, 'indent3');
  assert.ok(b.flags & MessageFlag.ToolTruncated);
});

test('Kamailio sipdump, OpenSIPS tracer and Homer envelopes', () => {
  const message = OPTIONS.join('\r\n') + '\r\n\r\n';
  const kamailio = `${'='.repeat(20)}\ntag: rcv\npid: 1234\nprocess: 7\ntime: 1593721668.123456\ndate: Thu Jul  2 20:27:48 2020\nproto: tcp ipv4\nsrcip: 10.0.0.1\nsrcport: 5060\ndstip: 10.0.0.2\ndstport: 5060\n${'~'.repeat(20)}\n${message}${'|'.repeat(20)}\n`;
  const opensips = `out udp 2024-01-15 12:00:00 10.0.0.2:5060 -> 10.0.0.3:5060\n${message}\n`;
  const homer = `proto:UDP 2024-01-15T12:00:00.123456Z  10.0.0.3:5060 ---> 10.0.0.4:5060\r\n\r\n${message}\r\n`;
  const parsed = parseSipText(kamailio + opensips + homer);
  assert.deepEqual(
    parsed.messages.map((m) => m.envelope?.format),
    ['kamailio', 'opensips', 'homer'],
  );
  assert.equal(parsed.messages[0]?.envelope?.time, 1593721668123.456);
  assert.equal(parsed.messages[0]?.envelope?.transport, 'TCP');
  assert.equal(parsed.messages[2]?.envelope?.time, Date.UTC(2024, 0, 15, 12, 0, 0) + 123.456);
});

test('Oracle/Acme sipmsg.log: pre/post-NAT copies are duplicates, noise is skipped, tail variant', () => {
  const message = OPTIONS.join('\n') + '\n\n';
  const text = [
    'File opened.',
    `Mar  6 13:34:49.416 On [6:0]10.102.130.185:5060 received from 10.102.130.150:5060\n${message}Post-NAT from private<realm=core> encoded:\n${message}${'-'.repeat(40)}`,
    '  0000: ac 3e 01 00 00 00 00 1c 00 00 00 05 00 00 00 01   .>..............',
    `13:34:49.516 On [6:0]10.102.130.185:5060 sent to 10.102.130.150:5060\n${message}${'-'.repeat(40)}`,
    '',
  ].join('\n');
  const parsed = parseSipText(text);
  assert.equal(parsed.messages.length, 3);
  assert.ok(parsed.messages[1]?.flags !== undefined && parsed.messages[1].flags & MessageFlag.DuplicateCopy);
  assert.equal(parsed.messages[0]?.envelope?.src?.host, '10.102.130.150');
  assert.equal(parsed.messages[2]?.envelope?.timeKind, 'time-of-day');
  assert.deepEqual(parsed.problems, []);
  const trace = buildTrace(text);
  assert.equal(
    trace.messages.filter((m) => m.flags & MessageFlag.Retransmission).length,
    0,
    'a tool copy is not a retransmission',
  );
});

test('Cisco debug ccsip messages: sequence numbers, no space after the colon, 17.x addresses', () => {
  const message = OPTIONS.map((l) => l.replace(': ', ':')).join('\n') + '\n\n';
  const text = `125670: *Oct 11 21:40:26.175: //-1/xxxxxxxxxxxx/SIP/Msg/ccsipDisplayMsg:\nSent:\n${message}0: *Aug 30 21:21:45.583: //1/1CE915CE8002/CUBE_VT/SIP/Msg/ccsipDisplayMsg:\nReceived: SIP UDP message from 8.41.17.71:5099 to 8.44.25.45:5060\n${message}`;
  const parsed = parseSipText(text);
  assert.equal(parsed.messages.length, 2);
  assert.equal(parsed.messages[0]?.callId, 'opt-1');
  assert.equal(parsed.messages[1]?.envelope?.src?.host, '8.41.17.71');
  assert.equal(parsed.messages[1]?.envelope?.transport, 'UDP');
});

test('raw SIP: split on Content-Length, body with blank lines, garbage between messages reported', () => {
  const body = 'line one\r\n\r\nline three\r\n';
  const msg =
    [...OPTIONS.slice(0, -1), 'Content-Type: text/plain', `Content-Length: ${body.length}`].join('\r\n') +
    '\r\n\r\n' +
    body;
  const text = msg + 'this is not SIP\r\n' + msg.replace('opt-1', 'opt-2');
  const parsed = parseSipText(text);
  assert.equal(parsed.messages.length, 2);
  assert.equal(parsed.messages[0]?.bodyBytes, body.length);
  assert.equal(parsed.problems.filter((p) => p.kind === 'unrecognized-text').length, 1);
});

test('mixed formats in one file are read block by block', () => {
  const message = OPTIONS.join('\r\n') + '\r\n\r\n';
  const text = `2024/03/01 10:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060\n${message}\n\nU 2024/03/01 10:00:01.000000 10.0.0.1:5060 -> 10.0.0.2:5060 #2\n${message.replace(/\r\n/g, '.\n')}\n\n${message}`;
  const parsed = parseSipText(text);
  assert.deepEqual(
    parsed.messages.map((m) => m.envelope?.format ?? 'raw'),
    ['sngrep', 'ngrep', 'raw'],
  );
});
