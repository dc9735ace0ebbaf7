import { translation } from '../../l10n';
import { evidenceMessages } from './evidence';

/** Japanese for the evidence fragments of SIP findings ({@link evidenceMessages}). */
export const evidenceMessagesJa = translation(evidenceMessages, 'ja', {
  messageAt: '{time} の {label}',
  messageNumber: '{label} (メッセージ {number})',
  relative: '+{seconds} s',
  seconds: '{seconds} s',
  milliseconds: '{ms} ms',
  route: '{src} → {dst}',
  unknownEndpoint: '?',
  none: 'なし',
  listMore: '{list} ほか {more} 件',
});
