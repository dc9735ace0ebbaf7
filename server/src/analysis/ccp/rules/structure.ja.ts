import { translation } from '../../l10n';
import { structureRuleMessages } from './structure';

/** Japanese for the findings about the file itself ({@link structureRuleMessages}). */
export const structureRuleMessagesJa = translation(structureRuleMessages, 'ja', {
  truncatedMessage:
    'ログがエントリの途中で切れている: ダウンロードが不完全 (それより前の {count} エントリは読み込み済み)',
  truncatedSeen:
    'テキストが {line} 行目から始まるエントリの途中で終わっています。それより前はすべて解析しました。',
  truncatedWhy: 'ダウンロード直前の、多くの場合いちばん重要な時間帯が欠けています。',
  truncatedCause:
    'ダウンロードが中断された、書き込み中のファイルをコピーした、または一部だけを貼り付けた可能性があります。',
  truncatedFix:
    'インシデントの直後に CCP からログをもう一度ダウンロードし (設定 → ログのダウンロード)、ファイル全体を添付します。',
  damagedMessage: '壊れたエントリ {count} 件を JSON として読み取れない (読み取れたフィールドは保持)',
  damagedSeen:
    '有効な JSON ではないエントリ: {count} 件、最初は {line} 行目。単独で読み取れたフィールドは保持しました。',
  damagedWhy: 'これらのエントリの行が解析から漏れている可能性があります。',
  damagedCause: 'ファイルが手作業かツールで編集されたか、2 つのダウンロードが混ざっています。',
  damagedFix: 'CCP がダウンロードしたままのファイルを使います。',
  garbageMessage: 'ログのエントリ以外のテキスト ({count} か所) をスキップ',
  garbageSeen: 'どのエントリにも属さない文字が {count} か所にあります。最初は {line} 行目です。',
  garbageWhy:
    'ファイルが CCP の書き出したものと完全には一致しません。そのテキストの前後のエントリは読み取りました。',
  garbageCause: 'ダウンロードしたファイルに何かが貼り付けられたか、追記されています。',
  garbageFix: 'CCP がダウンロードしたままのファイルを使います。',
  unclosedMessage: 'ログの配列が閉じていない: ダウンロードの末尾が欠けている可能性あり',
  concatenatedMessage: '{count} 回分のダウンロードをつなげたファイル (重複したエントリは統合)',
  concatenatedSeen: '前の JSON 配列の終わりの後に、新しい配列が始まっています (配列 {count} 個)。',
  concatenatedWhy:
    'ダウンロードは重なり合う (それぞれ直近 30～60 分を含む) ため、同じエントリが 2 回現れます。Callsight は時刻順に並べて重複を除きます。',
  concatenatedCause: 'agent-log.txt のダウンロード 2 つが 1 つのファイルにまとめられています。',
  concatenatedFix:
    '対処は不要です。エントリがどのダウンロードに由来するかを知る必要があれば、ファイルを分けておきます。',
  notCcpMessage: 'CCP のログではない: ログエントリ (component、level、text、time) の JSON 配列が必要',
  notCcpSeen: 'ファイルは JSON ですが、CCP のログエントリに見える要素がありません。',
  noEntriesMessage: 'このファイルに CCP のログエントリが見つからない',
  noEntriesSeen:
    'ダウンロードした CCP ログ、DevTools のコンソールの形式、CCP Log Parser の表示形式のどの形の行もありません。',
  notCcpWhy: 'Callsight はこのファイルを CCP のログとして解析できません。',
  notCcpCause: '別のファイルを CCP のログとして開いたか、ファイルがツールで変換されています。',
  notCcpFix:
    'CCP からダウンロードした agent-log.txt を開く (設定 → ログのダウンロード) か、このファイルの言語モードを変更します。',
  redactionMessage: '{count} 件のエントリの JSON が CCP の秘匿処理で切り詰められている (破損ではない)',
  redactionSeen:
    '{count} 件のエントリのテキストに “[redacted]” と閉じていない JSON があります (最初は {first})。これらのエントリも集計しています (たとえば失敗した API 呼び出しとして)。',
  redactionWhy:
    'CCP は電話番号、トークン、メールアドレスをテキストの末尾まで秘匿化するため、後ろに付いた JSON が不完全になります。切れた後のエラーの詳細は失われています。',
  redactionCause: 'CCP の通常の動作です: すべてのログエントリで機密データを秘匿化します。',
  redactionFix:
    '対処は不要です。AWS の CCP Log Parser はこのようなファイルを開けませんが、Callsight は残っている部分を読み取ります。',
});
