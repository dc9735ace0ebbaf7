/**
 * Assembles SIP messages from lines. Format readers hand it lines already freed of their export
 * decoration (envelope, prefixes, trailing dots) as ranges into the document; the builder finds start
 * lines, headers (folding included), the blank line and the body, counts body octets for the
 * Content-Length check, and collects SDP lines. Dissection exports (tshark) use the structured entry
 * points instead. Nothing here throws on bad input: odd lines become parse problems.
 */
import { buildSdp, type JoinedSdp } from './sdp';
import { HEADER_FOLDED, HEADER_SPLIT, HEADER_TRUNCATED, type HeaderStore } from './headerStore';
import { TextInterner } from './textInterner';
import { KNOWN_SPELLING_CANONICAL, canonicalHeaderName, knownSpellingAt } from './headerNames';
import { readFramedStartLine, readStartLine, type StartLine } from './startLine';
import {
  listValueEnd,
  methodAt,
  parseCSeqAt,
  readViaSentByAt,
  tagEndAt,
  tagStartAt,
  viaBranchEndAt,
  viaBranchStartAt,
  viaSentByAt,
  type ViaSentByRange,
} from './values';
import {
  MessageFlag,
  SdpLineStore,
  MessageColumns,
  SipMessage,
  type Envelope,
  type LineMode,
  type ParseProblem,
} from '../model/types';
import { unfoldValue } from './unfold';
import { NextOccurrence } from '../../text/nextOccurrence';

/**
 * Where a message body ends: at the end of the block (`region`), at the first blank line after it
 * (`blank`, for logs that interleave console lines), or after Content-Length octets (`length`, for raw
 * text and stream payloads).
 */
export type BodyPolicy = 'region' | 'blank' | 'length';

export interface BlockOptions {
  readonly envelope: Envelope | undefined;
  readonly lineMode: LineMode;
  readonly body: BodyPolicy;
  /** TCP/TLS/WS payloads: a message may continue in the next block of the same direction. */
  readonly stream?: boolean;
  /** Console or tool lines are expected around messages: do not report them. */
  readonly quiet?: boolean;
  /** Count body line ends as CRLF for the `length` policy (exports that dropped the CRs). */
  readonly crlfLength?: boolean;
  /** The next message is a copy the tool wrote of the previous one (Acme pre/post-NAT). */
  readonly duplicate?: boolean;
  /** The tool announced it cut this message. */
  readonly toolTruncated?: boolean;
}

const IDLE = 0;
const HEADERS = 1;
const BODY = 2;
const DONE = 3;

/** Header ids every message needs, registered first so they are small constants. */
const KEY_NAMES = [
  'call-id',
  'cseq',
  'via',
  'from',
  'to',
  'contact',
  'content-length',
  'content-type',
  'max-forwards',
] as const;
const ID_CALL_ID = 0;
const ID_CSEQ = 1;
const ID_VIA = 2;
const ID_FROM = 3;
const ID_TO = 4;
const ID_CONTENT_LENGTH = 6;
const ID_CONTENT_TYPE = 7;
const ID_MAX_FORWARDS = 8;

