/** Japanese text of the Amazon Connect endpoint catalog (`connectEndpoints.ts`), keyed by endpoint pattern. */
import { catalogTranslations, type RowTranslation } from './translations';

function endpoint(
  title: string,
  meaning: string,
  causes: readonly string[],
  fixes: readonly string[],
): RowTranslation {
  return { title, meaning, causes, fixes };
}

const ALLOW_443 = ['送信方向の TCP 443 を許可リストに追加します。'];

const ROWS: Readonly<Record<string, RowTranslation>> = {
  'rtc*.connect-telecom.<region>.amazonaws.com': endpoint(
    'ソフトフォンのシグナリング、CCP v1 (TCP 443)',
    '旧 CCP (v1) のシグナリング用 WebSocket です。送信方向の TCP 443 を使います。',
    [
      'ブロックされていると、ソフトフォンは signalling_connection_failure または signalling_handshake_failure を報告します。',
    ],
    ['送信方向の TCP 443 を許可リストに追加し、プロキシで WebSocket を通します。'],
  ),
  '*.transport.connect.<region>.amazonaws.com': endpoint(
    'シグナリングとイベントの WebSocket、CCP v2 (TCP 443)',
    '現行の CCP のソフトフォンのシグナリングと、エージェント/コンタクトのイベント用 WebSocket を運びます。送信方向の TCP 443 を使います。',
    [
      'ブロックされていると、シグナリングの失敗と WebSocket のハートビートエラーが起き、CCP に "Initialization Failed" が表示されることがあります。',
    ],
    ['送信方向の TCP 443 を許可リストに追加し、プロキシで WebSocket をアイドル切断なしで通します。'],
  ),
  '<alias>.my.connect.aws': endpoint(
    'CCP アプリケーション、CTI API、ログイン (TCP 443)',
    'CCP (/ccp-v2)、その API (/api)、ログイン (/auth/authorize) を提供します。古いインスタンスでは代わりに <alias>.awsapps.com/connect/… を使います。',
    [
      'ブロックされていると、API 呼び出しで NetworkingError や "Failed to get agent data" が起きるか、CCP が読み込まれません。',
    ],
    ['インスタンスのドメインへの送信方向の TCP 443 を許可リストに追加します (不明な場合は両方の形式)。'],
  ),
  '*.static.connect.aws': endpoint(
    'CCP の静的ファイル (TCP 443)',
    '*.cloudfront.net とあわせて、CCP の静的アセットを提供します。送信方向の TCP 443 を使います。',
    ['ブロックされていると、CCP のページが一部しか、またはまったく読み込まれません。'],
    ['*.static.connect.aws と *.cloudfront.net への送信方向の TCP 443 を許可リストに追加します。'],
  ),
  '*.telemetry.connect.<region>.amazonaws.com': endpoint(
    'テレメトリ (TCP 443)',
    'CCP のテレメトリを受け付けます。送信方向の TCP 443 を使います。',
    ['ブロックされていると、テレメトリとメトリクスの送信が失敗します。通話自体はできる場合があります。'],
    ALLOW_443,
  ),
  'participant.connect.<region>.amazonaws.com': endpoint(
    'チャットの参加者サービス (TCP 443)',
    'CCP が使うチャットと参加者の API です。送信方向の TCP 443 を使います。',
    ['ブロックされていると、チャットのコンタクトが失敗します。'],
    ALLOW_443,
  ),
  '<bucket>.s3.<region>.amazonaws.com': endpoint(
    '添付ファイル用バケット (TCP 443)',
    'インスタンスの添付ファイル用 S3 バケットです。送信方向の TCP 443 を使います。',
    ['ブロックされていると、添付ファイルを送信したり開いたりできません。'],
    ['バケットのエンドポイントへの送信方向の TCP 443 を許可リストに追加します。'],
  ),
  'TurnNlb-*.elb.<region>.amazonaws.com': endpoint(
    'メディアリレー (TURN)、UDP 3478',
    'ソフトフォンの音声を中継する TURN サーバーです。送信方向の UDP 3478 を使います。CCP はリレー候補しか使わないため、これが唯一のメディアの経路です。',
    ['ブロックされているか名前解決できないと、ice_collection_timeout、無音、不在着信が起きます。'],
    [
      '送信方向の UDP 3478 を許可リストに追加し (または ip-ranges.json の AMAZON_CONNECT の範囲を許可し)、TurnNlb の名前を DNS で解決できることを確認します。',
    ],
  ),
  'udp-49152-65535-inbound': endpoint(
    'ステートレスファイアウォールでのメディアの応答 (UDP 49152～65535)',
    'ステートレスファイアウォールでは TURN の応答も通す必要があります: AMAZON_CONNECT の範囲からの受信方向の UDP 49152～65535。',
    [
      'ステートレスファイアウォールが応答を破棄し、送信方向の UDP 3478 を開けていても ICE の収集がタイムアウトします。',
    ],
    [
      'AMAZON_CONNECT の範囲からの受信方向の UDP 49152～65535 を許可するか、ステートフルファイアウォールを使います。',
    ],
  ),
  'ip-ranges.json': endpoint(
    'IP 範囲による許可リスト (オプション 2)',
    '名前の代わりに、ip-ranges.json の AMAZON_CONNECT の範囲を UDP 3478 で、EC2 と CLOUDFRONT の範囲を TCP 443 で許可します。',
    ['名前ベースのルールを使えません (FQDN に対応していないファイアウォール)。'],
    ['自分のリージョンの範囲を取り込み、定期的に更新します: 範囲は変わります。'],
  ),
  '<instance-id>.<source-region>.sign-in.connect.aws': endpoint(
    'Global Resiliency のサインイン (TCP 443)',
    'Global Resiliency の場合のみ: サインインとリージョンの検出 (*.<source-region>.region-discovery.connect.aws) に使います。送信方向の TCP 443 を使います。',
    ['ブロックされていると、エージェントがサインインできないか、リージョン間でフェイルオーバーできません。'],
    ['両方の名前への送信方向の TCP 443 を許可リストに追加します。'],
  ),
  'rtc.cell-1.prod.<region>.prod.connect.aws.a2z.com': endpoint(
    '旧シグナリング名 (eu-west-2、ap-southeast-1)',
    '古いドキュメントには、一部のリージョン向けにこのシグナリングホストが記載されています。送信方向の TCP 443 を使います。',
    ['古いドキュメントをもとに作った許可リストには、現在の名前が欠けていることがあります。'],
    ['現在の名前 (*.transport.connect.<region>.amazonaws.com) も許可リストに追加します。'],
  ),
};

/** Amazon Connect endpoints in Japanese. */
export const connectEndpointsJa = catalogTranslations('connect-endpoint', ROWS);
