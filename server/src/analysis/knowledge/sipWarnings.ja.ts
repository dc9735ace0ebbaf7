/** Japanese text of the SIP Warning code catalog (`sipWarnings.ts`), keyed by warning code. */
import { catalogTranslations, type RowTranslation } from './translations';

const SDP_CAUSE = 'オファーと受信側のメディア能力が一致しません。';
const SDP_FIX = '双方に共通の選択肢ができるよう、オファー (または受信側のメディア設定) を変更します。';

/** A row of the SDP family (300–331): shared cause, own or shared fix. */
function sdp(title: string, meaning: string, fix = SDP_FIX): RowTranslation {
  return { title, meaning, causes: [SDP_CAUSE], fixes: [fix] };
}

const ROWS: Readonly<Record<string, RowTranslation>> = {
  '300': sdp(
    'ネットワーク種別に非対応',
    'セッション記述が、受信側の対応しないネットワーク種別を使っています (c= の最初のフィールド)。',
  ),
  '301': sdp(
    'アドレス種別に非対応',
    'セッション記述が、受信側の使えないアドレス種別を使っています (IPv4 専用の相手への IP6 など)。',
    '相手が対応するアドレスファミリーをオファーするか、SBC に変換させます。',
  ),
  '302': sdp(
    'メディアトランスポートに非対応',
    '1 つ以上のメディア行が、受信側にないトランスポートを使っています (RTP 専用の相手への RTP/SAVP など)。',
    'メディアプロファイル (RTP/AVP か RTP/SAVP) と SRTP の設定をそろえます。',
  ),
  '303': sdp('帯域幅の単位を理解できない', 'b= 行が、受信側の理解できない帯域幅修飾子を使っています。'),
  '304': sdp(
    'メディア種別を利用できない',
    '受信側は、オファーに含まれるメディア種別 (ビデオなど) に対応していません。',
    '相手が対応するメディア種別だけをオファーするか、それ以外を任意にします。',
  ),
  '305': sdp(
    '使えるコーデックがない',
    'メディア行のどのフォーマット (コーデック) にも受信側が対応していません。',
    '相手が対応するコーデックをオファーします (G.711 PCMU/PCMA が共通の選択肢です)。',
  ),
  '306': sdp('SDP の属性を理解できない', '受信側は、オファーの a= 属性の 1 つ以上を理解できません。'),
  '307': sdp('SDP のパラメータを理解できない', '属性以外のセッション記述パラメータを理解できませんでした。'),
  '330': sdp(
    'マルチキャストに到達できない',
    '受信側の拠点にはマルチキャストの接続性がありません。',
    'ユニキャストのメディアを使います。',
  ),
  '331': sdp(
    'ユニキャストに到達できない',
    '受信側の拠点ではユニキャストのメディアを使えません (通常はファイアウォールが原因)。',
    'メディアの端点間のファイアウォールを確認します。',
  ),
  '370': {
    title: '帯域幅が不足',
    meaning: 'オファーが要求する、または必要とする帯域幅が、受信側で提供できる量を超えています。',
    causes: ['オファーが、回線やポリシーで許される以上の帯域幅を要求しています。'],
    fixes: ['低ビットレートのコーデックをオファーするか、帯域幅のポリシーを引き上げます。'],
  },
  '380': {
    title: 'SIPS は許可されていない',
    meaning: 'リクエストは sips: URI を使っていますが、受信側のポリシーは SIPS を許可していません。',
    causes: ['送信側が、SIPS を提供していないドメインに SIPS を求めています。'],
    fixes: ['sip: URI で送るか、受信側で TLS と SIPS を有効にします。'],
  },
  '381': {
    title: 'SIPS が必要',
    meaning: '受信側は sips: URI のリクエストしか受け付けません。',
    causes: ['受信側が SIPS を要求しているのに、送信側が sip: を使いました。'],
    fixes: ['TLS 上で sips: URI を使います。'],
  },
  '399': {
    title: 'その他の警告',
    meaning: 'ほかのコードに当てはまらない警告です。内容はテキストに書かれています。',
    causes: ['送信側によって異なります: 引用されたテキストを読みます。'],
    fixes: ['引用されたテキストに従って対処するか、送信した製品のドキュメントで調べます。'],
  },
  '392': {
    title: 'Kamailio のデバッグ警告',
    meaning:
      '標準のコードではありません。sip_warning を有効にした Kamailio、SER、OpenIMS が付加するもので、リクエストをどうルーティングしたか (pid、送信元 IP、入出力の URI、Via の数) を示します。',
    causes: ['プロキシがデバッグオプション sip_warning を有効にして動作しています。'],
    fixes: [
      '情報のみです。このヘッダーで内部アドレスが漏れる場合は、本番環境で sip_warning を無効にします。',
    ],
  },
};

/** SIP Warning codes in Japanese. */
export const sipWarningsJa = catalogTranslations('sip-warning', ROWS);
