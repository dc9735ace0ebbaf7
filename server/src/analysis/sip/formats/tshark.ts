/**
 * Wireshark/tshark dissections (`tshark -V`, `tshark -O sip`, "Export Packet Dissections → As Plain
 * Text"): no raw message, a tree indented 4 spaces per level. A frame starts at `Frame N:`; its layer
 * lines give addresses, ports and transport; each `Session Initiation Protocol (…)` block is one SIP
 * PDU (a TCP frame can hold several). Headers are exactly the lines one level below `Message Header`;
 * SDP lines appear as `Label (x): value`. Bracketed lines are tshark's own annotations.
 */
import type { Endpoint, Envelope } from '../model/types';
import { MAX_ENVELOPE_LENGTH, type FormatReader, type ReaderContext } from './reader';
import { parseEpochSeconds, parseSeconds } from './time';

const FRAME = /^Frame \d+: \d+ bytes on wire/;
const SUMMARY_HEADER = /^No\.\s+Time\s+Source\s+Destination\s+Protocol/;
const SUMMARY_ROW = /^ {0,8}\d+ +(\d+\.\d+) +(\S+) +(?:\u2192 +)?(\S+) +\S+ +\d+ /;

interface FrameState {
  start: number;
  end: number;
  srcHost: string | undefined;
  dstHost: string | undefined;
  srcPort: number | undefined;
  dstPort: number | undefined;
  transport: string | undefined;
  time: number | undefined;
  timeKind: 'absolute' | 'relative' | undefined;
  envelope: Envelope | undefined;
}

export const tsharkReader: FormatReader = {
  format: 'tshark',
  firstChars: 'FN ',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH) return false;
    const c = text.charCodeAt(start);
    if (c === 70) return text.startsWith('Frame ', start) && FRAME.test(text.slice(start, end));
    if (c === 78) return text.startsWith('No.', start) && SUMMARY_HEADER.test(text.slice(start, end));
    if (c !== 32 || end - start < 20) return false;
    let i = start;
    while (i < start + 8 && text.charCodeAt(i) === 32) i++;
    const d = text.charCodeAt(i);
    return d >= 48 && d <= 57 && SUMMARY_ROW.test(text.slice(start, end));
  },
  read(ctx, start, end) {
    readDissection(ctx, start, end);
  },
};

function newFrame(start: number, end: number): FrameState {
  return {
    start,
    end,
    srcHost: undefined,
    dstHost: undefined,
    srcPort: undefined,
    dstPort: undefined,
    transport: undefined,
    time: undefined,
    timeKind: undefined,
    envelope: undefined,
  };
}

function readDissection(ctx: ReaderContext, firstStart: number, firstEnd: number): void {
  const { lines, text } = ctx;
  let frame: FrameState | undefined;
  let summary: { time: number | undefined; src: string; dst: string } | undefined;
  let section = '';
  // Process the opening line, then continue with the following ones.
  let s = firstStart;
  let e = firstEnd;
  let first = true;
  for (;;) {
    if (!first) {
      if (!lines.next()) break;
      s = lines.start;
      e = lines.end;
    }
    first = false;
    while (s < e && text.charCodeAt(s) === 12) s++; // form feeds: "each packet on a new page"
    if (s === e) continue;
    let indent = 0;
    while (s + indent < e && text.charCodeAt(s + indent) === 32) indent++;
    if (indent === 0) {
      const line = e - s <= MAX_ENVELOPE_LENGTH ? text.slice(s, e) : '';
      if (FRAME.test(line)) {
        frame = newFrame(s, e);
        ctx.countBlock('tshark');
        if (summary) {
          frame.time = summary.time;
          frame.timeKind = summary.time === undefined ? undefined : 'relative';
          const src = summary.src;
          const dst = summary.dst;
          frame.srcHost = src;
          frame.dstHost = dst;
          summary = undefined;
        }
        section = 'frame';
        continue;
      }
      if (SUMMARY_HEADER.test(line)) {
        section = 'summary';
        continue;
      }
      if (line.startsWith('Session Initiation Protocol')) {
        if (!frame) frame = newFrame(s, e);
        readSipPdu(ctx, frame);
        section = '';
        continue;
      }
      if (frame && readLayerLine(line, frame)) {
        section = 'layer';
        continue;
      }
      if (ctx.isBoundary(s, e)) {
        lines.back();
        return;
      }
      section = 'other';
      continue;
    }
    if (section === 'frame' && frame) {
      if (text.startsWith('Epoch Time: ', s + indent)) {
        const t = parseEpochSeconds(text.slice(s + indent + 12, Math.min(e, s + indent + 60)));
        if (t !== undefined) {
          frame.time = t;
          frame.timeKind = 'absolute';
        }
      }
      continue;
    }
    const row = e - s <= MAX_ENVELOPE_LENGTH ? SUMMARY_ROW.exec(text.slice(s, e)) : null;
    if (row && (section === 'summary' || section === '' || section === 'other' || section === 'layer')) {
      summary = { time: parseSeconds(row[1] as string), src: row[2] as string, dst: row[3] as string };
      section = 'summary';
    }
  }
}

