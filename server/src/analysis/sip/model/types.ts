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
  private entries: string[] = [];

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

  /** Drops the spare capacity the list grew with (called once the section is read; it is kept for the document's life). */
  compact(): void {
    if (this.entries.length > 0) this.entries = this.entries.slice();
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

  /** Appends the first `lines` triples; returns the index of the first. */
  append(triples: ArrayLike<number>, lines: number): number {
    const first = this.count;
    const needed = (first + lines) * 3;
    if (needed > this.data.length) {
      const grown = new Int32Array(Math.max(needed, Math.ceil(this.data.length * 1.5)));
      grown.set(this.data.subarray(0, first * 3));
      this.data = grown;
    }
    const data = this.data;
    for (let i = 0, at = first * 3; i < lines * 3; i++, at++) data[at] = triples[i] as number;
    this.count += lines;
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

/** Integer and double fields per message row (see the accessors of `SipMessage`). */
const INTS = 15;
const NUMS = 6;

/**
 * The numeric fields of every message of a trace, in two row-major typed arrays (decision 0021): a
 * message object then holds only its strings and references, so it is less than half the size and the
 * garbage collector neither copies nor scans the numbers. Offsets and counts are 32-bit integers;
 * values read from the text (status, CSeq, lengths, ports) are kept as doubles, exactly as parsed.
 */
export class MessageColumns {
  /** Integer fields per row, in the order of the accessors of {@link SipMessage}. */
  static readonly INTS = INTS;
  /** Double fields per row, likewise. */
  static readonly NUMS = NUMS;
  ints: Int32Array;
  nums: Float64Array;
  count = 0;
  private capacity: number;

  constructor(
    readonly text: string,
    readonly headers: HeaderStore,
    initialCapacity = 16,
  ) {
    this.capacity = Math.max(1, initialCapacity);
    this.ints = new Int32Array(this.capacity * MessageColumns.INTS);
    this.nums = new Float64Array(this.capacity * MessageColumns.NUMS);
  }

  /** A new row with every field at its default; returns the row. */
  add(): number {
    if (this.count === this.capacity) this.grow();
    const row = this.count++;
    const i = row * MessageColumns.INTS;
    const f = row * MessageColumns.NUMS;
    const ints = this.ints;
    const nums = this.nums;
    ints[i + 0] = 0; // index
    ints[i + 1] = 0; // start
    ints[i + 2] = 0; // end
    ints[i + 3] = 0; // lineStart
    ints[i + 4] = 0; // lineEnd
    ints[i + 5] = 0; // headerFirst
    ints[i + 6] = 0; // headerCount
    ints[i + 7] = -1; // bodyStart
    ints[i + 8] = -1; // bodyEnd
    ints[i + 9] = 0; // viaCount
    ints[i + 10] = 0; // flags
    ints[i + 11] = -1; // dialog
    ints[i + 12] = -1; // transaction
    ints[i + 13] = -1; // original
    ints[i + 14] = 1; // isRequest
    nums[f + 0] = 0; // status
    nums[f + 1] = -1; // bodyBytes
    nums[f + 2] = -1; // contentLength
    nums[f + 3] = -1; // cseq
    nums[f + 4] = -1; // viaPort
    nums[f + 5] = -1; // maxForwards
    return row;
  }

  /** Drops unused capacity when more than a quarter is unused (called once parsing is done). */
  trim(): void {
    if (this.capacity - this.count < 256 || this.capacity - this.count < this.capacity / 4) return;
    this.capacity = Math.max(1, this.count);
    this.ints = this.ints.slice(0, this.capacity * MessageColumns.INTS);
    this.nums = this.nums.slice(0, this.capacity * MessageColumns.NUMS);
  }

  private grow(): void {
    const next = Math.ceil(this.capacity * 1.5) + 16;
    const ints = new Int32Array(next * MessageColumns.INTS);
    ints.set(this.ints);
    const nums = new Float64Array(next * MessageColumns.NUMS);
    nums.set(this.nums);
    this.ints = ints;
    this.nums = nums;
    this.capacity = next;
  }
}

/**
 * One SIP message. Ranges are offsets into `text`; values that can be recomputed from them (the
 * Request-URI and reason phrase ranges, the From/To/Contact URIs) are getters, which keeps the object
 * small: a 50 MB trace holds about 80 000 of them.
 */
export class SipMessage {
  /** This message's row in `columns`. */
  private readonly row: number;

  /** @param columns The trace's message store: the document, the header store and the numeric fields. */
  constructor(private readonly columns: MessageColumns) {
    this.row = columns.add();
  }

  /** The document the message's ranges point into. */
  get text(): string {
    return this.columns.text;
  }

  /** The trace's header store (the message's headers are `headerFirst` onwards). */
  get headers(): HeaderStore {
    return this.columns.headers;
  }

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

  envelope: Envelope | undefined = undefined;
  /** Request method (as written); empty for responses. */
  method = '';
  /** Lower-case media type without parameters. */
  contentType = '';
  callId = '';
  cseqMethod = '';
  branch = '';
  viaTransport = '';
  /** Top Via sent-by host. */
  viaHost = '';
  fromTag = '';
  toTag = '';
  sdp: Sdp | undefined = undefined;
  lineMode: LineMode = 'plain';

  get index(): number {
    return this.columns.ints[this.row * INTS + 0] as number;
  }
  set index(v: number) {
    this.columns.ints[this.row * INTS + 0] = v;
  }

  /** The whole message, envelope included. */

  get start(): number {
    return this.columns.ints[this.row * INTS + 1] as number;
  }
  set start(v: number) {
    this.columns.ints[this.row * INTS + 1] = v;
  }

  get end(): number {
    return this.columns.ints[this.row * INTS + 2] as number;
  }
  set end(v: number) {
    this.columns.ints[this.row * INTS + 2] = v;
  }

  /** The start line (`INVITE sip:… SIP/2.0`, `SIP/2.0 200 OK`). */

  get lineStart(): number {
    return this.columns.ints[this.row * INTS + 3] as number;
  }
  set lineStart(v: number) {
    this.columns.ints[this.row * INTS + 3] = v;
  }

  get lineEnd(): number {
    return this.columns.ints[this.row * INTS + 4] as number;
  }
  set lineEnd(v: number) {
    this.columns.ints[this.row * INTS + 4] = v;
  }

  get headerFirst(): number {
    return this.columns.ints[this.row * INTS + 5] as number;
  }
  set headerFirst(v: number) {
    this.columns.ints[this.row * INTS + 5] = v;
  }

  get headerCount(): number {
    return this.columns.ints[this.row * INTS + 6] as number;
  }
  set headerCount(v: number) {
    this.columns.ints[this.row * INTS + 6] = v;
  }

  get bodyStart(): number {
    return this.columns.ints[this.row * INTS + 7] as number;
  }
  set bodyStart(v: number) {
    this.columns.ints[this.row * INTS + 7] = v;
  }

  get bodyEnd(): number {
    return this.columns.ints[this.row * INTS + 8] as number;
  }
  set bodyEnd(v: number) {
    this.columns.ints[this.row * INTS + 8] = v;
  }

  get viaCount(): number {
    return this.columns.ints[this.row * INTS + 9] as number;
  }
  set viaCount(v: number) {
    this.columns.ints[this.row * INTS + 9] = v;
  }

  get flags(): number {
    return this.columns.ints[this.row * INTS + 10] as number;
  }
  set flags(v: number) {
    this.columns.ints[this.row * INTS + 10] = v;
  }

  get dialog(): number {
    return this.columns.ints[this.row * INTS + 11] as number;
  }
  set dialog(v: number) {
    this.columns.ints[this.row * INTS + 11] = v;
  }

  get transaction(): number {
    return this.columns.ints[this.row * INTS + 12] as number;
  }
  set transaction(v: number) {
    this.columns.ints[this.row * INTS + 12] = v;
  }

  /** For retransmissions: the first copy. */

  get original(): number {
    return this.columns.ints[this.row * INTS + 13] as number;
  }
  set original(v: number) {
    this.columns.ints[this.row * INTS + 13] = v;
  }

  get isRequest(): boolean {
    return this.columns.ints[this.row * INTS + 14] !== 0;
  }
  set isRequest(v: boolean) {
    this.columns.ints[this.row * INTS + 14] = v ? 1 : 0;
  }

  get status(): number {
    return this.columns.nums[this.row * NUMS + 0] as number;
  }
  set status(v: number) {
    this.columns.nums[this.row * NUMS + 0] = v;
  }

  /** Body octets as counted in the export (UTF-8, line ends as written), -1 when not countable. */

  get bodyBytes(): number {
    return this.columns.nums[this.row * NUMS + 1] as number;
  }
  set bodyBytes(v: number) {
    this.columns.nums[this.row * NUMS + 1] = v;
  }

  get contentLength(): number {
    return this.columns.nums[this.row * NUMS + 2] as number;
  }
  set contentLength(v: number) {
    this.columns.nums[this.row * NUMS + 2] = v;
  }

  get cseq(): number {
    return this.columns.nums[this.row * NUMS + 3] as number;
  }
  set cseq(v: number) {
    this.columns.nums[this.row * NUMS + 3] = v;
  }

  /** Top Via sent-by port. */

  get viaPort(): number {
    return this.columns.nums[this.row * NUMS + 4] as number;
  }
  set viaPort(v: number) {
    this.columns.nums[this.row * NUMS + 4] = v;
  }

  get maxForwards(): number {
    return this.columns.nums[this.row * NUMS + 5] as number;
  }
  set maxForwards(v: number) {
    this.columns.nums[this.row * NUMS + 5] = v;
  }
}

/**
 * The request copies and responses of every transaction of a trace, in one column (decision 0026):
 * transaction `t` holds `list[at[2t] .. at[2t+1])` (requests) and `list[at[2t+1] .. at[2t+2])`
 * (responses). Two small arrays per transaction cost more than the message indexes they hold and had
 * to be copied out of the young generation with the rest of the model.
 */
export class TransactionMembers {
  list = new Int32Array(0);
  at = new Int32Array(1);
}

/** A transaction: a request and its responses (RFC 3261 §17), keyed by top Via branch and CSeq method. */
export class Transaction {
  /** First copy of the request (-1 when only responses were captured). */
  request = -1;
  /** First final response (≥ 200), -1 if none. */
  finalResponse = -1;
  /** For INVITE: the ACK for a non-2xx final (same branch) or, keyed by CSeq, the ACK for the 2xx. */
  ack = -1;
  /** For INVITE: the CANCEL transaction, -1 if none. */
  cancel = -1;

  /** @param members The trace's member column (filled once every message is placed). */
  constructor(
    readonly index: number,
    readonly dialog: number,
    readonly method: string,
    readonly cseq: number,
    readonly branch: string,
    private readonly members: TransactionMembers,
  ) {}

  /** Every copy of the request (first included), in document order. A view: do not write to it. */
  get requests(): Int32Array {
    const at = this.members.at;
    return this.members.list.subarray(at[2 * this.index] as number, at[2 * this.index + 1] as number);
  }

  /** Responses in document order, retransmissions included. A view: do not write to it. */
  get responses(): Int32Array {
    const at = this.members.at;
    return this.members.list.subarray(at[2 * this.index + 1] as number, at[2 * this.index + 2] as number);
  }
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
  readonly kind: 'unrecognized-text' | 'header-without-colon' | 'oversized-line' | 'flattened-message';
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
