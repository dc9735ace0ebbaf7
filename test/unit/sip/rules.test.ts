/**
 * Every SIP rule, table-driven: a trace where it must fire (with evidence from the trace in its
 * explanation) and a close trace where it must not. The table must cover the whole rule table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SIP_RULES } from '../../../server/src/analysis/sip/rules/meta';
import { Call, CARRIER, findingsOf, healthyCall, PBX, raw, sdp, sngrep, withRule, type Msg } from './support';

interface Case {
  readonly rule: string;
  readonly name: string;
  readonly fires: string;
  readonly quiet: string;
  /** Text the first finding's message or explanation must contain. */
  readonly evidence?: readonly string[];
  readonly severity?: string;
  readonly count?: number;
}

const call = new Call();
const healthy = sngrep(healthyCall());

function replace(msgs: readonly Msg[], index: number, m: Msg): Msg[] {
  return msgs.map((x, i) => (i === index ? m : x));
}

/** INVITE → final response → ACK, with the INVITE and response options given. */
function failed(
  status: number,
  phrase: string,
  o: { req?: Parameters<Call['request']>[2]; res?: Parameters<Call['response']>[4] } = {},
): string {
  return sngrep([
    call.request(0, 'INVITE', { body: sdp(), ...o.req }),
    call.response(0.05, 100, 'Trying', 'INVITE'),
    call.response(0.4, status, phrase, 'INVITE', o.res),
    call.request(0.45, 'ACK', { branch: 'z9hG4bKinvite1', toTag: 'uas1' }),
  ]);
}

const twilioCall = new Call({ uas: '54.172.60.1:5060', callId: 'tw1' });
const twilioUri = `sip:+15551234567@trunk1.pstn.twilio.com`;

const ccai = new Call({ uas: '74.125.88.132:5672', callId: 'ccai-1', contact: 'sip:sbc@198.51.100.20:5061' });
const ccaiOk = {
  uri: 'sip:+16501234567@us.telephony.goog:5672;transport=tls',
  headers: [
    'Call-Info: <http://dialogflow.googleapis.com/v2beta1/projects/my-project/conversations/CID-12345_abc>;purpose=Goog-ContactCenter-Conversation',
  ],
  body: sdp({
    proto: 'RTP/SAVP',
    extra: ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz'],
  }),
};
function ccaiInvite(o: Partial<typeof ccaiOk> & { via?: string } = {}): string {
  const req = ccai.request(0, 'INVITE', { ...ccaiOk, ...o });
  const lines = req.lines.map((l) =>
    l.startsWith('Via:') ? `Via: SIP/2.0/${o.via ?? 'TLS'} 198.51.100.20:5061;branch=z9hG4bKccai` : l,
  );
  return sngrep([{ ...req, lines }, ccai.response(0.1, 100, 'Trying', 'INVITE', { branch: 'z9hG4bKccai' })]);
}

function uuiHex(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex');
}

/** One Cisco `debug ccsip messages` entry flattened onto one line, its lines joined by `sep`. */
function flatCisco(sep: string): string {
  const lines = [
    'INVITE sip:+15551230001@198.51.100.20 SIP/2.0',
    'Via:SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bKflat1',
    'From:<sip:+15551230002@203.0.113.10>;tag=f1',
    'To:<sip:+15551230001@198.51.100.20>',
    'Call-ID:flat-1@203.0.113.10',
    'CSeq:1 INVITE',
    'Max-Forwards:70',
    'Contact:<sip:+15551230002@203.0.113.10:5060>',
    'Content-Length:0',
    '',
  ];
  return `Mar  1 09:00:00 cube1 125670: *Mar  1 09:00:00.000: //-1/000000000000/SIP/Msg/ccsipDisplayMsg:${sep}Received:${sep}${lines.join(sep)}\n`;
}

