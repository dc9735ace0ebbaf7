import { translation } from '../../l10n';
import { sipMalformedRuleMessages } from './malformed';

/** Japanese for the malformed-message rules ({@link sipMalformedRuleMessages}). */
export const sipMalformedRuleMessagesJa = translation(sipMalformedRuleMessages, 'ja', {
  missingMessage: '{label} に必須ヘッダーがない: {headers}',
  missingSeen: '{message} に {headers} ヘッダーがありません。',
  missingWhy:
    '{headers} がないと、受信側はメッセージをダイアログやトランザクションと照合できず、拒否 (400) するか破棄するしかありません。',
  missingCause:
    '不具合のある SIP スタックやヘッダー操作のルールがヘッダーを削除したか、トレースが編集または切り取られています。',
  missingFix:
    'すべての {label} に {headers} が付くよう、送信側 (または SBC の操作ルール) を修正します (RFC 3261 §8.1.1{contact})。',
  missingContactNote: '、Contact については §12.1.1',
  cseqMethodMessage: 'CSeq のメソッド {cseqMethod} がリクエストのメソッド {method} と一致しない',
  cseqMethodSeen: '{message} の CSeq は {cseq} {cseqMethod} です。',
  cseqMethodWhy:
    'CSeq のメソッドはリクエストのメソッドと同じでなければなりません (RFC 3261 §8.1.1.5)。受信側は拒否するか、トランザクションを誤って照合します。',
  cseqMethodCause: 'スタックの不具合、ヘッダー操作、またはトレースの編集です。',
  cseqMethodFix: '送信側が CSeq にリクエスト自身のメソッドを書くようにします。',
  cseqOrderMessage: 'このダイアログで CSeq が逆行している ({previous} → {cseq})',
  cseqOrderSeen:
    '同じ送信側 (From タグ {tag}) で、{previousMessage} が {previous} を使った後に {message} が CSeq {cseq} を使っています。',
  cseqOrderWhy:
    'ダイアログ内の新しいリクエストは、より大きな CSeq を持たなければなりません (RFC 3261 §12.2.1.1)。相手側は 500 を返すか破棄します。',
  cseqOrderCause:
    '送信側がダイアログの状態を失った (再起動、フェイルオーバー) か、2 つの要素が同じダイアログのリクエストを書いています。',
  cseqOrderFix: 'ダイアログごとに CSeq を増加させます。冗長構成の状態同期を確認します。',
  badLineMessage: '{label} にコロンのないヘッダー行',
  badLineSeen: '{message} 内の行 "{line}" は "Name: value" 形式のヘッダーではありません。',
  badLineWhy: '厳格な受信側はメッセージ全体を拒否 (400) し、寛容な受信側はその行を無視します。',
  badLineCause: 'ボディの前の空行がない、ヘッダー操作の不具合、またはエクスポートでテキストが崩れています。',
  badLineFix: '送信側のヘッダー操作のルールと、ヘッダーとボディの間に空行があることを確認します。',
  noBlankMessage: '{label} のヘッダーの後に空行がない',
  noBlankSeen: '{message} は、ヘッダー部の終わりを示す空行なしに、次のメッセージに続いています。',
  noBlankWhy: 'TCP では、受信側がメッセージの終わりを判断できません。',
  noBlankCause:
    'トレースが切り取られたか編集されている、またはスタックがヘッダーの後の CRLF を付け忘れています。',
  noBlankFix:
    'キャプチャから取得した場合は元のパケットを確認します。スタックが原因なら、そのフレーミングを修正します。',
  halfMessage: '{label} がヘッダーの途中で途切れている (メッセージの半分)',
  halfSeen: '{message} は {count} 行のヘッダーの後、空行なしで終わっています。',
  halfWhy:
    '途切れた後の内容は不明です。このメッセージについての検出では、ヘッダーを見落としている可能性があります。',
  halfCause:
    'エクスポートまたはキャプチャがメッセージを切り取りました (スナップ長、ヘッダーの途中で止まる SBC のログ、コピー＆ペースト)。',
  halfFix: 'パケット全体で (スナップ長なしで) エクスポートし直すか、メッセージ全体をコピーします。',
  cutMessage:
    'エクスポートでボディが切り取られている: {length} バイト中 {have} バイト (Content-Length {length})',
  cutSeen:
    '{message} は Content-Length {length} を示していますが、トレースにあるボディは {have} バイトです。',
  cutWhy:
    '送信側の障害ではありません。トレースにはボディの一部しかないため、SDP に基づく検出は不完全な可能性があります。',
  cutCause:
    'エクスポートツールがメッセージを切り取りました (FreeSWITCH の出力は最大 16000 バイト、古いバージョンは 2047 バイトを超える行を切り取り、スナップ長を指定したキャプチャはパケットを切り取ります)。',
  cutFix: 'スナップ長を制限せずにキャプチャするか、pcap からボディを読みます。',
  longerMessage: 'ボディが Content-Length より長い ({have} バイト、Content-Length {length})',
  longerSeen: '{message} は Content-Length {length} を示していますが、{have} バイトのボディが続いています。',
  longerWhy:
    '受信側は Content-Length のバイト数だけを読みます。残りは無視され、TCP では次のメッセージの先頭とみなされます。',
  longerCause:
    '送信側または SBC が Content-Length を直さずにボディを変更しました (例: SDP のアドレスの書き換え)。',
  longerFix: 'ボディを変更するたびに Content-Length を計算し直します (特に SBC の SDP 操作ルール)。',
  noLengthMessage: '{transport} のメッセージに Content-Length がない',
  noLengthSeen: '{message} は Content-Length なしで {transport} で送られました。',
  noLengthWhy:
    'ストリーム型のトランスポートでは、Content-Length がメッセージの終わりを知る唯一の手段です (RFC 3261 §20.14、§18.3)。',
  noLengthCause: '仕様に準拠していないスタックです。',
  noLengthFix: 'TCP、TLS、WebSocket では常に Content-Length を送ります。',
  textMessage: 'SIP ではないテキスト ({count} ブロック)',
  textSeen:
    'ファイルの {count} ブロックを SIP メッセージとして読めませんでした。最初のブロックは "{sample}" です。',
  textWhy: 'これらのブロック内のメッセージは解析されません。',
  textCause:
    'キャプチャのエクスポートに含まれるマスクされた WebSocket フレームや HTTP、バイナリのペイロード、ログ行、またはコピー＆ペーストで崩れたメッセージです。',
  textFix:
    'SIP として対処すべき点はありません。よりきれいなトレースにするには SIP だけをエクスポートします (tshark -Y sip、sngrep)。',
  flatMessage: '1 行に平坦化された SIP メッセージ、解析対象外 ({count})',
  flatSeen:
    '{count} 件の Cisco デバッグメッセージが行間をスペースでつないだ 1 行に平坦化されていました。最初のものは "{sample}" で始まります。',
  flatWhy:
    '改行がスペースに置き換わると、ヘッダーの境界とボディの始まりを確実に見分けられません (ヘッダー値自体に "Name: " という文字列が含まれることがあります)。誤って読むより、これらのメッセージは解析しません。',
  flatCause:
    'ログ収集ツールや syslog の中継が各デバッグメッセージの行を連結しました。改行が \\r\\n、\\n、#015#012 と書かれている場合は自動で行に戻しますが、単なるスペースは戻せません。',
  flatFix:
    '改行を保ったままデバッグ出力を収集し (show logging、端末のキャプチャ、制御文字をエスケープする syslog 中継)、そのコピーを開きます。',
});
