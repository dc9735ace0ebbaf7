/**
 * Amazon Connect agent error states (`AgentErrorStates` in Streams): the `state.name` an agent
 * snapshot shows when a contact failed. Meanings follow Streams' "Agent States Logging" notes.
 */
import type { Catalog, CatalogRow } from './types';

const STREAMS = 'amazon-connect-streams Documentation.md: "Agent States Logging" (AgentErrorStates)';

function state(
  code: string,
  title: string,
  meaning: string,
  causes: readonly string[],
  fixes: readonly string[],
  extra: Partial<Pick<CatalogRow, 'rules' | 'unverified' | 'aliases'>> = {},
): CatalogRow {
  return { code, title, meaning, causes, fixes, references: [STREAMS], ...extra };
}

const ROWS: readonly CatalogRow[] = [
  state(
    'AgentHungUp',
    'Agent ended the call',
    'The agent hung up an active call; the agent sits in this error state until it is cleared.',
    ['The agent pressed End call (or the softphone dropped the call from the agent side).'],
    ['If agents did not mean to hang up, look for softphone errors or ICE connection loss just before it.'],
  ),
  state(
    'BadAddressAgent',
    'Could not route to the agent',
    'Routing the contact to the agent failed.',
    ["The agent's phone settings are wrong (a bad desk-phone number), or the softphone was not ready."],
    ["Check the agent's phone type and desk-phone number in the CCP settings."],
  ),
  state(
    'BadAddressCustomer',
    'Customer number could not be dialled',
    'The outbound call to the customer could not be placed.',
    ['An invalid or badly formatted number, or a carrier-side failure.'],
    ['Dial the number in E.164; check outbound permissions for the country.'],
  ),
  state(
    'FailedConnectAgent',
    'Call could not reach the agent',
    'The call could not be connected to the agent.',
    ['Softphone media or signalling failure, or a desk phone that did not answer.'],
    ['Look for softphone errors (signalling, ICE) just before this state.'],
  ),
  state(
    'FailedConnectCustomer',
    'Call could not reach the customer',
    'The outbound call could not be connected to the customer.',
    ['No answer, a rejected call, or a carrier failure.'],
    ['Retry; check the number and the outbound caller ID.'],
  ),
  state(
    'LineEngagedAgent',
    'Agent line busy',
    "The agent's line was busy or unavailable when the call was placed.",
    ['The desk phone is on another call, or the softphone was already in a call.'],
    ["Free the agent's line; for desk phones, check that the number is the agent's own."],
  ),
  state(
    'LineEngagedCustomer',
    'Customer line busy',
    "The customer's line was busy or unavailable when the call was placed.",
    ['The customer is on another call.'],
    ['Retry later.'],
  ),
  state(
    'MissedCallAgent',
    'Agent missed the contact',
    'The offered contact was not accepted in time, so the agent was moved to this state.',
    [
      'The agent was away, or could not accept: a softphone error, missing microphone permission, or a throttled background tab.',
    ],
    [
      'Look just before it for softphone errors and microphone permission; keep the CCP tab active; consider auto-accept.',
    ],
    { rules: ['ccp/missed-call-agent'], aliases: ['contact::missed'] },
  ),
  state(
    'MissedCallCustomer',
    'Customer did not answer the callback',
    'A queued callback went unanswered by the customer.',
    ['The customer did not pick up when the callback was placed.'],
    ['Raise the number of callback retries in the "Transfer to queue" block.'],
  ),
  state(
    'MultipleCcpWindows',
    'CCP open in several browsers',
    'The CCP is open in more than one browser at the same time.',
    ['Two browsers (or browser profiles) run the CCP for the same agent.'],
    ['Close all but one.'],
    { rules: ['ccp/multiple-ccp-windows'] },
  ),
  state(
    'RealtimeCommunicationError',
    'Internal communication error',
    'Amazon Connect had an internal real-time communication failure.',
    ['A service-side problem.'],
    ['Retry; open an AWS support case with contact ids if it repeats.'],
    { rules: ['ccp/realtime-communication-error'] },
  ),
  state(
    'Default',
    'Unclassified error state',
    'An error state without a more specific name.',
    ['Varies: read the log entries around the state change.'],
    ['Use the softphone and API errors just before it to find the cause.'],
  ),
  state(
    'Error',
    'Generic error state',
    'A generic error state.',
    ['Varies: read the log entries around the state change.'],
    ['Use the softphone and API errors just before it to find the cause.'],
  ),
  state(
    'InvalidLocale',
    'Invalid locale',
    "The agent's locale setting is not valid (listed in some Streams versions only).",
    ['A locale the CCP does not support.'],
    ['Pick a supported language in the CCP settings.'],
    { unverified: true },
  ),
];

/** Agent error states. */
export const ccpAgentStateCatalog: Catalog = { system: 'ccp-agent-state', rows: ROWS };
