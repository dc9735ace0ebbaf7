import { translation } from '../l10n';
import { uuiMessages } from './messages';

/** Japanese for {@link uuiMessages}. */
export const uuiMessagesJa = translation(uuiMessages, 'ja', {
  // problems (decoding)
  empty: 'ヘッダーのパラメータの前にデータがありません。',
  notHex: '16 進数の文字ではありません: {chars}。encoding=hex では 0-9 と A-F しか使えません。',
  notHexMore: 'ほかにも 16 進数でない文字の並びが {count} か所あります。',
  oddLength: '16 進数の桁数が奇数です ({count} 桁)。1 オクテットは 2 桁で表すため、最後の 1 桁が余ります。',
  badPercent: 'パーセントエンコードが不正です: "{text}"。"%" の後には 16 進数 2 桁が必要です。',
  unescapedInUri:
    'URI ヘッダーの値の中で "{char}" がエスケープされていません。{escaped} と書かないと、URI のパラメータが UUI のパラメータを取り込んでしまいます。',
  assumedHex:
    'encoding パラメータがありません。データがすべて 16 進数で桁数が偶数のため、hex としてデコードしました。',
  assumedText: 'encoding パラメータがなく、データも 16 進数ではないため、テキストとして表示しています。',
  nonStandardEncoding:
    'encoding={encoding} は登録されていません (RFC 7433 で登録されているのは hex のみ)。よく使われますが、相手側が想定していない可能性があります。',
  unknownEncoding: '不明な encoding です: "{encoding}"。データをそのまま表示しています。',
  badPd: 'pd={value} は 16 進数 1 オクテット (00～FF) ではありません。',
  missingPd:
    '先頭オクテット {hex} ("{char}") は既知のプロトコル識別子ではなく、テキストに見えます。送信側が PD を付け忘れた可能性が高く、PD を取り除く受信側ではこの文字が失われます。',
  tooLong:
    'データが {count} オクテットあります。ISDN や通信事業者を経由すると、128 オクテットを超える部分が切り捨てられる場合があります (Q.931 のユーザー・ユーザー情報要素はヘッダー込みで最大 131 オクテット)。',
  notUtf8: 'データが正しい UTF-8 ではないため、Latin-1 として表示しています。',
  notUtf8Ccai: 'データが正しい UTF-8 ではありません。Google はこれを読み取れません。',
  pdForGoogle:
    '先頭オクテット {hex} はプロトコル識別子に見えますが、Google は PD を想定していません。URL は先頭オクテットから始める必要があります。',
  ccaiNotUrl:
    'デコードしたデータが http(s) の URL ではありません。Google は http://dialogflow.googleapis.com/… を想定しています。',
  ccaiHost: 'ホストが dialogflow.googleapis.com ではなく "{host}" です。',
  ccaiPath: 'パスが /v2beta1/projects/<プロジェクト ID>/conversations/<会話 ID> の形式になっていません。',
  ccaiVersion:
    'API バージョンが "{version}" です。Google の SIP に関するドキュメントでは v2beta1 を使用しています。',
  ccaiProjectEmpty: 'プロジェクト ID が空です。',
  ccaiIdLength: '会話 ID が {length} 文字です。Google が受け付けるのは 3～64 文字です。',
  ccaiIdFirst: '会話 ID は英字で始める必要があります ("{char}" は使えません)。',
  ccaiIdChar: '会話 ID に使えるのは英字、数字、"_"、"-" のみです ("{char}" は使えません)。',
  ccaiRoleUnknown: '不明なロールです: "{role}"。END_USER か HUMAN_AGENT を使用してください。',
  ccaiRolesEmpty:
    'roles パラメータが空です。音声ストリームごとにロールを 1 つずつ指定してください (END_USER、HUMAN_AGENT)。',
  sessionNoEquals: '"{text}" に "=" がありません。Google は ";" で区切った key=value の組を想定しています。',
  sessionEmptyKey: 'キーが空の組があります。',
  // problems (encoding)
  encodeNoPdNoPurpose:
    'purpose がないと、受信側は ISDN パッケージとみなして先頭オクテットをプロトコル識別子として扱います。PD か purpose を指定してください。',
  inputCut: '入力が {max} 文字を超えています。超えた部分はデコードしていません。',
  encodeTextEmpty: '送信するテキストを入力してください。',
  encodeBadToken:
    '"{value}" は {name} として有効ではありません。英字、数字と - . ! % * _ + ` \' ~ のみ使用できます。',
  encodeBadPd: 'プロトコル識別子は 0～255 (00～FF) の整数で指定してください。',
  encodeProjectEmpty: 'Google Cloud のプロジェクト ID を入力してください。',
  encodeProjectChars: 'プロジェクト ID に "/"、"?"、"#"、空白、制御文字は使えません。',
  encodeProjectShape:
    'Google Cloud のプロジェクト ID は 6～30 文字で、英小文字、数字、"-" を使い、英字で始まり "-" 以外で終わる必要があります。',
  encodeIdEmpty: '会話 ID を入力してください。',
  encodeLocationChars: 'ロケーションに "/"、"?"、"#"、空白、制御文字は使えません。',
  encodeSessionKeyEmpty: 'すべての組にキーが必要です。',
  encodeSessionChars: '"{text}" に ";" は使えません (キーには "=" も使えません)。',
  encodeSessionNone: 'key=value の組を 1 つ以上入力してください。',
  // field labels
  fieldHeader: 'ヘッダー',
  fieldEncoding: 'エンコード',
  fieldPurpose: '用途 (purpose)',
  fieldContent: '内容 (content)',
  fieldParam: 'パラメータ {name}',
  fieldOctets: 'オクテット数',
  fieldHex: '16 進数',
  fieldPd: 'プロトコル識別子',
  fieldPdAlternative: '先頭オクテットがプロトコル識別子の場合',
  fieldUrl: 'Dialogflow の URL',
  fieldApiVersion: 'API バージョン',
  fieldProject: 'プロジェクト ID',
  fieldLocation: 'ロケーション',
  fieldConversation: '会話 ID',
  fieldRoles: 'ロール (ストリーム順)',
  fieldRolesDefault: 'END_USER、HUMAN_AGENT (既定: 最初のストリームが顧客)',
  fieldSessionParam: 'セッションパラメータ {key}',
  fieldText: 'テキスト',
  encodingAssumedHex: 'hex (推定)',
  encodingAssumedText: 'なし (テキストとして表示)',
  pdFromParam: '{hex} (pd パラメータより): {meaning}',
  pdFromData: '{hex}: {meaning}',
  // protocol discriminators (Q.931 §4.5.30)
  'pd.0': 'ユーザー固有プロトコル (コンタクトセンターのデータでは一般的: 後にテキストが続く)',
  'pd.1': 'OSI 上位レイヤープロトコル',
  'pd.2': 'X.244',
  'pd.3': 'システム管理用収束機能のため予約',
  'pd.4': 'IA5 文字 (ASCII テキスト)',
  'pd.5': 'X.208/X.209 で符号化されたユーザー情報',
  'pd.7': 'V.120 速度整合',
  'pd.8': 'Q.931/I.451 ユーザー・網間呼制御メッセージ',
  'pd.other': '予約済みまたは国内用',
  // rendering
  valueHeading: 'User-to-User の値 {index}/{count}',
  valueHeadingOne: 'User-to-User の値',
  decodedText: 'デコードしたテキスト',
  noText: 'デコードできるものがありませんでした。',
  problems: '問題点',
  severity_error: 'エラー',
  severity_warning: '警告',
  severity_information: '注記',
  at: '{column} 文字目',
  field: '項目',
  value: '値',
  nothing: 'User-to-User の値が見つかりません。',
});
