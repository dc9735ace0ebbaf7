/**
 * One CCP log entry as Callsight keeps it: the fields it reads, where they are in the document, and
 * what the text says (its kind and the marks of its interesting words). Ranges of the raw fields live
 * in the model's {@link EntryRanges}; an entry stores only its index into them.
 */

/** What an entry's text is, decided once by the classifier (first match wins). */
export const EntryKind = {
  Other: 0,
  RollMarker: 1,
  ApiSend: 2,
  ApiSucceeded: 3,
  ApiFailed: 4,
  ApiUnauthorizedRetry: 5,
  ApiAccessDeniedExhausted: 6,
  ApiRequestFailed: 7,
  ApiHandleFailed: 8,
  FailedGetAgentData: 9,
  FailedAcceptCall: 10,
  Snapshot: 11,
  HeartbeatSend: 12,
  HeartbeatReceived: 13,
  HeartbeatMissed: 14,
  HeartbeatSendFailed: 15,
  WsManagerError: 16,
  WsInitializing: 17,
  WsInitFailed: 18,
  WsConfigFailed: 19,
  WsClosed: 20,
  NetworkOffline: 21,
  WsEstablished: 22,
  PublishEvent: 23,
  CallDetected: 24,
  MetricsSuccess: 25,
  MetricsFailed: 26,
  ReportSuccess: 27,
  TelemetryReport: 28,
  SoftphoneError: 29,
  Rtc: 30,
  RtcIceTimeout: 31,
  RtcNoIceCandidate: 32,
  RtcFailedState: 33,
  RtcSignalingFailed: 34,
  RtcHandshakeFailed: 35,
  RtcUserBusy: 36,
  RtcLocalMediaFailed: 37,
  RtcIceLost: 38,
  RtcTransition: 39,
  Muted: 40,
  Unmuted: 41,
  MicPermission: 42,
  RingtoneFailure: 43,
  RingtoneExhausted: 44,
  AuthFail: 45,
  AuthExhausted: 46,
  AgentConnectTimeout: 47,
  CallNotFound: 48,
  MediaChannelFailed: 49,
  CcpVersion: 50,
  RtcCandidate: 51,
  NetworkFailure: 52,
} as const;
export type EntryKind = (typeof EntryKind)[keyof typeof EntryKind];
export const ENTRY_KIND_COUNT = 53;

/** Words inside a text that hovers and semantic tokens care about. */
export const MarkKind = {
  CallId: 0,
  ContactId: 1,
  ErrorType: 2,
  ApiOperation: 3,
  EventName: 4,
  AgentState: 5,
  ErrorCode: 6,
  Redacted: 7,
  Category: 8,
} as const;
export type MarkKind = (typeof MarkKind)[keyof typeof MarkKind];

export interface EntryException {
  readonly type?: string;
  readonly message?: string;
  /** The raw value when it was not an object (a string, a number…). */
  readonly raw?: string;
}

/** Fields of an agent snapshot (`GET_AGENT_SNAPSHOT succeeded.`) that the views use. */
export interface SnapshotInfo {
  readonly stateName: string;
  readonly stateType: string;
  readonly stateStart: number;
  readonly snapshotTime: number;
  readonly localTime: number;
  readonly skew: number;
  readonly contacts: readonly SnapshotContact[];
  readonly region?: string;
}

export interface SnapshotContact {
  readonly contactId: string;
  readonly type: string;
  readonly state: string;
  readonly agentConnectionId?: string;
  readonly agentConnectionState?: string;
}

/** Fields most entries never set, kept apart so the common entry stays small (tens of thousands per file). */
class EntryExtra {
  exception: EntryException | undefined = undefined;
  callId: string | undefined = undefined;
  category: string | undefined = undefined;
  tag: string | undefined = undefined;
  detail2 = '';
  payload: unknown = undefined;
  marks: number[] | undefined = undefined;
  damaged = false;
  textTruncated = false;
  redactionTruncated = false;
}

