import { translation } from '../../l10n';
import { sipTwilioRuleMessages } from './twilio';

/** Japanese for the Twilio Elastic SIP Trunking rules ({@link sipTwilioRuleMessages}). */
export const sipTwilioRuleMessagesJa = translation(sipTwilioRuleMessages, 'ja', {
  codecMessage: 'Twilio への INVITE が PCMU を提示していない ({codecs})',
  codecSeen: '{target} への {message} が提示しているのは {codecs} です。',
  codecWhy:
    'Twilio Elastic SIP Trunking は、オファーに G.711 µ-law がないと 415 Unsupported Media Type を返します。',
  codecCause: 'PBX のトランクプロファイルが、それ以外のコーデックしか提示していません。',
  codecFix: 'Twilio 向けトランクで提示するコーデックに PCMU (ペイロードタイプ 0) を追加します。',
});