export class MessageBuilder {
  private state = IDLE;
  private msg: SipMessage | undefined;
  private block: BlockOptions = { envelope: undefined, lineMode: 'plain', body: 'length' };
  private lastHeader = -1;
  private bodyBytes = 0;
  private bodyBytesCrlf = 0;
  private bytesAtLastText = 0;
  private crlfAtLastText = 0;
  private lastTextEnd = -1;
  private lastEol = 0;
  /**
   * SDP lines of the current message: `(type char code, value start, value end)` triples and line
   * starts, for `sdpLineCount` lines. Reused from message to message without shrinking (an array cleared
   * with `length = 0` gives up its storage and would grow again for every SDP).
   */
  private sdpTriples = new Int32Array(3 * 64);
  private sdpLineStarts = new Int32Array(64);
  private sdpLineCount = 0;
  /** Some header value was cut by a segment boundary (read joined in `endHeaders`). */
  private splitHeaders = false;
  /** SDP lines cut by a segment boundary: triple index, joined value (rare). */
  private sdpJoined: (number | string)[] = [];
  private collectSdp = false;
  private multipartBoundary = '';
  private partState: 'none' | 'headers' | 'body' = 'none';
  private partIsSdp = false;
  private noiseStart = -1;
  private noiseEnd = -1;
  /** A stream message waiting for its next segment, with the direction it travels. */
  private pending: { msg: SipMessage; state: number; direction: string } | undefined;
  private blockStarted = false;
  private duplicateNext = false;
  private readonly hosts = new Map<string, string>();
  /**
   * Call-IDs, branches, tags and Via hosts repeat from message to message: one string per value
   * instead of one slice per message, and equal strings hash once in the dialog and transaction maps.
   */
  private readonly ids = new TextInterner(14);
  private readonly via: ViaSentByRange = { transport: '', hostStart: 0, hostEnd: 0, port: undefined };
  private readonly sdpLineStore = new SdpLineStore();
  /** Header store id per known spelling (-1 until first seen). */
  private readonly idBySpelling = new Int32Array(KNOWN_SPELLING_CANONICAL.length).fill(-1);
  /** SDP tokens repeat in every offer and answer (addresses, profiles, codecs): one string each. */
  private readonly sdpTokens = new TextInterner(12);
  /** Commas are rare in Via values: found by one forward search over the text. */
  private readonly commas: NextOccurrence;
  /** Stream segments the current message was reassembled from, beyond the first. */
  private segments = 0;

  constructor(
    private readonly text: string,
    private readonly headers: HeaderStore,
    private readonly messages: SipMessage[],
    private readonly problems: ParseProblem[],
    private readonly columns: MessageColumns = new MessageColumns(text, headers),
  ) {
    for (const name of KEY_NAMES) headers.idOf(name);
    this.commas = new NextOccurrence(text, ',');
  }

  /** True between messages (a line now would start a message or be noise). */
  get idle(): boolean {
    return this.state === IDLE || this.state === DONE;
  }

  /** Starts a block of lines that share an envelope (or none, for raw text). */
  beginBlock(options: BlockOptions): void {
    this.finishCurrent();
    this.block = options;
    this.blockStarted = false;
    this.duplicateNext = options.duplicate === true;
  }

  /** Ends the current block; a stream message missing octets waits for the next block. */
  endBlock(): void {
    this.flushNoise();
    const msg = this.msg;
    if (
      msg &&
      this.block.stream &&
      (this.state === HEADERS ||
        (this.state === BODY && msg.contentLength > 0 && this.bodyBytes < msg.contentLength))
    ) {
      this.pending = { msg, state: this.state, direction: directionKey(this.block.envelope) };
      this.msg = undefined;
      this.state = IDLE;
      return;
    }
    this.finishCurrent();
  }

  /** Finishes everything (end of document). */
  finish(): void {
    this.flushNoise();
    this.finishCurrent();
    this.finishPending();
  }

  /** One line `[start, end)` (line end excluded) followed by `eol` octets of line end. */
  line(start: number, end: number, eol: number): void {
    const text = this.text;
    if (!this.blockStarted) {
      // A blank line opening a block is the export's spacing, unless it ends the header section of
      // a stream message continued from the previous segment.
      if (start === end && !this.pendingHeadersContinue()) return;
      this.blockStarted = true;
      if (this.pending) {
        const resumable =
          this.pending.direction === directionKey(this.block.envelope) && !this.startLineAt(start, end);
        if (resumable) {
          this.resumePending();
        } else {
          this.finishPending();
        }
      }
    }
    switch (this.state) {
      case IDLE:
      case DONE: {
        if (start === end) return;
        const sl = this.startLineAt(start, end);
        if (sl) {
          this.finishCurrent();
          this.beginMessage(sl.line, start, end, sl.skipped);
          return;
        }
        this.noise(start, end);
        return;
      }
      case HEADERS: {
        if (start === end) {
          this.endHeaders(start);
          return;
        }
        const c = text.charCodeAt(start);
        if ((c === 32 || c === 9) && this.lastHeader >= 0) {
          this.headers.valueEnd[this.lastHeader] = trimEnd(text, start, end);
          this.headers.flags[this.lastHeader] =
            (this.headers.flags[this.lastHeader] as number) | HEADER_FOLDED;
          (this.msg as SipMessage).end = end;
          return;
        }
        // Most lines are headers; only a line that is not can be the next start line.
        if (this.headerLine(start, end, false, false) >= 0) return;
        const sl = this.startLineAt(start, end);
        if (sl) {
          (this.msg as SipMessage).flags |= MessageFlag.NoBlankLine;
          this.endHeaders(start);
          this.finishCurrent();
          this.beginMessage(sl.line, start, end, sl.skipped);
          return;
        }
        this.reportBadHeader(start, end);
        return;
      }
      case BODY:
      default:
        this.bodyLine(start, end, eol);
    }
  }

