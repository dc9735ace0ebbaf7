/** The hover line that says which stream this file itself shows to be the microphone (ccp-log.md §6.5). */
import { getLocale } from '../../../l10n';
import type { CallsightSettings } from '../../../settings';
import { verdictSentence } from '../../directionWords';
import type { CallAudio } from '../../model/audioMetrics';
import type { DirectionEvidence } from '../../model/audioDirection';
import type { CcpModel } from '../../model/model';

/**
 * The file's verdict with its evidence, this call's items first (the reader is looking at this call).
 * Plain text: the caller escapes it like every other paragraph.
 */
export function directionLine(
  model: CcpModel,
  audio: CallAudio | undefined,
  settings: CallsightSettings,
): string {
  const view = model.direction;
  const own = audio ? (view.byAudio.get(audio)?.evidence ?? []) : [];
  const evidence: DirectionEvidence[] = [...own, ...view.evidence.filter((e) => !own.includes(e))];
  return verdictSentence(view.verdict, evidence, settings.timeZone, getLocale());
}
