/**
 * The SIP trace model: messages with their envelope and character ranges, SDP, dialogs (by Call-ID),
 * transactions (by branch and CSeq) and calls (dialogs of one call correlated across legs). Built once
 * per document version; every feature reads it.
 */
import type { AddressClass } from '../ip/address';
import type { HeaderStore } from '../parse/headerStore';
import { listValueEnd, uriRangeAt } from '../parse/values';

/** The export a message came from. */
export type ExportFormat =
  | 'sngrep'
  | 'ngrep'
  | 'tshark'
  | 'follow'
  | 'pjsip'
  | 'chan_sip'
  | 'freeswitch'
  | 'kamailio'
  | 'opensips'
  | 'homer'
  | 'acme'
  | 'cisco'
  | 'raw';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'sngrep',
  'ngrep',
  'tshark',
  'follow',
  'pjsip',
  'chan_sip',
  'freeswitch',
  'kamailio',
  'opensips',
  'homer',
  'acme',
  'cisco',
  'raw',
];

/** A network endpoint as the envelope wrote it. Shared between messages (interned). */
export interface Endpoint {
  readonly host: string;
  readonly port: number | undefined;
  /** How the host routes when it is an IP literal (classified once, when the endpoint is interned). */
  readonly addressClass: AddressClass | undefined;
}

/**
 * What the time in an envelope is relative to: a wall-clock date and time (as the exporting machine
 * wrote it, zone unknown), a time of day without date, or seconds since an earlier packet.
 */
export type TimeKind = 'absolute' | 'time-of-day' | 'relative';

/** Metadata the export tool wrote around a message. */
export interface Envelope {
  readonly format: ExportFormat;
  /** The envelope line(s). */
  readonly start: number;
  readonly end: number;
  /** Milliseconds (fractional for µs): epoch-like for `absolute`, since midnight for `time-of-day`. */
  readonly time: number | undefined;
  readonly timeKind: TimeKind | undefined;
  readonly src: Endpoint | undefined;
  readonly dst: Endpoint | undefined;
  /** Upper case: UDP, TCP, TLS, WS, WSS, SCTP. */
  readonly transport: string | undefined;
  /** Byte count the tool announced for the whole message (pjsip, FreeSWITCH, follow). */
  readonly byteCount: number | undefined;
}

/** SDP media direction attribute. */
export type MediaDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

/** Payload type → rtpmap text; a flat list (a section has a handful, and a Map per section is costly). */
export class PayloadTypes {
  private readonly entries: string[] = [];

  get(pt: string): string | undefined {
    for (let i = 0; i < this.entries.length; i += 2) if (this.entries[i] === pt) return this.entries[i + 1];
    return undefined;
  }

  set(pt: string, codec: string): void {
    if (this.get(pt) === undefined) this.entries.push(pt, codec);
  }

  get size(): number {
    return this.entries.length / 2;
  }
}

/** One `m=` section with what the rules and hovers need. */
export interface SdpMedia {
  readonly type: string;
  readonly port: number;
  readonly proto: string;
  /** Payload types (or format tokens) in `m=` order. */
  readonly formats: readonly string[];
  /** Payload type → `encoding/clock[/channels]` from `a=rtpmap`. */
  readonly rtpmap: PayloadTypes;
  readonly connection: string | undefined;
  readonly direction: MediaDirection | undefined;
  /** `a=crypto` suites in order. */
  readonly cryptoSuites: readonly string[];
  readonly hasFingerprint: boolean;
  readonly label: string | undefined;
  /** Offset of the `m=` line. */
  readonly start: number;
}

/**
 * The SDP lines of a whole trace in one growing column of (type char code, value start, value end)
 * triples: one typed array per SDP would cost more than the lines themselves.
 */
export class SdpLineStore {
  data = new Int32Array(3 * 1024);
  count = 0;

