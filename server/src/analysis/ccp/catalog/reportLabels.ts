/** Labels of the end-of-call report's setup durations (ccp-log.md §6.7), for hovers and the chart. */
import { defineMessages } from '../../l10n';

export const reportLabels = defineMessages('ccp.catalog.report', {
  gumTimeMillis: 'Microphone (getUserMedia)',
  initializationTimeMillis: 'Initialisation',
  iceCollectionTimeMillis: 'ICE collection',
  signallingConnectTimeMillis: 'Signalling connect',
  handshakingTimeMillis: 'Handshake',
  preTalkingTimeMillis: 'Until talking',
  talkingTimeMillis: 'Talking',
  cleanupTimeMillis: 'Clean-up',
  failure: 'Failure flag',
});

export function durationLabel(key: string): string {
  return (reportLabels.keys as readonly string[]).includes(key)
    ? reportLabels.t(key as Parameters<typeof reportLabels.t>[0])
    : key;
}
