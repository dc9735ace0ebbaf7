/**
 * The in-file direction self-check of ccp-log.md §6.5: which of `audio_input`/`audio_output` is the stream
 * the browser sends (the agent's microphone)? Two signals, read from the metrics columns already built
 * (no re-parsing):
 * - RTT: RTCP round trips exist only for a stream the browser sends, so RTT on one stream only marks it
 *   as the sent stream (newer rtc-js copies RTT to both streams; then RTT says nothing).
 * - Mute: between `Agent has muted the contact` and `…unmuted…` the microphone track is disabled, so the
 *   sent stream's level collapses while the received stream keeps carrying the customer.
 * Verdict `code` = `audio_output` is sent (rtc-js since 2019-07-22), `docs` = `audio_input` is sent
 * (older rtc-js, AWS doc comments, the seed book).
 */
import type { CallAudio, StreamData, StreamIndex } from './audioMetrics';
import { EntryKind, type CcpEntry } from './entry';
import { lowerBound } from '../../sortedSearch';

/** `code`: audio_output is the microphone (rtc-js code); `docs`: audio_input is; or the signals disagree / are absent. */
export type DirectionVerdict = 'code' | 'docs' | 'conflicting' | 'unknown';

/** RTT values on one stream only: that stream is the sent one. */
export interface RttEvidence {
  readonly kind: 'rtt';
  /** The stream carrying RTT (the sent stream). */
  readonly sent: StreamIndex;
  readonly reading: 'code' | 'docs';
  /** Samples with an RTT value on the sent stream. */
  readonly samples: number;
  /** Metrics entry of the first sample with an RTT value. */
  readonly entry: number;
}

/** A stream whose level collapsed during a mute while the other did not: the microphone stream. */
export interface MuteEvidence {
  readonly kind: 'mute';
  readonly sent: StreamIndex;
  readonly reading: 'code' | 'docs';
  /** Mute span (epoch ms): the muted entry's time to the unmuted entry's (or the call's last sample). */
  readonly start: number;
  readonly end: number;
  /** The `Agent has muted the contact` entry. */
  readonly entry: number;
  /** Level (90th percentile) of the collapsing stream before and inside the span. */
  readonly before: number;
  readonly inside: number;
  /** The same for the other stream. */
  readonly otherBefore: number;
  readonly otherInside: number;
}

export type DirectionEvidence = RttEvidence | MuteEvidence;

export interface CallDirection {
  readonly audio: CallAudio;
  readonly verdict: DirectionVerdict;
  readonly evidence: readonly DirectionEvidence[];
}

export interface DirectionView {
  /** The whole file's verdict: every call's evidence together. */
  readonly verdict: DirectionVerdict;
  /** Calls with at least one evidence item. */
  readonly calls: readonly CallDirection[];
  readonly byAudio: ReadonlyMap<CallAudio, CallDirection>;
  /** Every evidence item, calls in order. */
  readonly evidence: readonly DirectionEvidence[];
}

/** RTT counts only from this many samples: a single stray value could be a copy or a glitch. */
export const MIN_RTT_SAMPLES = 3;
/** Samples needed before and inside a mute on each stream: at 1 Hz, five seconds of sound to compare. */
export const MIN_MUTE_SAMPLES = 5;
/** How far before the mute the "before" level is taken: one metrics batch (30 s) holds some speech. */
export const BEFORE_MUTE_MS = 30_000;
/** Samples in the first second after the mute may still be collected from the live track. */
export const MUTE_SETTLE_MS = 1_000;
/**
 * A stream counts as clearly non-silent before the mute from this level (0–32767): the seed book's
 * "below 100 is worth checking" line, well above the background noise of an idle headset.
 */
export const ACTIVE_LEVEL = 100;
/** A level that drops to at most this share of its level before the mute has collapsed (a disabled track reports 0). */
export const COLLAPSE_RATIO = 0.1;
/** Streams' own low-audio line (`LOW_AUDIO_LEVEL_THRESHOLD`): at or below it a stream carries silence. */
export const SILENT_LEVEL = 1;
/**
 * Which level is compared: speech is intermittent, so a stream's median sits in the pauses between
 * words; the 90th percentile follows the speech, and a muted track (all zeros) still reads 0.
 */
const LEVEL_QUANTILE = 0.9;

const readingOf = (sent: StreamIndex): 'code' | 'docs' => (sent === 1 ? 'code' : 'docs');

/** Builds the direction view from the calls' metric columns and the mute/unmute entries (time order). */
export function buildDirection(
  entries: readonly CcpEntry[],
  calls: readonly CallAudio[],
  muted: readonly number[],
  unmuted: readonly number[],
): DirectionView {
  const toggles = muteToggles(entries, muted, unmuted);
  const list: CallDirection[] = [];
  const byAudio = new Map<CallAudio, CallDirection>();
  const all: DirectionEvidence[] = [];
  for (const audio of calls) {
    const evidence: DirectionEvidence[] = [];
    const rtt = rttEvidence(audio);
    if (rtt) evidence.push(rtt);
    for (const span of muteSpans(toggles, audio)) {
      const m = muteEvidence(audio, span);
      if (m) evidence.push(m);
    }
    if (evidence.length === 0) continue;
    const call: CallDirection = { audio, verdict: verdictOf(evidence), evidence };
    list.push(call);
    byAudio.set(audio, call);
    all.push(...evidence);
  }
  return { verdict: verdictOf(all), calls: list, byAudio, evidence: all };
}

