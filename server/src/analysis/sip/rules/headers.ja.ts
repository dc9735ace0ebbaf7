import { translation } from '../../l10n';
import { sipHeaderRuleMessages } from './headers';

/** Japanese for the Reason, Warning and loop rules ({@link sipHeaderRuleMessages}). */
export const sipHeaderRuleMessagesJa = translation(sipHeaderRuleMessages, 'ja', {
  reasonQ850Message: 'Reason: {label} に Q.850 理由表示 {cause} ({meaning})',
  reasonSipMessage: 'Reason: {label} に SIP {cause}',
  reasonOtherMessage: 'Reason: {label} に {protocol} の理由 {cause}',
  reasonSeen: '{message} に Reason: {value} があります。',
  reasonWhy: 'Reason ヘッダーは、通話やリクエストが終了した理由を、終了させた側から見たとおりに示します。',
  reasonNormalWhy: '理由表示 {cause} は通常の切断です。どちらかが通話を終了しました。',
  reasonCause: 'Q.850 理由表示 {cause} は「{meaning}」を表します。テキストは "{text}" です。',
  reasonCauseSip:
    'SIP の理由 {cause} は、相手側レッグが終了したときの応答コードです。テキストは "{text}" です。',
  reasonFix:
    '理由に応じて対処します。話中や無応答は通話の結果です。輻輳、故障、インタワーキングの理由は、それを書き込んだ要素より先のネットワークに問題があることを示します。',
  reasonNormalFix: '対処は不要です。',
  warningMessage: '{agent} からの Warning {code} ({meaning})',
  warningSeen: '{message} に Warning: {value} があります。',
  warningWhy:
    'Warning は、ステータスコードに加えて、リクエストが失敗した理由や受け入れられなかった内容を示します。',
  warningDebugWhy:
    'Warning 392 は Kamailio/SER が付加するデバッグ情報 (送信元アドレス、URI、Via の数) で、エラーではありません。',
  warningCause: 'コード {code} は「{meaning}」を表します。エージェント {agent} のテキストは "{text}" です。',
  warningFix:
    'コードとテキストをもとに、オファーやリクエスト (コーデック、メディアタイプ、トランスポート) を修正します。',
  warningDebugFix:
    '対処は不要です。req_src_ip の値はプロキシから見たアドレスを示します (NAT の調査に役立ちます)。',
  loopMessage: '{status} {phrase}: ルーティングループ',
  loopSeen: '{message} が {request} に応答しました。',
  maxForwardsMessage: 'Max-Forwards が {value}: リクエストはまもなく拒否される',
  maxForwardsSeen: '{message} は Max-Forwards {value} で届いています。',
  viaLoopMessage: 'リクエストが {host} を 2 回通過: ルーティングループ',
  viaLoopSeen: '{message} に Via {host} が {count} 回あります。',
  loopWhy:
    'リクエストは、Max-Forwards が尽きる (483) か、プロキシがループに気付く (482) まで要素間を回り続け、通話は失敗します。',
  loopCause:
    '互いを指し合うルート (ダイヤルプラン、DNS SRV、双方向に設定されたトランク)、または自分自身に転送するプロキシがあります。',
  loopFix: 'Via の一覧をたどってループを特定し、リクエストを送り返している要素のルートを修正します。',
});
