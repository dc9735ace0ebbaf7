import { translation } from '../l10n';
import { directionMessages } from './directionWords';

/** Japanese for the direction self-check sentences ({@link directionMessages}). */
export const directionMessagesJa = translation(directionMessages, 'ja', {
  rtt: 'RTT があるのは {stream} だけ ({samples} サンプル)',
  rttCalls: 'RTT があるのは {stream} だけ ({calls} 件の通話で {samples} サンプル)',
  mute: 'ミュート中 ({start}–{end}) に {stream} のレベルが {before} から {inside} に落ち、{other} は {otherInside} のまま',
  more: 'ほか {count} 件',
  code: 'このファイルでは: {evidence} → audio_output がエージェントのマイクです (2019 年以降の rtc-js の通り)。',
  docs: 'このファイルでは: {evidence} → audio_input がエージェントのマイクです (2019 年 7 月より前の rtc-js や AWS のドキュメントコメントの解釈)。方向のラベルは逆に読んでください。',
  conflicting:
    'このファイルでは根拠が食い違っています: {evidence}。ラベルは rtc-js の解釈のままです。方向ごとの指摘は慎重に読んでください。',
  unknown:
    'このファイルには方向を確かめる根拠がありません (両方のストリームに音があるミュートがない、RTT が両方にあるかどちらにもない)。',
});
