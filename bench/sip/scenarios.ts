/**
 * Realistic, self-consistent SIP call flows for fixtures, samples and the benchmark: a PBX talking to a
 * carrier trunk (normal calls with hold, busy, digest authentication, a 2xx whose ACK never arrives,
 * a 488 for codecs, a cancelled call, a timeout, registrations, OPTIONS pings, a 503 CPS limit).
 * Messages follow RFC 3261 (branches, tags, CSeq, Via, Record-Route, Contact, Content-Length).
 */
import { SeededRandom } from '../random';

export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

export type Transport = 'UDP' | 'TCP' | 'TLS';

/** One SIP message on the wire. */
export interface SipEvent {
  /** Epoch milliseconds (fractional for µs). */
  readonly time: number;
  readonly src: Endpoint;
  readonly dst: Endpoint;
  readonly transport: Transport;
  /** The message as sent: CRLF line ends, body included. */
  readonly text: string;
}

export type ScenarioKind =
  | 'call'
  | 'busy'
  | 'auth-call'
  | 'no-ack'
  | 'inbound-no-ack'
  | 'codec-488'
  | 'cancel'
  | 'timeout'
  | 'register'
  | 'options'
  | 'cps-503';

export const SCENARIO_KINDS: readonly ScenarioKind[] = [
  'call',
  'busy',
  'auth-call',
  'no-ack',
  'inbound-no-ack',
  'codec-488',
  'cancel',
  'timeout',
  'register',
  'options',
  'cps-503',
];

/** The network the flows run on: documentation addresses stand in for public ones. */
export interface Network {
  /** The PBX's public signalling address. */
  readonly pbx: Endpoint;
  /** The address the PBX writes in Contact and SDP (private when NAT is not handled). */
  readonly pbxLan: string;
  /** The address the PBX writes in SDP (defaults to `pbxLan`). */
  readonly pbxMedia?: string;
  readonly carrier: Endpoint;
  readonly carrierDomain: string;
  readonly transport: Transport;
}

export const DEFAULT_NETWORK: Network = {
  pbx: { host: '198.51.100.20', port: 5060 },
  pbxLan: '198.51.100.20',
  carrier: { host: '203.0.113.10', port: 5060 },
  carrierDomain: 'sip.carrier.example',
  transport: 'UDP',
};

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** A message with headers in order, Content-Length computed, CRLF line ends. */
export function buildMessage(
  startLine: string,
  headers: readonly (readonly [string, string])[],
  body = '',
): string {
  const lines = [
    startLine,
    ...headers.map(([n, v]) => `${n}: ${v}`),
    `Content-Length: ${utf8Length(body)}`,
    '',
    '',
  ];
  return lines.join('\r\n') + body;
}

export interface SdpOptions {
  readonly address: string;
  readonly port: number;
  readonly session: string;
  readonly version: number;
  /** Payload types with their rtpmap text. */
  readonly codecs: readonly (readonly [number, string])[];
  readonly direction?: 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';
  readonly user?: string;
}

export function buildSdp(o: SdpOptions): string {
  const lines = [
    'v=0',
    `o=${o.user ?? '-'} ${o.session} ${o.version} IN IP4 ${o.address}`,
    's=-',
    `c=IN IP4 ${o.address}`,
    't=0 0',
    `m=audio ${o.port} RTP/AVP ${o.codecs.map(([pt]) => pt).join(' ')}`,
    ...o.codecs.map(([pt, codec]) => `a=rtpmap:${pt} ${codec}`),
  ];
  if (o.codecs.some(([, c]) => c.startsWith('telephone-event'))) {
    const pt = o.codecs.find(([, c]) => c.startsWith('telephone-event'))?.[0];
    lines.push(`a=fmtp:${pt} 0-16`);
  }
  lines.push('a=ptime:20', `a=${o.direction ?? 'sendrecv'}`);
  return lines.join('\r\n') + '\r\n';
}

const G711: readonly (readonly [number, string])[] = [
  [0, 'PCMU/8000'],
  [8, 'PCMA/8000'],
  [101, 'telephone-event/8000'],
];
const G729_ONLY: readonly (readonly [number, string])[] = [
  [18, 'G729/8000'],
  [101, 'telephone-event/8000'],
];

const PBX_AGENT = 'Asterisk PBX 18.20.0';
const CARRIER_AGENT = 'CarrierSBC 4.2';

