import { translation } from '../../../l10n';
import { h } from './text';

/** Japanese for the CCP hover labels and sentences ({@link h}). */
export const hoverMessagesJa = translation(h, 'ja', {
  timeTitle: '時刻',
  local: 'ローカル ({zone})',
  utc: 'UTC',
  epoch: 'エポックミリ秒',
  gap: '前のエントリからの経過',
  gapFirst: '時刻順で最初のエントリ',
  intoContact: 'コンタクト {contact} の開始から',
  untimed: 'このエントリには使える時刻がありません。ドキュメントの順序のまま扱い、グラフには含めません。',
  clockNote:
    '時刻はエージェント PC の時計です。このファイルの時計のずれの中央値は {skew} です (サーバー − PC)。',
  serverTime: 'サーバー時刻 (ずれを補正)',
  unknownZone: 'callsight.time.zone のタイムゾーン "{zone}" は不明なため、UTC で表示しています。',

  levelTitle: 'レベル {level}',
  levelOrder:
    'Streams での順序: TRACE < DEBUG < INFO < LOG < WARN < ERROR (AWS の CCP Log Parser は LOG を最も低く扱います)。',
  levelTRACE: 'API 呼び出し、スナップショット、イベントの発行 (主に SharedWorker)。',
  levelDEBUG: 'まれにしか使われない詳細。',
  levelINFO: '状態の変化、メトリクス、ログのロールのマーカー。',
  levelLOG: 'RTC ライブラリ (rtc-js) の詳細: ICE 候補、SDP、セッションの状態。',
  levelWARN: 'ハートビートの欠落、ICE のタイムアウトなどの警告。',
  levelERROR: '障害 (critical() も ERROR として書き出されます)。',
  levelOther: '通常の一覧にないレベル。',

  sourceTitle: '出力元: {layer}',
  sourceCCP: 'CCP のタブ。そのロガーは SharedWorker と CRM のエントリも受け取ります。',
  sourceSharedWorker:
    'SharedWorker (API 呼び出し、スナップショット、WebSocket)。そのエントリは 1 秒ごとにまとめて CCP のタブに届くため、ファイル内で遅れて現れることがあります。',
  sourceCRM: 'CCP を埋め込んだページ (カスタム CCP / CRM)。',
  sourceOther: 'ロガー {logger}。',
  componentNote:
    'component "{component}" からはエントリの出力元はわかりません (中継されたエントリは ccp に書き換えられます)。出力元を示すのは contextLayer と loggerId です。',

  errorTypeTitle: 'ソフトフォンのエラー種別 {type}',
  reportedAs: '{rule} として報告します。',
  cause: '考えられる原因',
  fix: '対処',
  codeTitle: 'エラーコード {code}',
  exceptionTitle: '例外 {type}',
  agentStateTitle: 'エージェントの状態 {state}',
  agentErrorState:
    'エージェントのエラー状態です。エージェントを Available に戻す必要があります (自動で解除されるものもあります)。',
  contactEventTitle: 'コンタクトのイベント {event}',
  contactStateTitle: 'コンタクトの状態 {state}',
  agentEventTitle: 'エージェント/CCP のイベント {event}',
  eventGeneric: 'CCP のイベントバスに発行されたイベントです。',

  apiTitle: 'CTI API {op}',
  thisCall: 'この呼び出し',
  apiOk: '成功',
  apiFailed: '失敗: {code}',
  apiNoReply: '30 秒以内に応答なし',
  apiPending: '応答はこのログにない',
  apiNoRequest: 'リクエストはこのログにない (ロールで消えた可能性あり)',
  apiStats: 'このファイルでの {op} の呼び出しは {count} 回。中央値 {median}、最も遅いもので {max}。',
  apiLongPoll:
    'ロングポーリングです。変化があるたび、または約 30 秒後に応答するため、レイテンシーは測定しません。',

  callTitle: 'ソフトフォン通話 {call}',
  contactTitle: 'コンタクト {contact}',
  start: '開始',
  end: '終了',
  duration: '継続時間',
  type: 'タイプ',
  events: 'イベント',
  states: '状態',
  calls: '通話',
  problems: '問題',
  noProblems: 'なし',
  transitions: 'セッションの状態',
  failedSetup: '通話はセットアップ中に失敗しました。',
  samples: '音声サンプル: 受信 {input}、送信 {output}',
  contact: 'コンタクト',
  categoryTitle: 'rtc-js のカテゴリ {category}',
  categoryNote:
    'RTC ライブラリは各行の先頭に通話 ID とカテゴリ (SESSION、SIGNALING など) を付けます。通話 ID は RTC セッションの ID で、多くの場合はコンタクト ID と同じです。',

  metricsTitle: '音声メトリクスのバッチ ({count} サンプル)',
  metricsStream: 'ストリーム',
  metricsLevel: '音声レベル',
  metricsPackets: 'パケット/秒',
  metricsLoss: 'ロス %',
  metricsJitter: 'ジッター ms',
  metricsRtt: 'RTT ms',
  metricsMinAvgMax: '最小 / 平均 / 最大',
  metricsNone: 'このエントリからサンプルを読み取れませんでした。',
  metricsCumulative: 'ここでは jitterBufferMillis が増え続けているため、1 秒あたりの増分で表示しています。',
  directionNote:
    'audio_input はブラウザが受信する音声 (エージェントが聞く音声)、audio_output はブラウザが送信する音声 (エージェントのマイク) です。逆の説明をしている AWS のドキュメントもありますが、rtc-js のコードはこの読み方を裏付けています。',

  reportTitle: '通話終了レポート',
  reportTimeline: 'セットアップのタイムライン',
  reportFailures: '失敗フラグ',
  reportNoFailures: '失敗フラグなし',
  telemetryTitle: 'テレメトリの通話レポート',
  telemetryPerSecond: '1 秒ごとの配列: {stream} の {seconds} 秒分',
  telemetryUnreadable: 'レポートを JSON として読み取れませんでした。',

  skewTitle: '時計のずれ {skew}',
  skewAhead:
    'Amazon Connect のサーバーの時計は、この PC より {amount} 進んでいます (skew = snapshotTimestamp − localTimestamp)。',
  skewBehind:
    'Amazon Connect のサーバーの時計は、この PC より {amount} 遅れています (skew = snapshotTimestamp − localTimestamp)。',
  skewThreshold:
    '{threshold} ms 以上で報告します (callsight.thresholds.clockSkewMs。AWS の CCP Log Parser は 10,000 ms で強調表示します)。このファイルの中央値: {median}。',
  snapshotTitle: 'エージェントのスナップショット: {state}',
  heartbeatTitle: 'WebSocket のハートビート',
  heartbeatRtt: 'ラウンドトリップ {rtt}。',
  redactedTitle: 'CCP の秘匿処理による切り詰め',
  redactedBody:
    'CCP は電話番号、トークン、メールアドレスをテキストの末尾まで置き換えるため、この JSON は閉じません。破損ではなく、エントリは引き続き集計されます。',
  streamTitle: 'ストリーム {stream}',
  sourcesLine: '出典: {source}',
});
