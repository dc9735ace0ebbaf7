/** Japanese text of the CCP log error signature catalog (`ccpErrorSignatures.ts`), keyed by rule-id tail. */
import { catalogTranslations, type RowTranslation } from './translations';

const API_ENDPOINTS =
  '<alias>.my.connect.aws (/ccp-v2、/api) または <alias>.awsapps.com/connect、*.static.connect.aws、*.cloudfront.net、*.telemetry.connect.<region>.amazonaws.com、participant.connect.<region>.amazonaws.com への TCP 443 を許可リストに追加します。';

const ROWS: Readonly<Record<string, RowTranslation>> = {
  'api-endpoint-unreachable': {
    title: 'CCP が Connect API に到達できない',
    meaning:
      'CCP からの API 呼び出しがネットワークのレベルで失敗しました (NetworkingError / Network Failure)。',
    causes: [
      'ブラウザと API エンドポイントの間のファイアウォール、プロキシ、DNS の問題、またはネットワークの切断です。',
    ],
    fixes: [API_ENDPOINTS, '通話の約 2% 以上が失敗する場合は、プロキシの名前解決を疑います。'],
  },
  'websocket-unhealthy': {
    title: 'イベント用 WebSocket の異常',
    meaning:
      'エージェントとコンタクトのイベントを運ぶ WebSocket で、ハートビートが失われたか再接続が繰り返されました。',
    causes: [
      'WebSocket を通さないプロキシ、WebSocket を切断するアイドルタイムアウト、または不安定なネットワークです。',
    ],
    fixes: [
      '*.transport.connect.<region>.amazonaws.com への TCP 443 を許可し、プロキシで WebSocket をアイドル切断なしで通します。',
    ],
  },
  'ice-connection-lost': {
    title: '通話中にメディアの経路が切断',
    meaning: '通話の途中で ICE 接続が disconnected または failed になりました。',
    causes: [
      '不安定な Wi-Fi、メディアをスプリットトンネリングしない VPN、またはネットワークの切り替えです。',
    ],
    fixes: [
      '有線または安定したネットワークを使い、Connect のメディア (UDP 3478) を VPN の外へルーティングします。',
    ],
  },
  'call-not-found': {
    title: '接続前に通話が消えた',
    meaning: 'ソフトフォンが、もう存在しない通話に接続しようとしました。',
    causes: ['エージェントのレッグがつながる前に、顧客またはほかの参加者が電話を切りました。'],
    fixes: ['通常は対処不要です。頻発する場合は、受け入れの遅れ (逃した、または遅い受け入れ) を探します。'],
  },
  'ringtone-playback-failure': {
    title: '着信音を再生できない',
    meaning: 'ブラウザが着信音の再生を拒否しました (HTMLAudioElement.play() が拒否された)。',
    causes: [
      '自動再生のポリシー (まだページの操作がない)、呼び出し音用デバイスの不具合、または読み込みエラーです。',
    ],
    fixes: [
      'CCP のオリジンでサウンドと自動再生を許可し、呼び出し音用デバイスを確認し、ログイン後にページを一度クリックします。',
    ],
  },
  'auth-expired': {
    title: 'ログインの期限切れ',
    meaning: 'CCP の認証が失敗または期限切れになり、再ログインを試みました。',
    causes: ['セッショントークンの期限切れ、Cookie の削除、または SSO セッションの終了です。'],
    fixes: ['再度ログインします。SSO のセッション時間と lily-auth-* Cookie を確認します。'],
  },
  'outbound-dial-timeout': {
    title: 'アウトバウンド発信がタイムアウト',
    meaning: 'アウトバウンド通話の作成 (Agent.connect) に対して、API から時間内に応答がありませんでした。',
    causes: ['API エンドポイントが遅いか、到達できません。'],
    fixes: [API_ENDPOINTS],
  },
  'metrics-upload-failed': {
    title: 'ソフトフォンのメトリクスを送信できない',
    meaning: 'CCP がソフトフォンのメトリクスを送信できなかったため、音声のグラフに欠けができます。',
    causes: ['API 呼び出しを失敗させるのと同じネットワークの問題です。'],
    fixes: [API_ENDPOINTS],
  },
  'clock-skew': {
    title: 'エージェント PC の時計がずれている',
    meaning:
      'エージェントのコンピューターの時計が Amazon Connect とずれているため、ログの時刻や所要時間がおかしく見えます。',
    causes: ['端末の時計が同期されていません。'],
    fixes: ['端末で時刻同期 (NTP) を有効にします。'],
  },
};

/** CCP error signatures in Japanese. */
export const ccpErrorSignaturesJa = catalogTranslations('ccp-api-error', ROWS);