/** Builds one call flow; `at` is where it starts (epoch ms). */
class Flow {
  readonly events: SipEvent[] = [];
  readonly callId: string;
  readonly fromTag: string;
  readonly toTag: string;
  cseq: number;
  t: number;

  constructor(
    readonly rng: SeededRandom,
    readonly net: Network,
    at: number,
    readonly caller: string,
    readonly callee: string,
  ) {
    this.callId = `${rng.hex(32)}@${net.pbxLan}`;
    this.fromTag = rng.hex(8);
    this.toTag = `${rng.hex(8)}-${rng.hex(4)}`;
    this.cseq = rng.int(100, 900);
    this.t = at;
  }

  wait(ms: number): void {
    this.t += ms;
  }

  send(src: Endpoint, dst: Endpoint, text: string): void {
    this.events.push({ time: this.t, src, dst, transport: this.net.transport, text });
  }

  branch(): string {
    return `z9hG4bK${this.rng.hex(10)}`;
  }

  get pbxVia(): string {
    const n = this.net;
    return `SIP/2.0/${n.transport} ${n.pbxLan}:${n.pbx.port}`;
  }

  get from(): string {
    return `<sip:${this.caller}@${this.net.pbx.host}>;tag=${this.fromTag}`;
  }

  to(withTag: boolean): string {
    return `<sip:${this.callee}@${this.net.carrierDomain}>${withTag ? `;tag=${this.toTag}` : ''}`;
  }

  get requestUri(): string {
    return `sip:${this.callee}@${this.net.carrierDomain}`;
  }

  get pbxContact(): string {
    return `<sip:${this.caller}@${this.net.pbxLan}:${this.net.pbx.port}>`;
  }

  get carrierContact(): string {
    return `<sip:${this.callee}@${this.net.carrier.host}:${this.net.carrier.port}>`;
  }

  /** PBX → carrier request; returns its Via value (for the responses). */
  pbxRequest(
    method: string,
    extra: readonly (readonly [string, string])[] = [],
    body = '',
    options: { toTag?: boolean; branch?: string; uri?: string; cseq?: number } = {},
  ): string {
    const via = `${this.pbxVia};rport;branch=${options.branch ?? this.branch()}`;
    const headers: (readonly [string, string])[] = [
      ['Via', via],
      ['Max-Forwards', '70'],
      ['From', this.from],
      ['To', this.to(options.toTag ?? false)],
      ['Call-ID', this.callId],
      ['CSeq', `${options.cseq ?? this.cseq} ${method}`],
    ];
    if (method === 'INVITE' || method === 'REGISTER' || method === 'OPTIONS' || method === 'SUBSCRIBE')
      headers.push(['Contact', this.pbxContact]);
    headers.push(['User-Agent', PBX_AGENT], ...extra);
    if (body) headers.push(['Content-Type', 'application/sdp']);
    this.send(
      this.net.pbx,
      this.net.carrier,
      buildMessage(`${method} ${options.uri ?? this.requestUri} SIP/2.0`, headers, body),
    );
    return via;
  }

  /** Carrier → PBX response to a request whose Via was `via`. */
  carrierResponse(
    via: string,
    status: number,
    phrase: string,
    method: string,
    options: {
      toTag?: boolean;
      extra?: readonly (readonly [string, string])[];
      body?: string;
      cseq?: number;
    } = {},
  ): void {
    const headers: (readonly [string, string])[] = [
      ['Via', `${via.replace(';rport', `;received=${this.net.pbx.host};rport=${this.net.pbx.port}`)}`],
      ['From', this.from],
      ['To', this.to(options.toTag ?? status > 100)],
      ['Call-ID', this.callId],
      ['CSeq', `${options.cseq ?? this.cseq} ${method}`],
    ];
    if (method === 'INVITE' && status >= 180 && status < 300) headers.push(['Contact', this.carrierContact]);
    headers.push(['Server', CARRIER_AGENT], ...(options.extra ?? []));
    if (options.body) headers.push(['Content-Type', 'application/sdp']);
    this.send(
      this.net.carrier,
      this.net.pbx,
      buildMessage(`SIP/2.0 ${status} ${phrase}`, headers, options.body ?? ''),
    );
  }

