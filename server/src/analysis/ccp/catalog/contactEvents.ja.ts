import { translation } from '../../l10n';
import { contactEvents } from './contactEvents';

/** Japanese for {@link contactEvents}. Event and state names are facts and stay as logged. */
export const contactEventsJa = translation(contactEvents, 'ja', {
  init: 'CCP がコンタクトを認識しました。',
  refresh: 'スナップショットからコンタクトのデータを更新しました。',
  destroyed: 'コンタクトがエージェントから消えました (消去またはクローズ)。',
  incoming: 'キューに入れたコールバックがエージェントに提示されています。',
  pending: 'エージェントがコールバックを受け入れました。数秒以内に connecting に移ります。',
  connecting: 'コンタクトがエージェントを呼び出し中 (または接続中) です。',
  connected: 'エージェントと顧客が接続されました。',
  missed: 'コンタクトが時間内に受け入れられませんでした (error、ended と同時に発生します)。',
  acw: 'アフターコールワークが始まりました (コンタクトは終了し、後処理中です)。',
  view: 'コンタクトが CCP に表示されています。',
  ended: 'コンタクトが終了しました (またはエージェントが閉じました)。',
  error: 'コンタクトが失敗しました (不在着信では error、missed、ended が発生します)。',
  accepted:
    'エージェントが受け入れました (イベントのみ。コンタクトはその後 connected か missed になります)。',
  invalid_state_transition: 'CCP が想定していない状態遷移がコンタクトで起きました。',
  detected: 'ソフトフォンが通話を検出し、メディアセッションを開始します。',
  screen_sharing_started: '画面共有が始まりました。',
  screen_sharing_stopped: '画面共有が終わりました。',
  screen_sharing_error: '画面共有に失敗しました。',
  paused: 'コンタクトは一時停止中です (タスク)。',
  rejected: 'エージェントがコンタクトを拒否しました。',
  hold: '接続は保留中です。',
  disconnected: '接続は切断されています。',
  silent_monitor: 'スーパーバイザーがモニタリングしています。',
  barge: 'スーパーバイザーが会話に割り込みました。',
  other: 'コンタクトのイベントです。',
});
