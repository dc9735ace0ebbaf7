import { translation } from '../../l10n';
import { sipNumberRuleMessages } from './numbers';

/** Japanese for the E.164 number rules ({@link sipNumberRuleMessages}). */
export const sipNumberRuleMessagesJa = translation(sipNumberRuleMessages, 'ja', {
  message: '{field} の番号 {number} が E.164 形式ではない ({peer} は +<国番号><番号> を想定)',
  telMessage: 'tel: URI {number} がグローバル形式 (E.164) でもなく、phone-context もない',
  seen: '{message} の {field} は {uri} です。',
  why: '{peer} は番号を E.164 形式でのみルーティング・検証します。それ以外の形式は拒否される (Twilio: 400 "Invalid phone number"、発信者番号の場合は 403、エラー 32101) か、誤ってルーティングされます。',
  telWhy:
    'phone-context のないローカルの tel: 番号はあいまいです (RFC 3966)。受信側はどの番号計画に属するかを判断できません。',
  cause:
    'PBX が番号を国内形式またはローカル形式でダイヤル・通知しています (+ がない、0 や 1 などのトランクプレフィックス、区切り文字)。',
  fix: 'トランクに渡す前に番号を E.164 形式に正規化します。先頭に + と国番号を付け、数字のみにします (例: 15005551212 や 5005551212 ではなく +15005551212)。',
  telFix: '番号を +<国番号><番号> と書くか、;phone-context=<ドメインまたはプレフィックス> を追加します。',
  peerTwilio: 'Twilio',
  peerCcai: 'Google CCAI',
  fieldUri: 'Request-URI',
  fieldTo: 'To',
  fieldFrom: 'From',
  fieldPai: 'P-Asserted-Identity',
});