  /**
   * One line whose characters were cut by a stream segment boundary: `[s1, e1)` ends one segment and
   * `[s2, e2)` starts the next segment of the same direction (followed by `eol` octets of line end).
   * The line is read as joined; ranges that cross the boundary span the text between the segments,
   * and a header value that does is flagged so that reading it leaves that text out.
   */
  joinedLine(s1: number, e1: number, s2: number, e2: number, eol: number): void {
    if (s1 === e1) {
      this.line(s2, e2, eol);
      return;
    }
    if (!this.blockStarted) {
      this.blockStarted = true;
      if (this.pending) {
        if (this.pending.direction === directionKey(this.block.envelope)) this.resumePending();
        else this.finishPending();
      }
    }
    const text = this.text;
    const joined = text.slice(s1, e1) + text.slice(s2, e2);
    const len1 = e1 - s1;
    const at = (p: number): number => (p < len1 ? s1 + p : s2 + p - len1);
    const endAt = (p: number): number => (p <= len1 ? s1 + p : s2 + p - len1);
    if (this.state === HEADERS) {
      const colon = joined.indexOf(':');
      let nameEnd = colon;
      while (nameEnd > 0 && (joined.charCodeAt(nameEnd - 1) === 32 || joined.charCodeAt(nameEnd - 1) === 9))
        nameEnd--;
      if (nameEnd > 0 && /^[!-9;-~]+$/.test(joined.slice(0, nameEnd))) {
        const msg = this.msg as SipMessage;
        let vs = colon + 1;
        while (vs < joined.length && (joined.charCodeAt(vs) === 32 || joined.charCodeAt(vs) === 9)) vs++;
        const ve = trimEnd(joined, vs, joined.length);
        const id = this.headers.idOf(canonicalHeaderName(joined.slice(0, nameEnd)));
        const h = this.headers.add(s1, endAt(nameEnd), at(vs), endAt(ve), id);
        if (vs < len1 && ve > len1) {
          this.splitHeaders = true;
          this.headers.flags[h] = HEADER_SPLIT;
          this.headers.gaps.set(h, [e1, s2]);
        }
        msg.headerCount++;
        msg.end = e2;
        this.lastHeader = h;
        return;
      }
    }
    if (this.state === HEADERS || this.state === IDLE || this.state === DONE) {
      const line = readStartLine(joined, 0, joined.length);
      if (line) {
        // The start line's ranges span the text between the segments (see decision 0020).
        if (this.state === HEADERS) {
          (this.msg as SipMessage).flags |= MessageFlag.NoBlankLine;
          this.endHeaders(s1);
        }
        this.finishCurrent();
        const shifted: StartLine = {
          ...line,
          tokenStart: at(line.tokenStart),
          tokenEnd: endAt(line.tokenEnd),
        };
        this.beginMessage(shifted, s1, e2, 0);
        // The method may itself be cut: read it from the joined line.
        if (line.isRequest)
          (this.msg as SipMessage).method = methodAt(joined, line.tokenStart, line.tokenEnd);
        return;
      }
    }
    // Body text (octets are counted per piece, so Content-Length still holds) or noise.
    const lines = this.sdpLineCount;
    this.line(s1, e1, 0);
    this.line(s2, e2, eol);
    const msg = this.msg;
    const sdp =
      this.collectSdp || (this.multipartBoundary !== '' && this.partIsSdp && this.partState === 'body');
    if (!msg || msg.bodyStart < 0 || msg.bodyStart > s1 || !sdp) return;
    this.sdpLineCount = lines;
    const c = joined.charCodeAt(0);
    if (joined.length < 2 || joined.charCodeAt(1) !== 61 || c < 97 || c > 122) return;
    this.sdpJoined.push(3 * lines, joined.slice(2));
    this.addSdpLine(c, s1 + 2, e2, s1);
  }

