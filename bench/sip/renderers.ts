/**
 * Writes SIP events the way each export tool does (layouts from the reference's format descriptions):
 * sngrep, ngrep, tshark dissections, follow stream, Asterisk pjsip and chan_sip, FreeSWITCH (new and
 * old), Kamailio sipdump, OpenSIPS tracer, Homer, Oracle/Acme sipmsg.log, Cisco CUBE, raw SIP.
 */
import type { Endpoint, SipEvent } from './scenarios';

export type GeneratedFormat =
  | 'sngrep'
  | 'ngrep'
  | 'tshark-O'
  | 'tshark-V'
  | 'follow'
  | 'pjsip'
  | 'chan_sip'
  | 'freeswitch'
  | 'freeswitch-old'
  | 'kamailio'
  | 'opensips'
  | 'homer'
  | 'acme'
  | 'cisco'
  | 'raw';

export const GENERATED_FORMATS: readonly GeneratedFormat[] = [
  'sngrep',
  'ngrep',
  'tshark-O',
  'tshark-V',
  'follow',
  'pjsip',
  'chan_sip',
  'freeswitch',
  'freeswitch-old',
  'kamailio',
  'opensips',
  'homer',
  'acme',
  'cisco',
  'raw',
];

export interface RenderOptions {
  /** The host whose log this is (for tools that write sent/received). */
  readonly local: Endpoint;
  /** ngrep: print `#N` frame numbers (ngrep ≥ 1.47). */
  readonly frameNumbers?: boolean;
  /** ngrep: relative times (`-T`) instead of absolute (`-t`). */
  readonly relativeTimes?: boolean;
  /** ngrep with relative times: since the first packet (`-TT`) rather than the previous one (`-T`). */
  readonly sinceFirst?: boolean;
  /** follow over TCP: cut each direction's byte stream into segments of this many bytes (mid-line). */
  readonly followSegment?: number;
  /** Cisco: each message flattened onto one line, lines joined by literal `\r\n`, syslog `#015#012`, or spaces. */
  readonly ciscoFlatten?: 'escaped' | 'syslog' | 'spaces';
  /** tshark: a form feed before every packet ("each packet on a new page"). */
  readonly formFeeds?: boolean;
  /** tshark: a summary line before each frame (`-P`). */
  readonly summaryLines?: boolean;
  /** tshark: messages sent back to back over TCP share one frame. */
  readonly coalesceTcp?: boolean;
  /** chan_sip: CLI capture with a time prefix on every line. */
  readonly cliPrefix?: boolean;
  /** Asterisk pjsip: the `/var/log/asterisk/full` prefix on envelopes, and console lines between messages. */
  readonly fullLog?: boolean;
  /** Acme: write a post-NAT copy after each received INVITE. */
  readonly natCopies?: boolean;
  /** FreeSWITCH console capture: ANSI colour before `recv`/`send`. */
  readonly ansi?: boolean;
  /** chan_sip: a CRLF keep-alive shown as a tiny read block after the first message. */
  readonly keepalives?: boolean;
  /** Cisco IOS-XE 17: `Received: SIP UDP message from a to b`. */
  readonly ciscoAddresses?: boolean;
  /** Acme: the file-open notice and a hex dump between entries. */
  readonly acmeNoise?: boolean;
  /** FreeSWITCH old layout: a line cut by the logger in the first message with a body. */
  readonly truncateMarker?: boolean;
  /** First frame / sequence number. */
  readonly firstNumber?: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function pad(n: number, width = 2): string {
  return String(Math.floor(n)).padStart(width, '0');
}

function parts(ms: number): { d: Date; micros: number } {
  const whole = Math.floor(ms);
  return { d: new Date(whole), micros: Math.round((ms - Math.floor(ms / 1000) * 1000) * 1000) % 1000000 };
}

/** `2024/03/01 09:00:00.123456` (sngrep, ngrep). */
export function slashTime(ms: number): string {
  const { d, micros } = parts(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(micros, 6)}`;
}

function dashTime(ms: number, withMicros: boolean, t = ' '): string {
  const { d, micros } = parts(ms);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}${t}${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return withMicros ? `${base}.${pad(micros, 6)}` : base;
}

function timeOfDay(ms: number): string {
  const { d, micros } = parts(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(micros, 6)}`;
}

/** `Mar  1 09:00:00` with optional milliseconds (syslog style). */
function syslogTime(ms: number, millis: boolean): string {
  const { d } = parts(ms);
  const base = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return millis ? `${base}.${pad(Math.floor(ms) % 1000, 3)}` : base;
}

function ep(e: Endpoint): string {
  return e.host.includes(':') ? `[${e.host}]:${e.port}` : `${e.host}:${e.port}`;
}

function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++)
    n += text.charCodeAt(i) < 0x80 ? 1 : text.charCodeAt(i) < 0x800 ? 2 : 3;
  return n;
}

