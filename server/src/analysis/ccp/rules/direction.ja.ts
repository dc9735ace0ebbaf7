import { translation } from '../../l10n';
import { directionRuleMessages } from './direction';

/** Japanese for `ccp/audio-direction-reversed` ({@link directionRuleMessages}). */
export const directionRuleMessagesJa = translation(directionRuleMessages, 'ja', {
  reversedMessage: 'このファイルでは audio_input がエージェントのマイクです: 音声の方向は逆に読んでください',
  reversedSeen: 'このファイルでは: {evidence}。根拠のある通話: {calls} 件。',
  reversedWhy:
    'Callsight の音声の指摘とメトリクスパネルは、audio_input をエージェントが聞く音声、audio_output をエージェントのマイクとして表示します (2019 年 7 月以降の rtc-js のコードの通り)。このファイルでは逆なので、読み替えてください: 「エージェントに顧客の声が聞き取りにくい」という指摘は「顧客にエージェントの声がきちんと届いていない」という意味になり、その逆も同じです。',
  reversedCause:
    '2019 年 7 月より前の古い amazon-connect-streams / rtc-js のビルドでストリームが逆に埋められているか、独自のソフトフォンがメトリクスに別の名前を付けています。',
  reversedFix:
    'このファイルの方向はすべて逆に読んでください (audio_input = エージェントのマイク、audio_output = エージェントが聞く音声)。カスタム CCP の amazon-connect-streams を更新するか、独自のソフトフォンがストリームをどう名付けているか確認してください。',
});
