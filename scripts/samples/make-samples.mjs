// Writes samples/: one small, realistic incident seen from two sides (docs/decisions/0054).
//   - samples/agent-log.txt      a CCP log (the JSON array the CCP's "Download logs" saves): a first call
//                                that fails to set up media (ICE collection timeout: UDP 3478 blocked),
//                                then a call that connects but has a stretch of poor audio.
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

// ---------------------------------------------------------------------------------------------- CCP

const AGENT = '4f2b9c1e-7a3d-4e5f-8b6a-1c2d3e4f5a6b';
const TAB = '1773133200412-k3v9q2m7x1p';
const CCP_LOGGER = '1773133200418-8fj2k5n0w3q';
const WORKER_LOGGER = '1773133201007-q0z6t4r8y2e';
const INSTANCE = 'arn:aws:connect:ap-northeast-1:111122223333:instance/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const T0 = Date.parse('2026-03-10T01:00:00.000Z');
const SKEW_MS = 412;

/** @type {object[]} */
const entries = [];
let ccpLine = 0;

function entry({ at, component = 'ccp', level = 'INFO', text, objects = [], exception = null, worker = false }) {
  entries.push({
    component,
    level,
    text,
    time: new Date(at).toISOString(),
    tabId: worker ? null : TAB,
    exception,
    objects,
    line: worker ? 0 : level === 'TRACE' || level === 'DEBUG' ? 0 : ++ccpLine,
    agentResourceId: AGENT,
    loggerId: worker ? WORKER_LOGGER : CCP_LOGGER,
    contextLayer: worker ? 'SharedWorker' : 'CCP',
  });
}

function snapshot(at, stateName, contacts = []) {
  entry({
    at,
    level: 'TRACE',
    worker: true,
    text: 'GET_AGENT_SNAPSHOT succeeded.',
    objects: [
      {
        snapshot: {
          state: {
            agentStateARN: `${INSTANCE}/agent-state/0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f`,
            type: stateName === 'Available' ? 'routable' : 'not_routable',
            name: stateName,
            startTimestamp: new Date(at - 2000).toISOString(),
          },
          agentAvailabilityState: { state: stateName, timeStamp: new Date(at - 2100).toISOString() },
          contacts,
          snapshotTimestamp: new Date(at + SKEW_MS).toISOString(),
          localTimestamp: at,
          skew: SKEW_MS,
          contentLength: 480 + contacts.length * 900,
        },
        nextToken: 'Rk1ZcTZ2b0x4WnFhR3NlM1JwY1FwT0E9PQ==',
      },
    ],
  });
}

function apiPair(at, operation, latency, failure) {
  entry({ at, level: 'TRACE', worker: true, text: `AWSClient: --> Calling operation '${operation}'` });
  entry({
    at: at + latency,
    level: 'TRACE',
    worker: true,
    text: failure
      ? `AWSClient: <-- Operation '${operation}' failed: ${JSON.stringify(failure)}`
      : `AWSClient: <-- Operation '${operation}' succeeded.`,
  });
}

function heartbeats(from, to) {
  for (let at = from; at < to; at += 10_000) {
    entry({ at, level: 'DEBUG', worker: true, text: 'Sending heartbeat' });
    entry({ at: at + int(38, 95), level: 'DEBUG', worker: true, text: 'Heartbeat response received' });
  }
}

function softphone(at, level, callId, category, message) {
  entry({ at, component: 'softphone', level, text: ` ${callId} ${category} ${message}` });
}

/** One `sendSoftphoneMetrics success[...]` entry: a sample per second per stream. */
function metrics(at, fromSecond, seconds, quality) {
  const samples = [];
  for (let s = 0; s < seconds; s++) {
    const stamp = new Date(at - (seconds - s) * 1000).toISOString();
    const q = quality(fromSecond + s);
    const received = q.receivedPackets;
    samples.push({
      softphoneStreamType: 'audio_input',
      timestamp: stamp,
      packetsLost: q.lostIn,
      packetsCount: received,
      audioLevel: q.levelIn,
      jitterBufferMillis: q.jitterIn,
      roundTripTimeMillis: null,
    });
    samples.push({
      softphoneStreamType: 'audio_output',
      timestamp: stamp,
      packetsLost: q.lostOut,
      packetsCount: 50,
      audioLevel: q.levelOut,
      jitterBufferMillis: q.jitterOut,
      roundTripTimeMillis: q.rtt,
    });
  }
  entry({ at, component: 'softphone', text: ` sendSoftphoneMetrics success${JSON.stringify(samples)}` });
}