export class CcpEntry {
  /** Epoch ms, NaN when the entry has no usable time. */
  time = NaN;
  level = '';
  component = '';
  /** The text as decoded (original spacing kept). */
  text = '';
  loggerId: string | undefined = undefined;
  contextLayer: string | undefined = undefined;
  /** Index into `text` where the meaningful message starts (after space, subsystem tag, WSM prefix, call id). */
  msgAt = 0;
  kind: EntryKind = EntryKind.Other;
  /** Kind-specific fact: API operation, error type, event name, contact id… */
  detail = '';
  /** An exact repeat of an earlier entry (same time, level, text, logger). */
  dup = false;
  private x: EntryExtra | undefined = undefined;

  constructor(
    /** Position in the document (0-based). */
    readonly index: number,
    /** Row of this entry's field ranges in the model's range table. */
    readonly row: number,
    readonly start: number,
    public end: number,
  ) {}

  private get extra(): EntryExtra {
    return (this.x ??= new EntryExtra());
  }

  get exception(): EntryException | undefined {
    return this.x?.exception;
  }
  set exception(v: EntryException | undefined) {
    if (v !== undefined || this.x) this.extra.exception = v;
  }

  /** rtc-js call id and category (`<callId> <CATEGORY> <message>`). */
  get callId(): string | undefined {
    return this.x?.callId;
  }
  set callId(v: string | undefined) {
    if (v !== undefined || this.x) this.extra.callId = v;
  }

  get category(): string | undefined {
    return this.x?.category;
  }
  set category(v: string | undefined) {
    if (v !== undefined || this.x) this.extra.category = v;
  }

  /** `[Subsystem]` tag of hosted-CCP texts. */
  get tag(): string | undefined {
    return this.x?.tag;
  }
  set tag(v: string | undefined) {
    if (v !== undefined || this.x) this.extra.tag = v;
  }

  /** A second kind-specific fact: error code, error message, contact id of an event… */
  get detail2(): string {
    return this.x?.detail2 ?? '';
  }
  set detail2(v: string) {
    if (v !== '' || this.x) this.extra.detail2 = v;
  }

  /** Kind-specific parsed data (snapshot fields, call report, API error), when the kind needs it. */
  get payload(): unknown {
    return this.x?.payload;
  }
  set payload(v: unknown) {
    if (v !== undefined || this.x) this.extra.payload = v;
  }

  /** Flat triples (at, length, MarkKind) of words in `text`. */
  get marks(): number[] | undefined {
    return this.x?.marks;
  }

  /** The entry could not be read whole; what is here was recovered field by field. */
  get damaged(): boolean {
    return this.x?.damaged ?? false;
  }
  set damaged(v: boolean) {
    if (v || this.x) this.extra.damaged = v;
  }

  /**
   * `text` holds only the start of a long escaped text (metrics, reports, telemetry can be megabytes);
   * `CcpModel.fullText` decodes the rest from the document when a view needs it.
   */
  get textTruncated(): boolean {
    return this.x?.textTruncated ?? false;
  }
  set textTruncated(v: boolean) {
    if (v || this.x) this.extra.textTruncated = v;
  }

  /** Text carries JSON that was cut by the CCP's redaction. */
  get redactionTruncated(): boolean {
    return this.x?.redactionTruncated ?? false;
  }
  set redactionTruncated(v: boolean) {
    if (v || this.x) this.extra.redactionTruncated = v;
  }

  /** The text from `msgAt` on. */
  get msg(): string {
    return this.msgAt === 0 ? this.text : this.text.slice(this.msgAt);
  }

  get timed(): boolean {
    return !Number.isNaN(this.time);
  }

  addMark(at: number, length: number, kind: MarkKind): void {
    if (length <= 0) return;
    (this.extra.marks ??= []).push(at, length, kind);
  }
}
