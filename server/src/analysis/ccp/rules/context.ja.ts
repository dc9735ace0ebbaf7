import { translation } from '../../l10n';
import { commonRuleMessages } from './context';

/** Japanese for the words shared by every CCP rule ({@link commonRuleMessages}). */
export const commonRuleMessagesJa = translation(commonRuleMessages, 'ja', {
  relatedAt: '{time}: {what}',
  andMore: 'ほかに {count} 件 (一覧には含めていません)',
  none: 'なし',
});
