import { translation } from '../../l10n';
import { sources } from './sources';

/**
 * Japanese for the source titles ({@link sources}). File paths, repository and product names stay as
 * they are; a document with a Japanese edition gets its Japanese title.
 */
export const sourcesJa = translation(sources, 'ja', {
  adminNetworking:
    'Amazon Connect 管理者ガイド — ネットワークの設定 (CCP の許可リスト: エンドポイントとポート)',
  kbSoftphoneErrors:
    'AWS ナレッジセンター — CCP のシグナリング、メディア、API エンドポイントのエラーのトラブルシューティング',
  streamsSoftphone:
    'amazon-connect-streams src/softphone.js (ソフトフォンのエラー、メトリクスのアップロード、通話レポート)',
  rtcSession:
    'aws/connect-rtc-js src/js/rtc_session.js (ICE 8 秒、invite 5 秒、getUserMedia 10 秒のタイムアウト)',
  rtcStats:
    'aws/connect-rtc-js src/js/rtc_session.js の getStats と rtp-stats.js (コミット 7df827b、2019-07-22 以降は audio_input = 受信、audio_output = 送信)',
  streamsClient:
    'amazon-connect-streams src/client.js と worker.js (AWSClient のリクエストと応答の行、スナップショット)',
  wsManager: 'amazon-connect-websocket-manager (10 秒ごとのハートビート、再接続)',
  agentStates: 'amazon-connect-streams Documentation.md — Agent States Logging (エージェントの状態のログ)',
  ccpLogParser:
    'AWS CCP Log Parser (amazon-connect-snippets tools/CCPLogParser): 時計のずれのしきい値 10,000 ms、トラブルシューティングの例',
  colinMorris:
    'ColinMorris83/ccp-log-parser のしきい値 (API レイテンシー 500 ms、30 秒を過ぎても応答のないリクエスト)',
  voipRules:
    'VoIP の一般的な目安: ロス 1% 以下、ジッター 30 ms 以下、RTT 300 ms 以下 (片方向遅延は ITU-T G.114)',
  streamsLog: 'amazon-connect-streams src/log.js (秘匿処理、30 分ごとのロール、ダウンロードの形式)',
  book: 'コールセンター開発入門 — CCP のログと CCP Log Parser の章',
  autoplay: 'ブラウザの自動再生ポリシー (HTMLMediaElement.play() が NotAllowedError で拒否される)',
  endpointTest: 'Amazon Connect Endpoint Test Utility (リージョンごとのレイテンシー、マイクへのアクセス)',
  lowLatency:
    'AWS — Amazon Connect の低レイテンシーアーキテクチャ (リージョンをまたぐと RTT が 500 ms を超える)',
  persistent: 'Amazon Connect 管理者ガイド — 永続的な接続',
  ccpLogReference: 'Callsight の CCP ログリファレンス (ccp-log.md) — ファイル形式と堅牢性のケース',
});
