/**
 * Words for the direction self-check (ccp-log.md §6.5): each evidence item as a clause, and the sentence
 * that says what the file supports. Shared by the stream and metrics hovers, the chart's direction
 * note and the `ccp/audio-direction-reversed` explanation, so all say the same thing.
 */
import { defineMessages, type Locale } from '../l10n';
import type { TimeZoneSetting } from '../settings';
import { clockTime } from './features/timeFormat';
import { STREAM_NAMES } from './model/audioMetrics';
import type { DirectionEvidence, DirectionVerdict } from './model/audioDirection';

const m = defineMessages('ccp.direction', {
  rtt: 'RTT only on {stream} ({samples} samples)',
  rttCalls: 'RTT only on {stream} ({samples} samples in {calls} calls)',
  mute: "{stream}'s level fell from {before} to {inside} during the mute at {start}–{end} while {other} kept {otherInside}",
  more: '{count} more',
  code: 'In this file: {evidence} → audio_output is the agent’s microphone, as in rtc-js since 2019.',
  docs: 'In this file: {evidence} → audio_input is the agent’s microphone (the older reading of rtc-js before July 2019 and the AWS doc comments): read the direction labels the other way round.',
  conflicting:
    'In this file the evidence disagrees: {evidence}. The labels keep the rtc-js reading; treat per-direction findings with care.',
  unknown:
    'This file has no evidence of its own for the direction (no mute with sound on both streams, RTT on both or neither stream).',
});

/** The message table, for its translation in directionWords.ja.ts. */
export { m as directionMessages };

/** At most this many evidence clauses in one sentence; the rest are counted. */
const MAX_CLAUSES = 3;

/** One evidence item as a clause in `locale`. */
export function evidenceClause(e: DirectionEvidence, zone: TimeZoneSetting, locale: Locale): string {
  if (e.kind === 'rtt') return m.in(locale, 'rtt', { stream: STREAM_NAMES[e.sent], samples: e.samples });
  return m.in(locale, 'mute', {
    stream: STREAM_NAMES[e.sent],
    before: e.before,
    inside: e.inside,
    start: clockTime(e.start, zone),
    end: clockTime(e.end, zone),
    other: STREAM_NAMES[e.sent === 0 ? 1 : 0],
    otherInside: e.otherInside,
  });
}

/**
 * Clauses joined, the first {@link MAX_CLAUSES} shown. RTT items of the same stream become one clause
 * (every call of a client shows the same thing; repeating it per call would say nothing new).
 */
export function evidenceList(
  evidence: readonly DirectionEvidence[],
  zone: TimeZoneSetting,
  locale: Locale,
): string {
  const clauses: string[] = [];
  const rttDone = new Set<number>();
  for (const e of evidence) {
    if (e.kind !== 'rtt') {
      clauses.push(evidenceClause(e, zone, locale));
      continue;
    }
    if (rttDone.has(e.sent)) continue;
    rttDone.add(e.sent);
    const same = evidence.filter((x) => x.kind === 'rtt' && x.sent === e.sent);
    const samples = same.reduce((n, x) => n + (x.kind === 'rtt' ? x.samples : 0), 0);
    clauses.push(
      same.length === 1
        ? evidenceClause(e, zone, locale)
        : m.in(locale, 'rttCalls', { stream: STREAM_NAMES[e.sent], samples, calls: same.length }),
    );
  }
  const shown = clauses.slice(0, MAX_CLAUSES);
  if (clauses.length > MAX_CLAUSES) shown.push(m.in(locale, 'more', { count: clauses.length - MAX_CLAUSES }));
  return shown.join('; ');
}

/** The sentence for a verdict with its evidence ("In this file: … → …"). */
export function verdictSentence(
  verdict: DirectionVerdict,
  evidence: readonly DirectionEvidence[],
  zone: TimeZoneSetting,
  locale: Locale,
): string {
  if (verdict === 'unknown') return m.in(locale, 'unknown');
  return m.in(locale, verdict, { evidence: evidenceList(evidence, zone, locale) });
}
