/**
 * Messages between the audio metrics webview and the extension client. Types only (no runtime code), so
 * the client imports this file as types and the webview bundles nothing from it.
 *
 * Series travel as typed-array columns (`Float64Array` for times, offsets and wide-ranging values,
 * `Float32Array` for per-sample metrics); `NaN` marks a gap. The webview never receives a file path, and
 * nothing here is ever turned into HTML: the webview renders text with `textContent` and on canvas.
 */
import type { AudioMetricsResult, FindingSpan, SoftphoneStream } from '../../server/src/protocol';

/** One stream's samples as columns of equal length. */
export interface StreamColumns {
  readonly stream: SoftphoneStream;
  readonly time: Float64Array;
  readonly audioLevel: Float32Array;
  readonly packetsCount: Float32Array;
  readonly packetsLost: Float32Array;
  readonly lossPercent: Float32Array;
  readonly jitterMs: Float32Array;
  readonly rttMs: Float32Array;
  /** Offset of the log entry each sample came from (NaN when unknown). */
  readonly entryOffset: Float64Array;
}

export interface CallColumns {
  readonly id: string;
  readonly contactId?: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly streams: readonly StreamColumns[];
  readonly perSecond: readonly StreamColumns[];
  readonly report?: readonly { readonly label: string; readonly value: string }[];
  readonly findingSpans: readonly FindingSpan[];
  /** What this file's own evidence says about the directions (server text), after the direction note. */
  readonly directionNote?: string;
}

/** {@link AudioMetricsResult} with its number arrays as typed columns. */
export interface MetricsPayload {
  readonly calls: readonly CallColumns[];
  readonly agentStates: AudioMetricsResult['agentStates'];
  readonly skew: {
    readonly time: Float64Array;
    readonly skewMs: Float64Array;
    readonly entryOffset: Float64Array;
  };
  readonly apiLatency: {
    readonly time: Float64Array;
    readonly latencyMs: Float64Array;
    readonly api: readonly string[];
    /** 1 where the API call failed. */
    readonly failed: Uint8Array;
    readonly entryOffset: Float64Array;
  };
  readonly heartbeat: {
    readonly time: Float64Array;
    readonly rttMs: Float64Array;
    readonly entryOffset: Float64Array;
  };
  readonly thresholds: AudioMetricsResult['thresholds'];
  readonly timeZone: string;
}

/** Every string the webview shows, localized by the client (`client/src/text.ts`). `{0}` is a placeholder. */
export type WebviewStringKey =
  | 'call'
  | 'series'
  | 'seriesSamples'
  | 'seriesPerSecond'
  | 'range'
  | 'rangeCall'
  | 'rangeLog'
  | 'resetZoom'
  | 'exportCsv'
  | 'exportPng'
  | 'streamInput'
  | 'streamOutput'
  | 'streamDirectionNote'
  | 'audioLevel'
  | 'packets'
  | 'packetsCount'
  | 'packetsLost'
  | 'lossPercent'
  | 'jitter'
  | 'jitterNote'
  | 'rtt'
  | 'skew'
  | 'skewNote'
  | 'apiLatency'
  | 'apiSucceeded'
  | 'apiFailed'
  | 'heartbeat'
  | 'logSection'
  | 'agentStates'
  | 'callReport'
  | 'threshold'
  | 'thresholdSourcePacketLoss'
  | 'thresholdSourceJitter'
  | 'thresholdSourceRtt'
  | 'thresholdSourceAudioLevel'
  | 'thresholdSourceClockSkew'
  | 'thresholdSourceApiLatency'
  | 'loading'
  | 'noCalls'
  | 'noSamples'
  | 'time'
  | 'timeZone'
  | 'timeZoneUnknown'
  | 'editorCursor'
  | 'clickHint'
  | 'chartLabel'
  | 'findingSpan';

export type WebviewStrings = Readonly<Record<WebviewStringKey, string>>;

/** What the webview keeps with `setState`: view state only, never data (the client re-sends that). */
export interface WebviewViewState {
  /** Opaque key the client maps to the document; the webview never sees the document's path. */
  readonly panelKey: string;
  readonly callId?: string;
  readonly series?: 'samples' | 'perSecond';
  readonly range?: 'call' | 'log';
  /** Zoomed time window, epoch ms. */
  readonly zoom?: { readonly min: number; readonly max: number };
}

/** How one chart was drawn, for tests and the render-time figure. */
export interface ChartReport {
  readonly id: string;
  /** Points along the time axis (gaps included). */
  readonly points: number;
  /** Points with a value in at least one series. */
  readonly valuedPoints: number;
  readonly series: number;
  readonly thresholdLines: number;
  readonly findingSpans: number;
}

export interface RenderReport {
  /** Sequence number of the `data` message rendered. */
  readonly seq: number;
  /** performance.now() from receiving the data to every chart drawn once, ms. */
  readonly renderMs: number;
  /** From receiving the data to the next animation frame after that, ms (includes layout and paint). */
  readonly frameMs: number;
  /** Most samples in one stream of the call drawn. */
  readonly samplesPerStream: number;
  readonly charts: readonly ChartReport[];
}

/** Client → webview. */
export type ToWebviewMessage =
  | {
      readonly type: 'init';
      readonly strings: WebviewStrings;
      readonly panelKey: string;
      /** `document.documentElement.lang`. */
      readonly locale: string;
    }
  | { readonly type: 'status'; readonly status: 'loading' | 'empty' | 'error'; readonly message: string }
  | { readonly type: 'data'; readonly seq: number; readonly payload: MetricsPayload }
  | { readonly type: 'cursorTime'; readonly time: number | null }
  /** Test hook: act as if the user clicked point `index` of chart `chartId`. */
  | { readonly type: 'simulateClick'; readonly chartId: string; readonly index: number };

/** Webview → client. */
export type FromWebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly offset: number }
  | { readonly type: 'exportCsv'; readonly callId: string | null }
  | { readonly type: 'exportPng'; readonly dataUrl: string }
  | { readonly type: 'rendered'; readonly report: RenderReport }
  | { readonly type: 'viewState'; readonly state: WebviewViewState }
  | { readonly type: 'error'; readonly message: string };
