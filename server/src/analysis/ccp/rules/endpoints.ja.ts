import { translation } from '../../l10n';
import { endpointMessages } from './endpoints';

/** Japanese for the words around endpoint host names ({@link endpointMessages}). */
export const endpointMessagesJa = translation(endpointMessages, 'ja', {
  seenInLogAnd: '{host} (このログで確認)、{others}',
  seenInLogOf: '{host} (このログで確認。{pattern} の 1 つ)',
  both: '{first} と {second}',
});