  offer(codecs = G711, direction: SdpOptions['direction'] = 'sendrecv', version = 1): string {
    return buildSdp({
      address: this.net.pbxMedia ?? this.net.pbxLan,
      port: 10000 + 2 * this.rng.int(0, 4999),
      session: this.fromTag.replace(/\D/g, '1').slice(0, 8) || '1',
      version,
      codecs,
      direction,
    });
  }

  answer(codecs = G711.filter(([pt]) => pt !== 8), direction: SdpOptions['direction'] = 'sendrecv'): string {
    return buildSdp({
      address: this.net.carrier.host,
      port: 20000 + 2 * this.rng.int(0, 4999),
      session: String(this.rng.int(10000, 99999)),
      version: 1,
      codecs,
      direction,
      user: 'carrier',
    });
  }

  /** INVITE → 100 → 180 → 200 (answer); returns the INVITE's Via. */
  invite(offerBody: string, answerBody: string, ring: number): string {
    const via = this.pbxRequest(
      'INVITE',
      [['Allow', 'INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE']],
      offerBody,
    );
    this.wait(this.rng.int(8, 40));
    this.carrierResponse(via, 100, 'Trying', 'INVITE', { toTag: false });
    this.wait(this.rng.int(200, 900));
    this.carrierResponse(via, 180, 'Ringing', 'INVITE');
    this.wait(ring);
    this.carrierResponse(via, 200, 'OK', 'INVITE', {
      body: answerBody,
      extra: [['Record-Route', `<sip:${this.net.carrier.host};lr>`]],
    });
    return via;
  }

  /** The ACK for a 2xx: new branch, to the 2xx Contact through the Record-Route. */
  ack2xx(): void {
    this.wait(this.rng.int(10, 60));
    this.pbxRequest('ACK', [['Route', `<sip:${this.net.carrier.host};lr>`]], '', {
      toTag: true,
      uri: this.carrierContact.slice(1, -1),
    });
  }

  /** The ACK for a non-2xx final: same branch as the INVITE. */
  ackFailure(inviteVia: string): void {
    this.wait(this.rng.int(5, 30));
    const branch = /branch=([^;]+)/.exec(inviteVia)?.[1];
    this.pbxRequest('ACK', [], '', { toTag: true, ...(branch ? { branch } : {}) });
  }

  byeFromPbx(after: number, reason?: string): void {
    this.wait(after);
    this.cseq++;
    const via = this.pbxRequest('BYE', reason ? [['Reason', reason]] : [], '', {
      toTag: true,
      uri: this.carrierContact.slice(1, -1),
    });
    this.wait(this.rng.int(20, 80));
    this.carrierResponse(via, 200, 'OK', 'BYE');
  }
}

function number(rng: SeededRandom, e164 = true): string {
  return e164 ? `+1${rng.int(201, 989)}${rng.digits(7)}` : `${rng.int(201, 989)}${rng.digits(7)}`;
}

