/**
 * Custom messages between the Callsight client, server and webview. Types and method names only: no
 * runtime imports, so the client and the webview bundle this file without pulling in server code.
 */

/** Sent by the client in `initialize`'s `initializationOptions`. */
export interface CallsightInitializationOptions {
  /** The editor's display language (`vscode.env.language`), e.g. `en`, `ja`. */
  readonly locale: string;
  /** Language for explanations when the user chose one different from the UI (`callsight.explanations.language`). */
  readonly explanationLocale?: string;
}

/** Settings section the server reads with `workspace/configuration`. */
export const CONFIGURATION_SECTION = 'callsight';

/**
 * `callsight/analysisSummary` — client → server. Counts for the status bar and the tests: which language the
 * server analysed the document as, how many findings per severity.
 */
export const AnalysisSummaryRequest = 'callsight/analysisSummary';
export interface AnalysisSummaryParams {
  readonly uri: string;
}
export interface AnalysisSummaryResult {
  readonly languageId: string;
  readonly version: number;
  readonly findings: {
    readonly error: number;
    readonly warning: number;
    readonly information: number;
    readonly hint: number;
  };
}

/**
 * `callsight/audioMetrics` — client → server. Every metric series of a CCP log, per call, for the audio
 * metrics webview (the client converts the number arrays to typed arrays before posting them to the
 * webview). Times are epoch milliseconds (the agent PC's clock, as logged); `null` marks a gap.
 */
export const AudioMetricsRequest = 'callsight/audioMetrics';
export interface AudioMetricsParams {
  readonly uri: string;
}

/** `audio_input`: received by the browser (what the agent hears); `audio_output`: sent (the agent's microphone). */
export type SoftphoneStream = 'audio_input' | 'audio_output';

/** One stream's samples, as columns of equal length. */
export interface StreamSeries {
  readonly stream: SoftphoneStream;
  readonly time: number[];
  readonly audioLevel: (number | null)[];
  readonly packetsCount: (number | null)[];
  readonly packetsLost: (number | null)[];
  /** Loss per sample, percent, computed as the reference describes for the stream's direction. */
  readonly lossPercent: (number | null)[];
  readonly jitterMs: (number | null)[];
  readonly rttMs: (number | null)[];
  /** Character offset of the log entry each sample came from (click a point → reveal it). */
  readonly entryOffset: number[];
}

/** A time span where a diagnostic fired, to shade on the charts. */
export interface FindingSpan {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
  readonly stream?: SoftphoneStream;
}

export interface CallMetrics {
  /** RTC call id (or contact id when that is all the log has). */
  readonly id: string;
  readonly contactId?: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** Samples from `sendSoftphoneMetrics` entries. */
  readonly streams: StreamSeries[];
  /** Per-second arrays of a `TelemetryCallReport`, when the log has one. */
  readonly perSecond: StreamSeries[];
  /** End-of-call report figures (setup durations in ms, failure flags), already labelled. */
  readonly report?: { readonly label: string; readonly value: string }[];
  readonly findingSpans: FindingSpan[];
  /**
   * What this file's own evidence says about the stream directions (RTT on one stream, a level that
   * collapses on mute; ccp-log.md §6.5), localized; shown after the panel's direction note.
   */
  readonly directionNote?: string;
}

export interface AudioMetricsResult {
  readonly calls: CallMetrics[];
  /** Agent state bands across the whole log. */
  readonly agentStates: { readonly start: number; readonly end: number; readonly name: string }[];
  readonly skew: { readonly time: number[]; readonly skewMs: number[]; readonly entryOffset: number[] };
  readonly apiLatency: {
    readonly time: number[];
    readonly latencyMs: number[];
    readonly api: string[];
    readonly failed: boolean[];
    readonly entryOffset: number[];
  };
  readonly heartbeat: { readonly time: number[]; readonly rttMs: number[]; readonly entryOffset: number[] };
  /** Thresholds the diagnostics used, for the threshold lines. */
  readonly thresholds: {
    readonly packetLossPercent: number;
    readonly jitterMs: number;
    readonly rttMs: number;
    readonly lowAudioLevel: number;
    readonly clockSkewMs: number;
    readonly apiLatencyMs: number;
  };
  /** `callsight.time.zone` for the time axis. */
  readonly timeZone: string;
}