/** Per-second quality of the second call: clean, then 70 s of loss and jitter on the received stream. */
function secondCallQuality(second) {
  const bad = second >= 95 && second < 165;
  const speaking = Math.sin(second / 3) > -0.3;
  return {
    receivedPackets: bad ? int(30, 44) : int(49, 50),
    lostIn: bad ? int(5, 14) : random() < 0.05 ? 1 : 0,
    levelIn: bad ? int(0, 40) : speaking ? int(600, 3200) : int(20, 140),
    jitterIn: bad ? int(58, 118) : int(2, 9),
    lostOut: bad ? int(0, 3) : 0,
    levelOut: speaking ? int(10, 90) : int(700, 2600),
    jitterOut: bad ? int(20, 44) : int(2, 7),
    rtt: bad ? int(240, 410) : int(96, 132),
  };
}

function makeCcpLog() {
  entry({ at: T0, text: 'Log roll interval occurred.' });
  entry({ at: T0 + 350, level: 'INFO', text: 'Inner/CCP Streams Version: 2.18.3' });
  entry({ at: T0 + 360, level: 'INFO', text: 'Browser: Chrome Version: 146' });
  entry({ at: T0 + 412, level: 'INFO', text: 'Microphone Permission: granted' });
  heartbeats(T0 + 1_000, T0 + 21 * 60_000);
  for (let at = T0 + 2_000; at < T0 + 21 * 60_000; at += 30_000) {
    if (at > T0 + 5 * 60_000 && at < T0 + 14 * 60_000) continue; // during the calls: event-driven snapshots
    snapshot(at, 'Available');
  }
  apiPair(T0 + 4_100, 'getAgentConfiguration', 184);
  apiPair(T0 + 4_400, 'getRoutingProfileQueues', 162);

  // Call 1: the media path never comes up (relay-only ICE, UDP 3478 blocked by the office firewall).
  const c1 = T0 + 5 * 60_000 + 12_345;
  const contact1 = 'b5e2c7a9-3f41-4d6e-9a08-7c1e2b3d4f50';
  const conn1 = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b';
  const call1 = '7d3c2b1a-9e8f-4a6b-8c5d-4e3f2a1b0c9d';
  snapshot(c1 - 800, 'Available', [
    {
      contactId: contact1,
      type: 'voice',
      state: { type: 'connecting' },
      connections: [{ connectionId: conn1, type: 'agent', state: { type: 'connecting' } }],
    },
  ]);
  entry({ at: c1, text: `Softphone call detected: contactId ${contact1} agent connectionId ${conn1}` });
  entry({ at: c1 + 4, level: 'TRACE', text: `Publishing event: contact::incoming::${contact1}` });
  softphone(c1 + 35, 'LOG', call1, 'SESSION', 'GrabLocalMediaState => CreateOfferState');
  softphone(c1 + 61, 'LOG', call1, 'SESSION', 'CreateOfferState => SetLocalSessionDescriptionState');
  softphone(c1 + 74, 'LOG', call1, 'SESSION', 'SetLocalSessionDescriptionState => ConnectSignalingAndIceCollectionState');
  softphone(c1 + 190, 'LOG', call1, 'SIGNALING', 'Signaling connection established');
  softphone(c1 + 8_074, 'WARN', call1, 'SESSION', 'ICE collection timed out');
  softphone(c1 + 8_075, 'ERROR', call1, 'SESSION', 'No ICE candidate');
  softphone(c1 + 8_077, 'INFO', call1, 'SESSION', 'ConnectSignalingAndIceCollectionState => FailedState');
  entry({
    at: c1 + 8_081,
    component: 'softphone',
    level: 'ERROR',
    text: 'Softphone error occurred :  ice_collection_timeout Ice collection timedout. ',
    objects: [
      {
        errorType: 'ice_collection_timeout',
        errorMessage: 'Ice collection timedout. ',
        endPointUrl: 'turn:TurnNlb-8d6f2c0a1b3e4d5c.elb.ap-northeast-1.amazonaws.com:3478?transport=udp',
      },
    ],
  });
  entry({ at: c1 + 8_090, level: 'TRACE', text: `Publishing event: contact::missed::${contact1}` });
  snapshot(c1 + 8_300, 'MissedCallAgent');
  apiPair(c1 + 14_000, 'putAgentState', 203);
  snapshot(c1 + 14_400, 'Available');

  // Call 2: media connects (the agent moved to the VPN that allows UDP), then audio breaks up.
  const c2 = T0 + 8 * 60_000 + 3_210;
  const contact2 = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6e';
  const conn2 = 'f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0';
  const call2 = '2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f70';
  entry({ at: c2, text: `Softphone call detected: contactId ${contact2} agent connectionId ${conn2}` });
  softphone(c2 + 30, 'LOG', call2, 'SESSION', 'GrabLocalMediaState => CreateOfferState');
  softphone(c2 + 72, 'LOG', call2, 'SESSION', 'SetLocalSessionDescriptionState => ConnectSignalingAndIceCollectionState');
  softphone(c2 + 610, 'LOG', call2, 'SESSION', 'ConnectSignalingAndIceCollectionState => FinishIceCollectionState');
  softphone(c2 + 1_180, 'LOG', call2, 'SESSION', 'FinishIceCollectionState => InviteAnswerState');
  softphone(c2 + 1_420, 'LOG', call2, 'SESSION', 'InviteAnswerState => AcceptState');
  softphone(c2 + 1_560, 'LOG', call2, 'SESSION', 'AcceptState => TalkingState');
  entry({ at: c2 + 1_600, level: 'TRACE', text: `Publishing event: contact::connected::${contact2}` });
  const talking = c2 + 1_560;
  const talkSeconds = 240;
  for (let s = 30; s <= talkSeconds; s += 30) metrics(talking + s * 1000 + int(150, 400), s - 30, 30, secondCallQuality);
  softphone(talking + 100_200, 'INFO', call2, 'SESSION', 'ICE Connection State:  disconnected');
  softphone(talking + 103_900, 'INFO', call2, 'SESSION', 'ICE Connection State:  connected');
  const end = talking + talkSeconds * 1000 + 900;
  entry({ at: end, level: 'TRACE', text: `Publishing event: contact::ended::${contact2}` });
  entry({
    at: end + 640,
    component: 'softphone',
    text: ` sendSoftphoneReport success${JSON.stringify({
      callStartTime: new Date(c2).toISOString(),
      callEndTime: new Date(end).toISOString(),
      gumTimeMillis: 41,
      initializationTimeMillis: 88,
      iceCollectionTimeMillis: 536,
      signallingConnectTimeMillis: 122,
      handshakingTimeMillis: 240,
      preTalkingTimeMillis: 1560,
      talkingTimeMillis: talkSeconds * 1000 + 900,
      cleanupTimeMillis: 38,
      iceCollectionFailure: false,
      signallingConnectionFailure: false,
      handshakingFailure: false,
      gumOtherFailure: false,
      gumTimeoutFailure: false,
      createOfferFailure: false,
      setLocalDescriptionFailure: false,
      userBusyFailure: false,
      invalidRemoteSDPFailure: false,
      noRemoteIceCandidateFailure: false,
      setRemoteDescriptionFailure: false,
      softphoneStreamStatistics: [
        { softphoneStreamType: 'audio_input', timestamp: new Date(end).toISOString(), packetsLost: 711, packetsCount: 11408, audioLevel: 812 },
        { softphoneStreamType: 'audio_output', timestamp: new Date(end).toISOString(), packetsLost: 96, packetsCount: 12000, audioLevel: 1304 },
      ],
    })}`,
  });
  snapshot(end + 2_000, 'AfterCallWork');
  apiPair(end + 31_000, 'putAgentState', 176);
  snapshot(end + 31_400, 'Available');

  // The worker's entries reach the CCP tab in 1-s batches: the array is almost, not quite, in time order.
  const keyed = entries.map((e, index) => ({
    e,
    index,
    at: Date.parse(e.time) + (e.contextLayer === 'SharedWorker' ? 600 : 0),
  }));
  keyed.sort((a, b) => a.at - b.at || a.index - b.index);
  return JSON.stringify(
    keyed.map((k) => k.e),
    undefined,
    4,
  );
}

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
writeFileSync(resolve(out, 'agent-log.txt'), makeCcpLog());
writeFileSync(resolve(out, 'sbc-trace.sip'), makeSipTrace());
console.log(`wrote ${out}/agent-log.txt and ${out}/sbc-trace.sip`);