const CASES: readonly Case[] = [
  // --- failures and outcomes
  {
    rule: 'sip/forbidden',
    name: '403 to a digest-less INVITE means the access list',
    fires: failed(403, 'Forbidden'),
    quiet: healthy,
    evidence: ['access list', 'no Authorization'],
  },
  {
    rule: 'sip/forbidden',
    name: '403 after a 407 challenge means the credentials',
    fires: sngrep([
      call.request(0, 'INVITE', { body: sdp() }),
      call.response(0.05, 407, 'Proxy Authentication Required', 'INVITE', {
        headers: ['Proxy-Authenticate: Digest realm="carrier", nonce="n1"'],
      }),
      call.request(0.06, 'ACK', { branch: 'z9hG4bKinvite1', toTag: 'uas1' }),
      call.request(0.1, 'INVITE', {
        cseq: 2,
        body: sdp(),
        headers: [
          'Proxy-Authorization: Digest username="pbx7", realm="carrier", nonce="n1", uri="sip:x", response="00"',
        ],
      }),
      call.response(0.2, 403, 'Forbidden', 'INVITE', { cseq: 2 }),
    ]),
    quiet: failed(404, 'Not Found'),
    evidence: ['pbx7', 'credentials', '407'],
  },
  {
    rule: 'sip/auth-loop',
    name: 'credentials challenged again with the same nonce',
    fires: sngrep([
      call.request(0, 'REGISTER', {
        headers: ['Authorization: Digest username="u1", realm="r", nonce="same", uri="sip:r", response="1"'],
      }),
      call.response(0.1, 401, 'Unauthorized', 'REGISTER', {
        headers: ['WWW-Authenticate: Digest realm="r", nonce="same"'],
      }),
      call.request(0.2, 'REGISTER', {
        cseq: 2,
        headers: ['Authorization: Digest username="u1", realm="r", nonce="same", uri="sip:r", response="2"'],
      }),
      call.response(0.3, 401, 'Unauthorized', 'REGISTER', {
        cseq: 2,
        headers: ['WWW-Authenticate: Digest realm="r", nonce="same"'],
      }),
    ]),
    quiet: sngrep([
      call.request(0, 'REGISTER'),
      call.response(0.1, 401, 'Unauthorized', 'REGISTER', {
        headers: ['WWW-Authenticate: Digest realm="r", nonce="n1"'],
      }),
      call.request(0.2, 'REGISTER', {
        cseq: 2,
        headers: ['Authorization: Digest username="u1", realm="r", nonce="n1", uri="sip:r", response="2"'],
      }),
      call.response(0.3, 200, 'OK', 'REGISTER', { cseq: 2 }),
    ]),
    evidence: ['same nonce', 'u1'],
    severity: 'error',
  },
  {
    rule: 'sip/media-rejected',
    name: '488 quotes the offered codecs and the Warning',
    fires: failed(488, 'Not Acceptable Here', {
      req: { body: sdp({ codecs: [[18, 'G729/8000']] }) },
      res: { headers: ['Warning: 305 203.0.113.10 "Incompatible media format"'] },
    }),
    quiet: healthy,
    evidence: ['G729/8000', '305'],
  },
  {
    rule: 'sip/session-interval-too-small',
    name: '422 with Session-Expires and Min-SE',
    fires: failed(422, 'Session Interval Too Small', {
      req: { headers: ['Session-Expires: 60;refresher=uac'] },
      res: { headers: ['Min-SE: 90'] },
    }),
    quiet: healthy,
    evidence: ['60', 'Min-SE 90'],
  },
  {
    rule: 'sip/rate-or-capacity-limit',
    name: '503 with Retry-After and the INVITE rate',
    fires: failed(503, 'Trunk CPS limit exceeded', { res: { headers: ['Retry-After: 5'] } }),
    quiet: healthy,
    evidence: ['Retry-After: 5', 'CPS'],
  },
  {
    rule: 'sip/request-timeout',
    name: '408 after retransmissions',
    fires: sngrep([
      call.request(0, 'INVITE', { body: sdp() }),
      call.request(0.5, 'INVITE', { body: sdp() }),
      call.response(32, 408, 'Request Timeout', 'INVITE'),
    ]),
    quiet: healthy,
    evidence: ['2 time(s)', '32.0 s'],
  },
  {
    rule: 'sip/call-outcome',
    name: '486 is an outcome, not a fault',
    fires: failed(486, 'Busy Here', { res: { headers: ['Reason: Q.850;cause=17'] } }),
    quiet: healthy,
    evidence: ['busy'],
    severity: 'information',
  },
  {
    rule: 'sip/call-outcome',
    name: '487 after CANCEL: the caller abandoned',
    fires: sngrep([
      call.request(0, 'INVITE', { body: sdp() }),
      call.response(0.5, 180, 'Ringing', 'INVITE'),
      call.request(8, 'CANCEL', { branch: 'z9hG4bKinvite1' }),
      call.response(8.05, 200, 'OK', 'CANCEL', { branch: 'z9hG4bKinvite1' }),
      call.response(8.06, 487, 'Request Terminated', 'INVITE'),
    ]),
    quiet: healthy,
    evidence: ['CANCEL', 'hung up'],
  },
  {
    rule: 'sip/request-failed',
    name: '404 explained from the code',
    fires: failed(404, 'Not Found'),
    quiet: healthy,
    evidence: ['404', 'not routed'],
  },
  {
    rule: 'sip/request-failed',
    name: 'a challenge nobody answers',
    fires: sngrep([
      call.request(0, 'REGISTER'),
      call.response(0.1, 401, 'Unauthorized', 'REGISTER', {
        headers: ['WWW-Authenticate: Digest realm="pbx", nonce="n"'],
      }),
    ]),
    quiet: sngrep([
      call.request(0, 'REGISTER'),
      call.response(0.1, 401, 'Unauthorized', 'REGISTER', {
        headers: ['WWW-Authenticate: Digest realm="pbx", nonce="n"'],
      }),
      call.request(0.2, 'REGISTER', {
        cseq: 2,
        headers: ['Authorization: Digest username="u", realm="pbx", nonce="n", uri="sip:x", response="1"'],
      }),
      call.response(0.3, 200, 'OK', 'REGISTER', { cseq: 2 }),
    ]),
    evidence: ['realm "pbx"'],
  },
  {
    rule: 'sip/unknown-dialog',
    name: '481 to a BYE',
    fires: sngrep([
      ...healthyCall().slice(0, 5),
      call.request(60, 'BYE', { cseq: 2, toTag: 'uas1' }),
      call.response(60.1, 481, 'Call/Transaction Does Not Exist', 'BYE', { cseq: 2 }),
    ]),
    quiet: healthy,
    evidence: ['INVITE → 200'],
  },
  {
    rule: 'sip/reinvite-glare',
    name: '491 to a re-INVITE',
    fires: sngrep([
      ...healthyCall().slice(0, 5),
      call.request(30, 'INVITE', { cseq: 2, toTag: 'uas1', body: sdp() }),
      call.response(30.1, 491, 'Request Pending', 'INVITE', { cseq: 2 }),
    ]),
    quiet: healthy,
    severity: 'information',
  },
  {
    rule: 'sip/routing-loop',
    name: '483 Too Many Hops',
    fires: failed(483, 'Too Many Hops'),
    quiet: healthy,
  },
  {
    rule: 'sip/routing-loop',
    name: 'the same Via twice in one request',
    fires: sngrep([
      call.request(0, 'INVITE', {
        headers: [
          'Via: SIP/2.0/UDP 192.0.2.7:5060;branch=z9hG4bKa1',
          'Via: SIP/2.0/UDP 192.0.2.7:5060;branch=z9hG4bKa0',
        ],
      }),
    ]),
    quiet: healthy,
    evidence: ['192.0.2.7:5060'],
  },
  // --- transactions
  {
    rule: 'sip/no-final-response',
    name: 'an INVITE nobody answers',
    fires: sngrep([
      call.request(0, 'INVITE', { body: sdp() }),
      call.request(0.5, 'INVITE', { body: sdp() }),
      call.request(40, 'OPTIONS', { cseq: 9, branch: 'z9hG4bKo' }),
      call.response(40.01, 200, 'OK', 'OPTIONS', { cseq: 9, branch: 'z9hG4bKo' }),
    ]),
    quiet: healthy,
    evidence: ['2 time(s)', 'nothing came back'],
    severity: 'warning',
  },
  {
    rule: 'sip/no-final-response',
    name: 'still ringing when the capture ends is information',
    fires: sngrep([call.request(0, 'INVITE', { body: sdp() }), call.response(0.2, 180, 'Ringing', 'INVITE')]),
    quiet: healthy,
    severity: 'information',
  },
  {
    rule: 'sip/2xx-without-ack',
    name: 'a 200 OK retransmitted, then BYE at 32 s',
    fires: sngrep([
      call.request(0, 'INVITE', { body: sdp() }),
      call.response(1, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10' }) }),
      call.response(1.5, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10' }) }),
      call.response(2.5, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10' }) }),
      {
        ...call.request(33, 'BYE', { cseq: 5, toTag: 'uas1', branch: 'z9hG4bKbye' }),
        src: CARRIER,
        dst: PBX,
      },
    ]),
    quiet: healthy,
    evidence: ['retransmitted 2 time(s)', '32.0 s'],
    severity: 'error',
    count: 3,
  },
  {
    rule: 'sip/ack-misrouted',
    name: 'ACK to the INVITE target instead of the 2xx Contact, sent elsewhere',
    fires: sngrep(
      replace(healthyCall(new Call({ uasContact: 'sip:+15551234567@203.0.113.99:5060' })), 4, {
        ...call.request(3.05, 'ACK', { branch: 'z9hG4bKack1', toTag: 'uas1' }),
        dst: '203.0.113.10:5060',
      }),
    ),
    quiet: healthy,
    evidence: ['203.0.113.99'],
    severity: 'error',
  },
  {
    rule: 'sip/retransmissions',
    name: 'INVITE sent three times before the answer',
    fires: sngrep([
      call.request(0, 'INVITE', { body: sdp() }),
      call.request(0.5, 'INVITE', { body: sdp() }),
      call.request(1.5, 'INVITE', { body: sdp() }),
      ...healthyCall().slice(1),
    ]),
    quiet: healthy,
    evidence: ['repeated 2 time(s)', '+0.50, 1.50'],
    count: 3,
  },
  {
    rule: 'sip/via-rewritten',
    name: 'a response whose Via differs from the request',
    fires: sngrep(
      replace(healthyCall(), 2, {
        ...call.response(0.5, 180, 'Ringing', 'INVITE'),
        lines: call
          .response(0.5, 180, 'Ringing', 'INVITE')
          .lines.map((l) =>
            l.startsWith('Via:') ? 'Via: SIP/2.0/UDP 203.0.113.200:5060;branch=z9hG4bKinvite1' : l,
          ),
      }),
    ),
    quiet: healthy,
    evidence: ['203.0.113.200'],
  },
  // --- addresses
  {
    rule: 'sip/private-contact',
    name: 'a private Contact sent to a public carrier',
    fires: sngrep(healthyCall(new Call({ contact: 'sip:+15557654321@192.168.1.20:5060' }))),
    quiet: sngrep(
      healthyCall(
        new Call({
          contact: 'sip:+15557654321@192.168.1.20:5060',
          uac: '192.168.1.20:5060',
          uas: '10.0.0.5:5060',
        }),
      ),
    ),
    evidence: ['192.168.1.20', '203.0.113.10'],
  },
  {
    rule: 'sip/private-media-address',
    name: 'SDP c= private towards a public carrier',
    fires: sngrep(
      replace(healthyCall(), 0, call.request(0, 'INVITE', { body: sdp({ address: '10.1.2.3' }) })),
    ),
    quiet: healthy,
    evidence: ['10.1.2.3', 'port 10000'],
  },
  {
    rule: 'sip/private-via-received',
    name: 'the far end saw a CGNAT source',
    fires: sngrep(
      replace(healthyCall(), 1, {
        ...call.response(0.02, 100, 'Trying', 'INVITE'),
        lines: call
          .response(0.02, 100, 'Trying', 'INVITE')
          .lines.map((l) =>
            l.startsWith('Via:')
              ? 'Via: SIP/2.0/UDP 198.51.100.20:5060;received=100.72.1.9;rport=5060;branch=z9hG4bKinvite1'
              : l,
          ),
      }),
    ),
    quiet: healthy,
    evidence: ['100.72.1.9'],
    severity: 'information',
  },
  // --- media
  {
    rule: 'sip/no-common-codec',
    name: 'the answer has none of the offered codecs',
    fires: sngrep(
      replace(
        healthyCall(),
        3,
        call.response(3, 200, 'OK', 'INVITE', {
          body: sdp({ address: '203.0.113.10', codecs: [[18, 'G729/8000']] }),
        }),
      ),
    ),
    quiet: healthy,
    evidence: ['PCMU/8000', 'G729/8000'],
  },
  {
    rule: 'sip/srtp-crypto',
    name: 'RTP/SAVP without a=crypto',
    fires: sngrep(replace(healthyCall(), 0, call.request(0, 'INVITE', { body: sdp({ proto: 'RTP/SAVP' }) }))),
    quiet: healthy,
    evidence: ['RTP/SAVP'],
  },
  {
    rule: 'sip/srtp-crypto',
    name: 'the answer picks a suite the offer did not list',
    fires: sngrep(
      replace(
        replace(
          healthyCall(),
          0,
          call.request(0, 'INVITE', {
            body: sdp({ proto: 'RTP/SAVP', extra: ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:x'] }),
          }),
        ),
        3,
        call.response(3, 200, 'OK', 'INVITE', {
          body: sdp({
            proto: 'RTP/SAVP',
            address: '203.0.113.10',
            extra: ['a=crypto:1 AES_256_CM_HMAC_SHA1_80 inline:y'],
          }),
        }),
      ),
    ),
    quiet: sngrep(
      replace(
        replace(
          healthyCall(),
          0,
          call.request(0, 'INVITE', {
            body: sdp({ proto: 'RTP/SAVP', extra: ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:x'] }),
          }),
        ),
        3,
        call.response(3, 200, 'OK', 'INVITE', {
          body: sdp({
            proto: 'RTP/SAVP',
            address: '203.0.113.10',
            extra: ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:y'],
          }),
        }),
      ),
    ),
    evidence: ['AES_256_CM_HMAC_SHA1_80'],
  },
  {
    rule: 'sip/no-telephone-event',
    name: 'the answer drops telephone-event',
    fires: sngrep(
      replace(
        healthyCall(),
        3,
        call.response(3, 200, 'OK', 'INVITE', {
          body: sdp({ address: '203.0.113.10', codecs: [[0, 'PCMU/8000']] }),
        }),
      ),
    ),
    quiet: healthy,
    evidence: ['telephone-event'],
    severity: 'warning',
  },
  {
    rule: 'sip/unexpected-direction',
    name: 'sendonly answered with sendrecv',
    fires: sngrep([
      ...healthyCall().slice(0, 5),
      call.request(20, 'INVITE', { cseq: 2, toTag: 'uas1', body: sdp({ direction: 'sendonly' }) }),
      call.response(20.1, 200, 'OK', 'INVITE', {
        cseq: 2,
        body: sdp({ address: '203.0.113.10', direction: 'sendrecv' }),
      }),
      call.request(20.2, 'ACK', { cseq: 2, branch: 'z9hG4bKack2', toTag: 'uas1' }),
    ]),
    quiet: healthy,
    evidence: ['sendonly', 'sendrecv'],
    severity: 'warning',
  },
  {
    rule: 'sip/unexpected-direction',
    name: 'a hold (sendonly offer, recvonly answer) is information',
    fires: sngrep([
      ...healthyCall().slice(0, 5),
      call.request(20, 'INVITE', { cseq: 2, toTag: 'uas1', body: sdp({ direction: 'sendonly' }) }),
      call.response(20.1, 200, 'OK', 'INVITE', {
        cseq: 2,
        body: sdp({ address: '203.0.113.10', direction: 'recvonly' }),
      }),
      call.request(20.2, 'ACK', { cseq: 2, branch: 'z9hG4bKack2', toTag: 'uas1' }),
    ]),
    quiet: healthy,
    severity: 'information',
  },
  // --- numbers
  {
    rule: 'sip/non-e164-number',
    name: 'a national number towards Twilio',
    fires: sngrep([
      twilioCall.request(0, 'INVITE', { uri: 'sip:5551234567@trunk1.pstn.twilio.com', body: sdp() }),
    ]),
    quiet: sngrep([twilioCall.request(0, 'INVITE', { uri: twilioUri, body: sdp() })]),
    evidence: ['5551234567', 'Twilio'],
  },
  // --- headers explained
  {
    rule: 'sip/reason',
    name: 'a Q.850 cause on a BYE',
    fires: sngrep([
      ...healthyCall().slice(0, 5),
      call.request(9, 'BYE', {
        cseq: 2,
        toTag: 'uas1',
        headers: ['Reason: Q.850;cause=34;text="No circuit available"'],
      }),
    ]),
    quiet: healthy,
    evidence: ['no circuit/channel available', 'No circuit available'],
  },
  {
    rule: 'sip/warning-header',
    name: 'a Warning 399',
    fires: failed(480, 'Temporarily Unavailable', {
      res: { headers: ['Warning: 399 sbc1 "Destination blocked"'] },
    }),
    quiet: healthy,
    evidence: ['399', 'Destination blocked'],
  },
  // --- malformed and export artefacts
  {
    rule: 'sip/malformed-message',
    name: 'an INVITE without Call-ID and Contact',
    fires: sngrep([
      {
        ...call.request(0, 'INVITE'),
        lines: call
          .request(0, 'INVITE')
          .lines.filter((l) => !l.startsWith('Call-ID') && !l.startsWith('Contact')),
      },
    ]),
    quiet: healthy,
    evidence: ['Call-ID', 'Contact'],
    severity: 'error',
  },
  {
    rule: 'sip/malformed-message',
    name: 'CSeq method different from the request method',
    fires: sngrep([
      {
        ...call.request(0, 'BYE', { toTag: 'uas1' }),
        lines: call
          .request(0, 'BYE', { toTag: 'uas1' })
          .lines.map((l) => (l.startsWith('CSeq') ? 'CSeq: 1 INVITE' : l)),
      },
    ]),
    quiet: healthy,
    evidence: ['CSeq: 1 INVITE'],
  },
  {
    rule: 'sip/content-length-mismatch',
    name: 'a body longer than Content-Length',
    fires: sngrep(replace(healthyCall(), 0, call.request(0, 'INVITE', { body: sdp(), contentLength: 40 }))),
    quiet: healthy,
    evidence: ['Content-Length 40'],
    severity: 'warning',
  },
  {
    rule: 'sip/content-length-mismatch',
    name: 'a body cut by the export is information',
    fires: sngrep(replace(healthyCall(), 0, call.request(0, 'INVITE', { body: sdp(), contentLength: 900 }))),
    quiet: healthy,
    evidence: ['900'],
    severity: 'information',
  },
  {
    rule: 'sip/unrecognized-text',
    name: 'binary noise between messages',
    fires:
      raw([call.request(0, 'OPTIONS')]) +
      '\u0001\u0002garbage\u0003 that is not SIP\r\n' +
      raw([call.response(0, 200, 'OK', 'OPTIONS')]),
    quiet: raw([call.request(0, 'OPTIONS'), call.response(0, 200, 'OK', 'OPTIONS')]),
    evidence: ['garbage'],
    severity: 'information',
  },
  {
    rule: 'sip/flattened-message',
    name: 'a Cisco debug message flattened with spaces cannot be split',
    fires: flatCisco(' '),
    quiet: flatCisco('#015#012'),
    evidence: ['flattened', 'INVITE sip:'],
    severity: 'information',
    count: 1,
  },
  // --- Google CCAI
  {
    rule: 'ccai/conversation-id-invalid',
    name: 'a conversation id starting with a digit',
    fires: ccaiInvite({
      headers: [
        'Call-Info: <http://dialogflow.googleapis.com/v2beta1/projects/p/conversations/12345@sbc.example>;purpose=Goog-ContactCenter-Conversation',
      ],
    }),
    quiet: ccaiInvite(),
    evidence: ['12345@sbc.example'],
  },
  {
    rule: 'ccai/call-info-malformed',
    name: 'Call-Info with the wrong host',
    fires: ccaiInvite({
      headers: [
        'Call-Info: <http://example.com/conversations/CID-1>;purpose=Goog-ContactCenter-Conversation',
      ],
    }),
    quiet: ccaiInvite(),
    evidence: ['example.com'],
  },
  {
    rule: 'ccai/conversation-id-missing',
    name: 'no Call-Info and no UUI',
    fires: ccaiInvite({ headers: [] }),
    quiet: ccaiInvite({
      headers: [
        `User-to-User: ${uuiHex('http://dialogflow.googleapis.com/v2beta1/projects/p/conversations/CID-777')};encoding=hex;purpose=Goog-ContactCenter-Conversation`,
      ],
    }),
  },
  {
    rule: 'ccai/uui-not-hex',
    name: 'UUI with an odd number of hex digits',
    fires: ccaiInvite({
      headers: ['User-to-User: 6874747;encoding=hex;purpose=Goog-ContactCenter-Conversation'],
    }),
    quiet: ccaiInvite({
      headers: [
        `User-to-User: ${uuiHex('http://dialogflow.googleapis.com/v2beta1/projects/p/conversations/CID-777')};encoding=hex;purpose=Goog-ContactCenter-Conversation`,
      ],
    }),
    evidence: ['odd number'],
  },
  {
    rule: 'ccai/not-tls-5672',
    name: 'UDP on port 5060 towards Google',
    fires: ccaiInvite({ via: 'UDP', uri: 'sip:+16501234567@us.telephony.goog:5060' }),
    quiet: ccaiInvite(),
    evidence: ['UDP'],
  },
  {
    rule: 'ccai/srtp-required',
    name: 'plain RTP towards Google',
    fires: ccaiInvite({ body: sdp() }),
    quiet: ccaiInvite(),
    evidence: ['RTP/AVP'],
  },
  {
    rule: 'ccai/codec-not-supported',
    name: 'G.729 only towards Google',
    fires: ccaiInvite({
      body: sdp({
        proto: 'RTP/SAVP',
        codecs: [[18, 'G729/8000']],
        extra: ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:x'],
      }),
    }),
    quiet: ccaiInvite(),
    evidence: ['G729'],
  },
  {
    rule: 'ccai/private-address',
    name: 'a private SDP address towards Google',
    fires: ccaiInvite({
      body: sdp({
        address: '10.9.8.7',
        proto: 'RTP/SAVP',
        extra: ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:x'],
      }),
    }),
    quiet: ccaiInvite(),
    evidence: ['10.9.8.7'],
  },
  // --- Twilio
  {
    rule: 'twilio/codec-not-supported',
    name: 'no PCMU in an INVITE to Twilio',
    fires: sngrep([
      twilioCall.request(0, 'INVITE', { uri: twilioUri, body: sdp({ codecs: [[8, 'PCMA/8000']] }) }),
    ]),
    quiet: sngrep([twilioCall.request(0, 'INVITE', { uri: twilioUri, body: sdp() })]),
    evidence: ['PCMA/8000'],
  },
];

test('the healthy call has no findings at all', () => {
  assert.deepEqual(
    findingsOf(healthy).map((f) => `${f.rule}: ${f.message}`),
    [],
  );
});

test('every rule of the table has a case', () => {
  const covered = new Set(CASES.map((c) => c.rule));
  const missing = SIP_RULES.map((r) => r.id).filter((id) => !covered.has(id));
  assert.deepEqual(missing, []);
});

for (const c of CASES) {
  test(`${c.rule} fires: ${c.name}`, () => {
    const found = withRule(c.fires, c.rule);
    assert.ok(found.length > 0, `${c.rule} should fire`);
    const f = found[0];
    if (!f) return;
    const text = [
      f.message,
      f.explanation?.seen,
      f.explanation?.why,
      f.explanation?.cause,
      f.explanation?.fix,
    ].join('\n');
    for (const e of c.evidence ?? []) assert.ok(text.includes(e), `evidence "${e}" in:\n${text}`);
    if (c.severity) assert.equal(f.severity, c.severity);
    if (c.count !== undefined) assert.equal(f.count, c.count);
    assert.ok(
      f.explanation?.seen && f.explanation.why && f.explanation.cause && f.explanation.fix,
      'a full explanation',
    );
  });
  test(`${c.rule} stays quiet: ${c.name}`, () => {
    assert.deepEqual(
      withRule(c.quiet, c.rule).map((f) => f.message),
      [],
    );
  });
}
