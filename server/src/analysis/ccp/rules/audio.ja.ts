import { translation } from '../../l10n';
import { audioRuleMessages } from './audio';

/**
 * Japanese for the audio-quality rules ({@link audioRuleMessages}). `{effect}` is a clause that the
 * "Why" texts end with `状態です`, so it has no final verb of its own.
 */
export const audioRuleMessagesJa = translation(audioRuleMessages, 'ja', {
  streamInput: 'audio_input (ブラウザが受信: エージェントが聞く音声)',
  streamOutput: 'audio_output (ブラウザが送信: エージェントのマイク)',
  effectInput: 'エージェントには顧客の声が聞き取りにくいか、まったく聞こえない',
  effectOutput: '顧客にはエージェントの声が聞き取りにくいか、まったく聞こえない',
  callLabel: '通話 {call}',
  runWhat: '{seconds} 秒、最悪値 {worst}',

  noPacketsMessage: '{call} で {stream} の音声パケットが {seconds} 秒間ない',
  noPacketsSeen:
    '{call} の {stream} で packetsCount が 0 の区間が {runs} か所、合計 {seconds} 秒ありました ({first} から)。',
  noPacketsWhy: 'パケットがなければ音声もありません。{effect}状態です。',
  noPacketsCauseInput:
    'Amazon Connect からブラウザへのメディアの経路が途切れている (ネットワークの切断、VPN の再接続、UDP フローを閉じるファイアウォール) か、相手側が何も送っていません。',
  noPacketsCauseOutput:
    'ブラウザが音声を送っていません: マイクのトラックが失敗した、ほかのアプリケーションがデバイスを使っている、デバイスが外された、または Connect への経路が切れています。',
  noPacketsFixInput:
    '{turn} への UDP 3478 の経路 (VPN を通さない、UDP を検査しない) と通話の録音を確認します。録音で顧客の声が聞こえれば、問題は Connect とエージェントの間にあります。',
  noPacketsFixOutput:
    'CCP と OS で選択しているマイクを確認し、マイクを使っているほかのアプリケーションを閉じ、{turn} への UDP 3478 の経路を確認します。通話の録音と比べます。',

  lowLevelMessage: '{call} で {stream} が {seconds} 秒間無音 (レベル {threshold} 以下)',
  lowLevelSeen:
    '{call} の {stream} で audioLevel が {threshold} 以下 (0～32767 の尺度) の区間が {runs} か所、合計 {seconds} 秒ありました ({first} から)。ミュートと保留の時間は除いています。',
  lowLevelWhy: 'パケットは流れていますが、中身は無音です。{effect}状態です。',
  lowLevelCauseInput:
    '顧客側が無音 (顧客のミュート、キャリア側の問題) か、Connect からの音声が非常に小さくなっています。',
  lowLevelCauseOutput:
    'ヘッドセットか OS でマイクがミュートされている、入力ゲインが低すぎる、別のデバイスが選択されている、またはデバイスが故障しかけています。',
  lowLevelFixInput:
    '通話の録音を確認します。録音でも顧客の声が小さければ、問題は顧客側かキャリア側にあります。',
  lowLevelFixOutput:
    'ヘッドセットのミュートスイッチと OS の入力レベルを確認し、CCP の設定で正しいマイクを選び、別のヘッドセットを試します。(参考書籍は 100 未満のレベルを確認の目安としています。それも報告するには callsight.thresholds.lowAudioLevel を 100 に設定します。)',

  lossMessage: '{call} で {stream} のパケットロスが {seconds} 秒間 (最悪 {worst}%、しきい値 {threshold}%)',
  lossSeen:
    '{call} の {stream} で、5 秒間のロス率が {threshold}% を超えた区間が {runs} か所、合計 {seconds} 秒ありました ({first} から)。最悪は {worst}% です。',
  lossWhy: 'パケットが失われると音声が欠けます。{effect}状態です (途切れ途切れの音声、ロボットのような声)。',
  lossCauseInput:
    'Connect からエージェントへのパケットが途中で失われています: Wi-Fi、混雑した下り回線、VPN、または UDP を検査するセキュリティソフトウェア。',
  lossCauseOutput:
    'エージェントから Connect へのパケットが途中で失われています: Wi-Fi、混雑した上り回線、VPN、または UDP を検査するセキュリティソフトウェア。',
  lossFix:
    'できるだけ有線接続を使い、メディア ({turn} への UDP 3478) を VPN トンネルと UDP の検査から外し、音声を QoS で優先し、回線上のほかの大量のトラフィックを探します。',

  rttMessage:
    '{call} で {stream} のラウンドトリップタイムが {seconds} 秒間高い (最悪 {worst} ms、しきい値 {threshold} ms)',
  rttSeen:
    '{call} で RTT が {threshold} ms を超えた区間が {runs} か所、合計 {seconds} 秒ありました ({first} から)。最悪は {worst} ms です。',
  rttWhy: '遅延が大きいと話がかぶります。片方向で約 400 ms を超えると、会話が難しくなります。',
  rttCause:
    'ネットワーク経路が長くなっています: エージェントがインスタンスのリージョンから遠い、メディアが VPN やプロキシを経由して折り返している、または混雑しています。',
  rttFix:
    'メディアを直接送り ({turn} への UDP 3478。VPN やプロキシを通しません)、エージェントをインスタンスのリージョン {region} の近くに配置します (AWS によると、リージョンをまたぐ配置では RTT が 500 ms を超えます)。',

  jitterMessage:
    '{call} で {stream} のジッターが {seconds} 秒間高い (最悪 {worst} ms、しきい値 {threshold} ms)',
  jitterSeen:
    '{call} で jitterBufferMillis が {threshold} ms を超えた区間が {runs} か所、合計 {seconds} 秒ありました ({first} から)。最悪は {worst} ms です。',
  jitterWhy:
    'パケットの到着が不揃いだと、ジッターバッファが大きくなるか音声が破棄されます。{effect}状態です (途切れたり遅れたりする音声)。',
  jitterCause: '経路上の混雑か Wi-Fi です。VPN やワークステーションの CPU の高負荷も影響します。',
  jitterFix:
    'できるだけ有線接続を使い、メディア ({turn} への UDP 3478) を VPN トンネルから外し、音声を QoS で優先します。',

  gapMessage: '{call} の途中で音声メトリクスが {worst} 秒間欠落 (しきい値 {threshold} 秒)',
  gapSeen:
    '{call} のメトリクスの系列に欠落が {runs} か所、合計 {seconds} 秒あります (最初は {first} から)。メトリクスのアップロードの失敗は {failed} 件記録されています。',
  gapWhy:
    'メトリクスはアップロードが成功したときだけログに記録されます。欠落は通常、通話中に CTI API に到達できなかったことを意味し、それが通話にも影響していることがよくあります。',
  gapCause: '通話中のネットワークか API エンドポイントの障害、または CCP のタブの一時停止です。',
  gapFix:
    'その時間帯の API エンドポイントの検出を確認し、{api} への送信方向の TCP 443 を許可リストに追加します。',

  cumulativeMessage:
    '{call} の {stream} で jitterBufferMillis が増え続けている: ジッターではなく、ジッターバッファの累積遅延',
  cumulativeSeen:
    'この系列はステップの 90% 超で増加しています。新しいクライアント (rtc-js 1.3) は、この名前で累積の jitterBufferDelay を記録します。グラフには代わりに 1 秒ごとの増分を表示し、ジッターのルールは適用しません。',
  cumulativeWhy: 'ジッターとして読むと、問題がないのに深刻な値に見えます。',
  cumulativeCause: '累計値を記録するバージョンのクライアントです。',
  cumulativeFix: '対処は不要です。ジッターは 1 秒ごとの増分か、テレメトリレポートで判断します。',

  v1Message: 'このログに音声メトリクスがない: CCP v1 の可能性 (音声メトリクスを記録するのは CCP v2 のみ)',
  v1Seen: 'ソフトフォン通話が {calls} 件ありますが、sendSoftphoneMetrics の行が 1 つもありません。',
  v1Why:
    'このログからは音質 (ロス、ジッター、RTT、レベル) を判断できません。また、CCP v1 のログには失敗した API 呼び出ししか残らないため、レイテンシーも測定できません。',
  v1Cause:
    'エージェントが CCP v1 (https://<alias>.awsapps.com/connect/ccp#) を使っていました。古いブックマークや、古い ccpUrl のままのカスタム CCP などが原因です。',
  v1Fix:
    'CCP v2 (…/ccp-v2) を使います。ブックマークとカスタム CCP の ccpUrl を更新し、影響のあった通話の後でログをもう一度ダウンロードします。',
});
