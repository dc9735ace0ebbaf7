import { translation } from '../analysis/l10n';
import { knowledgeCliMessages } from './knowledgeMessages';

/** Japanese for {@link knowledgeCliMessages}. */
export const knowledgeCliMessagesJa = translation(knowledgeCliMessages, 'ja', {
  noToken: '説明するコードか名前を指定してください (例: callsight explain 503)。',
  noMatch: '"{token}" に一致するカタログのエントリはありません。',
  closest: '近いエントリ:',
  readings: '"{token}" には {count} 通りの意味があります:',
  searchResults: '一致したエントリ: {count} 件',
  noUui: 'User-to-User ヘッダーかその値、または --file <トレース> を指定してください。',
  noUuiFound: 'User-to-User の値が見つかりません。',
  fileLine: '{file}:{line}',
});