/** A catalog system, as the knowledge base names it (`sip`, `q850`, `twilio`, `ccp-softphone-error`…). */
export type CatalogSystem =
  | 'sip'
  | 'sip-warning'
  | 'q850'
  | 'freeswitch-cause'
  | 'twilio'
  | 'ccp-softphone-error'
  | 'ccp-agent-state'
  | 'cti-exception'
  | 'ccp-api-error'
  | 'connect-endpoint'
  | 'google-ccai';

/** One knowledge-base entry, rendered in the explanation locale (plain text; `markdown` is the escaped rendering). */
export interface ExplainEntry {
  readonly system: CatalogSystem;
  /** The system's display name (`SIP response`, `Q.850 cause`…). */
  readonly systemLabel: string;
  readonly code: string;
  readonly title: string;
  readonly name?: string;
  readonly meaning: string;
  readonly causes: readonly string[];
  readonly fixes: readonly string[];
  readonly references: readonly string[];
  readonly aliases?: readonly string[];
  readonly unverified?: boolean;
  readonly range?: readonly [number, number];
  readonly level?: 'error' | 'warning';
  readonly rules?: readonly string[];
  readonly related?: readonly {
    readonly system: CatalogSystem;
    readonly code: string;
    readonly note: string;
  }[];
  readonly markdown: string;
}

/**
 * `callsight/explain` — client → server. "Explain Error Code": every reading of a token (`503`,
 * `cause=34`, `32011`, `ice_collection_timeout`, `MissedCallAgent`…), of the code under a cursor in a
 * line, or of one exact entry picked from the catalog. The server holds the catalogs.
 */
export const ExplainRequest = 'callsight/explain';
export interface ExplainParams {
  /** A token or a selected text. */
  readonly token?: string;
  /** A line (at most a few thousand characters around the cursor) and the cursor's character in it. */
  readonly line?: string;
  readonly character?: number;
  /** One exact entry, as picked from `callsight/searchCatalog`. */
  readonly system?: CatalogSystem;
  readonly code?: string;
  /** Words to search for when nothing else matches: the answer then carries `suggestions`. */
  readonly query?: string;
}
export interface ExplainResult {
  /** The token that was read (from the selection, the cursor, or the exact entry). */
  readonly token?: string;
  /** Every reading, most likely first; empty when nothing matched. */
  readonly entries: readonly ExplainEntry[];
  /** All readings as one Markdown document (escaped; safe to render). */
  readonly markdown: string;
  /** Search matches when `entries` is empty and a query (or the token) was given. */
  readonly suggestions?: readonly CatalogItem[];
}

/** One line of the catalog, for pickers. */
export interface CatalogItem {
  readonly system: CatalogSystem;
  readonly systemLabel: string;
  readonly code: string;
  readonly title: string;
  readonly name?: string;
  readonly meaning: string;
  readonly aliases?: readonly string[];
}

/**
 * `callsight/searchCatalog` — client → server. Catalog entries matching words, numbers or names
 * (every word must match); an empty query lists the whole catalog, for the Explain Error Code picker.
 */
export const SearchCatalogRequest = 'callsight/searchCatalog';
export interface SearchCatalogParams {
  readonly query: string;
  readonly limit?: number;
}
export interface SearchCatalogResult {
  readonly items: readonly CatalogItem[];
}

/** A problem in UUI input, at a character offset into the text that was sent. */
export interface UuiProblemInfo {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  readonly code?: string;
  readonly severity?: 'error' | 'warning' | 'information';
}

/** One decoded User-to-User value. */
export interface UuiDecodedValue {
  readonly data: string;
  readonly params: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly fields: readonly { readonly label: string; readonly value: string; readonly key?: string }[];
  readonly problems: readonly UuiProblemInfo[];
  readonly header?: string;
  readonly start?: number;
  readonly end?: number;
  readonly encoding?: string;
  readonly hex?: string;
  readonly octets?: number;
  readonly protocolDiscriminator?: {
    readonly value: number;
    readonly meaning: string;
    readonly from: 'data' | 'param';
  };
  readonly ccai?: {
    readonly url: string;
    readonly apiVersion?: string;
    readonly projectId?: string;
    readonly location?: string;
    readonly conversationId?: string;
    readonly roles?: readonly string[];
    readonly valid: boolean;
  };
  readonly sessionParams?: readonly { readonly key: string; readonly value: string }[];
}

/**
 * `callsight/decodeUui` — client → server. "Decode UUI Header": every User-to-User value in the text
 * (header lines, bare values, or a URI with `User-to-User=`), with positioned problems and a Markdown
 * rendering.
 */
export const DecodeUuiRequest = 'callsight/decodeUui';
export interface DecodeUuiParams {
  readonly text: string;
}
export interface DecodeUuiResult {
  readonly values: readonly UuiDecodedValue[];
  readonly markdown: string;
}