function lf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

function isLocal(e: Endpoint, o: RenderOptions): boolean {
  return e.host === o.local.host && e.port === o.local.port;
}

function startLine(text: string): string {
  return text.slice(0, text.indexOf('\r\n'));
}

export function renderSngrep(events: readonly SipEvent[]): string {
  return events.map((e) => `${slashTime(e.time)} ${ep(e.src)} -> ${ep(e.dst)}\n${e.text}\n\n`).join('');
}

export function renderNgrep(events: readonly SipEvent[], o: RenderOptions): string {
  let out = 'input: capture.pcap\nfilter: ( port 5060 ) and ((ip || ip6) || (vlan && (ip || ip6)))\n';
  let n = o.firstNumber ?? 1;
  let previous = events[0]?.time ?? 0;
  for (const e of events) {
    const letter = e.transport === 'UDP' ? 'U' : 'T';
    const since = o.sinceFirst ? (events[0]?.time ?? 0) : previous;
    const time = o.relativeTimes ? `+${((e.time - since) / 1000).toFixed(6)}` : slashTime(e.time);
    previous = e.time;
    const flags = letter === 'T' ? ' [AP]' : '';
    const number = o.frameNumbers === false ? '' : ` #${n}`;
    n++;
    out += `\n${letter} ${time} ${ep(e.src)} -> ${ep(e.dst)}${flags}${number}\n${e.text.replace(/\r\n/g, '.\n')}\n\n`;
  }
  return out;
}

export function renderRaw(events: readonly SipEvent[]): string {
  return events.map((e) => `${e.text}\r\n`).join('');
}

export function renderFollow(events: readonly SipEvent[], o: Partial<RenderOptions> = {}): string {
  const first = events[0];
  if (!first) return '';
  const node0 = first.src;
  const node1 = first.dst;
  const kind = first.transport === 'UDP' ? 'udp' : 'tcp';
  let out = `\n${'='.repeat(67)}\nFollow: ${kind},ascii\nFilter: ${kind}.stream eq 0\nNode 0: ${ep(node0)}\nNode 1: ${ep(node1)}\n`;
  const size = o.followSegment ?? 0;
  for (const e of events) {
    const fromNode1 = e.src.host === node1.host && e.src.port === node1.port;
    // ASCII text: characters are bytes. A segment size cuts lines (and CRLFs) where it falls.
    for (let at = 0; at < e.text.length; at += size > 0 ? size : e.text.length) {
      const chunk = size > 0 ? e.text.slice(at, at + size) : e.text;
      out += `${fromNode1 ? '\t' : ''}${byteLength(chunk)}\n${chunk}\n`;
    }
  }
  return out + `${'='.repeat(67)}\n`;
}