  /** The SDP values to parse when lines were cut by segment boundaries. */
  private joinedSdp(): JoinedSdp | undefined {
    if (this.sdpJoined.length === 0) return undefined;
    const t = this.sdpTriples;
    const triples: number[] = [];
    let text = '';
    let next = 0;
    for (let k = 0; k + 2 < 3 * this.sdpLineCount; k += 3) {
      let value: string;
      if (this.sdpJoined[next] === k) {
        value = this.sdpJoined[next + 1] as string;
        next += 2;
      } else value = this.text.slice(t[k + 1], t[k + 2]);
      triples.push(t[k] as number, text.length, text.length + value.length);
      text += value + '\n';
    }
    return { text, triples };
  }

  /** Structured entry (dissections): a start line already isolated. */
  structuredStart(start: number, end: number): boolean {
    this.finishCurrent();
    const line = readStartLine(this.text, start, end);
    if (!line) {
      this.noise(start, end);
      return false;
    }
    this.flushNoise();
    this.beginMessage(line, start, end, 0);
    return true;
  }

  /** Structured entry: one `Name: value` header line. */
  structuredHeader(start: number, end: number, truncated: boolean): void {
    if (this.state !== HEADERS) return;
    const h = this.headerLine(start, end, truncated);
    if (h >= 0 && truncated) this.headers.flags[h] = (this.headers.flags[h] as number) | HEADER_TRUNCATED;
  }

  /** Structured entry: the header section is over (no blank line exists in the export). */
  structuredEndHeaders(at: number): void {
    if (this.state !== HEADERS || !this.msg) return;
    this.endHeaders(at);
    this.msg.flags |= MessageFlag.BodyNotCounted;
  }

  /** Structured entry: a body line; `sdpType` is the SDP letter when the export dissected it. */
  structuredBody(start: number, end: number, sdpType: number): void {
    const msg = this.msg;
    if (!msg || this.state !== BODY) return;
    if (msg.bodyStart < 0) {
      msg.bodyStart = start;
      this.sniffSdp(start, end);
    }
    msg.bodyEnd = end;
    msg.end = end;
    if (sdpType > 0) {
      this.addSdpLine(sdpType, start, end, start);
    } else if (this.collectSdp) {
      this.maybeSdpLine(start, end);
    }
  }

  /** Marks the current message (structured exports that say so, e.g. tshark `[truncated]`). */
  flagCurrent(flag: number): void {
    if (this.msg) this.msg.flags |= flag;
  }

  /** Appends one SDP line of the current message (value `[valueStart, valueEnd)`, line at `lineStart`). */
  private addSdpLine(type: number, valueStart: number, valueEnd: number, lineStart: number): void {
    const n = this.sdpLineCount;
    if (n === this.sdpLineStarts.length) {
      const triples = new Int32Array(6 * n);
      triples.set(this.sdpTriples);
      this.sdpTriples = triples;
      const starts = new Int32Array(2 * n);
      starts.set(this.sdpLineStarts);
      this.sdpLineStarts = starts;
    }
    this.sdpTriples[3 * n] = type;
    this.sdpTriples[3 * n + 1] = valueStart;
    this.sdpTriples[3 * n + 2] = valueEnd;
    this.sdpLineStarts[n] = lineStart;
    this.sdpLineCount = n + 1;
  }

  private startLineAt(start: number, end: number): { line: StartLine; skipped: number } | undefined {
    const line = readStartLine(this.text, start, end);
    if (line) return { line, skipped: 0 };
    return readFramedStartLine(this.text, start, end);
  }

  private beginMessage(line: StartLine, start: number, end: number, skipped: number): void {
    this.flushNoise();
    const msg = new SipMessage(this.columns);
    const env = this.block.envelope;
    msg.envelope = env;
    msg.start = env && !this.messagesShareEnvelope(env) ? env.start : start;
    msg.lineStart = start + skipped;
    msg.lineEnd = trimEnd(this.text, start, end);
    msg.end = end;
    msg.isRequest = line.isRequest;
    if (line.isRequest) msg.method = methodAt(this.text, line.tokenStart, line.tokenEnd);
    else msg.status = line.status;
    if (skipped > 0) msg.flags |= MessageFlag.WebSocketFrame;
    if (this.duplicateNext) {
      msg.flags |= MessageFlag.DuplicateCopy;
      this.duplicateNext = false;
    }
    if (this.block.toolTruncated) msg.flags |= MessageFlag.ToolTruncated;
    msg.lineMode = this.block.lineMode;
    msg.headerFirst = this.headers.count;
    msg.headerCount = 0;
    this.msg = msg;
    this.state = HEADERS;
    this.lastHeader = -1;
    this.bodyBytes = 0;
    this.bodyBytesCrlf = 0;
    this.bytesAtLastText = 0;
    this.crlfAtLastText = 0;
    this.lastTextEnd = -1;
    this.lastEol = 0;
    // Scratch arrays are reused from message to message (buildSdp copies what it keeps).
    this.sdpLineCount = 0;
    if (this.sdpJoined.length > 0) this.sdpJoined = [];
    this.collectSdp = false;
    this.multipartBoundary = '';
    this.partState = 'none';
    this.segments = 0;
  }

