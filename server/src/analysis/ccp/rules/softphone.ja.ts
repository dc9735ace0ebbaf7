import { translation } from '../../l10n';
import { softphoneRuleMessages } from './softphone';

/** Japanese for the softphone and media-path rules ({@link softphoneRuleMessages}). */
export const softphoneRuleMessagesJa = translation(softphoneRuleMessages, 'ja', {
  callList: '通話 {calls}',
  reportFlag: '通話終了レポート: {flag} = true',
  agentState: 'エージェントの状態 {state}',

  signallingMessage:
    'ソフトフォンがシグナリングエンドポイント (TCP 443) に到達できない: 失敗 {incidents} 回 (初回 {first})',
  signallingSeen:
    '{first}～{last} に、ソフトフォンがシグナリングの WebSocket を開けなかったことが {incidents} 回ありました (ログ {lines} 行)。{detail}',
  signallingWhy:
    'シグナリングは通話のセットアップを担います。これがないと、ソフトフォンで通話を受けることも発信することもできません。',
  signallingCause:
    'シグナリングエンドポイントへの送信方向の TCP 443 がブロックされているか、プロキシが WebSocket を通していません (または TLS インスペクションで壊しています)。',
  signallingFix:
    '{signalling} への送信方向の TCP 443 を許可リストに追加します。プロキシで WebSocket のアップグレードを通し、これらのホストを SSL インスペクションの対象から外します。',

  handshakeMessage:
    'ソフトフォンのシグナリングのハンドシェイクがタイムアウト (invite/answer が 5 秒以内に完了しない): {incidents} 回 (初回 {first})',
  handshakeSeen:
    'シグナリングの WebSocket は接続しましたが、{first}～{last} に invite/answer のやり取りが 5 秒以内に完了しなかったことが {incidents} 回ありました。{detail}',
  handshakeWhy:
    '通話をセットアップできません。エージェントには接続エラーが表示され、コンタクトが不在着信になることがあります。',
  handshakeCause:
    'シグナリングエンドポイントへの経路にあるプロキシや TLS インスペクションの装置が、遅いか過負荷です。一時的なサービスの問題の場合もあります。',
  handshakeFix:
    '{signalling} への TCP 443 のプロキシ経路を確認し (これらのホストはプロキシや SSL インスペクションを経由させません)、通話を再試行します。',

  iceMessage:
    'ICE 候補の収集がタイムアウト: UDP 3478 でメディアリレーに到達できない — 通話 {incidents} 件 (初回 {first})',
  iceSeen:
    '{first}～{last} に、8 秒以内に TURN のリレー候補を収集できなかったことが {incidents} 回ありました ({calls}、ログ {lines} 行)。{detail}',
  iceWhy:
    'ソフトフォンはリレーのみの ICE を使います。リレー候補がなければメディアの経路がないため通話は接続できず、顧客に呼び出し音が聞こえている間に、エージェントは通常 MissedCallAgent になります。',
  iceCause:
    'Amazon Connect の TURN リレーへの UDP 3478 がブロックまたは破棄されている (ファイアウォール、スプリットトンネリングのない VPN、プロキシ経由でしか外に出られないネットワーク) か、TurnNlb のホスト名を DNS で解決できません。',
  iceFix:
    '{turn} (または ip-ranges.json にある {region} の AMAZON_CONNECT の範囲) への送信方向の UDP 3478 を許可リストに追加し、TurnNlb-* の名前を DNS で解決できることを確認します。ステートレスファイアウォールでは、これらの範囲からの受信方向の UDP 49152～65535 も許可します。エージェントの PC から Amazon Connect Endpoint Test Utility で確認します。',

  iceLostMessage: '通話中にメディアの接続が切れた: {incidents} 回 (初回 {first})',
  iceLostSeen:
    '{first}～{last} に、ICE の接続が disconnected または failed になったことが {incidents} 回ありました ({calls})。',
  iceLostWhy: 'ICE が回復するか通話が切れるまで、双方向の音声が止まります。',
  iceLostCause:
    'ネットワーク経路が不安定です: Wi-Fi のローミングや干渉、VPN の再接続、NAT やファイアウォールによる UDP フローのタイムアウトなど。',
  iceLostFix:
    '有線接続を使い、Amazon Connect のメディア ({turn} への UDP 3478) を VPN トンネルから除外し、ファイアウォールや NAT の UDP アイドルタイムアウトを延ばします。',

  micMessage: 'ソフトフォンがマイクを使用できない: {incidents} 回 (初回 {first})',
  micSeen: '{first}～{last} に、getUserMedia が失敗または拒否されたことが {incidents} 回ありました。{detail}',
  micWhy:
    'マイクがないとソフトフォンは通話を開始できません。顧客には何も聞こえず、コンタクトが不在着信になることがあります。',
  micCause:
    'CCP のオリジンに対するマイクの許可が拒否されているかまだ与えられていない、マイクが接続されていない、ほかのアプリケーションがマイクを占有している、または (Firefox で) 10 秒以内に CCP のタブにフォーカスがありませんでした。',
  micFix:
    'ブラウザの設定で CCP のサイトにマイクを許可し、マイクが接続されて選択されていることを確認します。Firefox では、通話を受けるときに CCP のタブにフォーカスを置きます。',

  busyMessage: 'CCP が複数のブラウザで開かれている (user busy): {incidents} 回 (初回 {first})',
  busySeen:
    '{first}～{last} に、ソフトフォンが user_busy / 複数の CCP ウィンドウを報告したことが {incidents} 回ありました。{detail}',
  busyWhy:
    '通話を受けられるソフトフォンのセッションはエージェントごとに 1 つだけです。ほかのセッションは失敗し、コンタクトが不在着信になることがあります。',
  busyCause:
    'エージェントが 2 つの異なるブラウザ、または 2 台のコンピューターで CCP にログインしています (または別のプロファイルに古いセッションが残っています)。',
  busyFix: '1 つのブラウザを残して CCP をすべて閉じ、ほかのセッションからログアウトします。',

  browserMessage: 'ソフトフォンがサポートしていないブラウザ: {incidents} 回 (初回 {first})',
  browserSeen:
    'ソフトフォンが、サポートされていないブラウザまたは VDI プラットフォームを {incidents} 回報告しました。{detail}',
  browserWhy: 'このブラウザではソフトフォンを起動できません。',
  browserCause:
    'Chrome、Firefox、Edge の最新 3 バージョンのいずれでもないか、サポートされた音声リダイレクト戦略のない VDI 環境です。',
  browserFix:
    '最新の Chrome、Edge、Firefox に更新します。VDI では、サポートされているリダイレクトクライアントをインストールします。',

  webrtcMessage: 'ソフトフォンで WebRTC エラー: {incidents} 回 (初回 {first})',
  webrtcSeen:
    '{first}～{last} に、ソフトフォンが一般的な WebRTC の障害を {incidents} 回報告しました。{detail}',
  webrtcWhy:
    '通話をセットアップまたは維持できませんでした。エージェントにはソフトフォンのエラーが表示されます。',
  webrtcCause:
    'ブラウザの WebRTC の障害 (offer/answer や SDP のエラー) か、ポートまたはプロトコルがブロックされています。不明なエラー種別もこの形で報告されます。',
  webrtcFix:
    'ブラウザのバージョンと、必要なすべてのポート ({turn} への UDP 3478、{signalling} への TCP 443) を確認します。そのうえで、直前の行から最初の障害を探します。',

  realtimeMessage: 'Amazon Connect のリアルタイム通信エラー: {incidents} 回 (初回 {first})',
  realtimeSeen:
    '{first}～{last} に、realtime_communication_error または RealtimeCommunicationError 状態が {incidents} 回ありました。{detail}',
  realtimeWhy: 'コンタクトをソフトフォンに届けられませんでした。',
  realtimeCause: 'Amazon Connect 内部の通信障害です。',
  realtimeFix:
    '再試行します。繰り返す場合は、このログのコンタクト ID と時刻を添えて AWS サポートケースを作成します。',

  ringtoneMessage: '着信音を再生できない: {incidents} 回 (初回 {first})',
  ringtoneSeen: '{first}～{last} に、着信音の再生に失敗したことが {incidents} 回ありました。{detail}',
  ringtoneWhy: 'エージェントが着信に気づかず、コンタクトが不在着信になることがあります。',
  ringtoneCause:
    'ブラウザの自動再生ポリシーが play() を拒否した (NotAllowedError: ページでまだ操作がない)、着信音のデバイス (sinkId) がもう存在しない、または着信音のファイルを読み込めませんでした。',
  ringtoneFix:
    'CCP のサイトでサウンドと自動再生を許可し、CCP を読み込んだ後に CCP を一度クリックし、CCP の音声設定で着信音のデバイスを確認します。',
});
