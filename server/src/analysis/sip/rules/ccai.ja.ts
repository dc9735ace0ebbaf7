import { translation } from '../../l10n';
import { sipCcaiRuleMessages } from './ccai';

/** Japanese for the Google CCAI (Dialogflow) SIP rules ({@link sipCcaiRuleMessages}). */
export const sipCcaiRuleMessagesJa = translation(sipCcaiRuleMessages, 'ja', {
  idMessage: 'CCAI の会話 ID "{id}" が無効 ({problem})',
  idPattern: '先頭は英字で、英字、数字、_、- のみ使用可能',
  idLength: '3～64 文字である必要があるが、{length} 文字',
  idSeen: '{message} は {source} で会話 "{id}" を関連付けています。',
  idWhy: 'Google は会話を作成または照合できないため、通話に仮想エージェントも Agent Assist も付きません。',
  idCause:
    'SBC が、Google の受け付けない文字や長さの値から ID を作っています (例: "@" や "." を含む Call-ID をそのまま使う、先頭が数字)。',
  idFix:
    'ID を [A-Za-z][A-Za-z0-9_-]{2,63} の形式で作ります。例えば Call-ID にプレフィックスを付けて無効な文字を置き換えます: CID-297363723_79131759。',
  callInfoMessage: 'CCAI の会話の Call-Info の形式が不正 ({problem})',
  callInfoNoBrackets: 'URL が <…> で囲まれていない',
  callInfoBadUrl:
    'URL が http(s)://dialogflow.googleapis.com/v2beta1/projects/<project>/conversations/<id> の形式ではない',
  callInfoSeen: '{message} に Call-Info: {value} があります。',
  callInfoWhy:
    '会話が関連付けられないため、Dialogflow は通話照合ルールにフォールバックするか、通話を拒否します。',
  callInfoCause: 'SBC のヘッダー操作のルールが、誤った形式でヘッダーを書いています。',
  callInfoFix:
    'Call-Info: <http://dialogflow.googleapis.com/v2beta1/projects/<PROJECT_ID>/conversations/<CONVERSATION_ID>>;purpose=Goog-ContactCenter-Conversation を送ります。',
  missingMessage: 'Google CCAI への INVITE に会話 ID がない',
  missingSeen:
    '{message} は、purpose が Goog-ContactCenter-Conversation の Call-Info も User-to-User もなしに {target} に送られています。',
  missingWhy:
    '会話をその場で作成する構成では、Google は SBC が会話を指定することを想定しています。指定がなければ、設定済みの通話照合ルールでしか関連付けられず、どれにも一致しない通話や複数に一致する通話は拒否されます。',
  missingCause: 'Call-Info (または UUI 形式) を追加する SBC のルールがないか、この通話に一致していません。',
  missingFix:
    'Dialogflow の会話の URL と purpose=Goog-ContactCenter-Conversation を指定した Call-Info を追加します (または同じ URL を 16 進数にエンコードして User-to-User に入れます)。',
  uuiMessage: 'Google CCAI 向けの User-to-User をデコードできない ({problem})',
  uuiOdd: '16 進数の桁数が奇数',
  uuiNotHex: '16 進数でない文字がある',
  uuiNotUtf8: 'バイト列が UTF-8 のテキストではない',
  uuiSeen: '{message} に User-to-User: {value} があります。',
  uuiWhy: 'Google はペイロードを読めないため、そこに含まれる会話やセッションパラメータが失われます。',
  uuiCause:
    'SBC が、16 進数と宣言 (encoding=hex) しながらテキストを書いているか、ペイロードを切り取っています。',
  uuiFix: 'UTF-8 のテキストを 16 進数でエンコードし (1 バイトにつき 2 桁)、;encoding=hex を宣言します。',
  tlsMessage: 'Google CCAI へのシグナリングがポート 5672 の TLS ではない ({detail})',
  tlsSeen: '{message} は {detail} で {target} に送られています。',
  tlsTransport: 'Via のトランスポート {transport}',
  tlsPort: 'ポート {port}',
  tlsWhy:
    'Google は TCP 5672 の TLS (1.2 以降、相互認証) でのみ SIP を受け付けます。それ以外は SIP に達する前に失敗するため、テキストのトレースには通常、再送しか現れません。',
  tlsCause: 'Google 向けのトランクが UDP/TCP または既定のポートで設定されています。',
  tlsFix:
    '<region>.telephony.goog のポート 5672 に TLS で接続し、Google に登録したトランクの FQDN に CN/SAN が一致する証明書を使います。',
  srtpMessage: 'Google CCAI へのメディアが、対応している SDES スイートの SRTP ではない ({detail})',
  srtpProfile: 'プロファイル {proto}',
  srtpNoCrypto: 'a=crypto 行なし',
  srtpSuites: 'スイート {suites}',
  srtpSeen: '{message} は m=audio を {detail} で提示しています。',
  srtpWhy:
    'Google は SDES で鍵を交換する SRTP を必須としています。このオファーは拒否されます (488 になる見込み)。',
  srtpCause: 'SRTP が無効になっているか、SBC が DTLS や Google の対応していないスイートを提示しています。',
  srtpFix: 'AES_CM_128_HMAC_SHA1_80 または AEAD_AES_256_GCM の a=crypto とともに RTP/SAVP を提示します。',
  codecMessage: 'オファーに Google CCAI が対応するコーデックがない ({codecs})',
  codecSeen: '{message} が提示しているのは {codecs} です。',
  codecWhy:
    'Google が受け付けるのは PCMU、PCMA、Opus のみです。いずれもなければ共通のコーデックがありません (488)。',
  codecCause: 'SBC が圧縮コーデック (G.729、G.722、AMR など) しか提示していません。',
  codecFix: 'Google に向けて G.711 (PCMU または PCMA) または Opus を提示します。',
  privateMessage: 'Google CCAI に送られた {field} にプライベートアドレス {address}',
  privateSeen: '{message} の {field} に {address} があります。',
  privateWhy: 'Google は Request-URI、To、From、Via、SDP の c= にあるプライベートアドレスを拒否します。',
  privateCause: 'SBC が Google 向けのインターフェイスでパブリック (外部) アドレスを使っていません。',
  privateFix:
    'Google 向けのインターフェイスでは、SBC のパブリックアドレスを使います (シグナリングとメディアの両方)。',
  sourceCallInfo: 'Call-Info',
  sourceUui: 'User-to-User',
});
