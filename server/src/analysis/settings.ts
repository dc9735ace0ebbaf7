/**
 * User settings the analysis reads. The names follow the `callsight.<area>.<name>` settings in
 * package.json; defaults live here, once, and package.json repeats them for the Settings UI (a unit
 * test keeps the two in step).
 */
import type { SeverityOverride } from './findings';

/** `local` (the machine's zone), `utc`, or an IANA zone name such as `Asia/Tokyo`. */
export type TimeZoneSetting = string;

export interface Thresholds {
  /** Packet loss over a window, percent (VoIP rule of thumb: ≤ 1 % is good). */
  readonly packetLossPercent: number;
  /** Jitter, ms (rule of thumb: ≤ 30 ms is good). */
  readonly jitterMs: number;
  /** Round-trip time, ms (rule of thumb: ≤ 300 ms is good; AWS: cross-region pushes it above 500 ms). */
  readonly rttMs: number;
  /** Audio level at or below this counts as silence (Streams uses 1 on its 0–32767 scale). */
  readonly lowAudioLevel: number;
  /** Seconds a bad condition must last before it is reported. */
  readonly minDurationSeconds: number;
  /** |clock skew| at or above this, ms (the AWS CCP Log Parser draws red from 10,000 ms). */
  readonly clockSkewMs: number;
  /** API latency at or above this, ms (ColinMorris83 parser: 500 ms). */
  readonly apiLatencyMs: number;
  /** A stretch without metric samples during a call longer than this, seconds. */
  readonly metricsGapSeconds: number;
}

export interface CallsightSettings {
  readonly timeZone: TimeZoneSetting;
  readonly thresholds: Thresholds;
  /** Per-rule severity overrides keyed by rule id (`"ccp/clock-skew": "off"`). */
  readonly ruleSeverity: Readonly<Record<string, SeverityOverride>>;
  /** Caps that keep the editor responsive on big files. */
  readonly maxSymbols: number;
  readonly maxFoldingRanges: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  packetLossPercent: 3,
  jitterMs: 30,
  rttMs: 300,
  lowAudioLevel: 1,
  minDurationSeconds: 5,
  clockSkewMs: 10_000,
  apiLatencyMs: 500,
  metricsGapSeconds: 35,
};

export const DEFAULT_SETTINGS: CallsightSettings = {
  timeZone: 'local',
  thresholds: DEFAULT_THRESHOLDS,
  ruleSeverity: {},
  maxSymbols: 5000,
  maxFoldingRanges: 5000,
};

/** Builds settings from partial, untrusted input (the editor's configuration), keeping defaults where values are bad. */
export function settingsFrom(input: unknown): CallsightSettings {
  const raw = isRecord(input) ? input : {};
  const time = isRecord(raw['time']) ? raw['time'] : {};
  const thresholdsIn = isRecord(raw['thresholds']) ? raw['thresholds'] : {};
  const thresholds = { ...DEFAULT_THRESHOLDS } as Record<keyof Thresholds, number>;
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
    const v = thresholdsIn[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) thresholds[key] = v;
  }
  const rules = isRecord(raw['rules']) ? raw['rules'] : {};
  const severityIn = isRecord(rules['severity']) ? rules['severity'] : {};
  const ruleSeverity: Record<string, SeverityOverride> = {};
  for (const [id, value] of Object.entries(severityIn)) {
    if (
      value === 'error' ||
      value === 'warning' ||
      value === 'information' ||
      value === 'hint' ||
      value === 'off'
    ) {
      ruleSeverity[id] = value;
    }
  }
  const outline = isRecord(raw['outline']) ? raw['outline'] : {};
  return {
    timeZone: typeof time['zone'] === 'string' && time['zone'].trim() !== '' ? time['zone'].trim() : 'local',
    thresholds,
    ruleSeverity,
    maxSymbols: positiveInt(outline['maxItems'], DEFAULT_SETTINGS.maxSymbols),
    maxFoldingRanges: DEFAULT_SETTINGS.maxFoldingRanges,
  };
}

function positiveInt(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
