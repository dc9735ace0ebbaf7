/** Contact events and states (ccp-log.md §12, with the seed book's notes on their meaning), for hovers. */
import { defineMessages } from '../../l10n';

export const contactEvents = defineMessages('ccp.catalog.contactEvent', {
  init: 'The CCP learned of the contact.',
  refresh: 'The contact data was refreshed from a snapshot.',
  destroyed: 'The contact is gone from the agent (cleared or closed).',
  incoming: 'A queued callback is offered to the agent.',
  pending: 'The agent accepted a callback; it turns into connecting within seconds.',
  connecting: 'The contact is ringing at the agent (or being connected).',
  connected: 'Agent and customer are connected.',
  missed: 'The contact was not accepted in time (together with error and ended).',
  acw: 'After Call Work started (the contact is ended and being wrapped up).',
  view: 'The contact is shown in the CCP.',
  ended: 'The contact ended (or the agent closed it).',
  error: 'The contact failed (a missed call fires error, missed and ended).',
  accepted: 'The agent accepted (an event only: the contact then goes to connected or missed).',
  invalid_state_transition: 'The contact went through a state change the CCP does not expect.',
  detected: 'The softphone detected the call and starts its media session.',
  screen_sharing_started: 'Screen sharing started.',
  screen_sharing_stopped: 'Screen sharing stopped.',
  screen_sharing_error: 'Screen sharing failed.',
  paused: 'The contact is paused (tasks).',
  rejected: 'The agent rejected the contact.',
  hold: 'The connection is on hold.',
  disconnected: 'The connection is disconnected.',
  silent_monitor: 'A supervisor is listening in.',
  barge: 'A supervisor joined the conversation.',
  other: 'A contact event.',
});

export function describeContactEvent(name: string): string {
  return (contactEvents.keys as readonly string[]).includes(name)
    ? contactEvents.explain(name as Parameters<typeof contactEvents.t>[0])
    : contactEvents.explain('other');
}
