import { explanationMessages } from './explanations';
import { translation } from './l10n';

/** Japanese for {@link explanationMessages}. */
export const explanationMessagesJa = translation(explanationMessages, 'ja', {
  seen: '検出内容',
  why: '影響',
  cause: '考えられる原因',
  fix: '対処',
  sources: '出典',
  occurrences: 'このファイルで {count} 回発生',
});