/** One reading from all items: the same reading throughout, or `conflicting`; `unknown` without items. */
export function verdictOf(evidence: readonly DirectionEvidence[]): DirectionVerdict {
  let verdict: DirectionVerdict = 'unknown';
  for (const e of evidence) {
    if (verdict === 'unknown') verdict = e.reading;
    else if (verdict !== e.reading) return 'conflicting';
  }
  return verdict;
}

function rttEvidence(audio: CallAudio): RttEvidence | undefined {
  const [a, b] = audio.streams.map(rttSamples) as [RttCount, RttCount];
  const only = a.n === 0 && b.n >= MIN_RTT_SAMPLES ? b : b.n === 0 && a.n >= MIN_RTT_SAMPLES ? a : undefined;
  if (!only) return undefined;
  return {
    kind: 'rtt',
    sent: only.stream,
    reading: readingOf(only.stream),
    samples: only.n,
    entry: only.entry,
  };
}

interface RttCount {
  readonly stream: StreamIndex;
  readonly n: number;
  readonly entry: number;
}

function rttSamples(s: StreamData): RttCount {
  let n = 0;
  let entry = -1;
  for (let k = 0; k < s.rtt.length; k++) {
    const v = s.rtt[k] as number;
    // 0 is what some clients write when they have no RTCP report yet: not a measurement.
    if (Number.isNaN(v) || v === 0) continue;
    if (n === 0) entry = s.entry[k] as number;
    n++;
  }
  return { stream: s.stream, n, entry };
}

interface Toggle {
  readonly time: number;
  readonly muted: boolean;
  readonly entry: number;
}

/** Timed mute and unmute entries, merged in time order. */
function muteToggles(
  entries: readonly CcpEntry[],
  muted: readonly number[],
  unmuted: readonly number[],
): Toggle[] {
  const out: Toggle[] = [];
  for (const list of [muted, unmuted]) {
    for (const i of list) {
      const e = entries[i] as CcpEntry;
      if (e.timed) out.push({ time: e.time, muted: e.kind === EntryKind.Muted, entry: i });
    }
  }
  return out.sort((x, y) => x.time - y.time || x.entry - y.entry);
}

interface MuteSpan {
  readonly start: number;
  readonly end: number;
  readonly entry: number;
}

/** Mute spans that start within the call's samples; an open mute runs to the call's last sample. */
function muteSpans(toggles: readonly Toggle[], audio: CallAudio): MuteSpan[] {
  const out: MuteSpan[] = [];
  let open: Toggle | undefined;
  for (const t of toggles) {
    if (t.time < audio.start) continue;
    if (t.time > audio.end) break;
    if (t.muted && !open) open = t;
    else if (!t.muted && open) {
      out.push({ start: open.time, end: t.time, entry: open.entry });
      open = undefined;
    }
  }
  if (open) out.push({ start: open.time, end: audio.end + 1, entry: open.entry });
  return out;
}

function muteEvidence(audio: CallAudio, span: MuteSpan): MuteEvidence | undefined {
  const levels = audio.streams.map((s) => ({
    before: levelIn(s, span.start - BEFORE_MUTE_MS, span.start),
    inside: levelIn(s, span.start + MUTE_SETTLE_MS, span.end),
  }));
  const [a, b] = levels as [Levels, Levels];
  const collapsed = (l: Levels): boolean => l.before >= ACTIVE_LEVEL && l.inside <= COLLAPSE_RATIO * l.before;
  // The other stream must still carry sound inside the span: when both fall silent (hold, a network
  // drop, nobody speaking) the drop says nothing about which stream is the microphone.
  const alive = (l: Levels): boolean => !collapsed(l) && l.inside > SILENT_LEVEL;
  const sent: StreamIndex | undefined =
    collapsed(a) && alive(b) ? 0 : collapsed(b) && alive(a) ? 1 : undefined;
  if (sent === undefined) return undefined;
  const mic = levels[sent] as Levels;
  const other = levels[sent === 0 ? 1 : 0] as Levels;
  return {
    kind: 'mute',
    sent,
    reading: readingOf(sent),
    start: span.start,
    end: Math.min(span.end, audio.end),
    entry: span.entry,
    before: mic.before,
    inside: mic.inside,
    otherBefore: other.before,
    otherInside: other.inside,
  };
}

interface Levels {
  readonly before: number;
  readonly inside: number;
}

/** The stream's level quantile over samples in [from, to); NaN with fewer than MIN_MUTE_SAMPLES values. */
function levelIn(s: StreamData, from: number, to: number): number {
  const values: number[] = [];
  let k = lowerBound(s.t, from);
  for (; k < s.t.length && (s.t[k] as number) < to; k++) {
    const v = s.level[k] as number;
    if (!Number.isNaN(v)) values.push(v);
  }
  if (values.length < MIN_MUTE_SAMPLES) return NaN;
  values.sort((x, y) => x - y);
  return values[Math.min(values.length - 1, Math.floor(LEVEL_QUANTILE * values.length))] as number;
}
