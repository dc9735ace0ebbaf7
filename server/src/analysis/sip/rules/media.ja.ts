import { translation } from '../../l10n';
import { sipMediaRuleMessages } from './media';

/** Japanese for the SDP offer/answer rules ({@link sipMediaRuleMessages}). */
export const sipMediaRuleMessagesJa = translation(sipMediaRuleMessages, 'ja', {
  noCodecMessage: 'オファーとアンサーに共通のコーデックがない ({type})',
  noCodecSeen: '{offer} は {offered} を提示し、{answer} は {answered} で応答しました。',
  noCodecRejectedMessage: 'アンサーがすべての {type} ストリームを拒否 (ポート 0)',
  noCodecRejectedSeen: '{offer} は {offered} を提示し、{answer} は m={type} をポート 0 で応答しました。',
  noCodecWhy:
    '共通のコーデックがないと音声は流れません。多くのエンドポイントはその後、通話を切断または拒否します。',
  noCodecCause:
    '両端に共通のコーデックがないか、B2BUA/SBC がオファーで受け取っていないコーデックで応答しました。',
  noCodecFix:
    '両端で共通のコーデックを有効にする (G.711 PCMU/PCMA はほぼどこでも対応しています) か、SBC でトランスコードします。',
  noKeysMessage: 'SRTP の鍵のない {proto} メディア',
  noKeysSeen:
    '{message} は m={type} を {proto} で提示していますが、a=crypto 行も DTLS フィンガープリントもありません。',
  noKeysWhy:
    'SRTP には鍵が必要です。a=crypto (SDES) も DTLS フィンガープリントもないと、ピアは復号できずにオファーを拒否します (多くは 488)。',
  noKeysCause:
    'プロファイルで SRTP が有効になっていますが、鍵交換 (SDES または DTLS-SRTP) が設定されていません。',
  noKeysFix:
    '送信側で SDES (a=crypto) または DTLS-SRTP を有効にします。トランクが SRTP を使わない場合は RTP/AVP を提示します。',
  suiteMessage: 'アンサーがオファーにない暗号スイート {suite} を選択',
  suiteSeen: '{offer} は {offered} を提示し、{answer} は {suite} で応答しました。',
  suiteWhy: 'オファーにない SRTP のスイートはオファー側で使えないため、音声を復号できません。',
  suiteCause: 'アンサー側が提示されたスイートを無視したか、SBC が SDP を書き換えました。',
  suiteFix: '両端の SRTP の暗号スイートをそろえます (一般的なのは AES_CM_128_HMAC_SHA1_80)。',
  profileMessage: 'オファーは {offerProto}、アンサーは {answerProto}',
  profileSeen: '{offer} は m={type} を {offerProto} で提示し、{answer} は {answerProto} で応答しました。',
  profileWhy:
    '一方は暗号化した RTP を送り、もう一方は暗号化されていない RTP を期待しています (またはその逆)。音声は聞こえません。',
  profileCause: '一方の端で SRTP が必須になっていて、もう一方では無効になっています。',
  profileFix:
    '両端で同じメディアプロファイルを使います。すべて RTP/AVP にするか、暗号スイートをそろえた RTP/SAVP にします。',
  dtmfDroppedMessage:
    'アンサーが telephone-event を外した: DTMF の数字が RFC 4733 のイベントとして送られない',
  dtmfDroppedSeen:
    '{offer} は telephone-event ({offered}) を提示しましたが、{answer} はそれを含まない {answered} で応答しました。',
  dtmfNoneMessage: 'どちらの側にも telephone-event がない: DTMF はインバンドのみ',
  dtmfNoneSeen:
    '{offer} は {offered} を提示し、{answer} は {answered} で応答しました。どちらにも telephone-event がなく、ダイアログに SIP INFO の DTMF もありません。',
  dtmfWhy:
    'RFC 4733 のイベントを待つ IVR のメニュー、ボイスメール、転送では数字が認識されません。インバンドのトーンは圧縮コーデックでひずみます。',
  dtmfCause: '一方の端で telephone-event が無効になっているか、SBC が削除しています。',
  dtmfFix:
    '両端で RFC 4733 の telephone-event (通常はペイロードタイプ 101、a=rtpmap:101 telephone-event/8000) を有効にするか、SIP INFO による DTMF を明示的に取り決めます。',
  holdMessage: 'メディアが保留にされた ({detail})',
  holdSeen: '{message} は {detail} を提示しています。',
  holdWhy:
    '保留中は、re-INVITE で再開するまで片方向または双方向のメディアが止まります。保留のままの通話は、片通話や無音のように聞こえます。',
  holdCause: '保留、保留音、または転送の途中です。あるいは古い方式の保留 (c=0.0.0.0、RFC 2543) です。',
  holdFix:
    '保留にするつもりがなかった場合は、保留/再開の処理と、再開の re-INVITE が sendrecv を提示していることを確認します。',
  mismatchMessage: '方向の不一致: オファーは {offerDir}、アンサーは {answerDir}',
  mismatchSeen: '{offer} は {type} に a={offerDir} を提示し、{answer} は a={answerDir} で応答しました。',
  mismatchWhy:
    'アンサーが、オファーにない方向のメディアを許可しています。一方が誰も受信しない音声を送るか、届かない音声を待つことになります (片通話)。',
  mismatchCause:
    'RFC 3264 §6.1 (アンサーは提示された方向と整合しなければならない) に従っていないエンドポイントまたは SBC です。',
  mismatchFix:
    'アンサー側の方向の処理を修正します。プラットフォームによっては (Google CCAI など) re-INVITE の方向を無視するオプションがあります。',
  oneWayMessage: 'アンサーがメディアを {answerDir} に制限',
  oneWaySeen: '{offer} は {type} に sendrecv を提示し、{answer} は a={answerDir} で応答しました。',
  oneWayWhy: '新しいオファー/アンサーまで、音声は片方向にしか流れません (またはまったく流れません)。',
  oneWayCause: 'アンサー側が通話を保留にしたか、方向を正しく扱っていません。',
  oneWayFix: '保留を意図していない場合は、アンサー側のメディアの方向の設定を確認します。',
  zeroAddress: 'c=0.0.0.0',
  direction: 'a={direction}',
});
