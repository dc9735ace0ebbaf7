import { translation } from '../../l10n';
import { softphoneErrorMessages } from './softphoneErrors';

/** Japanese for {@link softphoneErrorMessages}. Error types are facts and stay as logged. */
export const softphoneErrorMessagesJa = translation(softphoneErrorMessages, 'ja', {
  signalling_connection_failure:
    'ソフトフォンがシグナリングの WebSocket を開けませんでした。{signalling} への送信方向の TCP 443 を許可します。プロキシは WebSocket を通す必要があります。',
  signalling_handshake_failure:
    'シグナリングの WebSocket は開きましたが、invite/answer が 5 秒以内に完了しませんでした。{signalling} への経路にある、遅いプロキシや通信を検査するプロキシが原因のことがよくあります。',
  ice_collection_timeout:
    '8 秒以内にメディアリレー (TURN) の候補が得られませんでした。{turn} への UDP 3478 がブロックされているため、メディアの経路がありません。',
  microphone_not_shared:
    'ブラウザが CCP にマイクを渡しませんでした (許可の拒否、デバイスがない、または getUserMedia のタイムアウト)。',
  user_busy_error:
    'エージェントが別のブラウザでも CCP にログインしています。通話を受けられるソフトフォンのセッションは 1 つだけです。',
  multiple_softphone_active_sessions:
    '複数のソフトフォンセッションが有効だったため、余分なセッションを切断しました。',
  unsupported_browser: 'ブラウザが、サポートされているバージョンの Chrome、Firefox、Edge ではありません。',
  webrtc_error:
    '一般的な WebRTC の障害です (不明なエラー種別もこれとして報告されます)。ブラウザと、必要なすべてのポートを確認します。',
  realtime_communication_error:
    'Amazon Connect の内部通信エラーです。再試行し、繰り返す場合はサポートケースを作成します。',
  vdi_strategy_not_supported: '使用中の VDI の音声戦略はサポートされていません。',
  vdi_redir_not_supported: 'このクライアントでは VDI の音声リダイレクトを使用できません。',
  audio_enhancement_failure: '音声の補正 (ノイズ抑制) を開始できませんでした。',
  other: 'ドキュメントに記載されていないソフトフォンエラーです。',
});
