/** Japanese text of the Google CCAI requirement catalog (`googleCcai.ts`), keyed by requirement id. */
import { catalogTranslations, type RowTranslation } from './translations';

function req(
  title: string,
  meaning: string,
  causes: readonly string[],
  fixes: readonly string[],
): RowTranslation {
  return { title, meaning, causes, fixes };
}

const ROWS: Readonly<Record<string, RowTranslation>> = {
  'tls-5672': req(
    'TCP 5672 上の SIP over TLS',
    'Google は、TCP ポート 5672 上の TLS (1.2 以降) と相互認証による SIP しか受け付けません。',
    ['平文の SIP、ポートの誤り、または 1.2 未満の TLS では接続が失敗し、トレースには再送しか見えません。'],
    ['リージョンの telephony.goog ホストのポート 5672 へ、TLS で SIP を送ります。'],
  ),
  'signalling-hosts': req(
    'リージョン別のシグナリングホスト',
    'us.telephony.goog (74.125.88.132)、eu.… (.133)、ap.… (.134)、sa.… (.135) で、すべて 74.125.88.128/25 に含まれます。',
    ['SBC がリージョンのサーバー以外のホストに送っているか、ファイアウォールがこの範囲を許可していません。'],
    ['プロジェクトのリージョンのホストを使い、74.125.88.128/25 の TCP 5672 を許可します。'],
  ),
  'mutual-tls': req(
    '証明書が一致する相互 TLS',
    '双方が証明書を提示します。SBC の証明書の CN または SAN は、Google 側に設定したトランクの FQDN と一致する必要があります。',
    [
      'Google 側でトランクが作成されていない、FQDN が証明書にない、暗号スイートに非対応、または CA が信頼されていない場合、TLS が失敗します。',
    ],
    ['証明書 (CN/SAN = トランクの FQDN、パブリック CA) と、Google 側のトランクの登録を修正します。'],
  ),
  'srtp-sdes': req(
    'SDES 鍵交換による SRTP',
    'メディアは、AES_CM_128_HMAC_SHA1_80 または AEAD_AES_256_GCM を使い、SDES (a=crypto) で鍵交換した SRTP である必要があります。',
    ['a=crypto のない RTP/AVP、またはほかの暗号スイートでは、Google がオファーを拒否します (通常は 488)。'],
    ['SBC で SDES による SRTP と、2 つのスイートのいずれかを有効にします。'],
  ),
  codecs: req(
    'コーデック: PCMU、PCMA、Opus',
    'オファーには G.711 µ-law (PCMU、ペイロードタイプ 0)、A-law (PCMA、8)、Opus (opus/48000/2) のいずれかが必要です。',
    ['オファーに対応コーデックがないと 488 になります。'],
    ['G.711 か Opus をオファーします。'],
  ),
  'rtp-range': req(
    'メディアのアドレスとポート',
    'RTP は 74.125.39.0/24 のポート 16384～32767 (TCP と UDP) に送られます (Google によると範囲は広がる可能性があります)。',
    ['ファイアウォールがこの範囲を許可しておらず、無音または片通話になります。'],
    ['74.125.39.0/24 の UDP と TCP 16384～32767 を双方向で許可します。'],
  ),
  'public-addresses': req(
    'パブリックアドレスのみ',
    'Request-URI、To、From、Via、SDP の c= にはパブリック IP アドレスが必要です。プライベートアドレスは拒否されます。',
    ['SBC が内部アドレスを漏らしています (NAT またはトポロジー隠蔽のルールの不足)。'],
    ['ヘッダーと SDP を SBC のパブリックアドレスに書き換えます。'],
  ),
  e164: req(
    'E.164 形式の番号',
    'SIP ヘッダー内の電話番号は E.164 形式 (+16501234567 など) である必要があります。',
    ['国内形式や内線形式の番号です。'],
    ['SBC で番号を +<国番号><番号> に正規化します。'],
  ),
  'conversation-id': req(
    '会話 ID のルール',
    'SBC は通話ごとに会話 ID を 1 つ作ります。英字で始まり、続く文字は英字、数字、"_"、"-" で、全体で 3～64 文字にする必要があります。',
    ['Call-ID をそのまま使った ID には "@" や "." が含まれたり、数字で始まったりすることがよくあります。'],
    [
      'Call-ID に接頭辞を付けて整形します (例: 297363723_79131759_799783510 → CID-297363723_79131759_799783510)。',
    ],
  ),
  'Goog-ContactCenter-Conversation': req(
    '会話を Google に渡す',
    'Call-Info: <http://dialogflow.googleapis.com/v2beta1/projects/<PROJECT_ID>/conversations/<CONVERSATION_ID>>;purpose=Goog-ContactCenter-Conversation、または同じ URL を 16 進数エンコードし、同じ purpose を付けた User-to-User を使います。',
    [
      'これがないと、Dialogflow は設定済みの通話マッチャー (call matcher) に頼るしかなく、どの会話にも一致しない通話や複数に一致する通話は拒否されます。',
      'URL や purpose の形式が不正だと、会話が関連付けられません。',
    ],
    ['INVITE に、有効な会話 ID を含む Call-Info ヘッダー (推奨) か UUI の形式を追加します。'],
  ),
  'Goog-Session-Param': req(
    'UUI によるセッションパラメータ',
    'User-to-User: <"key1=value1;key2=value2" の 16 進数>;encoding=hex;purpose=Goog-Session-Param は、セッションパラメータ uui-headers になります (ヘッダー 1 つにつきリストの項目 1 つ)。ほかの purpose の UUI は保存されますが、仮想エージェントからは使えません。',
    ['別の purpose で送った値や、16 進数エンコードしていない値はエージェントに届きません。'],
    [
      'key=value のテキストを 16 進数エンコードし、purpose=Goog-Session-Param を使います。項目を増やすにはヘッダーを繰り返します。',
    ],
  ),
  roles: req(
    'ストリームの参加者ロール',
    '既定では最初のメディアストリームが END_USER、2 番目が HUMAN_AGENT です。会話 URL の roles クエリパラメータで順序を変えられます。',
    [
      'roles パラメータなしでストリームの順序が逆になっていると、顧客とエージェントの文字起こしが入れ替わります。',
    ],
    [
      '顧客のストリームを先にするか、?roles=HUMAN_AGENT,END_USER を追加します (音声ストリームごとにロールを 1 つ)。',
    ],
  ),
  'agent-media-label': req(
    'メディアラベルによるエージェントのデータ',
    '人間のエージェントのストリームに付けた a=label (例: a=label:7382373482) は、文字起こしの Pub/Sub メッセージ属性の sip_recording_media_label として届きます。',
    ['エージェントのストリームにラベルがないと、文字起こしにエージェントを示す情報が含まれません。'],
    ['SBC で、エージェントの m= 行に a=label を設定します。'],
  ),
  'refer-transfer': req(
    'REFER による仮想エージェントからの転送',
    '通話を引き渡すとき、Google は Refer-To に設定済みの番号を入れた REFER を送ります。UUI (purpose=Goog-Session-Param) が付くこともあり、End Session では同じ UUI が BYE に付くことがあります。相手側からの BYE は sys.remote-call-disconnected を発生させます。',
    ['SBC が REFER を拒否するか UUI を落とし、転送またはそのデータが失われます。'],
    ['SBC で REFER を受け付け、UUI を転送先へ引き継ぎます。'],
  ),
  'rejected-4xx': req(
    'Google がヘッダーか SDP を拒否',
    'Google からの 4xx (多くは 488 Not Acceptable Here) は、SIP ヘッダーか SDP を拒否したことを意味します。',
    [
      '次のいずれかです: TLS/ポート、SRTP、コーデック、プライベートアドレス、E.164 でない番号、不正な会話 ID。',
    ],
    ['上記の各要件を INVITE と照らし合わせます。'],
  ),
  'rejected-6xx-quota': req(
    'Google が拒否: 割り当ての可能性大',
    'Google からの 6xx (603 Decline など) は、割り当て (quota) の超過である可能性が最も高いです。',
    ['プロジェクトの同時通話数またはリクエスト数の割り当てを使い切りました。'],
    ['プロジェクトの割り当てを確認し、増加をリクエストします。'],
  ),
  'supported-sbcs': req(
    'Google が検証済みの SBC',
    'AudioCodes VE SBC 7.40A.500.786、Avaya SBCE 8.1.3.2-38-22279 / 10.2.0.0-86-24077、Oracle E-SBC Acme Packet 3900 SCZ9.3.0 GA (build 46)、Ribbon SWe Core 11.01.01R005、Cisco CUBE 17.15.03a。',
    ['ほかの SBC やファームウェアでも動作する場合がありますが、検証されていません。'],
    ['Google にケースを開く場合は、検証済みのモデルとファームウェアを優先します。'],
  ),
  'support-evidence': req(
    'Google サポートが求める資料',
    '5672 での TCP ハンドシェイクと双方向の TLS ハンドシェイク全体を含むパケットキャプチャ、ヘッダーと SDP をすべて含む SIP のデバッグトレース、Call-ID と Call-Info の値です。',
    [
      'TCP の失敗: 送信のブロック、リージョンのサーバーの誤り、またはポートが 5672 でない。TLS の失敗: 相互 TLS を参照。',
    ],
    ['ケースを開く前にこれらを集めます。'],
  ),
};

/** Google CCAI requirements in Japanese. */
export const googleCcaiJa = catalogTranslations('google-ccai', ROWS);
