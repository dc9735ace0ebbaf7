/** What each CTI API operation does (ccp-log.md §8.1), for hovers. Names as logged (lowerCamel). */
import { defineMessages } from '../../l10n';

export const apiOperations = defineMessages('ccp.catalog.api', {
  acceptContact: 'Accepts the offered contact (the agent clicked Accept, or auto-accept).',
  clearContact: 'Clears a finished contact from the agent (ends After Call Work).',
  completeContact: 'Completes a contact (older form of clearing it).',
  conferenceConnections: 'Joins the agent, customer and third party into a conference.',
  createAdditionalConnection: 'Adds a participant to the contact (a transfer or a third-party call).',
  createOutboundContact: 'Places an outbound call from the CCP.',
  createTaskContact: 'Creates a task contact.',
  createTransport: 'Asks for a transport (WebSocket or chat connection) and its credentials.',
  destroyConnection: 'Hangs up one connection (a participant) of the contact.',
  destroyContact: 'Ends the contact.',
  getAgentConfiguration: "Reads the agent's configuration (routing profile, softphone settings).",
  getAgentPermissions: "Reads the agent's permissions (security profile).",
  getAgentSnapshot:
    "Long poll for the agent's state and contacts; answers on every change or after about 30 s.",
  getAgentStates: 'Reads the agent states the agent may choose.',
  getDialableCountryCodes: 'Reads the countries the agent may dial.',
  getEndpoints: 'Reads quick connects and transfer destinations.',
  getNewAuthToken: 'Renews the CCP session token.',
  getRoutingProfileQueues: "Reads the queues of the agent's routing profile.",
  holdConnection: 'Puts a participant on hold.',
  muteParticipant: 'Mutes a participant.',
  notifyContactIssue: 'Reports a problem with a contact.',
  pauseContact: 'Pauses a contact (tasks).',
  putAgentState: "Changes the agent's state (Available, Offline, a custom status).",
  rejectContact: 'Rejects the offered contact.',
  resumeConnection: 'Takes a participant off hold.',
  resumeContact: 'Resumes a paused contact.',
  sendClientLogs: 'Uploads CCP logs to Amazon Connect.',
  sendDigits: 'Sends DTMF digits on the call.',
  sendSoftphoneCallMetrics:
    'Uploads the last 30 s of audio metrics; the samples are logged only if it succeeds.',
  sendSoftphoneCallReport: 'Uploads the end-of-call report of a softphone call.',
  toggleActiveConnections: 'Swaps between the customer and a third party.',
  unmuteParticipant: 'Unmutes a participant.',
  updateAgentConfiguration: "Updates the agent's configuration (for example the softphone or desk phone).",
  updateMonitorParticipantState: 'Changes a supervisor between silent monitor and barge.',
  addNewConnection: 'Adds a participant to the contact.',
  transferContact: 'Transfers the contact.',
  updateContactAttributes: 'Updates contact attributes.',
  unknown: 'A CTI API operation of the Amazon Connect agent API.',
});

export type ApiOperationKey = Parameters<typeof apiOperations.t>[0];

/** The description of an operation, with a generic one for names not in the table. */
export function describeOperation(op: string): string {
  return (apiOperations.keys as readonly string[]).includes(op)
    ? apiOperations.explain(op as ApiOperationKey)
    : apiOperations.explain('unknown');
}
