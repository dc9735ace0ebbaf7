import { translation } from '../analysis/l10n';
import { cliMessages } from './messages';

/** Japanese for {@link cliMessages}. */
export const cliMessagesJa = translation(cliMessages, 'ja', {
  usage: [
    '使い方: callsight <コマンド> [オプション]',
    '',
    'コマンド:',
    '  check [--format text|json|sarif] [--language ccp-log|sip-trace] <ファイル>...',
    '      CCP ログと SIP トレースを解析します。エラーが 1 件でもあれば終了コード 1 を返します。',
    '  explain [--format text|json] [--search] <コードまたは名前>',
    '      コードを説明します: SIP ステータス、Q.850 理由表示 (cause=34)、Warning、Twilio 32xxx、',
    '      CCP ソフトフォンエラー、エージェントの状態、CTI 例外、エンドポイントなど。複数の意味を持つ',
    '      番号はすべての意味を表示します。--search は語句に一致するエントリを一覧表示します。',
    '      一致するものがなければ終了コード 1 を返します。',
    '  uui [--format text|json] <ヘッダーまたは値> | --file <トレース>',
    '      User-to-User ヘッダーをデコードします (RFC 7433 の hex/ascii、PD オクテット、Google CCAI の',
    '      会話 URL とセッションパラメータ)。--file はトレース内のすべての UUI ヘッダーをデコードします。',
    '      不正な値があれば終了コード 1 を返します。',
    '',
    'オプション:',
    '  --lang en|ja   メッセージの言語 (既定: 環境変数 LC_ALL、LC_MESSAGES、LANG から判定)',
    '  --help         このヘルプを表示',
  ].join('\n'),
  unknownCommand: '不明なコマンドです: "{command}"',
  unknownOption: '不明なオプションです: "{option}"',
  missingValue: 'オプション {option} には値が必要です。',
  badFormat: '不明な形式です: "{format}" ({expected} のいずれかを指定してください)',
  badLanguage: '不明な言語です: "{language}" (ccp-log または sip-trace を指定してください)',
  noFiles: '入力ファイルが指定されていません。',
  unreadable: '{file}: 読み込めません: {reason}',
  unknownKind: '{file}: CCP ログでも SIP トレースでもありません (--language で形式を指定できます)。',
  summary: '{files} ファイル、エラー {errors} 件、警告 {warnings} 件、その他の検出 {others} 件',
});
