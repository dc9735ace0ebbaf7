import { translation } from '../../l10n';
import { errorCodes } from './errorCodes';

/** Japanese for {@link errorCodes}. Codes and exception names are facts and stay as they are. */
export const errorCodesJa = translation(errorCodes, 'ja', {
  NetworkingError:
    'リクエストが Amazon Connect API に届かなかったか、応答が失われました (AWS SDK のネットワークエラー)。この PC から API エンドポイントに到達できません。',
  UnauthorizedException:
    'CCP のセッションが認証されていません (または認証が切れています)。トークンが期限切れか、取り消されています。',
  AccessDeniedException: 'エージェントのセキュリティプロファイルでは、この操作が許可されていません。',
  InvalidStateException:
    'エージェントまたはコンタクトの現在の状態では実行できない操作です (すでに消えたコンタクトの受け入れなど)。',
  BadEndpointException: '宛先 (番号またはクイック接続) が有効ではありません。',
  InvalidAgentARNException: 'エージェントの ARN がこのインスタンスで有効ではありません。',
  InvalidConfigurationException:
    'エージェントの設定 (ソフトフォンやデスクフォンの設定など) が有効ではありません。',
  InvalidContactTypeException: 'このコンタクトタイプでは実行できない操作です。',
  PaginationException: 'ページ分割されたリクエストが失敗しました。',
  RefreshTokenExpiredException:
    'セッションのリフレッシュトークンが期限切れです。エージェントはもう一度ログインする必要があります。',
  SendDataFailedException: 'コンタクトにデータを送信できませんでした。',
  QuotaExceededException: 'サービスクォータを超えました (同時通話数など)。',
  CallNotFoundException: '接続する前に通話がなくなりました (参加者が電話を切りました)。',
  ResourceNotFoundException: '要求されたリソースが存在しません。',
  ThrottlingException: 'リクエストが多すぎるため、API が CCP をスロットリングしました。',
  NotAllowedError:
    'ブラウザが拒否しました: ユーザー操作のない着信音の自動再生、または権限 (マイク) の拒否です。',
  NotFoundError: 'ブラウザがそのデバイス (マイクまたはスピーカー) を見つけられませんでした。',
  NotReadableError:
    'デバイスを使用できませんでした (ほかのアプリケーションが使用中、またはハードウェアのエラー)。',
  AbortError: 'ブラウザが処理を中止しました。',
  SyntaxError: '有効な JSON ではないテキストです。',
  unknown: 'CCP またはブラウザが報告したエラーコードです。',
});