export function renderPjsip(events: readonly SipEvent[], o: RenderOptions): string {
  let out = '';
  let channel = 1;
  for (const e of events) {
    const sent = isLocal(e.src, o);
    const kind = startLine(e.text).startsWith('SIP/2.0') ? 'response' : 'request';
    const peer = sent ? e.dst : e.src;
    const arrow = `<--- ${sent ? 'Transmitting' : 'Received'} SIP ${kind} (${byteLength(e.text)} bytes) ${sent ? 'to' : 'from'} ${e.transport}:${ep(peer)} --->`;
    const prefix = o.fullLog
      ? `[${syslogTime(e.time, false)}] VERBOSE[${2150 + (channel % 7)}] res_pjsip_logger.c: `
      : '';
    // pjsip writes its own Content-Length with two spaces.
    const body = sent ? lf(e.text).replace(/^Content-Length: /m, 'Content-Length:  ') : lf(e.text);
    out += `${prefix}${arrow}\n${body}\n`;
    if (o.fullLog && kind === 'request' && startLine(e.text).startsWith('INVITE') && !sent) {
      out += `    -- Executing [s@from-trunk:1] Dial("PJSIP/trunk-${pad(channel++, 8)}", "PJSIP/2001") in new stack\n`;
    }
  }
  return out;
}

