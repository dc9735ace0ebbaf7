/** Every label and sentence of CCP hovers. */
import { defineMessages } from '../../../l10n';

export const h = defineMessages('ccp.hover', {
  timeTitle: 'Time',
  local: 'Local ({zone})',
  utc: 'UTC',
  epoch: 'Epoch ms',
  gap: 'After the previous entry',
  gapFirst: 'First entry in time order',
  intoContact: 'Into contact {contact}',
  untimed: 'This entry has no usable time; it is kept in document order and left out of charts.',
  clockNote:
    "Times are the agent PC's clock; the median clock skew in this file is {skew} (server minus PC).",
  serverTime: 'Server time (skew-corrected)',
  unknownZone: 'Unknown time zone "{zone}" in callsight.time.zone: shown in UTC.',

  levelTitle: 'Level {level}',
  levelOrder:
    'Streams order: TRACE < DEBUG < INFO < LOG < WARN < ERROR (the AWS CCP Log Parser ranks LOG lowest).',
  levelTRACE: 'API calls, snapshots and event publishing (mostly the SharedWorker).',
  levelDEBUG: 'Rarely used details.',
  levelINFO: 'State changes, metrics, the log-roll marker.',
  levelLOG: 'Detail of the RTC library (rtc-js): ICE candidates, SDP, session states.',
  levelWARN: 'Heartbeat misses, ICE time-outs and other warnings.',
  levelERROR: 'Failures (critical() is also written as ERROR).',
  levelOther: 'A level outside the usual set.',

  sourceTitle: 'Source: {layer}',
  sourceCCP: 'The CCP tab. Its logger receives SharedWorker and CRM entries too.',
  sourceSharedWorker:
    'The SharedWorker (API calls, snapshots, WebSocket). Its entries reach the CCP tab in 1-s batches, so they can appear late in the file.',
  sourceCRM: 'The page that embeds the CCP (custom CCP / CRM).',
  sourceOther: 'Logger {logger}.',
  componentNote:
    'component "{component}" does not say where an entry came from (relayed entries are rewritten as ccp); contextLayer and loggerId do.',

  errorTypeTitle: 'Softphone error type {type}',
  reportedAs: 'Reported as {rule}.',
  cause: 'Likely cause',
  fix: 'Fix',
  codeTitle: 'Error code {code}',
  exceptionTitle: 'Exception {type}',
  agentStateTitle: 'Agent state {state}',
  agentErrorState:
    'An agent error state: the agent must be made Available again (some are cleared automatically).',
  contactEventTitle: 'Contact event {event}',
  contactStateTitle: 'Contact state {state}',
  agentEventTitle: 'Agent/CCP event {event}',
  eventGeneric: 'An event published on the CCP event bus.',

  apiTitle: 'CTI API {op}',
  thisCall: 'This call',
  apiOk: 'succeeded',
  apiFailed: 'failed: {code}',
  apiNoReply: 'no reply within 30 s',
  apiPending: 'reply not in this log',
  apiNoRequest: 'request not in this log (it may have rolled away)',
  apiStats: '{count} calls of {op} in this file; median {median}, slowest {max}.',
  apiLongPoll: 'A long poll: it answers on every change or after about 30 s, so its latency is not measured.',

  callTitle: 'Softphone call {call}',
  contactTitle: 'Contact {contact}',
  start: 'Start',
  end: 'End',
  duration: 'Duration',
  type: 'Type',
  events: 'Events',
  states: 'States',
  calls: 'Calls',
  problems: 'Problems',
  noProblems: 'none found',
  transitions: 'Session states',
  failedSetup: 'The call failed during setup.',
  samples: 'Audio samples: {input} received, {output} sent',
  contact: 'Contact',
  categoryTitle: 'rtc-js category {category}',
  categoryNote:
    'The RTC library prefixes its lines with the call id and a category (SESSION, SIGNALING, …). The call id is the RTC session id, often the contact id.',

  metricsTitle: 'Audio metrics batch ({count} samples)',
  metricsStream: 'Stream',
  metricsLevel: 'Audio level',
  metricsPackets: 'Packets/s',
  metricsLoss: 'Loss %',
  metricsJitter: 'Jitter ms',
  metricsRtt: 'RTT ms',
  metricsMinAvgMax: 'min / avg / max',
  metricsNone: 'No samples could be read from this entry.',
  metricsCumulative: 'jitterBufferMillis only grows here: shown as per-second increases.',
  directionNote:
    'audio_input is what the browser receives (the agent hears it); audio_output is what it sends (the agent’s microphone). Some AWS documents describe the opposite; the rtc-js code supports this reading.',

  reportTitle: 'End-of-call report',
  reportTimeline: 'Setup timeline',
  reportFailures: 'Failure flags',
  reportNoFailures: 'no failure flags set',
  telemetryTitle: 'Telemetry call report',
  telemetryPerSecond: 'Per-second arrays: {seconds} s of {stream}',
  telemetryUnreadable: 'The report could not be read as JSON.',

  skewTitle: 'Clock skew {skew}',
  skewAhead:
    'The Amazon Connect server clock is {amount} ahead of this PC (skew = snapshotTimestamp − localTimestamp).',
  skewBehind:
    'The Amazon Connect server clock is {amount} behind this PC (skew = snapshotTimestamp − localTimestamp).',
  skewThreshold:
    'Reported from {threshold} ms (callsight.thresholds.clockSkewMs; the AWS CCP Log Parser marks 10,000 ms). Median in this file: {median}.',
  snapshotTitle: 'Agent snapshot: {state}',
  heartbeatTitle: 'WebSocket heartbeat',
  heartbeatRtt: 'Round trip {rtt}.',
  redactedTitle: 'Cut by CCP redaction',
  redactedBody:
    'The CCP replaces phone numbers, tokens and e-mail addresses up to the end of the text, so this JSON never closes. Not damage: the entry still counts.',
  streamTitle: 'Stream {stream}',
  sourcesLine: 'Source: {source}',
});

export type HoverKey = Parameters<typeof h.t>[0];
