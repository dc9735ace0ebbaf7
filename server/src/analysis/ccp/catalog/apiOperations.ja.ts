import { translation } from '../../l10n';
import { apiOperations } from './apiOperations';

/** Japanese for {@link apiOperations}. Operation names are facts and stay as logged. */
export const apiOperationsJa = translation(apiOperations, 'ja', {
  acceptContact: '提示されたコンタクトを受け入れます (エージェントの受け入れ操作、または自動応答)。',
  clearContact: '終了したコンタクトをエージェントから消去します (アフターコールワークの終了)。',
  completeContact: 'コンタクトを完了します (消去の古い形式)。',
  conferenceConnections: 'エージェント、顧客、第三者を電話会議にします。',
  createAdditionalConnection: 'コンタクトに参加者を追加します (転送、または第三者への通話)。',
  createOutboundContact: 'CCP からアウトバウンド通話を発信します。',
  createTaskContact: 'タスクのコンタクトを作成します。',
  createTransport: 'トランスポート (WebSocket またはチャットの接続) とその認証情報を要求します。',
  destroyConnection: 'コンタクトの接続 (参加者) を 1 つ切断します。',
  destroyContact: 'コンタクトを終了します。',
  getAgentConfiguration: 'エージェントの設定 (ルーティングプロファイル、ソフトフォンの設定) を読み取ります。',
  getAgentPermissions: 'エージェントの権限 (セキュリティプロファイル) を読み取ります。',
  getAgentSnapshot:
    'エージェントの状態とコンタクトを取得するロングポーリングです。変化があるたび、または約 30 秒後に応答します。',
  getAgentStates: 'エージェントが選べる状態を読み取ります。',
  getDialableCountryCodes: 'エージェントが発信できる国を読み取ります。',
  getEndpoints: 'クイック接続と転送先を読み取ります。',
  getNewAuthToken: 'CCP のセッショントークンを更新します。',
  getRoutingProfileQueues: 'エージェントのルーティングプロファイルのキューを読み取ります。',
  holdConnection: '参加者を保留にします。',
  muteParticipant: '参加者をミュートします。',
  notifyContactIssue: 'コンタクトの問題を報告します。',
  pauseContact: 'コンタクトを一時停止します (タスク)。',
  putAgentState: 'エージェントの状態を変更します (Available、Offline、カスタムステータス)。',
  rejectContact: '提示されたコンタクトを拒否します。',
  resumeConnection: '参加者の保留を解除します。',
  resumeContact: '一時停止したコンタクトを再開します。',
  sendClientLogs: 'CCP のログを Amazon Connect にアップロードします。',
  sendDigits: '通話で DTMF の数字を送信します。',
  sendSoftphoneCallMetrics:
    '直近 30 秒の音声メトリクスをアップロードします。サンプルは、アップロードが成功したときだけログに記録されます。',
  sendSoftphoneCallReport: 'ソフトフォン通話の通話終了レポートをアップロードします。',
  toggleActiveConnections: '顧客と第三者の間で通話を切り替えます。',
  unmuteParticipant: '参加者のミュートを解除します。',
  updateAgentConfiguration: 'エージェントの設定 (ソフトフォンかデスクフォンかなど) を更新します。',
  updateMonitorParticipantState:
    'スーパーバイザーのモードを、サイレントモニタリングと割り込みの間で切り替えます。',
  addNewConnection: 'コンタクトに参加者を追加します。',
  transferContact: 'コンタクトを転送します。',
  updateContactAttributes: 'コンタクト属性を更新します。',
  unknown: 'Amazon Connect のエージェント API (CTI API) のオペレーションです。',
});