  /** Several messages in one block (a TCP segment with two PDUs) share the envelope; only the first starts at it. */
  private messagesShareEnvelope(env: Envelope): boolean {
    const last = this.messages[this.messages.length - 1];
    return last !== undefined && last.envelope === env;
  }

  private reportBadHeader(start: number, end: number): void {
    this.problems.push({
      kind: 'header-without-colon',
      start,
      end: Math.min(end, start + 4096),
      message: this.messages.length,
    });
    this.lastHeader = -1;
  }

  /** Adds a `Name: value` header; -1 (and a problem when `report`) when the line is not one. */
  private headerLine(start: number, end: number, truncated: boolean, report = true): number {
    const text = this.text;
    const msg = this.msg as SipMessage;
    // name: token characters, optional blanks, then ':'
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 58 || c === 32 || c === 9) break;
      if (c < 33 || c > 126) {
        i = -1;
        break;
      }
      i++;
    }
    let nameEnd = i;
    if (i > start) {
      while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    }
    if (i <= start || i >= end || text.charCodeAt(i) !== 58) {
      if (report) this.reportBadHeader(start, end);
      return -1;
    }
    if (nameEnd < 0) nameEnd = i;
    msg.end = end;
    let vs = i + 1;
    while (vs < end && (text.charCodeAt(vs) === 32 || text.charCodeAt(vs) === 9)) vs++;
    const ve = trimEnd(text, vs, end);
    const id = this.headerIdAt(start, nameEnd);
    const h = this.headers.add(start, nameEnd, vs, ve, id);
    if (truncated) this.headers.flags[h] = HEADER_TRUNCATED;
    msg.headerCount++;
    this.lastHeader = h;
    return h;
  }

  /** The header store id of the name at `text[start, end)`; known spellings skip the name lookup. */
  private headerIdAt(start: number, end: number): number {
    const known = knownSpellingAt(this.text, start, end);
    if (known < 0) return this.headers.idOf(canonicalHeaderName(this.text.slice(start, end)));
    let id = this.idBySpelling[known] as number;
    if (id < 0) {
      id = this.headers.idOf(KNOWN_SPELLING_CANONICAL[known] as string);
      this.idBySpelling[known] = id;
    }
    return id;
  }

  /** Reads the values every analysis needs, once the header section is complete. */
  private endHeaders(blankAt: number): void {
    const msg = this.msg as SipMessage;
    const store = this.headers;
    const last = msg.headerFirst + msg.headerCount;
    let viaSeen = false;
    let fromSeen = false;
    let toSeen = false;
    for (let h = msg.headerFirst; h < last; h++) {
      const id = store.nameId[h] as number;
      if (id > ID_MAX_FORWARDS) continue;
      // Values are read in place from the text: only what is kept becomes a string.
      let text = this.text;
      let vs = store.valueStart[h] as number;
      let ve = store.valueEnd[h] as number;
      if (this.splitHeaders && ((store.flags[h] as number) & HEADER_SPLIT) !== 0) {
        // A stream segment boundary inside the value: read the joined value instead.
        text = unfoldValue(this.text, store, h, msg.lineMode);
        vs = 0;
        ve = text.length;
      }
      switch (id) {
        case ID_CALL_ID:
          if (!msg.callId)
            msg.callId =
              ((store.flags[h] as number) & HEADER_FOLDED) === 0
                ? this.ids.at(text, vs, ve)
                : unfoldValue(text, store, h, msg.lineMode);
          break;
        case ID_CSEQ:
          if (msg.cseq < 0) {
            const cseq = parseCSeqAt(text, vs, ve);
            msg.cseq = cseq.num;
            msg.cseqMethod = cseq.method;
          }
          break;
        case ID_VIA: {
          // Commas are rare in Via values: only a value with one is scanned for its list items.
          const comma = text === this.text ? this.commas.at(vs) : text.indexOf(',');
          const single = comma < 0 || comma >= ve;
          const values = single ? 1 : countListValues(text, vs, ve);
          if (!viaSeen) {
            viaSeen = true;
            const topEnd = single ? ve : listValueEnd(text, vs, ve);
            const branch = viaBranchStartAt(text, vs, topEnd);
            if (branch >= 0) msg.branch = this.ids.at(text, branch, viaBranchEndAt(text, branch, topEnd));
            const via = this.via;
            if (readViaSentByAt(text, vs, topEnd, via)) {
              msg.viaTransport = via.transport;
              msg.viaHost = this.ids.at(text, via.hostStart, via.hostEnd);
              msg.viaPort = via.port ?? -1;
            } else {
              const slow = viaSentByAt(text, vs, topEnd);
              msg.viaTransport = slow.transport;
              msg.viaHost = this.internHost(slow.host);
              msg.viaPort = slow.port ?? -1;
            }
          }
          msg.viaCount += values;
          break;
        }
        case ID_FROM:
          if (!fromSeen) {
            fromSeen = true;
            const tag = tagStartAt(text, vs, ve);
            if (tag >= 0) msg.fromTag = this.ids.at(text, tag, tagEndAt(text, tag, ve));
          }
          break;
        case ID_TO:
          if (!toSeen) {
            toSeen = true;
            const tag = tagStartAt(text, vs, ve);
            if (tag >= 0) msg.toTag = this.ids.at(text, tag, tagEndAt(text, tag, ve));
          }
          break;
        case ID_CONTENT_LENGTH:
          if (msg.contentLength < 0) msg.contentLength = decimalAt(text, vs, ve);
          break;
        case ID_CONTENT_TYPE:
          if (!msg.contentType) {
            let e = vs;
            while (e < ve && text.charCodeAt(e) !== 59) e++;
            msg.contentType = mediaTypeAt(text, vs, e);
            if (msg.contentType.startsWith('multipart/')) {
              const m = /boundary\s*=\s*"?([^";]+)"?/i.exec(text.slice(vs, Math.min(ve, vs + 1000)));
              if (m?.[1]) this.multipartBoundary = m[1];
            }
          }
          break;
        case ID_MAX_FORWARDS:
          if (msg.maxForwards < 0) msg.maxForwards = decimalAt(text, vs, ve);
          break;
        default:
          break;
      }
    }
    this.collectSdp = msg.contentType === 'application/sdp';
    this.state = BODY;
    this.lastHeader = -1;
    if (blankAt > msg.end) msg.end = blankAt;
    if (this.block.body !== 'region' && msg.contentLength === 0 && !this.block.stream) this.state = DONE;
    if (this.block.body === 'length' && msg.contentLength === 0) this.state = DONE;
  }

  /** Via hosts repeat from message to message: keep one string per host. */
  private internHost(host: string): string {
    const known = this.hosts.get(host);
    if (known !== undefined) return known;
    if (this.hosts.size < 10_000) this.hosts.set(host, host);
    return host;
  }

  private bodyLine(start: number, end: number, eol: number): void {
    const msg = this.msg as SipMessage;
    const policy = this.block.body;
    const blank = start === end;
    if (blank && policy === 'blank' && msg.bodyStart >= 0) {
      this.state = DONE;
      return;
    }
    // A new start line ends the body (a cut body, or two messages in one block). SDP lines (`x=`)
    // never are one, which keeps the common case cheap.
    if (!blank && this.text.charCodeAt(start + 1) !== 61 && msg.contentType !== 'message/sipfrag') {
      const sl = this.startLineAt(start, end);
      if (sl) {
        this.finishCurrent();
        this.beginMessage(sl.line, start, end, sl.skipped);
        return;
      }
    }
    if (policy === 'length' && msg.contentLength >= 0) {
      const have = this.block.crlfLength ? this.bodyBytesCrlf : this.bodyBytes;
      if (have >= msg.contentLength) {
        this.state = DONE;
        this.line(start, end, eol);
        return;
      }
    }
    if (blank && msg.bodyStart < 0) {
      // Blank lines right after the header section: the export's separator, not body (when no body is due).
      if (msg.contentLength <= 0) return;
    }
    if (msg.bodyStart < 0) {
      msg.bodyStart = start;
      this.sniffSdp(start, end);
    }
    const bytes = utf8Length(this.text, start, end);
    this.bodyBytes += bytes + eol;
    this.bodyBytesCrlf += bytes + (eol > 0 ? 2 : 0);
    this.lastEol = eol;
    if (blank && this.partState === 'headers') this.partState = 'body';
    if (!blank) {
      this.bytesAtLastText = this.bodyBytes;
      this.crlfAtLastText = this.bodyBytesCrlf;
      this.lastTextEnd = end;
      msg.bodyEnd = end;
      msg.end = end;
      if (this.collectSdp || this.multipartBoundary) this.maybeSdpLine(start, end);
    }
    if (policy === 'length' && msg.contentLength >= 0) {
      const have = this.block.crlfLength ? this.bodyBytesCrlf : this.bodyBytes;
      if (have >= msg.contentLength) this.state = DONE;
    }
  }

  /** A body without Content-Type that starts with `v=0` is SDP (seen in real traces). */
  private sniffSdp(start: number, end: number): void {
    const msg = this.msg as SipMessage;
    if (!msg.contentType && !this.collectSdp && end - start >= 3 && this.text.startsWith('v=0', start))
      this.collectSdp = true;
  }

  private maybeSdpLine(start: number, end: number): void {
    const text = this.text;
    if (this.multipartBoundary) {
      if (text.charCodeAt(start) === 45 && text.startsWith('--' + this.multipartBoundary, start)) {
        this.partState = 'headers';
        this.partIsSdp = false;
        return;
      }
      if (this.partState === 'headers') {
        if (/^content-type\s*:\s*application\/sdp/i.test(text.slice(start, Math.min(end, start + 64))))
          this.partIsSdp = true;
        return;
      }
      if (this.partState === 'none' || !this.partIsSdp) return;
    }
    if (end - start < 2 || text.charCodeAt(start + 1) !== 61) return;
    const c = text.charCodeAt(start);
    if (c < 97 || c > 122) return;
    this.addSdpLine(c, start + 2, end, start);
  }

  private noise(start: number, end: number): void {
    if (this.noiseStart < 0) this.noiseStart = start;
    this.noiseEnd = end;
  }

  private flushNoise(): void {
    if (this.noiseStart < 0) return;
    const start = this.noiseStart;
    const end = this.noiseEnd;
    this.noiseStart = -1;
    if (this.block.quiet) return;
    if (isDotNoise(this.text, start, end)) return;
    this.problems.push({ kind: 'unrecognized-text', start, end, message: -1 });
  }

  private pendingHeadersContinue(): boolean {
    const p = this.pending;
    return (
      p !== undefined &&
      p.state === HEADERS &&
      this.block.stream === true &&
      p.direction === directionKey(this.block.envelope)
    );
  }

  private resumePending(): void {
    const p = this.pending as { msg: SipMessage; state: number };
    this.pending = undefined;
    this.msg = p.msg;
    this.state = p.state;
    this.msg.flags |= MessageFlag.Reassembled;
    this.segments++;
  }

  private finishPending(): void {
    if (!this.pending) return;
    const saved = { msg: this.msg, state: this.state };
    this.msg = this.pending.msg;
    this.state = this.pending.state;
    this.pending = undefined;
    this.finishCurrent();
    this.msg = saved.msg;
    this.state = saved.state;
  }

  private finishCurrent(): void {
    const msg = this.msg;
    if (!msg) {
      this.state = IDLE;
      return;
    }
    if (this.state === HEADERS) {
      msg.flags |= MessageFlag.HeadersCut | MessageFlag.NoBlankLine;
      this.endHeaders(msg.end);
    }
    if (!(msg.flags & MessageFlag.BodyNotCounted)) {
      const bytes = this.lastTextEnd >= 0 ? this.bytesAtLastText : 0;
      const crlf = this.lastTextEnd >= 0 ? this.crlfAtLastText : 0;
      const lastEol =
        this.lastTextEnd < 0
          ? 0
          : this.bodyBytes === this.bytesAtLastText
            ? this.lastEol
            : this.lastEolOfText();
      // The smaller reading: the octets of the body without line ends restored.
      msg.bodyBytes = Math.min(bytes, crlf);
      if (msg.contentLength >= 0) {
        // A segment boundary inside a line counts a line end that was not there.
        const slack = this.segments * 2;
        const matches =
          bodyMatchesLength(msg.contentLength, bytes, crlf, lastEol) ||
          (slack > 0 && Math.abs(Math.min(bytes, crlf) - msg.contentLength) <= slack * 2);
        if (!matches) {
          if (Math.max(bytes, crlf) < msg.contentLength) msg.flags |= MessageFlag.BodyCut;
          else msg.flags |= MessageFlag.BodyLonger;
        }
      }
    }
    if (this.sdpLineCount > 0)
      msg.sdp = buildSdp(
        this.text,
        this.sdpTriples,
        this.sdpLineStarts,
        this.sdpLineCount,
        this.sdpLineStore,
        this.sdpTokens,
        this.joinedSdp(),
      );
    msg.index = this.messages.length;
    this.messages.push(msg);
    this.msg = undefined;
    this.state = IDLE;
  }

  private lastEolOfText(): number {
    return this.lastEol > 0 ? this.lastEol : 2;
  }
}

