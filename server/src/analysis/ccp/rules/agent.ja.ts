import { translation } from '../../l10n';
import { agentRuleMessages } from './agent';

/** Japanese for the agent-state and clock rules ({@link agentRuleMessages}). */
export const agentRuleMessagesJa = translation(agentRuleMessages, 'ja', {
  missedMessage: 'エージェントの不在着信: {count} 回 (初回 {first})',
  missedSeen:
    'エージェントが MissedCallAgent になったか、コンタクトで "missed" が発生したことが {count} 回ありました ({contacts})。{before}',
  missedBefore: '最初の発生の直前: {problems}。',
  missedNothingBefore: '最初の発生の前 1 分間に、ソフトフォンやネットワークのエラーは記録されていません。',
  missedWhy:
    '顧客は接続されず、コンタクトはキューに戻るか失われました。エージェントは自分で Available に戻す必要があります。',
  missedCause:
    'エージェントが時間内に受け入れなかった (離席、着信音が聞こえない) か、技術的な障害でソフトフォンが接続できませんでした (直前のエラーを参照)。',
  missedFix:
    '直前にエラーがあれば、まずそれを解決します (メディアの経路、マイク、API エンドポイント)。なければ、着信音と着信音のデバイス、CCP のタブがバックグラウンドで抑制されていないことを確認します。',
  failedMessage: 'コンタクトを接続できない: {states} (初回 {first})',
  failedSeen: '検出されたエージェントのエラー状態: {states}。期間は {first}～{last} です。',
  failedWhy: '通話が一方の当事者に届きませんでした。',
  failedCause:
    'FailedConnectAgent/BadAddressAgent: エージェントへのルーティングが失敗しました (ソフトフォンまたはデスクフォンに到達できません)。FailedConnectCustomer/BadAddressCustomer/LineEngagedCustomer: 顧客の番号に到達できないか、話中か、無効でした。MissedCallCustomer: キューに入れたコールバックに応答がありませんでした。',
  failedFix:
    'エージェント側の状態なら、同じ時間帯のソフトフォンのエラーを確認します。顧客側の状態なら、ダイヤルした番号、アウトバウンドの発信者番号、コールバックの再試行の設定を確認します。',
  skewMessage: 'ワークステーションの時計が {worst} ずれている (しきい値 {threshold} ms、{first})',
  skewSeen:
    '{total} 件中 {count} 件のスナップショットで |skew| ≥ {threshold} ms です。ずれの中央値は {median}、最大は {worst} です。正の値は、Amazon Connect のサーバーの時計がエージェントの PC より進んでいることを表します。',
  skewWhy:
    'このファイルの時刻はすべてエージェントの PC の時計です。時計がずれていると、時刻がサーバー側の記録 (コンタクトレコード、録音) と合わず、所要時間も誤って見えます。',
  skewCause:
    'エージェントの PC が時計を同期していません (NTP のブロック、仮想マシンの時計のずれ、手動で設定した誤った時刻)。',
  skewWhat: 'ずれ {skew} ms',
  skewFix:
    'ワークステーションで時刻の自動同期 (NTP) を有効にします。サーバーの記録と比べるときは、このログの時刻をずれの中央値の分だけずらします。',
});
