import { translation } from '../../l10n';
import { networkRuleMessages } from './network';

/** Japanese for the network and API rules ({@link networkRuleMessages}). */
export const networkRuleMessagesJa = translation(networkRuleMessages, 'ja', {
  apiMessage:
    'CTI API エンドポイントに到達できない: 失敗したリクエスト {count} 件 (期間 {periods} 回、初回 {first})',
  apiSeen:
    '{first}～{last} に、{count} 件の API リクエストがネットワークエラーで失敗しました (オペレーション: {ops})。{detail}',
  apiWhy:
    'エージェントの操作 (状態の変更、通話の受け入れ、スナップショット) はすべてこの API を通ります。到達できない間、CCP は "Initialization Failed" を表示するか止まったままになり、着信したコンタクトは認識されないまま不在着信になり、音声メトリクスも失われます。',
  apiCause:
    'ワークステーションから HTTPS で Amazon Connect API に到達できません: プロキシやファイアウォールのルール、DNS、VPN の切断、ネットワークのオフラインなど。',
  apiFix:
    '{api}、および {supporting} への送信方向の TCP 443 を許可リストに追加し、これらのホストのプロキシ (PAC) と DNS を確認します。',

  failedMessage: 'API リクエスト {count} 件がエラー応答で失敗 (初回 {first})',
  failedSeen: '失敗した応答: {summary}。',
  failedWhy:
    '各リクエストの元になったエージェントの操作 (転送、状態の変更、新しい接続など) は実行されませんでした。',
  failedCause:
    'サービスがリクエストを拒否しました。理由はエラーコードとメッセージに示されています (無効な状態、誤ったエンドポイントや番号、クォータなど)。',
  failedFix:
    '失敗した各オペレーションのエラーを読みます。エージェントが再試行して成功したリクエストは対処不要です。',

  wsMessage: 'イベントの WebSocket が不安定: {summary} (初回 {first})',
  wsSeen:
    'ハートビートの欠落: {misses}、WebSocket のエラー: {errors}、接続断のイベント: {lost}、繰り返された初期化: {inits}。期間は {first}～{last} です。',
  wsWhy:
    'CCP はエージェントとコンタクトの変化 (着信、状態の変更) をこの WebSocket で受け取ります。切れている間は CCP の状態が遅れ、コンタクトが不在着信になることがあります。',
  wsCause:
    'Connect のトランスポートエンドポイントへの WebSocket がブロックされている、WebSocket を通さないプロキシに切断されている、またはネットワークが切れています (スリープ、VPN、Wi-Fi)。',
  wsFix:
    '{events} への送信方向の TCP 443 を許可リストに追加し、プロキシで WebSocket のアップグレードを通します (これらのホストは SSL インスペクションの対象外にします)。',
  wsMisses: 'ハートビートの欠落 {count} 回',
  wsErrors: 'WebSocket のエラー {count} 回',
  wsLost: '接続断 {count} 回',
  wsInits: '再初期化 {count} 回',

  metricsMessage:
    '音声メトリクスのアップロード {count} 件が失敗: 約 {seconds} 秒分のサンプルが欠落 (初回 {first})',
  metricsSeen:
    '{first}～{last} に、ソフトフォンのメトリクスのアップロードが {count} 件失敗しました。サンプルはアップロードが成功したときだけログに記録されるため、グラフのその部分が欠けています。',
  metricsWhy: '欠落は症状です。同じ API エンドポイントの問題は、通常は通話そのものにも影響しています。',
  metricsCause: 'その時点で CTI API (SendSoftphoneCallMetrics) に到達できませんでした。',
  metricsFix:
    'API エンドポイントに到達できない場合と同じです: {api}、および {supporting} への送信方向の TCP 443 を許可リストに追加します。',

  dialMessage: 'アウトバウンドの発信がタイムアウト: {count} 回 (初回 {first})',
  dialSeen:
    'Agent.connect (アウトバウンド通話) が時間内に API から応答を得られなかったことが {count} 回ありました。{detail}',
  dialWhy: 'エージェントは発信をクリックしましたが、通話は発信されませんでした。',
  dialCause: 'createOutboundContact を送信したとき、CTI API エンドポイントが遅いか到達できませんでした。',
  dialFix: '{api} への到達性とレイテンシーを確認します。同じ時間帯の API レイテンシーの検出も参照します。',

  latencyMessage: '遅い API 呼び出し {count} 件 ({threshold} ms 以上)。最も遅いのは {worst} ({op}、{first})',
  latencySeen:
    '遅いオペレーション: {summary}。しきい値は callsight.thresholds.apiLatencyMs = {threshold} ms です。',
  latencyWhy:
    'API 呼び出しが遅いと CCP の反応が鈍くなります。受け入れ、転送、状態の変更が遅れ、長い遅延はタイムアウトになります。',
  latencyCause:
    'Amazon Connect API までのネットワークのレイテンシー (リージョンまでの距離、プロキシ、パケットロス)、またはワークステーションの高負荷です。',
  latencyFix:
    'エージェントの PC から Amazon Connect Endpoint Test Utility で測定します。{api} はプロキシを経由させず、エージェントに近いリージョンのインスタンスを使います。',

  noReplyMessage: '30 秒以内に応答のない API リクエスト {count} 件 (初回 {first})',
  noReplySeen: '応答のなかったリクエスト: {summary}。',
  noReplyWhy:
    '操作は失われた可能性が高く、CCP はタイムアウトして、エラーを表示するか元の状態のままになることがあります。',
  noReplyCause:
    'リクエストまたはその応答が途中で失われた (ネットワークの切断、プロキシのタイムアウト) か、SharedWorker が一時停止されていました。',
  noReplyFix:
    '{api} へのネットワーク経路を確認します。CCP のタブがスリープしないようにします (ブラウザによるタブの破棄、省電力)。',
  opSummary: '{op} ×{count} (最大 {max})',
  opCount: '{op} ×{count}',
});
