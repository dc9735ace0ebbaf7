/** Japanese text of the CCP softphone error catalog (`ccpSoftphoneErrors.ts`), keyed by error type. */
import { catalogTranslations, type RowTranslation } from './translations';

const ROWS: Readonly<Record<string, RowTranslation>> = {
  unsupported_browser: {
    title: 'サポートされていないブラウザ',
    meaning: 'ブラウザがサポート対象外のため、CCP はソフトフォンを起動しませんでした。',
    causes: [
      'Chrome または Firefox (新しいドキュメントでは Edge も) の最新 3 バージョン以外か、組み込みブラウザです。',
    ],
    fixes: ['最新の Chrome、Firefox、Edge に更新します。'],
  },
  microphone_not_shared: {
    title: 'マイクを使用できない',
    meaning: 'getUserMedia が拒否されたか 10 秒以内に完了しなかったため、ソフトフォンがマイクを使えません。',
    causes: [
      'CCP のオリジンに対するマイクの許可が拒否されたか、一度も許可されていません。',
      'Firefox ではアクセスを許可するために CCP のタブにフォーカスが必要です。ほかのプログラムがデバイスを占有している可能性もあります。',
    ],
    fixes: ['ブラウザの設定で CCP のオリジンにマイクを許可し、CCP を再読み込みします。'],
  },
  signalling_handshake_failure: {
    title: 'シグナリングのハンドシェイクが完了しない',
    meaning:
      'シグナリングの WebSocket は開きましたが、invite/answer のやり取りが 5 秒以内に完了しませんでした。',
    causes: [
      'プロキシが遅いか過負荷、またはシグナリングエンドポイントへの経路でパケットロスが起きています。',
    ],
    fixes: [
      '*.transport.connect.<region>.amazonaws.com (CCP v2) または rtc*.connect-telecom.<region>.amazonaws.com (CCP v1) への TCP 443 を許可リストに追加し、これらをプロキシの対象外にしてから再試行します。',
    ],
  },
  signalling_connection_failure: {
    title: 'シグナリングサーバーに到達できない',
    meaning: 'ソフトフォンがシグナリングエンドポイントへの WebSocket を開けませんでした。',
    causes: [
      'ファイアウォールやプロキシがエンドポイントをブロックしている、WebSocket を通さない、または SSL インスペクションで WebSocket を壊しています。',
    ],
    fixes: [
      '*.transport.connect.<region>.amazonaws.com (CCP v2) または rtc*.connect-telecom.<region>.amazonaws.com (CCP v1) への送信方向の TCP 443 を許可します。プロキシで WebSocket を通し、SSL インスペクションの対象から外します。',
    ],
  },
  ice_collection_timeout: {
    title: 'メディアリレー (TURN) に到達できない',
    meaning:
      '8 秒以内に TURN のリレー候補を収集できませんでした。CCP はリレーのみの ICE を使うため、リレー候補がなければメディアの経路がありません。',
    causes: [
      'TURN サーバーへの UDP 3478 がブロックされているか、その名前を DNS で解決できません。',
      'ステートレスファイアウォールが応答 (受信方向の UDP 49152～65535) を破棄しています。',
    ],
    fixes: [
      'TurnNlb-*.elb.<region>.amazonaws.com (または ip-ranges.json の AMAZON_CONNECT の範囲) への送信方向の UDP 3478 を許可リストに追加し、TurnNlb の名前を DNS で解決できることを確認します。',
      'ステートレスファイアウォールでは、AMAZON_CONNECT の範囲からの受信方向の UDP 49152～65535 も許可します。',
    ],
  },
  user_busy_error: {
    title: 'ソフトフォンが話中: 複数の CCP ウィンドウ',
    meaning:
      'ソフトフォンがユーザーを話中と報告しました。多くは CCP が別のブラウザでも開かれているためです。',
    causes: ['CCP が 2 つの異なるブラウザ (またはプロファイル) で同時に動作しています。'],
    fixes: ['1 つのブラウザを残して、ほかの CCP をすべて閉じます。'],
  },
  webrtc_error: {
    title: '一般的な WebRTC の障害',
    meaning: 'より具体的な種別のない WebRTC の障害です (不明な種別はすべてこれとして報告されます)。',
    causes: [
      'サポートされていないブラウザ、またはメディアやシグナリングの経路上でポートやプロトコルがブロックされています。',
    ],
    fixes: ['ブラウザのバージョンと、必要なエンドポイントとポート (TCP 443、UDP 3478) をすべて確認します。'],
  },
  realtime_communication_error: {
    title: '内部通信エラー',
    meaning: 'Amazon Connect が、ソフトフォンのリアルタイム通信で内部障害を報告しました。',
    causes: ['エージェントのネットワークではなく、サービス側の問題です。'],
    fixes: ['通話を再試行します。繰り返す場合は、コンタクト ID を添えて AWS サポートケースを作成します。'],
  },
  vdi_strategy_not_supported: {
    title: 'VDI 戦略に非対応',
    meaning: 'CCP に設定された仮想デスクトップ (VDI) のメディア戦略は、この環境では対応していません。',
    causes: ['インストールされている Streams または RTC ライブラリが知らない VDI リダイレクト戦略です。'],
    fixes: [
      '対応している VDI 戦略 (Citrix や Omnissa のものなど) を、対応するライブラリのバージョンで使います。',
    ],
  },
  vdi_redir_not_supported: {
    title: 'VDI のメディアリダイレクトを使用できない',
    meaning:
      'VDI クライアントがメディアリダイレクトに対応していないため、ソフトフォンをリダイレクトして動かせません。',
    causes: ['WebRTC リダイレクト用の VDI クライアントまたはプラグインがないか、古すぎます。'],
    fixes: [
      'エージェントの端末に、VDI ベンダーの WebRTC リダイレクトコンポーネントをインストールまたは更新します。',
    ],
  },
  other: {
    title: 'その他のソフトフォンエラー',
    meaning: '専用の種別がないソフトフォンエラーです。',
    causes: ['さまざまです: 一緒に出力されるエラーメッセージを読みます。'],
    fixes: ['メッセージと、その直前のエントリから原因を絞り込みます。'],
  },
  multiple_softphone_active_sessions: {
    title: '複数のソフトフォンセッションが有効',
    meaning: '複数のソフトフォンセッションが同時に有効になっていました (列挙型に含まれない臨時の種別)。',
    causes: ['CCP が複数のタブやウィンドウで開かれ、それぞれでソフトフォンが動作しています。'],
    fixes: ['CCP のウィンドウはエージェントごとに 1 つにします。'],
  },
  audio_enhancement_failure: {
    title: '音声の補正に失敗',
    meaning: '通話に音声の補正 (ノイズ抑制) を適用できませんでした (列挙型に含まれない臨時の種別)。',
    causes: ['補正コンポーネントの読み込み、またはマイクのストリームの処理に失敗しました。'],
    fixes: ['補正をオフにして原因を確かめてから、ブラウザと CCP を更新します。'],
  },
};

/** CCP softphone errors in Japanese. */
export const ccpSoftphoneErrorsJa = catalogTranslations('ccp-softphone-error', ROWS);
