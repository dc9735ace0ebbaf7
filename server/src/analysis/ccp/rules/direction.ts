/**
 * `ccp/audio-direction-reversed` (ccp-log.md §6.5): this file's own evidence (RTT on one stream only, a
 * stream whose level collapses while the agent is muted) shows `audio_input` as the agent's microphone —
 * the opposite of the rtc-js reading every per-direction text of Callsight assumes. Conflicting or
 * missing evidence raises nothing (the hovers say so).
 */
import type { Finding } from '../../findings';
import { defineMessages, getExplanationLocale, getLocale, type MessageParams } from '../../l10n';
import { evidenceClause, evidenceList } from '../directionWords';
import type { RuleContext } from './context';
import { sourceList } from './sources';

const m = defineMessages('ccp.rules.direction', {
  reversedMessage:
    'This file shows audio_input as the agent’s microphone: read the audio directions the other way round',
  reversedSeen: 'In this file: {evidence}. Calls with evidence: {calls}.',
  reversedWhy:
    'Callsight’s audio findings and the metrics panel label audio_input as what the agent hears and audio_output as the agent’s microphone (the rtc-js code since July 2019). In this file it is the other way round, so swap them: a finding that says the agent hears the customer badly means the customer cannot hear the agent properly, and the reverse.',
  reversedCause:
    'An old amazon-connect-streams / rtc-js build (before July 2019) that filled the streams the other way round, or a custom softphone that labels its metrics differently.',
  reversedFix:
    'Read every direction in this file the other way round (audio_input = the agent’s microphone, audio_output = what the agent hears); update amazon-connect-streams in the custom CCP, or check how the custom softphone names its streams.',
});

/** The message table, for its translation in direction.ja.ts. */
export { m as directionRuleMessages };

export function directionRules(ctx: RuleContext): Finding[] {
  const view = ctx.model.direction;
  if (view.verdict !== 'docs') return [];
  const zone = ctx.settings.timeZone;
  // One place per evidence item: the muted entry for a mute, the first metrics entry with RTT otherwise.
  const occ = view.evidence.map((e) =>
    ctx.occurrence(ctx.model.entry(e.entry), evidenceClause(e, zone, getLocale())),
  );
  const params: MessageParams = {
    evidence: evidenceList(view.evidence, zone, getExplanationLocale()),
    calls: view.calls.length,
  };
  return [
    ctx.grouped('ccp/audio-direction-reversed', occ, m.t('reversedMessage'), {
      seen: m.explain('reversedSeen', params),
      why: m.explain('reversedWhy', params),
      cause: m.explain('reversedCause', params),
      fix: m.explain('reversedFix', params),
      sources: sourceList(['rtcStats', 'streamsSoftphone', 'book']),
    }),
  ];
}
