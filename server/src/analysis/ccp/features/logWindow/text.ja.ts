import { translation } from '../../../l10n';
import { w } from './text';

/** Japanese for the log-window sentences ({@link w}). */
export const logWindowMessagesJa = translation(w, 'ja', {
  inputEmpty: '時刻を入力してください: 14:32、14:32:05、2025-05-06 14:32、2025-05-06T14:32:00Z など。',
  inputUnreadable:
    '"{input}" は時刻として読めません。HH:MM[:SS]、YYYY-MM-DD HH:MM[:SS]、またはタイムゾーン付きの ISO 形式 (2025-05-06T14:32:00Z など) で入力してください。',
  inputOutOfRange:
    '"{input}" は存在しない日付か時刻です。時は 00〜23、分と秒は 00〜59 で、日はその月にある日を指定してください。',
  noTimes: 'このログには時刻を読めるエントリがないため、移動先がありません。',
  previewInside:
    '{target}: このログの範囲内です ({range})。Enter でその時刻以降の最初のエントリに移動します。',
  previewBefore:
    '{target}: このログの開始 ({first}) より {distance} 前です。その時間帯はこのダウンロードにもう含まれていません。',
  previewAfter: '{target}: このログの終了 ({last}) より {distance} 後です。',
  warnBefore:
    '{target} はこのログに含まれていません。ログはその {distance} 後の {first} から始まっています。',
  warnAfter:
    '{target} はこのログに含まれていません。ログはその {distance} 前の {last} で終わっており、その時刻より前にダウンロードされています。',
  covers: 'このダウンロードの範囲は {range} ({duration}) です。',
  why: 'CCP が保持するのは直前と現在の 30 分のウィンドウだけです (各ウィンドウは "Log roll interval occurred." で始まります)。そのためダウンロードに残る履歴はおよそ 30〜60 分で、それより古いログは消えています。',
  fix: '障害が起きたらすぐに CCP からログをダウンロードしてください。エージェントには CCP のタブを閉じずに、その場でダウンロードするよう依頼してください。それより前の障害は Contact Lens、問い合わせレコード (CTR)、CloudWatch など別の情報源で調べてください。',
  neverRolled:
    'このログは 1 時間以上の範囲を含んでいるため、書き出した CCP はログをロールしていません (Amazon Connect Streams 2.0.0 より前はマーカーが 30 分ごとに出るものの、ログは一度もロールされませんでした)。',

  rollTitle: 'ログのロール: ここから新しい 30 分のウィンドウが始まります',
  rollMeaning:
    'CCP は 30 分ごとに新しいログのウィンドウを始め、その最初のエントリとしてこの行を書きます。直前のウィンドウより古いものは破棄されます。',
  rollCovers: 'このダウンロードの範囲',
  rollDuration: '長さ',
  rollMarkers: 'このファイル内のロールのマーカー',
  rollNoTimes: 'このログには時刻を読めるエントリがないため、含まれる範囲はわかりません。',
});
