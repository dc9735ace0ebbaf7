// Writes the SIP side of the sample incident (docs/decisions/0054); the CCP side, samples/agent-log.txt,
// comes from the CCP log generator (`npm run sample:ccp`).
//   - samples/sbc-trace.sip      an sngrep text export from the carrier-facing side of an SBC: a 200 OK
//                                that never gets its ACK (retransmitted, then BYE after 32 s) and an
//                                INVITE refused with 488 (no common codec).
// Deterministic: the same seed gives the same bytes. Formats follow the project's references
// (ccp-log.md §2, §5, §6, §10, §16; sip-traces.md §1.2, §4.1). Documentation addresses only
// (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, RFC 1918 inside).
//   node scripts/samples/make-samples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(import.meta.dirname, '..', '..', 'samples');

/** mulberry32: a tiny seeded PRNG, so the samples never change unless this file does. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20260310);
const int = (min, max) => min + Math.floor(random() * (max - min + 1));

// ---------------------------------------------------------------------------------------------- SIP

const CARRIER = '203.0.113.10';
const SBC = '198.51.100.20';
const SBC_INSIDE = '10.20.0.5';

function sipMessage(lines, body = '') {
  const bytes = Buffer.byteLength(body, 'utf8');
  return `${[...lines, `Content-Length: ${bytes}`].join('\r\n')}\r\n\r\n${body}`;
}

function sdp({ ip, port, session, codecs }) {
  const formats = codecs.map((c) => c.pt).join(' ');
  return [
    'v=0',
    `o=- ${session} ${session} IN IP4 ${ip}`,
    's=-',
    `c=IN IP4 ${ip}`,
    't=0 0',
    `m=audio ${port} RTP/AVP ${formats} 101`,
    ...codecs.map((c) => `a=rtpmap:${c.pt} ${c.name}`),
    'a=rtpmap:101 telephone-event/8000',
    'a=fmtp:101 0-16',
    'a=ptime:20',
    'a=sendrecv',
    '',
  ].join('\r\n');
}

function stamp(ms) {
  const d = new Date(ms);
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const micros = pad(d.getUTCMilliseconds() * 1000 + int(0, 999), 6);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${micros}`;
}

function makeSipTrace() {
  /** @type {{ at: number, from: string, to: string, text: string }[]} */
  const messages = [];
  const send = (at, from, to, text) => messages.push({ at, from, to, text });
  const S0 = Date.parse('2026-03-10T01:12:03.000Z');

  // Dialog 1: the SBC's 200 OK advertises its inside address in Contact; the carrier's ACK never arrives.
  const callA = '8f14e45fceea167a5a36dedd4bea2543@203.0.113.10';
  const viaA = `SIP/2.0/UDP ${CARRIER}:5060;branch=z9hG4bK-524287-1---a1b2c3d4e5f60718`;
  const fromA = '<sip:+81312345678@203.0.113.10>;tag=as6f2e9c1d';
  const toA = '<sip:+81355550100@198.51.100.20>';
  const toTagA = `${toA};tag=sbc-7c1e2b3d`;
  const offerA = sdp({
    ip: '203.0.113.44',
    port: 31234,
    session: 4401,
    codecs: [
      { pt: 0, name: 'PCMU/8000' },
      { pt: 8, name: 'PCMA/8000' },
    ],
  });
  const answerA = sdp({ ip: SBC, port: 40012, session: 9902, codecs: [{ pt: 0, name: 'PCMU/8000' }] });
  send(
    S0,
    `${CARRIER}:5060`,
    `${SBC}:5060`,
    sipMessage(
      [
        `INVITE sip:+81355550100@${SBC}:5060 SIP/2.0`,
        `Via: ${viaA}`,
        'Max-Forwards: 69',
        `From: ${fromA}`,
        `To: ${toA}`,
        `Call-ID: ${callA}`,
        'CSeq: 102 INVITE',
        `Contact: <sip:+81312345678@${CARRIER}:5060>`,
        'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, INFO',
        'Supported: timer, 100rel',
        'Session-Expires: 1800',
        'User-Agent: CarrierSBC/5.2',
        'Content-Type: application/sdp',
      ],
      offerA,
    ),
  );
  const responseHeaders = (status, toValue, cseq, extra = []) => [
    `SIP/2.0 ${status}`,
    `Via: ${viaA};received=${CARRIER}`,
    `From: ${fromA}`,
    `To: ${toValue}`,
    `Call-ID: ${callA}`,
    `CSeq: ${cseq}`,
    ...extra,
  ];
  send(S0 + 4, `${SBC}:5060`, `${CARRIER}:5060`, sipMessage(responseHeaders('100 Trying', toA, '102 INVITE')));
  send(
    S0 + 412,
    `${SBC}:5060`,
    `${CARRIER}:5060`,
    sipMessage(responseHeaders('180 Ringing', toTagA, '102 INVITE', [`Contact: <sip:+81355550100@${SBC_INSIDE}:5060>`])),
  );
  const ok = sipMessage(
    responseHeaders('200 OK', toTagA, '102 INVITE', [
      `Contact: <sip:+81355550100@${SBC_INSIDE}:5060>`,
      'Record-Route: <sip:198.51.100.20;lr>',
      'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS',
      'Session-Expires: 1800;refresher=uac',
      'Server: EdgeSBC/3.1',
      'Content-Type: application/sdp',
    ]),
    answerA,
  );
  const answered = S0 + 6_230;
  // RFC 3261 §13.3.1.4: retransmit the 2xx at T1, doubling up to T2 (4 s), until 64*T1 (32 s).
  let offset = 0;
  let interval = 500;
  while (offset < 32_000) {
    send(answered + offset, `${SBC}:5060`, `${CARRIER}:5060`, ok);
    offset += interval;
    interval = Math.min(interval * 2, 4_000);
  }
  send(
    answered + 32_004,
    `${SBC}:5060`,
    `${CARRIER}:5060`,
    sipMessage([
      `BYE sip:+81312345678@${CARRIER}:5060 SIP/2.0`,
      `Via: SIP/2.0/UDP ${SBC}:5060;branch=z9hG4bK-sbc-9d8e7f6a5b`,
      'Max-Forwards: 70',
      `From: ${toTagA}`,
      `To: ${fromA}`,
      `Call-ID: ${callA}`,
      'CSeq: 1 BYE',
      'Reason: SIP;cause=408;text="ACK timeout"',
    ]),
  );
  send(
    answered + 32_061,
    `${CARRIER}:5060`,
    `${SBC}:5060`,
    sipMessage([
      'SIP/2.0 200 OK',
      `Via: SIP/2.0/UDP ${SBC}:5060;branch=z9hG4bK-sbc-9d8e7f6a5b`,
      `From: ${toTagA}`,
      `To: ${fromA}`,
      `Call-ID: ${callA}`,
      'CSeq: 1 BYE',
    ]),
  );

  // Dialog 2: the carrier offers only G.729; the SBC's media profile allows G.711 only: 488.
  const B0 = S0 + 52_870;
  const callB = 'c9f0f895fb98ab9159f51fd0297e236d@203.0.113.10';
  const viaB = `SIP/2.0/UDP ${CARRIER}:5060;branch=z9hG4bK-524287-1---f7e6d5c4b3a29180`;
  const fromB = '<sip:+81698765432@203.0.113.10>;tag=as1b9f3a7e';
  const toB = '<sip:+81355550111@198.51.100.20>';
  send(
    B0,
    `${CARRIER}:5060`,
    `${SBC}:5060`,
    sipMessage(
      [
        `INVITE sip:+81355550111@${SBC}:5060 SIP/2.0`,
        `Via: ${viaB}`,
        'Max-Forwards: 69',
        `From: ${fromB}`,
        `To: ${toB}`,
        `Call-ID: ${callB}`,
        'CSeq: 7 INVITE',
        `Contact: <sip:+81698765432@${CARRIER}:5060>`,
        'User-Agent: CarrierSBC/5.2',
        'Content-Type: application/sdp',
      ],
      sdp({ ip: '203.0.113.45', port: 31876, session: 4402, codecs: [{ pt: 18, name: 'G729/8000' }] }),
    ),
  );
  send(
    B0 + 3,
    `${SBC}:5060`,
    `${CARRIER}:5060`,
    sipMessage([
      'SIP/2.0 100 Trying',
      `Via: ${viaB};received=${CARRIER}`,
      `From: ${fromB}`,
      `To: ${toB}`,
      `Call-ID: ${callB}`,
      'CSeq: 7 INVITE',
    ]),
  );
  send(
    B0 + 9,
    `${SBC}:5060`,
    `${CARRIER}:5060`,
    sipMessage([
      'SIP/2.0 488 Not Acceptable Here',
      `Via: ${viaB};received=${CARRIER}`,
      `From: ${fromB}`,
      `To: ${toB};tag=sbc-2f4a6c8e`,
      `Call-ID: ${callB}`,
      'CSeq: 7 INVITE',
      'Warning: 304 198.51.100.20 "Media type not available"',
      'Server: EdgeSBC/3.1',
    ]),
  );
  send(
    B0 + 71,
    `${CARRIER}:5060`,
    `${SBC}:5060`,
    sipMessage([
      `ACK sip:+81355550111@${SBC}:5060 SIP/2.0`,
      `Via: ${viaB}`,
      'Max-Forwards: 69',
      `From: ${fromB}`,
      `To: ${toB};tag=sbc-2f4a6c8e`,
      `Call-ID: ${callB}`,
      'CSeq: 7 ACK',
    ]),
  );

  // sngrep writes dialog by dialog: "<date> <time> <src> -> <dst>\n<payload>\n\n".
  return messages.map((m) => `${stamp(m.at)} ${m.from} -> ${m.to}\n${m.text}\n\n`).join('');
}

mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'sbc-trace.sip'), makeSipTrace());
console.log(`wrote ${out}/sbc-trace.sip`);
