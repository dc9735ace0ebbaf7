/**
 * Agent states in snapshots (ccp-log.md §7, §12): the system states the CCP sets around contacts and the
 * error states ("Agent States Logging" in the Streams documentation), for hovers.
 */
import { defineMessages } from '../../l10n';

export const agentStates = defineMessages('ccp.catalog.agentState', {
  Available: 'The agent can receive contacts.',
  Offline: 'The agent is logged out of routing.',
  Init: 'The CCP is starting.',
  Busy: 'The agent is on a contact.',
  AfterCallWork: 'The contact ended; the agent is wrapping up (After Call Work).',
  CallingCustomer: 'An outbound call or callback is being dialled.',
  Dialing: 'An outbound call is being dialled.',
  Joining: 'The agent is joining a contact.',
  PendingAvailable: 'The agent will become Available when the current contact ends.',
  PendingBusy: 'A contact is being offered (ringing) or connecting.',
  AgentHungUp: 'The agent ended the call while it was active.',
  BadAddressAgent: 'Routing the contact to the agent failed.',
  BadAddressCustomer: 'The customer number could not be dialled (invalid number or a carrier-side problem).',
  FailedConnectAgent: 'The call could not be connected to the agent (softphone or desk phone unreachable).',
  FailedConnectCustomer: 'The call could not be connected to the customer.',
  LineEngagedAgent: "The agent's line was busy or unavailable at dial time.",
  LineEngagedCustomer: "The customer's line was busy or unavailable at dial time.",
  MissedCallAgent: 'The offered contact was not accepted in time (agent away, or a technical failure).',
  MissedCallCustomer:
    'A queued callback went unanswered by the customer (raise retries in the "Transfer to queue" block).',
  MultipleCcpWindows: 'The CCP is open in several distinct browsers.',
  RealtimeCommunicationError: 'An internal Amazon Connect communication failure.',
  Default: 'An agent error state without a more specific name.',
  Error: 'An agent error state without a more specific name.',
  InvalidLocale: 'The agent locale is not valid.',
  custom: 'An agent status defined in this Amazon Connect instance.',
});

const ERROR_STATES = new Set([
  'AgentHungUp',
  'BadAddressAgent',
  'BadAddressCustomer',
  'FailedConnectAgent',
  'FailedConnectCustomer',
  'LineEngagedAgent',
  'LineEngagedCustomer',
  'MissedCallAgent',
  'MissedCallCustomer',
  'MultipleCcpWindows',
  'RealtimeCommunicationError',
  'Default',
  'Error',
  'InvalidLocale',
]);

export function isAgentErrorState(name: string): boolean {
  return ERROR_STATES.has(name);
}

export function isKnownAgentState(name: string): boolean {
  return name !== 'custom' && (agentStates.keys as readonly string[]).includes(name);
}

export function describeAgentState(name: string): string {
  return isKnownAgentState(name)
    ? agentStates.explain(name as Parameters<typeof agentStates.t>[0])
    : agentStates.explain('custom');
}