  /** Appends the triples; returns the index of the first. */
  append(triples: readonly number[]): number {
    const first = this.count;
    const needed = (first * 3 + triples.length) | 0;
    if (needed > this.data.length) {
      const grown = new Int32Array(Math.max(needed, Math.ceil(this.data.length * 1.5)));
      grown.set(this.data.subarray(0, first * 3));
      this.data = grown;
    }
    this.data.set(triples, first * 3);
    this.count += triples.length / 3;
    return first;
  }
}

export class Sdp {
  constructor(
    /** `o=` address and session-level `c=` address. */
    readonly originAddress: string | undefined,
    readonly connection: string | undefined,
    readonly direction: MediaDirection | undefined,
    readonly media: readonly SdpMedia[],
    private readonly store: SdpLineStore,
    private readonly first: number,
    private readonly count: number,
  ) {}

  /** Each SDP line as (type char code, value start, value end) triples; the value follows `x=`. */
  get lines(): Int32Array {
    return this.store.data.subarray(this.first * 3, (this.first + this.count) * 3);
  }
}

/** Message flags (bits). */
export const MessageFlag = {
  /** The header section ended without its blank line (the next message or the block end came first). */
  NoBlankLine: 1,
  /** The message ended inside its headers: half a message. */
  HeadersCut: 2,
  /** The body is shorter than Content-Length: cut by the export or the capture. */
  BodyCut: 4,
  /** The body is longer than Content-Length. */
  BodyLonger: 8,
  /** A copy of the previous message written by the tool (Acme pre/post-NAT copies). */
  DuplicateCopy: 16,
  /** Body bytes cannot be counted (dissection exports). */
  BodyNotCounted: 32,
  /** A WebSocket frame header preceded the start line. */
  WebSocketFrame: 64,
  /** A retransmission of an earlier message (set by the transaction model). */
  Retransmission: 128,
  /** The start line could not be fully parsed. */
  BadStartLine: 256,
  /** The tool announced the message was truncated. */
  ToolTruncated: 512,
  /** Reassembled from several stream segments (line ends at segment boundaries are uncertain). */
  Reassembled: 1024,
} as const;

/** How a message's lines were written, to undo it when unfolding values. */
export type LineMode = 'plain' | 'ngrep-dot' | 'cli-prefix' | 'indent3';

/** Header ids the parser registers first (see `MessageBuilder`), so messages can find them quickly. */
export const HEADER_ID = { from: 3, to: 4, contact: 5 } as const;

/**
 * One SIP message. Ranges are offsets into `text`; values that can be recomputed from them (the
 * Request-URI and reason phrase ranges, the From/To/Contact URIs) are getters, which keeps the object
 * small: a 50 MB trace holds about 80 000 of them.
 */
export class SipMessage {
  /**
   * @param text The document the message's ranges point into.
   * @param headers The trace's header store (the message's headers are `headerFirst` onwards).
   */
  constructor(
    readonly text: string,
    readonly headers: HeaderStore,
  ) {}

  /** Request-URI range (requests only, -1 otherwise). */
  get uriStart(): number {
    return this.isRequest ? this.lineStart + this.method.length + 1 : -1;
  }

  get uriEnd(): number {
    return this.isRequest ? this.lineEnd - 8 : -1;
  }

  /** Reason phrase range (responses only, -1 otherwise; may be empty). */
  get reasonStart(): number {
    return this.isRequest ? -1 : Math.min(this.lineStart + 12, this.lineEnd);
  }

  get reasonEnd(): number {
    return this.isRequest ? -1 : this.lineEnd;
  }

  get fromUri(): string {
    return this.uriOfHeader(HEADER_ID.from);
  }

  get toUri(): string {
    return this.uriOfHeader(HEADER_ID.to);
  }

  /** The first Contact's URI. */
  get contactUri(): string {
    return this.uriOfHeader(HEADER_ID.contact);
  }

