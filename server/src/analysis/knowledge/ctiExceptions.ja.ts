/** Japanese text of the CTI exception catalog (`ctiExceptions.ts`), keyed by exception name. */
import { catalogTranslations, type RowTranslation } from './translations';

function cti(
  title: string,
  meaning: string,
  causes: readonly string[],
  fixes: readonly string[],
): RowTranslation {
  return { title, meaning, causes, fixes };
}

const ROWS: Readonly<Record<string, RowTranslation>> = {
  AccessDeniedException: cti(
    'アクセス拒否',
    'CCP が要求した操作をエージェントは許可されていません (HTTP 403)。',
    ['セキュリティプロファイルに権限 (アウトバウンド通話や転送など) がありません。'],
    ['エージェントのセキュリティプロファイルに権限を追加します。'],
  ),
  InvalidStateException: cti(
    '現在の状態では許可されない',
    '操作が、エージェントまたはコンタクトの現在の状態に合いません。',
    ['たとえば、すでになくなったコンタクトを受け入れようとした、または 2 つの操作が競合しました。'],
    ['通常は一時的なものです。繰り返す場合は、直前のエージェントのスナップショットを確認します。'],
  ),
  BadEndpointException: cti(
    '無効なエンドポイント',
    'リクエストのエンドポイント (電話番号、エージェント、キュー) が有効ではありません。',
    ['電話番号の形式が誤っているか、クイック接続が削除済みの対象を指しています。'],
    ['E.164 形式の番号を使い、クイック接続の接続先を確認します。'],
  ),
  InvalidAgentARNException: cti(
    '無効なエージェント ARN',
    'リクエストのエージェント識別子が有効ではありません。',
    ['エージェントが削除されたか、別のインスタンスに属しています。'],
    ['CCP を再読み込みし、ユーザーがインスタンスにまだ存在するか確認します。'],
  ),
  InvalidConfigurationException: cti(
    '無効な設定',
    'インスタンスまたはエージェントの設定上、このリクエストは許可されません。',
    ['ルーティングプロファイル、キュー、電話の設定が欠けています。'],
    ['エージェントのルーティングプロファイルと電話の設定を確認します。'],
  ),
  InvalidContactTypeException: cti(
    'コンタクトの種類が違う',
    'この種類のコンタクト (音声、チャット、タスクなど) では、その操作は無効です。',
    ['音声専用の操作をチャットやタスクに送った、またはその逆です。'],
    ['操作を呼び出す前にコンタクトの種類を確認します。'],
  ),
  PaginationException: cti(
    'ページングのエラー',
    'ページ分割された API 呼び出し (クイック接続の一覧取得など) が失敗しました。',
    ['ページトークンが無効か、期限切れです。'],
    ['一覧を最初のページから読み込み直します。'],
  ),
  RefreshTokenExpiredException: cti(
    'セッションの更新トークンが期限切れ',
    'CCP のセッションをこれ以上更新できません。',
    ['ログインセッションが期限切れになりました (SSO またはセッション時間の上限)。'],
    ['再度ログインし、SSO のセッション時間を確認します。'],
  ),
  SendDataFailedException: cti(
    'データの送信に失敗',
    'CCP が Amazon Connect にデータを送信できませんでした。',
    ['ブラウザと API エンドポイントの間のネットワークの問題です。'],
    ['<alias>.my.connect.aws への TCP 443 を許可し、プロキシを確認します。'],
  ),
  UnauthorizedException: cti(
    '認証されていない',
    'CCP の認証情報が受け付けられませんでした (HTTP 401): セッションまたはそのトークンが期限切れです。',
    ['ログインの期限切れ、Cookie の削除、または SSO セッションの終了です。'],
    ['再度ログインします。SSO と、CCP のオリジンの lily-auth-* Cookie を確認します。'],
  ),
  QuotaExceededException: cti(
    'クォータを超過',
    'インスタンスのサービスクォータに達しました。',
    ['インスタンスのクォータに対して、同時通話数、アクティブなコンタクト、API 呼び出しが多すぎます。'],
    ['Service Quotas で Amazon Connect のクォータを確認し、引き上げをリクエストします。'],
  ),
};

/** CTI exceptions in Japanese. */
export const ctiExceptionsJa = catalogTranslations('cti-exception', ROWS);
