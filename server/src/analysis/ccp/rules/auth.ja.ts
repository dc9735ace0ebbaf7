import { translation } from '../../l10n';
import { authRuleMessages } from './auth';

/** Japanese for the session and permission rules ({@link authRuleMessages}). */
export const authRuleMessagesJa = translation(authRuleMessages, 'ja', {
  authMessage: 'エージェントのセッションが期限切れまたは未認証: {count} 回 (初回 {first})',
  authSeen: '{first}～{last} に、{count} 件のリクエストまたはチェックが未認証で失敗しました ({ops})。',
  authWhy:
    'セッションが期限切れになると CCP のリクエストはすべて失敗し、もう一度ログインするまで、エージェントは状態を変えることも通話を受けることもできません。',
  authCause:
    'CCP のセッション (認証トークン) が期限切れになったか、取り消されました: 再ログインのない長時間のシフト、SSO のセッションの制限、Cookie のブロックや削除など。',
  authFix:
    'もう一度ログインします。SSO/ID プロバイダーのセッション時間と、ブラウザが {api} の lily-auth-* Cookie を保持していることを確認します。',
  accessMessage: 'エージェントへのアクセス拒否: {count} 回 (初回 {first})',
  accessSeen: '{first}～{last} に、{count} 件のリクエストが AccessDeniedException で拒否されました ({ops})。',
  accessWhy:
    'エージェントには、要求された操作 (アウトバウンド通話、転送、状態の変更など) の権限がありません。',
  accessCause: 'エージェントのセキュリティプロファイルに、この操作の権限がありません。',
  accessFix:
    'Amazon Connect のコンソール ([ユーザー] → [セキュリティプロファイル]) で、一覧のオペレーションについてエージェントのセキュリティプロファイルを見直します。',
});
