import { translation } from '../../l10n';
import { reportLabels } from './reportLabels';

/** Japanese for {@link reportLabels}. */
export const reportLabelsJa = translation(reportLabels, 'ja', {
  gumTimeMillis: 'マイク (getUserMedia)',
  initializationTimeMillis: '初期化',
  iceCollectionTimeMillis: 'ICE 候補の収集',
  signallingConnectTimeMillis: 'シグナリングの接続',
  handshakingTimeMillis: 'ハンドシェイク',
  preTalkingTimeMillis: '通話開始まで',
  talkingTimeMillis: '通話',
  cleanupTimeMillis: 'クリーンアップ',
  failure: '失敗フラグ',
});
