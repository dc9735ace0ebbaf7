/**
 * End-of-call reports (`sendSoftphoneReport success{…}`, ccp-log.md §6.7) and telemetry reports
 * (`sent TelemetryCallReport {…}`, §6.8). Reports are small and read eagerly; telemetry lines can be
 * megabytes and are parsed only when a hover or the chart asks (see {@link readTelemetry}).
 */
import { timeValue } from '../parse/isoTime';
import type { Call } from './contacts';
import { EntryKind, type CcpEntry } from './entry';

/** Setup and talk durations of a report, in the order the call goes through them. */
export const REPORT_DURATIONS = [
  'gumTimeMillis',
  'initializationTimeMillis',
  'iceCollectionTimeMillis',
  'signallingConnectTimeMillis',
  'handshakingTimeMillis',
  'preTalkingTimeMillis',
  'talkingTimeMillis',
  'cleanupTimeMillis',
] as const;

/** Failure flags of a report and the rule each maps to. */
export const REPORT_FAILURES = {
  iceCollectionFailure: 'ccp/ice-collection-timeout',
  signallingConnectionFailure: 'ccp/signalling-connection-failure',
  handshakingFailure: 'ccp/signalling-handshake-failure',
  gumOtherFailure: 'ccp/microphone-not-shared',
  gumTimeoutFailure: 'ccp/microphone-not-shared',
  userBusyFailure: 'ccp/multiple-ccp-windows',
  createOfferFailure: 'ccp/webrtc-error',
  setLocalDescriptionFailure: 'ccp/webrtc-error',
  invalidRemoteSDPFailure: 'ccp/webrtc-error',
  noRemoteIceCandidateFailure: 'ccp/ice-collection-timeout',
  setRemoteDescriptionFailure: 'ccp/webrtc-error',
} as const;
export type ReportFailure = keyof typeof REPORT_FAILURES;

export interface CallReport {
  readonly entry: number;
  readonly callStart: number;
  readonly callEnd: number;
  readonly durations: ReadonlyMap<string, number>;
  readonly failures: readonly ReportFailure[];
  call: Call | undefined;
}

export interface ReportsView {
  readonly reports: readonly CallReport[];
  readonly byEntry: ReadonlyMap<number, CallReport>;
  /** Telemetry report entries, by time. */
  readonly telemetry: readonly number[];
}

const LINK_MS = 120_000;

export function buildReports(
  entries: readonly CcpEntry[],
  reportEntries: readonly number[],
  telemetryEntries: readonly number[],
  calls: readonly Call[],
): ReportsView {
  const reports: CallReport[] = [];
  const byEntry = new Map<number, CallReport>();
  const seen = new Set<string>();
  for (const i of reportEntries) {
    const e = entries[i] as CcpEntry;
    const o = e.payload;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) continue;
    const r = o as Record<string, unknown>;
    const callStart = timeValue(r['callStartTime']);
    const callEnd = timeValue(r['callEndTime']);
    const key = `${callStart}|${callEnd}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const durations = new Map<string, number>();
    for (const d of REPORT_DURATIONS) {
      const v = r[d];
      if (typeof v === 'number' && Number.isFinite(v)) durations.set(d, v);
    }
    const failures = (Object.keys(REPORT_FAILURES) as ReportFailure[]).filter((f) => r[f] === true);
    const report: CallReport = { entry: i, callStart, callEnd, durations, failures, call: undefined };
    report.call = linkCall(calls, e.time, callStart);
    if (report.call && report.call.report < 0) report.call.report = i;
    reports.push(report);
    byEntry.set(i, report);
  }
  for (const i of telemetryEntries) {
    const e = entries[i] as CcpEntry;
    const call = linkCall(calls, e.time, NaN);
    if (call && call.telemetry < 0) call.telemetry = i;
  }
  return { reports, byEntry, telemetry: telemetryEntries };
}

/** The call a report at `time` (with the report's own start, if known) belongs to. */
function linkCall(calls: readonly Call[], time: number, callStart: number): Call | undefined {
  let best: Call | undefined;
  let bestDistance = Infinity;
  for (let k = calls.length - 1; k >= 0; k--) {
    const c = calls[k] as Call;
    if (c.first > time + 5_000) continue;
    if (time - c.last > LINK_MS) break;
    const d = Number.isNaN(callStart) ? Math.abs(time - c.last) : Math.abs(callStart - c.first);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Per-second arrays and counters of a telemetry report (§6.8). */
export interface TelemetryData {
  readonly perSecond: readonly [PerSecond | undefined, PerSecond | undefined];
  readonly callStart: number;
  readonly counters: ReadonlyMap<string, number | boolean | string>;
}

export interface PerSecond {
  readonly packetsCount: readonly number[];
  readonly packetsLost: readonly number[];
  readonly audioLevel: readonly number[];
  readonly jitterBufferMillis: readonly number[];
  readonly roundTripTimeMillis: readonly number[];
}

const TELEMETRY_COUNTERS = [
  'iceConnectionsLost',
  'iceConnectionsFailed',
  'peerConnectionFailed',
  'rtcJsVersion',
  'streamJsVersion',
  'isPersistentPeerConnection',
  'isMediaClusterPath',
  'firstRTPTimeMillis',
  'consecutiveNoAudioInputPackets',
  'consecutiveLowInputAudioLevel',
  'consecutiveNoAudioOutputPackets',
  'consecutiveLowOutputAudioLevel',
  'consecutiveAudioOutputMuteDurationSeconds',
  'audioInputConnectedDurationSeconds',
  'ccpMediaReadyLatencyMillis',
  'skewTimeMillis',
  'iceRestartAttempts',
  'iceRestartSuccesses',
  'iceRestartFailed',
  'vdiPlatform',
] as const;

function numbers(v: unknown): number[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => (typeof x === 'number' && Number.isFinite(x) ? x : NaN));
}

function perSecondOf(v: unknown): PerSecond | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  return {
    packetsCount: numbers(o['packetsCount']),
    packetsLost: numbers(o['packetsLost']),
    audioLevel: numbers(o['audioLevel']),
    jitterBufferMillis: numbers(o['jitterBufferMillis']),
    roundTripTimeMillis: numbers(o['roundTripTimeMillis']),
  };
}

/** Parses a telemetry entry's JSON (call this lazily; the model memoises it). */
export function readTelemetry(e: CcpEntry, fullText: string): TelemetryData | undefined {
  if (e.kind !== EntryKind.TelemetryReport) return undefined;
  const msg = fullText.slice(e.msgAt);
  const brace = msg.indexOf('{');
  if (brace < 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(msg.slice(brace));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  const stats = o['softphoneStreamPerSecondStatistics'];
  const s = typeof stats === 'object' && stats !== null ? (stats as Record<string, unknown>) : {};
  const counters = new Map<string, number | boolean | string>();
  for (const k of TELEMETRY_COUNTERS) {
    const v = o[k];
    if (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length < 200))
      counters.set(k, v);
  }
  return {
    perSecond: [perSecondOf(s['AUDIO_INPUT']), perSecondOf(s['AUDIO_OUTPUT'])],
    callStart: timeValue(o['callStartTime']),
    counters,
  };
}
