import { translation } from '../../l10n';
import { sipFailureCodeMessages, sipFailureRuleMessages } from './failures';

/**
 * Japanese for the failure rules ({@link sipFailureRuleMessages}). Fragments that English starts with a
 * space (`after`, `mediaWarning`, the Twilio notes) follow a sentence that ends in 。, so they have none.
 */
export const sipFailureRuleMessagesJa = translation(sipFailureRuleMessages, 'ja', {
  forbiddenAclMessage:
    '{status} {phrase}: 認証情報のない {method} が拒否された (アクセスリストまたはポリシー)',
  forbiddenAclSeen:
    '{request}{route} には Authorization ヘッダーも Proxy-Authorization ヘッダーもなく、相手側は {status} "{phrase}" を返しました{after}。',
  forbiddenAclWhy: 'リクエストはその場で拒否され、再試行されません。通話や登録は失敗します。',
  forbiddenAclCause:
    '相手側は、パスワードを求める前に送信元を拒否しました。送信元アドレスが IP アクセスリストにない、トランクがこの送信元向けにプロビジョニングされていない、またはポリシー (発信者番号、発信先の許可) がリクエストをブロックしています。',
  forbiddenAclFix:
    'パブリックな送信元アドレス{source}を、相手側の IP アクセスリストまたはトランクの設定に追加します。トランクがクレデンシャルで認証する場合は、この送信元にチャレンジするよう設定されているか確認します。',
  forbiddenAclTwilio:
    'Twilio Elastic SIP Trunking で、ダイジェスト認証のない INVITE に 403 が返される場合は、送信元 IP がトランクの IP アクセスコントロールリストにありません (Twilio エラー 32201)。',
  forbiddenCredMessage: '{status} {phrase}: "{user}" の認証情報が拒否された',
  forbiddenCredSeen:
    '{request} は {challenge} のチャレンジに対し、ユーザー "{user}"、realm "{realm}" の {header} で応答しました。相手側は {status} "{phrase}" を返しました{after}。',
  forbiddenCredWhy: '認証に失敗しました。認証情報を変更しない限り、相手側は拒否し続けます。',
  forbiddenCredCause:
    'パスワード、ユーザー名、realm のいずれかが誤っているか、このアカウントにはこの発信先への発信が許可されていません。',
  forbiddenCredFix:
    'realm "{realm}" に設定したユーザー名とパスワードを、相手側のクレデンシャルリストと照合します。アクセスリストと認証情報のどちらの問題かを切り分けるには、クレデンシャルリストを外してテストします。',
  forbiddenCredTwilio:
    'Twilio Elastic SIP Trunking で 407 のチャレンジの後に 403 が返される場合は、クレデンシャルリストがユーザー名またはパスワードを拒否しています (Twilio エラー 32202)。',
  challengeMessage: '{status} {phrase}: {method} のチャレンジに応答がない',
  challengeSeen:
    '{request} は {status} "{phrase}" (realm "{realm}") でチャレンジされました{after}。このダイアログには、認証情報付きの {method} が続いていません。',
  challengeWhy: '認証情報付きの 2 回目のリクエストがなければ、通話や登録は成立しません。',
  challengeCause:
    '送信側に realm "{realm}" の認証情報がない (アドレスで信頼されることを想定している) か、チャレンジの後で送信をやめました。',
  challengeFix:
    '送信側に realm "{realm}" の認証情報を設定するか、相手側で送信側のアドレスを信頼するようにします (信頼するピア、または IP 許可リストに追加します)。',
  loopMessage: '認証情報を送った後も {method} が {count} 回チャレンジされた',
  loopSeen:
    '認証情報付きのリクエスト (ユーザー "{user}") に対するチャレンジが {count} 回ありました。{nonceNote}{outcome}',
  loopSameNonce: '相手側は同じ nonce {nonce} を使い続けたため、認証情報そのものを拒否しています。',
  loopStale: '相手側は nonce を stale とし、新しい nonce を発行しました。',
  loopNewNonce: '相手側は毎回新しい nonce を発行しました ("{phrase}")。',
  loopNeverOk: '成功した {method} はありません。',
  loopLaterOk: '後で {method} が成功しています。',
  loopWhy: '往復のたびに通話や登録が遅れます。ループが終わらなければ成功しません。',
  loopCause:
    'パスワードまたは realm の誤り (同じ nonce で再チャレンジ)、またはクライアントが新しい nonce ではなく期限切れの nonce を再利用しています (stale のループ)。',
  loopFix:
    'ユーザー "{user}" のパスワードと realm を確認します。nonce が毎回変わる場合は、クライアントが最新のチャレンジの nonce を使っていること、サーバーの時計と nonce の有効期間が妥当であることを確認します。',
  mediaMessage: '{status} {phrase}: 相手側が提示されたメディアを拒否',
  mediaSeen:
    '{request} は {offer} を提示し、相手側は {status} "{phrase}" を返しました{after}。{warning}{far}',
  mediaNoOffer: 'SDP なし (遅延オファー)',
  mediaWarning: 'Warning: {warning}。',
  mediaFar: '相手側が示しているのは {far} です。',
  mediaAccept: 'Accept ヘッダーで受け付けるのは {accept} です。',
  mediaWhy:
    '通話は確立時に拒否されます。メディアストリームを合意できないため、発信側にはエラーまたは話中音が聞こえます。',
  mediaCause:
    '共通のコーデックがない、RTP プロファイルが一致しない (RTP/AVP と RTP/SAVP)、相手側が受け付けない SRTP の暗号スイート、または相手側が解析できない SDP です。415 はボディのタイプ ({contentType}) 自体が受け付けられなかったことを表します。',
  mediaFix:
    '相手側が対応しているコーデックを少なくとも 1 つ提示し (PSTN のトランクでは G.711 PCMU/PCMA が共通)、RTP プロファイルと暗号スイートをトランクの設定に合わせます。',
  mediaTwilio: 'Twilio Elastic SIP Trunking では、オファーに PCMU (ペイロードタイプ 0) が必要です。',
  timerMessage:
    '422 Session Interval Too Small: Session-Expires {se} が相手側の Min-SE {minSe} を下回っている',
  timerSeen:
    '{request} は Session-Expires {se} を要求し、相手側は Min-SE {minSe} とともに {status} "{phrase}" を返しました{after}。',
  timerWhy:
    '相手側は最小値より短いセッションタイマーを拒否します。送信側がより大きな値で再試行しない限り、通話は失敗します。',
  timerCause:
    'セッションタイマーの設定が一致していません。送信側のセッション有効期間が相手側の Min-SE より短くなっています。',
  timerFix:
    '送信側のセッション有効期間を {minSe} 秒以上にします (通常は 1800 秒。RFC 4028 では 90 秒未満は禁止)。または相手側の Min-SE を下げます。',
  timerTwilio:
    'Twilio はセッションタイマーに参加せず、"Supported: timer" を削除します。PBX のセッション有効期間は通常の 1800 秒または 3600 秒にします。',
  unknown: '指定なし',
  limitMessage: '503 {phrase}: 相手側が過負荷、または通話を制限している',
  limitSeen:
    '{request} は 503 "{phrase}" で拒否されました{after}。{retry}その直前の 1 秒間に、同じ送信元から {rate} 件の INVITE が送られ、その時点で {concurrent} 件の通話が接続中でした。',
  limitRetry: 'Retry-After: {retry} s。',
  limitWhy:
    '制限に達している間は通話がまとめて失敗します。プロキシが別のルートにフェイルオーバーすることもあります。',
  limitCause: '1 秒あたりの発信数 (CPS) の制限、同時通話数の制限、メンテナンス、またはサーバーの過負荷です。',
  limitFix:
    'INVITE の送信ペースを落とす (PBX でキューに入れる)、Retry-After に従う、またはキャリアに CPS とチャネル数の上限を引き上げてもらいます。',
  limitTwilio:
    'Twilio のトランクの既定は 1 秒あたり 1 通話 (エラー 32001 "Trunk CPS limit exceeded") で、トライアルアカウントの同時通話数は 4 です。',
  timeoutMessage: '{status} {phrase}: {method} に時間内の応答がない',
  timeoutSeen: '{request} は {copies} 回送信され{provisional}、{status} "{phrase}" が返されました{after}。',
  timeoutProvisional: '、暫定応答 ({provisional}) しか返らず',
  timeoutNoProvisional: '、暫定応答もなく',
  timeoutWhy:
    'あるホップが応答しなかったため、リクエストが失敗しました。発信側には無音が続いた後、エラーが聞こえます。',
  timeout408Cause:
    '次のホップが Timer B/F (32 秒) までに最終応答を返しませんでした。到達できない、ファイアウォールがトラフィックを破棄している、または URI、ポート、トランスポートが誤っています。',
  timeout504Cause:
    'プロキシが次のホップの応答を待ちきれずに諦めました (504)。問題はそのプロキシの先にあります。',
  timeoutFix:
    '宛先 URI{target}、DNS、ポート、トランスポートと、ファイアウォールおよび相手側の許可リストを確認します (Twilio のオリジネーションでは、Twilio のシグナリングアドレスを許可します)。',
  outcomeMessage: '通話が {status} {phrase} で終了: {meaning}',
  outcomeSeen: '{request}{route} は {status} "{phrase}" で終了しました{after}。{reason}',
  outcomeReason: 'Reason: {reason}。',
  outcomeWhy: 'これは通話の結果であり、シグナリングの障害ではありません。',
  outcome480: '着信側に到達できない (未登録、ログイン中のエージェントなし、または無応答)',
  outcome486: '着信側が話中',
  outcome487: '応答前に発信側が電話を切った',
  outcome600: '着信側がすべての宛先で話中',
  outcome603: '着信側またはエージェントが通話を拒否',
  outcome480Cause:
    '登録された端末がない、ログイン中のエージェントがいない、または転送先が応答しませんでした。',
  outcome486Cause: '着信側の回線がすべて使用中でした。',
  outcome487Cause:
    'CANCEL が INVITE を終了させました{cancelled}。発信側が呼び出し中またはキューで待っている間に放棄しました。',
  outcome600Cause: '着信側のすべての宛先が話中を返しました。',
  outcome603Cause: 'ユーザー、エージェント、またはポリシーによる意図的な拒否です。',
  outcome603Ccai: 'Google CCAI からの 603 は、通常は割り当て (quota) の超過を表します。',
  outcomeFix:
    'シグナリングに対処すべき点はありません。レポートでは結果 (話中、放棄呼、拒否) として集計します。',
  outcome603Fix:
    '拒否が意図したものでなければ、エージェントの状態と、Google CCAI の場合はプロジェクトの割り当て (quota) を確認します。',
  failedMessage: '{method} に {status} {phrase}',
  failedSeen: '{request}{route} に {status} "{phrase}" が返されました{after}。{warning}',
  failedWhy: '{method} が失敗しました。{meaning}',
  failedCause: '{cause}',
  failedFix: '{fix}',
  unknownDialogMessage: '481 {phrase}: 相手側にこのダイアログの記録がない',
  unknownDialogSeen: '{request}{route} に 481 "{phrase}" が返されました{after}。{earlier}',
  unknownDialogEarlier: 'このダイアログでそれ以前にあったこと: {earlier}。',
  unknownDialogWhy:
    'ダイアログ内のリクエスト (BYE、re-INVITE、REFER) が失敗するため、切断、保留、転送が相手側に届きません。',
  unknownDialogCause:
    '相手側がダイアログの状態を失った (再起動、状態を同期しないフェイルオーバー)、タグが一致しない、または通話がすでに切断されています (例: ACK が届かなかった後)。',
  unknownDialogFix:
    'このダイアログでそれ以前の失敗 (ACK の欠落、タイムアウト) を探します。冗長構成の状態同期と、From/To のタグが書き換えられていないことを確認します。',
  glareMessage: '491 Request Pending: re-INVITE の衝突 (グレア)',
  glareSeen: '{request} は処理中の別のオファーと交差し、491 が返されました{after}。',
  glareWhy: '双方が同時にオファーを送りました。どちらかが再試行する必要があります。',
  glareCause: '両端が同時に re-INVITE または UPDATE を開始しました (保留、転送、コーデックの変更)。',
  glareFix:
    '再試行が続いていれば対処は不要です。RFC 3261 §14.1 では、再試行までにランダムな時間 (Call-ID の所有者は 2.1～4 秒、それ以外は 0～2 秒) 待つよう定めています。',
  after: ' ({delay} 後)',
  routeIn: ' ({route})',
  sourceIn: ' ({source})',
});

