/** The tolerant SIP parser: start lines, header normalisation, offsets, bodies, SDP, Content-Length. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSipText } from '../../../server/src/analysis/sip/parse/traceParser';
import { buildTrace } from '../../../server/src/analysis/sip/model/buildTrace';
import { findHeader, headerText, headerValue } from '../../../server/src/analysis/sip/model/lookup';
import { MessageFlag, type SipMessage } from '../../../server/src/analysis/sip/model/types';
import { readStartLine } from '../../../server/src/analysis/sip/parse/startLine';
import { canonicalHeaderName } from '../../../server/src/analysis/sip/parse/headerNames';
import { parseNameAddr, parseUri, parseVia, splitList } from '../../../server/src/analysis/sip/parse/values';
import { LineReader } from '../../../server/src/analysis/sip/parse/lineReader';

test('start lines: requests, responses, free reason phrases; headers are not start lines', () => {
  const ok = (line: string): boolean => readStartLine(line, 0, line.length) !== undefined;
  assert.ok(ok('INVITE sip:bob@example.com SIP/2.0'));
  assert.ok(ok('NEWMETHOD sip:bob@example.com SIP/2.0'));
  assert.ok(ok('SIP/2.0 100 trying -- your call is important to us'));
  assert.ok(ok('SIP/2.0 200'));
  assert.ok(!ok('Via: SIP/2.0/UDP 10.0.0.1'));
  assert.ok(!ok('SIP/2.0 700 Nope'));
  assert.ok(!ok('INVITE bob SIP/2.0'));
  assert.ok(!ok('a=rtpmap:0 PCMU/8000'));
  const r = readStartLine('SIP/2.0 486 Busy Here', 0, 21);
  assert.equal(r?.status, 486);
});

test('compact forms, case, no space after the colon, space before it, folding', () => {
  const text = [
    'INVITE sip:bob@example.com SIP/2.0',
    'v: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKx',
    'f:<sip:alice@example.com>;tag=1',
    't: <sip:bob@example.com>',
    'i: abc@10.0.0.1',
    'CSEQ : 7 INVITE',
    'm: <sip:alice@10.0.0.1>',
    'Max-Forwards: 70',
    'Subject: a folded',
    '  value',
    '\tacross lines',
    'l: 0',
    '',
    '',
  ].join('\r\n');
  const trace = buildTrace(text);
  const m = trace.messages[0] as SipMessage;
  assert.equal(m.callId, 'abc@10.0.0.1');
  assert.equal(m.cseq, 7);
  assert.equal(m.cseqMethod, 'INVITE');
  assert.equal(m.branch, 'z9hG4bKx');
  assert.equal(m.fromTag, '1');
  assert.equal(m.contactUri, 'sip:alice@10.0.0.1');
  assert.equal(m.contentLength, 0);
  assert.equal(headerText(trace, m, 'subject'), 'a folded value across lines');
  assert.equal(canonicalHeaderName('i'), 'call-id');
  assert.equal(canonicalHeaderName('CALL-ID'), 'call-id');
  assert.equal(canonicalHeaderName('x'), 'session-expires');
});

test('offsets point at the document text, envelope and decoration excluded', () => {
  const text =
    'U 2024/03/01 10:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060 #1\nBYE sip:b@h SIP/2.0.\nCall-ID: xyz.\nCSeq: 2 BYE.\nVia: SIP/2.0/UDP h;branch=z9hG4bK2.\nFrom: <sip:a@h>;tag=1.\nTo: <sip:b@h>;tag=2.\nMax-Forwards: 70.\nContent-Length: 0.\n.\n\n';
  const trace = buildTrace(text);
  const m = trace.messages[0] as SipMessage;
  assert.equal(text.slice(m.lineStart, m.lineEnd), 'BYE sip:b@h SIP/2.0');
  assert.equal(text.slice(m.uriStart, m.uriEnd), 'sip:b@h');
  const h = findHeader(trace, m, 'call-id');
  assert.equal(text.slice(trace.headers.nameStart[h], trace.headers.nameEnd[h]), 'Call-ID');
  assert.equal(text.slice(trace.headers.valueStart[h], trace.headers.valueEnd[h]), 'xyz');
  assert.equal(headerValue(trace, m, h), 'xyz');
  assert.equal(m.start, 0, 'the message starts at its envelope');
});

test('line ends: CRLF, LF, lone CR and mixtures', () => {
  const lines = new LineReader('a\r\nb\nc\rd\r\n\re');
  const seen: [string, number][] = [];
  while (lines.next()) seen.push([lines.text.slice(lines.start, lines.end), lines.eol]);
  assert.deepEqual(seen, [
    ['a', 2],
    ['b', 1],
    ['c', 1],
    ['d', 2],
    ['', 1],
    ['e', 0],
  ]);
  const mixed =
    'OPTIONS sip:x@y SIP/2.0\r\nCall-ID: 1\nCSeq: 1 OPTIONS\rVia: SIP/2.0/UDP y;branch=z9hG4bK1\r\nFrom: <sip:a@y>;tag=1\nTo: <sip:x@y>\nMax-Forwards: 1\nContent-Length: 0\r\n\r\n';
  const m = parseSipText(mixed).messages[0] as SipMessage;
  assert.equal(m.cseq, 1);
  assert.equal(m.branch, 'z9hG4bK1');
});

test('SDP parsed with media, codecs, crypto, direction; multipart bodies too', () => {
  const body = [
    'v=0',
    'o=- 1 1 IN IP4 10.0.0.1',
    's=-',
    'c=IN IP4 10.0.0.1',
    't=0 0',
    'a=sendonly',
    'm=audio 4000 RTP/SAVP 0 96',
    'a=rtpmap:96 opus/48000/2',
    'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:abcd',
    'm=video 0 RTP/AVP 31',
    '',
  ].join('\r\n');
  const text = `INVITE sip:b@h SIP/2.0\r\nCall-ID: s\r\nCSeq: 1 INVITE\r\nContent-Type: application/sdp\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  const m = parseSipText(text).messages[0] as SipMessage;
  const audio = m.sdp?.media[0];
  assert.equal(m.sdp?.originAddress, '10.0.0.1');
  assert.equal(audio?.proto, 'RTP/SAVP');
  assert.equal(audio?.direction, 'sendonly', 'session-level direction applies');
  assert.deepEqual(audio?.cryptoSuites, ['AES_CM_128_HMAC_SHA1_80']);
  assert.equal(audio?.rtpmap.get('96'), 'opus/48000/2');
  assert.equal(m.sdp?.media[1]?.port, 0);
  const part = `--b1\r\nContent-Type: application/sdp\r\n\r\n${body}--b1\r\nContent-Type: application/rs-metadata+xml\r\n\r\n<recording/>\r\n--b1--\r\n`;
  const siprec = `INVITE sip:srs@h SIP/2.0\r\nCall-ID: r\r\nCSeq: 1 INVITE\r\nContent-Type: multipart/mixed;boundary=b1\r\nContent-Length: ${part.length}\r\n\r\n${part}`;
  const r = parseSipText(siprec).messages[0] as SipMessage;
  assert.equal(r.sdp?.media[0]?.port, 4000);
});

test('Content-Length: a cut body is flagged as cut, a longer body as longer, CRLF restored is accepted', () => {
  const head = (cl: number): string =>
    `MESSAGE sip:b@h SIP/2.0\r\nCall-ID: c\r\nCSeq: 1 MESSAGE\r\nContent-Type: text/plain\r\nContent-Length: ${cl}\r\n\r\n`;
  const cut = parseSipText(
    `2024/03/01 10:00:00.000000 1.1.1.1:5060 -> 2.2.2.2:5060\n${head(200)}hello\r\n\n\n`,
  ).messages[0] as SipMessage;
  assert.ok(cut.flags & MessageFlag.BodyCut);
  const longer = parseSipText(
    `2024/03/01 10:00:00.000000 1.1.1.1:5060 -> 2.2.2.2:5060\n${head(3)}hello world\r\n\n\n`,
  ).messages[0] as SipMessage;
  assert.ok(longer.flags & MessageFlag.BodyLonger);
  // FreeSWITCH removes the CRs: seven octets of body become six characters.
  const lf = parseSipText(
    `recv 90 bytes from udp/[1.1.1.1]:5060 at 10:00:00.000000:\n${'-'.repeat(72)}\n${head(7).replace(/\r/g, '')}hello\n`,
  ).messages[0] as SipMessage;
  assert.equal(lf.flags & (MessageFlag.BodyCut | MessageFlag.BodyLonger), 0);
  const utf8 = parseSipText(`${head(6)}héllo`).messages[0] as SipMessage;
  assert.equal(utf8.flags & (MessageFlag.BodyCut | MessageFlag.BodyLonger), 0, 'octets, not characters');
});

test('value parsers: lists, name-addr, Via, URIs (IPv6 with and without brackets)', () => {
  assert.deepEqual(splitList('<sip:a@b;x=1,2>, "x, y" <sip:c@d>'), ['<sip:a@b;x=1,2>', '"x, y" <sip:c@d>']);
  const na = parseNameAddr('"Alice" <sip:alice@example.com;transport=tcp>;tag=9');
  assert.equal(na.display, 'Alice');
  assert.equal(na.params.get('tag'), '9');
  const via = parseVia('SIP/2.0/TLS [2001:db8::1]:5061;branch=z9hG4bKa;received=203.0.113.9;rport=1234');
  assert.equal(via.transport, 'TLS');
  assert.equal(via.host, '2001:db8::1');
  assert.equal(via.port, 5061);
  assert.equal(via.params.get('rport'), '1234');
  assert.equal(parseUri('sip:4321@fec0:0:0:0:216:d3ff:fe0d:22c:5060').port, 5060);
  assert.equal(parseUri('sip:+15551234567;npdi@carrier.example:5080;user=phone').user, '+15551234567');
  assert.equal(
    parseUri('tel:+1-555-123-4567;phone-context=example.com').params.get('phone-context'),
    'example.com',
  );
});
