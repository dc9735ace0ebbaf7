import { translation } from '../analysis/l10n';
import { uuiCodeActionMessages } from './uuiCodeAction';

/** Japanese for {@link uuiCodeActionMessages}. */
export const uuiCodeActionMessagesJa = translation(uuiCodeActionMessages, 'ja', {
  decodeUui: 'UUI をデコード',
  decodeUuiOf: 'UUI をデコード ({header})',
});