/** Builds the events of one scenario starting at `at`. */
export function scenario(
  kind: ScenarioKind,
  rng: SeededRandom,
  at: number,
  net: Network = DEFAULT_NETWORK,
): SipEvent[] {
  const flow = new Flow(rng, net, at, number(rng), number(rng));
  switch (kind) {
    case 'call': {
      flow.invite(flow.offer(), flow.answer(), rng.int(2000, 9000));
      flow.ack2xx();
      if (rng.next() < 0.5) {
        // hold and resume with re-INVITEs
        flow.wait(rng.int(5000, 30000));
        flow.cseq++;
        const hold = flow.pbxRequest('INVITE', [], flow.offer(G711, 'sendonly', 2), {
          toTag: true,
          uri: flow.carrierContact.slice(1, -1),
        });
        flow.wait(rng.int(20, 90));
        flow.carrierResponse(hold, 200, 'OK', 'INVITE', { body: flow.answer(undefined, 'recvonly') });
        flow.ack2xx();
        flow.wait(rng.int(5000, 20000));
        flow.cseq++;
        const resume = flow.pbxRequest('INVITE', [], flow.offer(G711, 'sendrecv', 3), {
          toTag: true,
          uri: flow.carrierContact.slice(1, -1),
        });
        flow.wait(rng.int(20, 90));
        flow.carrierResponse(resume, 200, 'OK', 'INVITE', { body: flow.answer() });
        flow.ack2xx();
      }
      flow.byeFromPbx(rng.int(10000, 200000), 'Q.850;cause=16;text="Normal Clearing"');
      break;
    }
    case 'busy': {
      const via = flow.pbxRequest('INVITE', [], flow.offer());
      flow.wait(rng.int(10, 40));
      flow.carrierResponse(via, 100, 'Trying', 'INVITE', { toTag: false });
      flow.wait(rng.int(300, 2000));
      flow.carrierResponse(via, 486, 'Busy Here', 'INVITE', {
        extra: [['Reason', 'Q.850;cause=17;text="User busy"']],
      });
      flow.ackFailure(via);
      break;
    }
    case 'auth-call': {
      const first = flow.pbxRequest('INVITE', [], flow.offer());
      flow.wait(rng.int(10, 40));
      const nonce = rng.hex(24);
      flow.carrierResponse(first, 407, 'Proxy Authentication Required', 'INVITE', {
        extra: [
          [
            'Proxy-Authenticate',
            `Digest realm="${net.carrierDomain}", nonce="${nonce}", algorithm=MD5, qop="auth"`,
          ],
        ],
      });
      flow.ackFailure(first);
      flow.cseq++;
      flow.wait(rng.int(5, 30));
      const auth = `Digest username="trunk${rng.digits(4)}", realm="${net.carrierDomain}", nonce="${nonce}", uri="${flow.requestUri}", response="${rng.hex(32)}", algorithm=MD5, cnonce="${rng.hex(8)}", qop=auth, nc=00000001`;
      const via = flow.pbxRequest('INVITE', [['Proxy-Authorization', auth]], flow.offer());
      flow.wait(rng.int(10, 40));
      flow.carrierResponse(via, 100, 'Trying', 'INVITE', { toTag: false });
      flow.wait(rng.int(300, 900));
      flow.carrierResponse(via, 180, 'Ringing', 'INVITE');
      flow.wait(rng.int(2000, 8000));
      flow.carrierResponse(via, 200, 'OK', 'INVITE', {
        body: flow.answer(),
        extra: [['Record-Route', `<sip:${net.carrier.host};lr>`]],
      });
      flow.ack2xx();
      flow.byeFromPbx(rng.int(10000, 120000));
      break;
    }
    case 'no-ack': {
      const via = flow.pbxRequest('INVITE', [], flow.offer());
      flow.wait(rng.int(10, 40));
      flow.carrierResponse(via, 100, 'Trying', 'INVITE', { toTag: false });
      flow.wait(rng.int(300, 900));
      flow.carrierResponse(via, 180, 'Ringing', 'INVITE');
      flow.wait(rng.int(2000, 6000));
      const answer = flow.answer();
      // The far end retransmits its 2xx (T1 doubling, capped at T2) and gives up at 64×T1.
      let sent = 0;
      for (const gap of [0, 500, 1000, 2000, 4000, 4000, 4000, 4000, 4000, 4000]) {
        flow.wait(gap);
        sent += gap;
        flow.carrierResponse(via, 200, 'OK', 'INVITE', {
          body: answer,
          extra: [['Record-Route', `<sip:${net.carrier.host};lr>`]],
        });
      }
      flow.wait(32000 - sent);
      // The carrier tears the call down: BYE from the callee side, the PBX agrees.
      const bye = buildMessage(`BYE ${flow.pbxContact.slice(1, -1)} SIP/2.0`, [
        [
          'Via',
          `SIP/2.0/${net.transport} ${net.carrier.host}:${net.carrier.port};branch=z9hG4bK${rng.hex(10)}`,
        ],
        ['Max-Forwards', '70'],
        ['From', flow.to(true)],
        ['To', flow.from],
        ['Call-ID', flow.callId],
        ['CSeq', `${rng.int(1, 50)} BYE`],
        ['Reason', 'SIP;cause=408;text="ACK Timeout"'],
        ['User-Agent', CARRIER_AGENT],
      ]);
      flow.send(net.carrier, net.pbx, bye);
      flow.wait(rng.int(1, 10));
      flow.send(
        net.pbx,
        net.carrier,
        buildMessage('SIP/2.0 200 OK', [
          ['Via', /^Via: (.*)$/m.exec(bye)?.[1] ?? ''],
          ['From', flow.to(true)],
          ['To', flow.from],
          ['Call-ID', flow.callId],
          ['CSeq', /^CSeq: (.*)$/m.exec(bye)?.[1] ?? ''],
          ['Server', PBX_AGENT],
        ]),
      );
      break;
    }
    case 'inbound-no-ack':
      inboundNoAck(flow, rng, net);
      break;
    case 'codec-488': {
      const via = flow.pbxRequest('INVITE', [], flow.offer(G729_ONLY));
      flow.wait(rng.int(10, 40));
      flow.carrierResponse(via, 100, 'Trying', 'INVITE', { toTag: false });
      flow.wait(rng.int(20, 120));
      flow.carrierResponse(via, 488, 'Not Acceptable Here', 'INVITE', {
        extra: [['Warning', `305 ${net.carrier.host} "Incompatible media format: G729 not supported"`]],
      });
      flow.ackFailure(via);
      break;
    }
    case 'cancel': {
      const via = flow.pbxRequest('INVITE', [], flow.offer());
      flow.wait(rng.int(10, 40));
      flow.carrierResponse(via, 100, 'Trying', 'INVITE', { toTag: false });
      flow.wait(rng.int(300, 900));
      flow.carrierResponse(via, 180, 'Ringing', 'INVITE');
      flow.wait(rng.int(3000, 20000));
      const branch = /branch=([^;]+)/.exec(via)?.[1] ?? flow.branch();
      const cancelVia = flow.pbxRequest('CANCEL', [['Reason', 'Q.850;cause=16;text="Normal Clearing"']], '', {
        branch,
      });
      flow.wait(rng.int(10, 40));
      flow.carrierResponse(cancelVia, 200, 'OK', 'CANCEL');
      flow.wait(rng.int(2, 20));
      flow.carrierResponse(via, 487, 'Request Terminated', 'INVITE');
      flow.ackFailure(via);
      break;
    }
    case 'timeout': {
      const branch = flow.branch();
      const offer = flow.offer();
      for (const gap of [0, 500, 1000, 2000, 4000, 8000, 16000]) {
        flow.wait(gap);
        flow.pbxRequest('INVITE', [], offer, { branch });
      }
      break;
    }
    case 'register': {
      const user = `trunk${rng.digits(4)}`;
      const uri = `sip:${net.carrierDomain}`;
      const first = flow.pbxRequest('REGISTER', [['Expires', '3600']], '', { uri });
      flow.wait(rng.int(10, 50));
      const nonce = rng.hex(24);
      flow.carrierResponse(first, 401, 'Unauthorized', 'REGISTER', {
        extra: [['WWW-Authenticate', `Digest realm="${net.carrierDomain}", nonce="${nonce}", algorithm=MD5`]],
      });
      flow.cseq++;
      flow.wait(rng.int(5, 30));
      const via = flow.pbxRequest(
        'REGISTER',
        [
          ['Expires', '3600'],
          [
            'Authorization',
            `Digest username="${user}", realm="${net.carrierDomain}", nonce="${nonce}", uri="${uri}", response="${rng.hex(32)}", algorithm=MD5`,
          ],
        ],
        '',
        { uri },
      );
      flow.wait(rng.int(10, 50));
      flow.carrierResponse(via, 200, 'OK', 'REGISTER', {
        extra: [['Contact', `${flow.pbxContact};expires=3600`]],
      });
      break;
    }
    case 'options': {
      const via = flow.pbxRequest('OPTIONS', [['Accept', 'application/sdp']], '', {
        uri: `sip:${net.carrierDomain}`,
      });
      flow.wait(rng.int(5, 40));
      flow.carrierResponse(via, 200, 'OK', 'OPTIONS', {
        extra: [['Allow', 'INVITE, ACK, CANCEL, BYE, OPTIONS']],
      });
      break;
    }
    case 'cps-503': {
      const via = flow.pbxRequest('INVITE', [], flow.offer());
      flow.wait(rng.int(10, 40));
      flow.carrierResponse(via, 503, 'Trunk CPS limit exceeded', 'INVITE', { extra: [['Retry-After', '2']] });
      flow.ackFailure(via);
      break;
    }
  }
  return flow.events;
}