/** IP/UDP/TCP/WebSocket/TLS summary lines of a frame; true when the line was one. */
function readLayerLine(line: string, frame: FrameState): boolean {
  if (line.startsWith('Internet Protocol Version ')) {
    const src = /Src: ([^,\s]+)/.exec(line);
    const dst = /Dst: ([^,\s]+)/.exec(line);
    if (src) frame.srcHost = src[1];
    if (dst) frame.dstHost = dst[1];
    return true;
  }
  const udp = line.startsWith('User Datagram Protocol, ');
  if (udp || line.startsWith('Transmission Control Protocol, ')) {
    const sp = /Src Port: (\d+)/.exec(line);
    const dp = /Dst Port: (\d+)/.exec(line);
    if (sp) frame.srcPort = Number(sp[1]);
    if (dp) frame.dstPort = Number(dp[1]);
    frame.transport = udp ? 'UDP' : 'TCP';
    return true;
  }
  if (line === 'WebSocket') {
    frame.transport = frame.transport === 'TLS' ? 'WSS' : 'WS';
    return true;
  }
  if (line.startsWith('Transport Layer Security')) {
    frame.transport = 'TLS';
    return true;
  }
  if (line.startsWith('Stream Control Transmission Protocol')) {
    frame.transport = 'SCTP';
    return true;
  }
  return (
    line.startsWith('Ethernet II') ||
    line.startsWith('Linux cooked') ||
    line.startsWith('PPP') ||
    line.startsWith('Point-to-Point') ||
    line.startsWith('802.1Q') ||
    line.startsWith('[') ||
    line.startsWith('Null/Loopback') ||
    line.startsWith('Raw packet data') ||
    line.startsWith('Hypertext Transfer Protocol') ||
    line.startsWith('Data (')
  );
}

function envelopeOf(ctx: ReaderContext, frame: FrameState): Envelope {
  if (frame.envelope) return frame.envelope;
  const endpoint = (host: string | undefined, port: number | undefined): Endpoint | undefined =>
    host === undefined ? undefined : ctx.endpointOf(host, port);
  frame.envelope = {
    format: 'tshark',
    start: frame.start,
    end: frame.end,
    time: frame.time,
    timeKind: frame.timeKind,
    src: endpoint(frame.srcHost, frame.srcPort),
    dst: endpoint(frame.dstHost, frame.dstPort),
    transport: frame.transport,
    byteCount: undefined,
  };
  return frame.envelope;
}

const REQUEST_LINE = 'Request-Line: ';
const STATUS_LINE = 'Status-Line: ';
const TRUNCATED = '[truncated]';
const SDP_TITLE = 'Session Description Protocol';

/** One `Session Initiation Protocol (…)` block, up to the next unindented or blank line. */
function readSipPdu(ctx: ReaderContext, frame: FrameState): void {
  const { lines, text, builder } = ctx;
  builder.beginBlock({ envelope: envelopeOf(ctx, frame), lineMode: 'plain', body: 'region', quiet: true });
  let part = 0; // 0 before headers, 1 headers, 2 body
  let sdpDepth = -1;
  let lastEnd = lines.end;
  while (lines.next()) {
    const s = lines.start;
    const e = lines.end;
    if (s === e) break;
    let indent = 0;
    while (s + indent < e && text.charCodeAt(s + indent) === 32) indent++;
    if (indent === 0) {
      lines.back();
      break;
    }
    lastEnd = e;
    const depth = indent >> 2;
    const p = s + indent;
    if (depth === 1) {
      if (text.startsWith(REQUEST_LINE, p)) builder.structuredStart(p + REQUEST_LINE.length, e);
      else if (text.startsWith(STATUS_LINE, p)) builder.structuredStart(p + STATUS_LINE.length, e);
      else if (text.startsWith('Message Header', p)) part = 1;
      else if (text.startsWith('Message Body', p)) {
        builder.structuredEndHeaders(s);
        part = 2;
      }
      continue;
    }
    if (part === 1 && depth === 2) {
      if (text.charCodeAt(p) === 91) {
        if (text.startsWith(TRUNCATED, p)) builder.structuredHeader(p + TRUNCATED.length, e, true);
        continue;
      }
      builder.structuredHeader(p, e, false);
      continue;
    }
    if (part === 2 && depth >= 2) {
      if (e - p === SDP_TITLE.length && text.startsWith(SDP_TITLE, p)) {
        sdpDepth = depth;
        continue;
      }
      if (sdpDepth >= 0 && depth === sdpDepth + 1) {
        // `Label (x): value`: the label is short, so look for the `): ` near the start only.
        const close = text.slice(p, Math.min(e, p + 80)).indexOf('): ');
        if (close > 1 && text.charCodeAt(p + close - 2) === 40)
          builder.structuredBody(p + close + 3, e, text.charCodeAt(p + close - 1));
        continue;
      }
      if (sdpDepth < 0 && depth === 2 && text.charCodeAt(p) !== 91) {
        // Undissected body: each line ends with a literal `\r\n` (or `\n`).
        let be = e;
        if (text.startsWith('\\r\\n', be - 4)) be -= 4;
        else if (text.startsWith('\\n', be - 2)) be -= 2;
        builder.structuredBody(p, be, 0);
      }
    }
  }
  builder.structuredEndHeaders(lastEnd);
  builder.endBlock();
}
