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
