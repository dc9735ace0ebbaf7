import { translation } from '../../l10n';
import { dialogSummaryMessages } from './dialogSummary';

/** Japanese for the one-line dialog outcomes ({@link dialogSummaryMessages}). */
export const dialogSummaryMessagesJa = translation(dialogSummaryMessages, 'ja', {
  answered: '応答',
  answeredEnded: '応答、BYE で終了',
  failed: '失敗: {label}',
  cancelled: '発信側がキャンセル',
  ringing: '最終応答なし',
  noResponse: '応答なし',
  other: '{method} → {label}',
  otherPending: '{method}、最終応答なし',
  empty: 'リクエストがキャプチャされていない',
});