/** What to build a User-to-User header from. */
export type EncodeUuiParams =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly purpose?: string;
      readonly content?: string;
      readonly protocolDiscriminator?: number | null;
      readonly headerName?: 'User-to-User' | 'X-User-to-User';
    }
  | {
      readonly kind: 'ccai-conversation';
      readonly projectId: string;
      readonly conversationId: string;
      readonly roles?: readonly string[];
      readonly location?: string;
    }
  | {
      readonly kind: 'session-params';
      /** Pairs, or `key1=value1;key2=value2` text. */
      readonly params: readonly { readonly key: string; readonly value: string }[] | string;
    };

/**
 * `callsight/encodeUui` — client → server. "Encode UUI Header": builds and validates a header. Also used
 * for live validation of the input boxes (`problems` name the field).
 */
export const EncodeUuiRequest = 'callsight/encodeUui';
export interface EncodeUuiResult {
  readonly ok: boolean;
  readonly value: string;
  readonly header: string;
  readonly text: string;
  readonly callInfo?: string;
  readonly problems: readonly {
    readonly field: string;
    readonly severity: 'error' | 'warning';
    readonly message: string;
  }[];
}

/** The client command the "Decode UUI" code action runs; its one argument is the header text. */
export const DecodeUuiCommand = 'callsight.decodeUui';

/**
 * `callsight/timeAtOffset` — client → server. The time of the log entry at a character offset, so the audio
 * metrics panel can mark the editor cursor's time on its charts. `time` is epoch ms, or null when the
 * offset is outside any timed entry or the document's language has no notion of entry time.
 */
export const TimeAtOffsetRequest = 'callsight/timeAtOffset';
export interface TimeAtOffsetParams {
  readonly uri: string;
  readonly offset: number;
}
export interface TimeAtOffsetResult {
  readonly time: number | null;
}

/**
 * `callsight/openDetachedText` — client → server. Text of a file the editor cannot sync (above its 50 MB
 * limit), read from disk by the client. The server keeps it as a document that is not open in the editor,
 * so the usual requests (`callsight/audioMetrics`, `callsight/timeAtOffset`, …) answer for `uri`.
 * Replaces any earlier detached text for the same URI. Answers the version the server assigned.
 */
export const OpenDetachedTextRequest = 'callsight/openDetachedText';
export interface OpenDetachedTextParams {
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
}
export interface OpenDetachedTextResult {
  readonly version: number;
}

/** `callsight/closeDetachedText` — client → server. Forget the detached text of `uri` (its panel closed). */
export const CloseDetachedTextNotification = 'callsight/closeDetachedText';
export interface CloseDetachedTextParams {
  readonly uri: string;
}

/**
 * `callsight/goToTime` — client → server. "Go to Time…" in a CCP log: where a typed time lands, or why it
 * cannot be used. The client calls it as the user types (to validate and preview) and once more on Enter.
 * Times without a zone are read in `callsight.time.zone`; a time without a date takes the log's day.
 */
export const GoToTimeRequest = 'callsight/goToTime';
export interface GoToTimeParams {
  readonly uri: string;
  /** What the user typed: `14:32`, `2025-05-06 14:32:05`, `2025-05-06T14:32:00Z`… */
  readonly input: string;
}
/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface GoToTimePosition {
  readonly line: number;
  readonly character: number;
}
export interface GoToTimeResult {
  /**
   * `invalid`: the input is not a time; `noTimes`: no entry of the log has a usable time; `inside`: the
   * time lies in the window the log covers; `before`/`after`: outside it (the client warns instead of
   * jumping); `unavailable`: the document is not a CCP log the server holds.
   */
  readonly status: 'invalid' | 'noTimes' | 'inside' | 'before' | 'after' | 'unavailable';
  /** Why the input cannot be used, or a one-line preview of where it lands (localized). */
  readonly message: string;
  /** `before`/`after`: what the log covers, why older history is gone (the 30-minute roll), and the fix. */
  readonly warning?: string;
  /** The typed time, epoch ms. */
  readonly target?: number;
  /** `inside`: the first entry at or after the time (in time order); outside: the nearest entry. */
  readonly entry?: { readonly start: GoToTimePosition; readonly end: GoToTimePosition };
  /** First and last entry time (epoch ms) and the `Log roll interval occurred.` markers in the file. */
  readonly window?: { readonly first: number; readonly last: number; readonly rollMarkers: number };
}
