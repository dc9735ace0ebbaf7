import { translation } from '../l10n';
import { seriesMessages } from './series';

/** Japanese for the chart's call labels ({@link seriesMessages}). */
export const seriesMessagesJa = translation(seriesMessages, 'ja', {
  callLabel: 'コンタクト {contact} · {start}',
  orphanLabel: '通話が特定できない音声 · {start}',
});