/**
 * Whether a body agrees with Content-Length under any of the line-end readings an export allows: as
 * written, with CRLF restored, each with or without the final line end.
 */
export function bodyMatchesLength(
  contentLength: number,
  bytes: number,
  crlf: number,
  lastEol: number,
): boolean {
  const cl = contentLength;
  if (cl < 0 || bytes < 0) return true;
  return bytes === cl || crlf === cl || bytes - lastEol === cl || crlf - (lastEol > 0 ? 2 : 0) === cl;
}

function directionKey(env: Envelope | undefined): string {
  if (!env) return '';
  return `${env.src?.host ?? ''}:${env.src?.port ?? ''}>${env.dst?.host ?? ''}:${env.dst?.port ?? ''}`;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c !== 32 && c !== 9 && c !== 13) break;
    e--;
  }
  return e;
}

/** A decimal number at `text[start, end)` (leading blanks allowed), -1 when there is none. */
function decimalAt(text: string, start: number, end: number): number {
  let n = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (digits > 0) break;
      continue;
    }
    if (c < 48 || c > 57) break;
    if (digits < 12) n = n * 10 + (c - 48);
    digits++;
  }
  return digits === 0 ? -1 : n;
}

const COMMON_MEDIA_TYPES = ['application/sdp', 'application/dtmf-relay', 'message/sipfrag', 'text/plain'];