  private uriOfHeader(id: number): string {
    const store = this.headers;
    const last = this.headerFirst + this.headerCount;
    for (let h = this.headerFirst; h < last; h++) {
      if (store.nameId[h] !== id) continue;
      const vs = store.valueStart[h] as number;
      const r = uriRangeAt(this.text, vs, listValueEnd(this.text, vs, store.valueEnd[h] as number));
      return this.text.slice(r.start, r.end);
    }
    return '';
  }

  index = 0;
  envelope: Envelope | undefined = undefined;
  /** The whole message, envelope included. */
  start = 0;
  end = 0;
  /** The start line (`INVITE sip:… SIP/2.0`, `SIP/2.0 200 OK`). */
  lineStart = 0;
  lineEnd = 0;
  isRequest = true;
  /** Request method (as written); empty for responses. */
  method = '';
  status = 0;
  headerFirst = 0;
  headerCount = 0;
  bodyStart = -1;
  bodyEnd = -1;
  /** Body octets as counted in the export (UTF-8, line ends as written), -1 when not countable. */
  bodyBytes = -1;
  contentLength = -1;
  /** Lower-case media type without parameters. */
  contentType = '';
  callId = '';
  cseq = -1;
  cseqMethod = '';
  branch = '';
  viaTransport = '';
  /** Top Via sent-by host and port. */
  viaHost = '';
  viaPort = -1;
  viaCount = 0;
  fromTag = '';
  toTag = '';
  maxForwards = -1;
  sdp: Sdp | undefined = undefined;
  flags = 0;
  lineMode: LineMode = 'plain';
  dialog = -1;
  transaction = -1;
  /** For retransmissions: the first copy. */
  original = -1;
}

/** A transaction: a request and its responses (RFC 3261 §17), keyed by top Via branch and CSeq method. */
export interface Transaction {
  readonly index: number;
  readonly dialog: number;
  readonly method: string;
  readonly cseq: number;
  readonly branch: string;
  /** First copy of the request (-1 when only responses were captured). */
  request: number;
  /** Every copy of the request (first included). */
  requests: number[];
  /** Responses in order, retransmissions included. */
  responses: number[];
  /** First final response (≥ 200), -1 if none. */
  finalResponse: number;
  /** For INVITE: the ACK for a non-2xx final (same branch) or, keyed by CSeq, the ACK for the 2xx. */
  ack: number;
  /** For INVITE: the CANCEL transaction, -1 if none. */
  cancel: number;
}

/** Every message with one Call-ID (sngrep's "call"). */
export interface Dialog {
  readonly index: number;
  readonly callId: string;
  messages: number[];
  transactions: number[];
  /** The call this dialog belongs to, -1 alone. */
  call: number;
}

/** Why two dialogs are taken for legs of one call. */
export interface LegLink {
  readonly kind: 'x-call-id' | 'icid' | 'uui' | 'session-id' | 'twilio-callsid';
  readonly value: string;
}

/** Dialogs correlated as the legs of one call. */
export interface CallGroup {
  readonly index: number;
  readonly dialogs: number[];
  readonly links: LegLink[];
}

/** A piece of text the parser could not take as SIP. */
export interface ParseProblem {
  readonly kind: 'unrecognized-text' | 'header-without-colon' | 'oversized-line';
  readonly start: number;
  readonly end: number;
  /** The message the problem belongs to, -1 outside messages. */
  readonly message: number;
}

/** The parsed trace. */
export interface SipTrace {
  readonly text: string;
  readonly messages: readonly SipMessage[];
  readonly headers: HeaderStore;
  /** Formats seen, with their message counts. */
  readonly formats: ReadonlyMap<ExportFormat, number>;
  /** Envelopes (blocks) seen per format, messages or not (keep-alives, masked frames). */
  readonly blocks: number;
  readonly problems: readonly ParseProblem[];
  readonly dialogs: readonly Dialog[];
  readonly dialogByCallId: ReadonlyMap<string, number>;
  readonly transactions: readonly Transaction[];
  readonly calls: readonly CallGroup[];
  /** Message start offsets in document order (binary search for hover). */
  readonly messageStarts: Uint32Array;
}