/** Japanese for the generic meaning, cause and fix of each status code ({@link sipFailureCodeMessages}). */
export const sipFailureCodeMessagesJa = translation(sipFailureCodeMessages, 'ja', {
  m400: '相手側がリクエストを解析できませんでした。',
  c400: 'ヘッダーや URI の形式が不正、または (Twilio では) 番号が E.164 形式でないか、発信者番号が検証されていません。',
  f400: 'リクエストを相手側の要件 (番号の形式 +E.164、ヘッダーの構文) と比べます。理由フレーズが項目を示していることがよくあります。',
  m401: '認証が必要です。',
  c401: '相手側がダイジェスト認証の認証情報を求めています。',
  f401: 'realm の認証情報を設定するか、相手側で送信側をアドレスで信頼するようにします。',
  m404: '番号またはユーザーが相手側で見つかりません。',
  c404: 'ダイヤルした番号がルーティングされていないか割り当てられていない (DID が未プロビジョニング)、またはユーザーが登録されていません。',
  f404: 'ダイヤルした番号とその形式、DID の割り当て、相手側のルーティングを確認します。',
  m405: '相手側がこのメソッドを許可していません。',
  c405: 'その要素でメソッドが無効になっているか、対応していません (Allow ヘッダーを参照)。',
  f405: '相手側が許可しているメソッドを使うか、相手側で有効にします。',
  m410: 'その番号はもう存在しません。',
  c410: '宛先が廃止または移転されました。',
  f410: '番号を更新します。',
  m413: 'リクエストが相手側にとって大きすぎます。',
  c413: 'SDP や SIPREC のボディが大きく、UDP で送られていることがよくあります。',
  f413: 'SDP を小さくする (コーデックや候補を減らす) か、TCP/TLS に切り替えます。',
  m416: 'URI スキームに対応していません。',
  c416: '相手側がこのスキーム (sips:、tel:、urn:) を受け付けません。',
  f416: '相手側が対応している sip: URI を送ります。',
  m420: '相手側が必須の拡張に対応していません。',
  c420: 'Require ヘッダーに、相手側にないオプション (100rel、timer、siprec など) が指定されています (相手側の Unsupported ヘッダーを参照)。',
  f420: 'Require からそのオプションを外すか、相手側で有効にします。',
  m421: '相手側が、リクエストで宣言されていない拡張を必要としています。',
  c421: '相手側がオプションを必須としています (Require ヘッダーを参照)。',
  f421: '送信側でそのオプション (多くは 100rel または timer) を有効にします。',
  m423: '要求した有効期間が短すぎます。',
  c423: 'Expires が相手側の Min-Expires を下回っています。',
  f423: '登録またはサブスクリプションの有効期間を Min-Expires 以上にします。',
  m484: 'ダイヤルした番号が不完全です。',
  c484: '桁数が足りないか、ダイヤルプランがプレフィックスを想定しています。',
  f484: '完全な番号をダイヤルします (トランクが必要とする場合は E.164 形式)。',
  m485: 'アドレスがあいまいです。',
  c485: 'Request-URI に一致するユーザーが複数います。',
  f485: 'より具体的なアドレスを使います。',
  m500: '相手側で内部エラーが発生しました。',
  c500: '相手側のソフトウェアの障害または設定の誤りです。',
  f500: '相手側のログを確認します。Retry-After があれば従います。',
  m501: '相手側がこのメソッドを実装していません。',
  c501: 'そのメソッドは相手側でまったくサポートされていません。',
  f501: 'サポートされているメソッドを使います。',
  m502: 'ゲートウェイが次のホップから不正な応答を受け取りました。',
  c502: 'ゲートウェイの先のネットワークが、壊れた応答または想定外の応答を返しました。',
  f502: 'ゲートウェイの先の次のホップを確認します。',
  m505: 'SIP のバージョンに対応していません。',
  c505: 'リクエストが SIP/2.0 を使っていませんでした。',
  f505: 'SIP/2.0 で送ります。',
  m513: 'メッセージが大きすぎます。',
  c513: '相手側が受け付けるより大きなメッセージで、多くは UDP で送られています。',
  f513: 'TCP/TLS を使うか、メッセージを小さくします。',
  m580: '前提条件 (precondition) を満たせませんでした。',
  c580: 'QoS またはリソースの前提条件 (RFC 3312) が満たされませんでした。',
  f580: 'SDP でネゴシエーションされた前提条件を確認します。',
  m604: 'その番号はどこにも存在しません。',
  c604: '宛先が存在しないことが確定しています。',
  f604: '番号を確認します。',
  m4xx: '相手側は、送られたままのリクエストを拒否しました。',
  c4xx: 'リクエストの何か (アドレス、ヘッダー、ボディ) が相手側に合いませんでした。理由フレーズや Warning ヘッダーがその内容を示しています。',
  f4xx: 'リクエストを相手側の要件と比べます。まず理由フレーズが示す項目から確認します。',
  m5xx: '相手側が処理できませんでした。',
  c5xx: '相手側またはその先でのエラーまたは過負荷です。',
  f5xx: '相手側とその先を確認します。Retry-After があれば従います。',
  m6xx: 'リクエストはすべての宛先で拒否されました。',
  c6xx: 'グローバルな拒否です。他のどの宛先も受け付けません。',
  f6xx: '宛先と発信側の権限を確認します。',
});