/** The lower-case media type at `text[start, end)` (blanks trimmed), sharing the common ones. */
function mediaTypeAt(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s < e && text.charCodeAt(s) <= 32) s++;
  while (e > s && text.charCodeAt(e - 1) <= 32) e--;
  for (const known of COMMON_MEDIA_TYPES) {
    if (e - s === known.length && sameIgnoringCase(text, s, known)) return known;
  }
  return text.slice(s, e).toLowerCase();
}

function sameIgnoringCase(text: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    if ((text.charCodeAt(at + i) | 32) !== (lower.charCodeAt(i) | 32)) return false;
  }
  return true;
}

/** How many values a list header at `text[start, end)` holds. */
function countListValues(text: string, start: number, end: number): number {
  let count = 1;
  let i = listValueEnd(text, start, end);
  while (i < end) {
    count++;
    i = listValueEnd(text, i + 1, end);
  }
  return count;
}

export function parseDecimal(value: string): number {
  let n = 0;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (digits > 0) break;
      continue;
    }
    if (c < 48 || c > 57) break;
    if (digits < 12) n = n * 10 + (c - 48);
    digits++;
  }
  return digits === 0 ? -1 : n;
}

/** UTF-8 octets of `text[start, end)` (surrogate pairs count 4). */
export function utf8Length(text: string, start: number, end: number): number {
  let bytes = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** ngrep keep-alives and masked frames: only dots, blanks and short runs. */
function isDotNoise(text: string, start: number, end: number): boolean {
  if (end - start > 64) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 10 && c !== 13 && c !== 32 && c !== 0) return false;
  }
  return true;
}
