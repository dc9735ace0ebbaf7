/** Japanese text of the agent error state catalog (`ccpAgentStates.ts`), keyed by state name. */
import { catalogTranslations, type RowTranslation } from './translations';

const READ_AROUND = ['さまざまです: 状態が変わった前後のログエントリを読みます。'];
const ERRORS_BEFORE = ['直前のソフトフォンエラーと API エラーから原因を探します。'];

const ROWS: Readonly<Record<string, RowTranslation>> = {
  AgentHungUp: {
    title: 'エージェントが通話を終了',
    meaning:
      'エージェントが通話中に電話を切りました。解除されるまで、エージェントはこのエラー状態のままです。',
    causes: [
      'エージェントが [通話を終了] を押した (またはソフトフォンがエージェント側で通話を切断した) ためです。',
    ],
    fixes: ['意図せず切れた場合は、直前のソフトフォンエラーや ICE 接続の切断を探します。'],
  },
  BadAddressAgent: {
    title: 'エージェントにルーティングできない',
    meaning: 'コンタクトをエージェントにルーティングできませんでした。',
    causes: [
      'エージェントの電話の設定が誤っている (デスクフォンの番号の誤り) か、ソフトフォンの準備ができていませんでした。',
    ],
    fixes: ['CCP の設定で、エージェントの電話タイプとデスクフォンの番号を確認します。'],
  },
  BadAddressCustomer: {
    title: '顧客の番号に発信できない',
    meaning: '顧客へのアウトバウンド通話を発信できませんでした。',
    causes: ['番号が無効か形式が誤っている、またはキャリア側の障害です。'],
    fixes: ['E.164 形式で番号をダイヤルし、その国へのアウトバウンドの許可を確認します。'],
  },
  FailedConnectAgent: {
    title: '通話がエージェントにつながらない',
    meaning: '通話をエージェントに接続できませんでした。',
    causes: ['ソフトフォンのメディアまたはシグナリングの障害、あるいはデスクフォンが応答しませんでした。'],
    fixes: ['この状態の直前にあるソフトフォンエラー (シグナリング、ICE) を探します。'],
  },
  FailedConnectCustomer: {
    title: '通話が顧客につながらない',
    meaning: 'アウトバウンド通話を顧客に接続できませんでした。',
    causes: ['応答なし、拒否、またはキャリアの障害です。'],
    fixes: ['再試行します。番号とアウトバウンドの発信者番号を確認します。'],
  },
  LineEngagedAgent: {
    title: 'エージェントの回線が話中',
    meaning: '発信時にエージェントの回線が話中か、利用できませんでした。',
    causes: ['デスクフォンがほかの通話中か、ソフトフォンがすでに通話中でした。'],
    fixes: [
      'エージェントの回線を空けます。デスクフォンの場合は、番号がそのエージェント自身のものか確認します。',
    ],
  },
  LineEngagedCustomer: {
    title: '顧客の回線が話中',
    meaning: '発信時に顧客の回線が話中か、利用できませんでした。',
    causes: ['顧客がほかの通話中です。'],
    fixes: ['後で再試行します。'],
  },
  MissedCallAgent: {
    title: 'エージェントがコンタクトを逃した',
    meaning: '提示されたコンタクトが時間内に受け入れられなかったため、エージェントがこの状態になりました。',
    causes: [
      'エージェントが離席していたか、受け入れられませんでした: ソフトフォンエラー、マイクの許可がない、またはバックグラウンドタブが抑制されていた。',
    ],
    fixes: [
      '直前のソフトフォンエラーとマイクの許可を確認します。CCP のタブをアクティブに保ち、自動応答の設定も検討します。',
    ],
  },
  MissedCallCustomer: {
    title: '顧客がコールバックに応答しない',
    meaning: 'キューに入れたコールバックに顧客が応答しませんでした。',
    causes: ['コールバックの発信時に顧客が電話に出ませんでした。'],
    fixes: ['[キューへ転送] ブロックでコールバックの再試行回数を増やします。'],
  },
  MultipleCcpWindows: {
    title: 'CCP が複数のブラウザで開かれている',
    meaning: 'CCP が同時に複数のブラウザで開かれています。',
    causes: ['同じエージェントの CCP が 2 つのブラウザ (またはブラウザのプロファイル) で動作しています。'],
    fixes: ['1 つを残してすべて閉じます。'],
  },
  RealtimeCommunicationError: {
    title: '内部通信エラー',
    meaning: 'Amazon Connect でリアルタイム通信の内部障害が起きました。',
    causes: ['サービス側の問題です。'],
    fixes: ['再試行します。繰り返す場合は、コンタクト ID を添えて AWS サポートケースを作成します。'],
  },
  Default: {
    title: '分類されていないエラー状態',
    meaning: 'より具体的な名前のないエラー状態です。',
    causes: READ_AROUND,
    fixes: ERRORS_BEFORE,
  },
  Error: {
    title: '一般的なエラー状態',
    meaning: '一般的なエラー状態です。',
    causes: READ_AROUND,
    fixes: ERRORS_BEFORE,
  },
  InvalidLocale: {
    title: '無効なロケール',
    meaning: 'エージェントのロケール設定が有効ではありません (一部の Streams のバージョンにのみ記載)。',
    causes: ['CCP がサポートしていないロケールです。'],
    fixes: ['CCP の設定でサポートされている言語を選びます。'],
  },
};

/** Agent error states in Japanese. */
export const ccpAgentStatesJa = catalogTranslations('ccp-agent-state', ROWS);
