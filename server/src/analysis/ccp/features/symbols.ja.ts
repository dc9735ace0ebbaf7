import { translation } from '../../l10n';
import { outlineMessages } from './symbols';

/** Japanese for the outline labels ({@link outlineMessages}). */
export const outlineMessagesJa = translation(outlineMessages, 'ja', {
  contact: 'コンタクト {id}',
  call: 'ソフトフォン通話 {id}',
  agentStates: 'エージェントの状態',
  stateChange: '{from} → {to}',
  firstState: '{to}',
  report: '通話終了レポート',
  telemetry: 'テレメトリレポート',
  detail: '{type} · {start} · {duration}',
  at: '{time}',
});
