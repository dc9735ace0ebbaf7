import { translation } from '../l10n';
import { knowledgeMessages } from './messages';

/** Japanese for {@link knowledgeMessages}. */
export const knowledgeMessagesJa = translation(knowledgeMessages, 'ja', {
  'system.sip': 'SIP レスポンス',
  'system.sip-warning': 'SIP Warning コード',
  'system.q850': 'Q.850 理由表示',
  'system.freeswitch-cause': 'FreeSWITCH 切断理由',
  'system.twilio': 'Twilio エラー',
  'system.ccp-softphone-error': 'CCP ソフトフォンエラー',
  'system.ccp-agent-state': 'エージェントのエラー状態',
  'system.cti-exception': 'CTI 例外',
  'system.ccp-api-error': 'CCP ログのエラー',
  'system.connect-endpoint': 'Amazon Connect エンドポイント',
  'system.google-ccai': 'Google CCAI の要件',
  name: '登録名',
  meaning: '意味',
  causes: '考えられる原因',
  fixes: '対処',
  references: '参考資料',
  aliases: '別表記',
  related: '関連するコード',
  rules: 'Callsight のルール',
  level: 'Twilio のレベル',
  levelError: 'エラー',
  levelWarning: '警告',
  range: 'コード {from}～{to} を含みます。',
  unverified: '未検証: 出典では記憶や推測に基づく情報とされています。頼る前に確認してください。',
  more: '…ほか {count} 件',
  linkFreeswitch: 'FreeSWITCH は、Q.850 理由表示 {cause} で切断された未応答の呼に SIP {sip} を返します。',
  linkFreeswitchSome:
    '一部のバージョンの FreeSWITCH は、Q.850 理由表示 {cause} で切断された未応答の呼に SIP {sip} を返します。',
  linkFreeswitchMost:
    'ほとんどのバージョンの FreeSWITCH は、Q.850 理由表示 {cause} で切断された未応答の呼に SIP {sip} を返します。',
  linkFreeswitchUnanswered:
    '理由表示 {cause} は通常 BYE で通話を終えます。未応答の呼では FreeSWITCH は SIP {sip} を返します。',
  linkRfc3398: 'RFC 3398 は、ISUP へ向かう呼で SIP {sip} を理由表示 {cause} に対応付けています (未検証)。',
  unregistered: '登録されていないコードです: クラスに基づいて説明しています。',
  noEntries: '{token} に一致するカタログのエントリはありません。',
  readings: '{token} には {count} 通りの意味があります:',
});
