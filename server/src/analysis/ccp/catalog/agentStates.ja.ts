import { translation } from '../../l10n';
import { agentStates } from './agentStates';

/** Japanese for {@link agentStates}. State names are facts and stay in English. */
export const agentStatesJa = translation(agentStates, 'ja', {
  Available: 'エージェントはコンタクトを受けられます。',
  Offline: 'エージェントはルーティングの対象外です。',
  Init: 'CCP を起動しています。',
  Busy: 'エージェントはコンタクトに対応中です。',
  AfterCallWork: 'コンタクトが終了し、エージェントが後処理をしています (アフターコールワーク)。',
  CallingCustomer: 'アウトバウンド通話またはコールバックを発信しています。',
  Dialing: 'アウトバウンド通話を発信しています。',
  Joining: 'エージェントがコンタクトに参加しています。',
  PendingAvailable: '現在のコンタクトが終わると、エージェントは Available になります。',
  PendingBusy: 'コンタクトを提示中 (呼び出し中) または接続中です。',
  AgentHungUp: 'エージェントが通話中に電話を切りました。',
  BadAddressAgent: 'コンタクトをエージェントにルーティングできませんでした。',
  BadAddressCustomer: '顧客の番号に発信できませんでした (無効な番号、またはキャリア側の問題)。',
  FailedConnectAgent:
    '通話をエージェントに接続できませんでした (ソフトフォンまたはデスクフォンに到達できません)。',
  FailedConnectCustomer: '通話を顧客に接続できませんでした。',
  LineEngagedAgent: '発信時にエージェントの回線が話中か、利用できませんでした。',
  LineEngagedCustomer: '発信時に顧客の回線が話中か、利用できませんでした。',
  MissedCallAgent:
    '提示されたコンタクトが時間内に受け入れられませんでした (エージェントの離席、または技術的な障害)。',
  MissedCallCustomer:
    'キューに入れたコールバックに顧客が応答しませんでした ([キューへ転送] ブロックで再試行回数を増やします)。',
  MultipleCcpWindows: 'CCP が複数の異なるブラウザで開かれています。',
  RealtimeCommunicationError: 'Amazon Connect 内部の通信障害です。',
  Default: 'より具体的な名前のない、エージェントのエラー状態です。',
  Error: 'より具体的な名前のない、エージェントのエラー状態です。',
  InvalidLocale: 'エージェントのロケールが有効ではありません。',
  custom: 'この Amazon Connect インスタンスで定義された、エージェントのステータスです。',
});