export function renderChanSip(events: readonly SipEvent[], o: RenderOptions): string {
  const lines: string[] = [];
  for (const e of events) {
    const sent = isLocal(e.src, o);
    const body = lf(e.text).split('\n').slice(0, -1);
    let block: string[];
    if (!sent) block = [`<--- SIP read from ${e.transport}:${ep(e.src)} --->`, ...body, '<------------->'];
    else if (startLine(e.text).startsWith('SIP/2.0'))
      block = [`<--- Transmitting (no NAT) to ${ep(e.dst)} --->`, ...body, '<------------>'];
    else block = [`Reliably Transmitting (no NAT) to ${ep(e.dst)}:`, ...body, '---'];
    if (o.cliPrefix) {
      const prefix = `[${syslogTime(e.time, false)}] `;
      block = block.map((line) => prefix + line);
    }
    lines.push(...block);
    if (o.keepalives && e === events[0]) {
      const prefix = o.cliPrefix ? `[${syslogTime(e.time, false)}] ` : '';
      lines.push(
        `${prefix}<--- SIP read from ${e.transport}:${ep(e.dst)} --->`,
        `${prefix}jaK`,
        `${prefix}<------------->`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

export function renderFreeswitch(events: readonly SipEvent[], o: RenderOptions, old = false): string {
  let out = '';
  const dashes = '-'.repeat(72);
  let marked = false;
  for (const e of events) {
    const sent = isLocal(e.src, o);
    const peer = sent ? e.dst : e.src;
    out += `${o.ansi ? '\u001b[32m' : ''}${sent ? 'send' : 'recv'} ${byteLength(e.text)} bytes ${sent ? 'to' : 'from'} ${e.transport.toLowerCase()}/[${peer.host}]:${peer.port} at ${timeOfDay(e.time)}:\n`;
    const text = e.text.replace(/\r/g, '');
    if (old) {
      out += `   ${dashes}\n`;
      for (const line of text.split('\n').slice(0, -1)) {
        out += `   ${line}\n`;
        if (o.truncateMarker && !marked && line.startsWith('Content-Type:')) {
          out += '   *** message truncated at 2047 ***\n';
          marked = true;
        }
      }
      out += `   ${dashes}\n`;
    } else {
      out += `${dashes}\n${text}`;
    }
  }
  return out;
}

export function renderKamailio(events: readonly SipEvent[], o: RenderOptions): string {
  let out = '';
  for (const e of events) {
    const d = new Date(Math.floor(e.time));
    const date = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
    out += [
      '='.repeat(20),
      `tag: ${isLocal(e.src, o) ? 'snd' : 'rcv'}`,
      'pid: 2351',
      'process: 7',
      `time: ${(e.time / 1000).toFixed(6)}`,
      `date: ${date}`,
      `proto: ${e.transport.toLowerCase()} ipv4`,
      `srcip: ${e.src.host}`,
      `srcport: ${e.src.port}`,
      `dstip: ${e.dst.host}`,
      `dstport: ${e.dst.port}`,
      '~'.repeat(20),
      '',
    ].join('\n');
    out += `${e.text}${'|'.repeat(20)}\n`;
  }
  return out;
}

export function renderOpensips(events: readonly SipEvent[], o: RenderOptions): string {
  return events
    .map(
      (e) =>
        `${isLocal(e.src, o) ? 'out' : 'in'} ${e.transport.toLowerCase()} ${dashTime(e.time, false)} ${ep(e.src)} -> ${ep(e.dst)}\n${e.text}\n`,
    )
    .join('');
}

export function renderHomer(events: readonly SipEvent[]): string {
  return events
    .map(
      (e) =>
        `proto:${e.transport} ${dashTime(e.time, true, 'T')}Z  ${ep(e.src)} ---> ${ep(e.dst)}\r\n\r\n${e.text}\r\n`,
    )
    .join('');
}

export function renderAcme(events: readonly SipEvent[], o: RenderOptions): string {
  let out = o.acmeNoise ? 'File opened.\n' : '';
  for (const e of events) {
    const sent = isLocal(e.src, o);
    const local = sent ? e.src : e.dst;
    const peer = sent ? e.dst : e.src;
    const text = lf(e.text);
    out += `${syslogTime(e.time, true)} On [1:0]${ep(local)} ${sent ? 'sent to' : 'received from'} ${ep(peer)}\n${text}`;
    if (o.natCopies && !sent && startLine(e.text).startsWith('INVITE')) {
      out += `Post-NAT from private<realm=access> encoded:\n${text}`;
    }
    out += `${'-'.repeat(40)}\n`;
    if (o.acmeNoise && e === events[0])
      out += '  0000: ac 3e 01 00 00 00 00 1c 00 00 00 05 00 00 00 01   .>..............\n';
  }
  return out;
}

export function renderCisco(events: readonly SipEvent[], o: RenderOptions): string {
  let out = '';
  let seq = o.firstNumber ?? 125670;
  for (const e of events) {
    const sent = isLocal(e.src, o);
    // IOS writes headers without a space after the colon.
    const [head = '', ...body] = lf(e.text).split('\n\n');
    const compact = head.replace(/^([A-Za-z-]+): /gm, '$1:');
    if (o.ciscoFlatten) {
      const sep = o.ciscoFlatten === 'escaped' ? '\\r\\n' : o.ciscoFlatten === 'syslog' ? '#015#012' : ' ';
      const prefix = o.ciscoFlatten === 'syslog' ? `${syslogTime(e.time, false)} cube1 ` : '';
      const message = [...compact.split('\n'), '', ...body.join('\n\n').split('\n')].join(sep);
      out += `${prefix}${seq++}: *${syslogTime(e.time, true)}: //-1/${'0'.repeat(12)}/SIP/Msg/ccsipDisplayMsg:${sep}${sent ? 'Sent:' : 'Received:'}${sep}${message}\n`;
      continue;
    }
    out += `${seq++}: *${syslogTime(e.time, true)}: //-1/${'0'.repeat(12)}/SIP/Msg/ccsipDisplayMsg:\n${sent ? 'Sent:' : 'Received:'}${o.ciscoAddresses ? ` SIP ${e.transport} message from ${ep(e.src)} to ${ep(e.dst)}` : ''}\n${compact}\n\n${body.join('\n\n')}\n`;
  }
  return out;
}

const SDP_LABELS: Readonly<Record<string, string>> = {
  v: 'Session Description Protocol Version (v)',
  o: 'Owner/Creator, Session Id (o)',
  s: 'Session Name (s)',
  c: 'Connection Information (c)',
  t: 'Time Description, active time (t)',
  m: 'Media Description, name and address (m)',
  b: 'Bandwidth Information (b)',
};

function dissectSip(text: string, n: number, requestFrame: Map<string, number>): string[] {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [first = '', ...headers] = head.split('\r\n');
  const out: string[] = [];
  const response = first.startsWith('SIP/2.0');
  const cseq = headers.find((h) => h.startsWith('CSeq: '))?.slice(6) ?? '';
  const callId = headers.find((h) => h.startsWith('Call-ID: '))?.slice(9) ?? '';
  if (response) {
    const code = first.slice(8, 11);
    out.push(
      `Session Initiation Protocol (${code})`,
      `    Status-Line: ${first}`,
      `        Status-Code: ${code}`,
      '        [Resent Packet: False]',
    );
    const req = requestFrame.get(`${callId}|${cseq}`);
    if (req !== undefined) out.push(`        [Request Frame: ${req}]`);
  } else {
    const [method = '', uri = ''] = first.split(' ');
    out.push(
      `Session Initiation Protocol (${method})`,
      `    Request-Line: ${first}`,
      `        Method: ${method}`,
      `        Request-URI: ${uri}`,
      '        [Resent Packet: False]',
    );
    requestFrame.set(`${callId}|${cseq}`, n);
  }
  out.push('    Message Header');
  for (const h of headers) {
    const colon = h.indexOf(': ');
    const name = h.slice(0, colon);
    const value = h.slice(colon + 2);
    out.push(h.length > 240 ? `         [truncated]${h.slice(0, 240)}` : `        ${h}`);
    if (name === 'Via') {
      out.push(`            Transport: ${value.split(' ')[0]?.split('/')[2] ?? ''}`);
      const branch = /branch=([^;]+)/.exec(value)?.[1];
      if (branch) out.push(`            Branch: ${branch}`);
    } else if (name === 'CSeq') {
      const [num = '', method = ''] = value.split(' ');
      out.push(`            Sequence Number: ${num}`, `            Method: ${method}`);
    } else if (name === 'Call-ID') {
      out.push(`        [Generated Call-ID: ${value}]`);
    } else if (name === 'From' || name === 'To') {
      const tag = /tag=([^;]+)/.exec(value)?.[1];
      if (tag) out.push(`            SIP ${name.toLowerCase()} tag: ${tag}`);
    }
  }
  if (body) {
    out.push('    Message Body', '        Session Description Protocol');
    let inMedia = false;
    for (const line of body.split('\r\n')) {
      if (line.length < 2) continue;
      const type = line[0] as string;
      const value = line.slice(2);
      if (type === 'm') inMedia = true;
      const label =
        type === 'a'
          ? inMedia
            ? 'Media Attribute (a)'
            : 'Session Attribute (a)'
          : (SDP_LABELS[type] ?? `Unknown (${type})`);
      out.push(`            ${label}: ${value}`);
      if (type === 'm') out.push(`                Media Type: ${value.split(' ')[0]}`);
      if (type === 'c') out.push(`                Connection Address: ${value.split(' ')[2] ?? ''}`);
    }
  }
  return out;
}

export function renderTshark(events: readonly SipEvent[], o: RenderOptions, verbose: boolean): string {
  const out: string[] = [];
  const requestFrame = new Map<string, number>();
  let n = o.firstNumber ?? 1;
  const start = events[0]?.time ?? 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as SipEvent;
    // Back-to-back TCP messages in one direction: one frame, several SIP PDUs.
    const group = [e];
    while (o.coalesceTcp && e.transport !== 'UDP') {
      const next = events[i + 1];
      if (!next || next.src !== e.src || next.dst !== e.dst || next.time - e.time > 2) break;
      group.push(next);
      i++;
    }
    const payload = group.reduce((s, g) => s + byteLength(g.text), 0);
    const length = payload + 42;
    if (o.formFeeds && out.length > 0) out.push('\f');
    if (o.summaryLines) {
      out.push(
        `${String(n).padStart(7)} ${((e.time - start) / 1000).toFixed(9).padStart(12)}   ${e.src.host.padEnd(18)} → ${e.dst.host.padEnd(18)} SIP${e.text.includes('\r\n\r\nv=0') ? '/SDP' : ''} ${length}  ${startLine(e.text).startsWith('SIP/2.0') ? 'Status: ' : 'Request: '}${startLine(e.text).replace(/^SIP\/2\.0 /, '')}`,
      );
    }
    out.push(
      `Frame ${n}: ${length} bytes on wire (${length * 8} bits), ${length} bytes captured (${length * 8} bits)`,
    );
    if (verbose) {
      const d = new Date(Math.floor(e.time));
      out.push(
        '    Encapsulation type: Ethernet (1)',
        `    Arrival Time: ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(Math.floor(e.time) % 1000, 3)}000000 UTC`,
        `    Epoch Time: ${(e.time / 1000).toFixed(6)}000 seconds`,
        `    Frame Number: ${n}`,
        `    Frame Length: ${length} bytes (${length * 8} bits)`,
        '    [Protocols in frame: eth:ethertype:ip:udp:sip:sdp]',
      );
    }
    out.push(
      'Ethernet II, Src: 00:50:56:a1:00:01 (00:50:56:a1:00:01), Dst: 00:50:56:a1:00:02 (00:50:56:a1:00:02)',
    );
    if (verbose) out.push('    Type: IPv4 (0x0800)');
    out.push(`Internet Protocol Version 4, Src: ${e.src.host}, Dst: ${e.dst.host}`);
    if (verbose)
      out.push(
        '    Time to Live: 64',
        `    Source Address: ${e.src.host}`,
        `    Destination Address: ${e.dst.host}`,
      );
    if (e.transport === 'UDP') {
      out.push(`User Datagram Protocol, Src Port: ${e.src.port}, Dst Port: ${e.dst.port}`);
      if (verbose)
        out.push(
          `    Source Port: ${e.src.port}`,
          `    Destination Port: ${e.dst.port}`,
          `    UDP payload (${payload} bytes)`,
        );
    } else {
      out.push(
        `Transmission Control Protocol, Src Port: ${e.src.port}, Dst Port: ${e.dst.port}, Seq: 1, Ack: 1, Len: ${payload}`,
      );
      if (verbose)
        out.push(
          `    Source Port: ${e.src.port}`,
          `    Destination Port: ${e.dst.port}`,
          `    TCP payload (${payload} bytes)`,
        );
    }
    for (const g of group) out.push(...dissectSip(g.text, n, requestFrame));
    out.push('');
    n++;
  }
  return out.join('\n') + '\n';
}

/** Renders events in one format. */
export function render(format: GeneratedFormat, events: readonly SipEvent[], o: RenderOptions): string {
  switch (format) {
    case 'sngrep':
      return renderSngrep(events);
    case 'ngrep':
      return renderNgrep(events, o);
    case 'tshark-O':
      return renderTshark(events, o, false);
    case 'tshark-V':
      return renderTshark(events, o, true);
    case 'follow':
      return renderFollow(events, o);
    case 'pjsip':
      return renderPjsip(events, o);
    case 'chan_sip':
      return renderChanSip(events, o);
    case 'freeswitch':
      return renderFreeswitch(events, o, false);
    case 'freeswitch-old':
      return renderFreeswitch(events, o, true);
    case 'kamailio':
      return renderKamailio(events, o);
    case 'opensips':
      return renderOpensips(events, o);
    case 'homer':
      return renderHomer(events);
    case 'acme':
      return renderAcme(events, o);
    case 'cisco':
      return renderCisco(events, o);
    case 'raw':
      return renderRaw(events);
  }
}