/**
 * An inbound call the PBX answers with its LAN address in Contact: the carrier's ACK goes nowhere, the
 * PBX retransmits its 200 OK and hangs up after 64×T1 (32 s).
 */
function inboundNoAck(flow: Flow, rng: SeededRandom, net: Network): void {
  const carrierBranch = `z9hG4bK${rng.hex(10)}`;
  const callerTag = rng.hex(8);
  const pbxTag = rng.hex(8);
  const did = flow.callee;
  const caller = flow.caller;
  const callId = `${rng.hex(16)}-${rng.digits(6)}@${net.carrier.host}`;
  const via = `SIP/2.0/${net.transport} ${net.carrier.host}:${net.carrier.port};branch=${carrierBranch}`;
  const from = `"${caller}" <sip:${caller}@${net.carrierDomain}>;tag=${callerTag}`;
  const to = `<sip:${did}@${net.pbx.host}>`;
  const carrierContact = `<sip:${caller}@${net.carrier.host}:${net.carrier.port}>`;
  const rr = `<sip:${net.carrier.host};lr>`;
  const offer = buildSdp({
    address: net.carrier.host,
    port: 20000 + 2 * rng.int(0, 4999),
    session: String(rng.int(10000, 99999)),
    version: 1,
    codecs: G711,
    user: 'carrier',
  });
  flow.send(
    net.carrier,
    net.pbx,
    buildMessage(
      `INVITE sip:${did}@${net.pbx.host} SIP/2.0`,
      [
        ['Via', via],
        ['Record-Route', rr],
        ['Max-Forwards', '69'],
        ['From', from],
        ['To', to],
        ['Call-ID', callId],
        ['CSeq', '1 INVITE'],
        ['Contact', carrierContact],
        ['User-Agent', CARRIER_AGENT],
        ['Content-Type', 'application/sdp'],
      ],
      offer,
    ),
  );
  const pbxContact = `<sip:${did}@${net.pbxLan}:${net.pbx.port}>`;
  const response = (status: number, phrase: string, body = ''): string =>
    buildMessage(
      `SIP/2.0 ${status} ${phrase}`,
      [
        ['Via', `${via};received=${net.carrier.host}`],
        ['Record-Route', rr],
        ['From', from],
        ['To', status > 100 ? `${to};tag=${pbxTag}` : to],
        ['Call-ID', callId],
        ['CSeq', '1 INVITE'],
        ...(status > 100 ? ([['Contact', pbxContact]] as [string, string][]) : []),
        ['Server', PBX_AGENT],
        ...(body ? ([['Content-Type', 'application/sdp']] as [string, string][]) : []),
      ],
      body,
    );
  flow.wait(rng.int(5, 20));
  flow.send(net.pbx, net.carrier, response(100, 'Trying'));
  flow.wait(rng.int(50, 300));
  flow.send(net.pbx, net.carrier, response(180, 'Ringing'));
  flow.wait(rng.int(2000, 6000));
  const answer = buildSdp({
    address: net.pbxMedia ?? net.pbx.host,
    port: 10000 + 2 * rng.int(0, 4999),
    session: String(rng.int(10000, 99999)),
    version: 1,
    codecs: G711.filter(([pt]) => pt !== 8),
  });
  const ok = response(200, 'OK', answer);
  let sent = 0;
  for (const gap of [0, 500, 1000, 2000, 4000, 4000, 4000, 4000, 4000, 4000]) {
    flow.wait(gap);
    sent += gap;
    flow.send(net.pbx, net.carrier, ok);
  }
  flow.wait(32000 - sent);
  const byeVia = `SIP/2.0/${net.transport} ${net.pbxLan}:${net.pbx.port};rport;branch=z9hG4bK${rng.hex(10)}`;
  flow.send(
    net.pbx,
    net.carrier,
    buildMessage(`BYE ${carrierContact.slice(1, -1)} SIP/2.0`, [
      ['Via', byeVia],
      ['Route', rr],
      ['Max-Forwards', '70'],
      ['From', `${to};tag=${pbxTag}`],
      ['To', from],
      ['Call-ID', callId],
      ['CSeq', '102 BYE'],
      ['Reason', 'Q.850;cause=41;text="Temporary Failure"'],
      ['User-Agent', PBX_AGENT],
    ]),
  );
  flow.wait(rng.int(20, 80));
  flow.send(
    net.carrier,
    net.pbx,
    buildMessage('SIP/2.0 200 OK', [
      ['Via', `${byeVia.replace(';rport', `;received=${net.pbx.host};rport=${net.pbx.port}`)}`],
      ['From', `${to};tag=${pbxTag}`],
      ['To', from],
      ['Call-ID', callId],
      ['CSeq', '102 BYE'],
      ['Server', CARRIER_AGENT],
    ]),
  );
}
