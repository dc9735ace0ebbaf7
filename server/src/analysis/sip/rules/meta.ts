/**
 * Every SIP-trace rule: id, default severity and where its knowledge comes from. Data, not code; the
 * rule functions live in the theme files next to this one.
 */
import type { RuleMeta } from '../../findings';
import { ruleTable } from '../../severity';

export const SIP_RULES = [
  // Failed requests and call outcomes
  {
    id: 'sip/forbidden',
    defaultSeverity: 'error',
    source: 'RFC 3261 §21.4.4; Twilio Elastic SIP Trunking troubleshooting',
  },
  { id: 'sip/auth-loop', defaultSeverity: 'error', source: 'RFC 3261 §22.2, §22.3 (digest challenges)' },
  {
    id: 'sip/media-rejected',
    defaultSeverity: 'error',
    source: 'RFC 3261 §21.4.13, §21.4.26, §21.6.4; RFC 3264',
  },
  {
    id: 'sip/session-interval-too-small',
    defaultSeverity: 'error',
    source: 'RFC 4028 §6, §7.4 (session timers)',
  },
  {
    id: 'sip/rate-or-capacity-limit',
    defaultSeverity: 'error',
    source: 'RFC 3261 §21.5.4; Twilio trunk CPS and concurrency limits',
  },
  {
    id: 'sip/request-timeout',
    defaultSeverity: 'error',
    source: 'RFC 3261 §17.1.1.2 (Timer B), §21.4.9, §21.5.5',
  },
  {
    id: 'sip/call-outcome',
    defaultSeverity: 'information',
    source: 'RFC 3261 §21.4.18, §21.4.24, §21.4.25, §21.6.2',
  },
  { id: 'sip/request-failed', defaultSeverity: 'warning', source: 'RFC 3261 §21 (response codes)' },
  { id: 'sip/unknown-dialog', defaultSeverity: 'warning', source: 'RFC 3261 §21.4.19' },
  { id: 'sip/reinvite-glare', defaultSeverity: 'information', source: 'RFC 3261 §14.1, §21.4.27' },
  {
    id: 'sip/routing-loop',
    defaultSeverity: 'error',
    source: 'RFC 3261 §8.1.1.6, §16.3, §21.4.20, §21.4.21',
  },
  // Transactions
  {
    id: 'sip/no-final-response',
    defaultSeverity: 'warning',
    source: 'RFC 3261 §17.1.1 (INVITE client transaction)',
  },
  { id: 'sip/2xx-without-ack', defaultSeverity: 'error', source: 'RFC 3261 §13.3.1.4, §17.1.1.3' },
  { id: 'sip/ack-misrouted', defaultSeverity: 'error', source: 'RFC 3261 §12.2.1.1, §13.2.2.4' },
  {
    id: 'sip/retransmissions',
    defaultSeverity: 'warning',
    source: 'RFC 3261 §17.1.1.2, §17.1.2.2 (T1 = 500 ms)',
  },
  { id: 'sip/via-rewritten', defaultSeverity: 'warning', source: 'RFC 3261 §8.2.6.2, §18.2.2' },
  // Addresses and NAT
  { id: 'sip/private-contact', defaultSeverity: 'warning', source: 'RFC 1918, RFC 6598; RFC 3261 §8.1.1.8' },
  {
    id: 'sip/private-media-address',
    defaultSeverity: 'warning',
    source: 'RFC 1918, RFC 6598; RFC 8866 §5.7',
  },
  {
    id: 'sip/private-via-received',
    defaultSeverity: 'information',
    source: 'RFC 3261 §18.2.1; RFC 3581; RFC 6598',
  },
  // Media
  { id: 'sip/no-common-codec', defaultSeverity: 'error', source: 'RFC 3264 §6.1' },
  { id: 'sip/srtp-crypto', defaultSeverity: 'error', source: 'RFC 4568 (SDES), RFC 3711, RFC 5764' },
  { id: 'sip/no-telephone-event', defaultSeverity: 'warning', source: 'RFC 4733' },
  {
    id: 'sip/unexpected-direction',
    defaultSeverity: 'warning',
    source: 'RFC 3264 §6.1, §8.4; RFC 2543 (c=0.0.0.0 hold)',
  },
  // Numbers
  {
    id: 'sip/non-e164-number',
    defaultSeverity: 'warning',
    source: 'ITU-T E.164; RFC 3966; Twilio and Google CCAI trunk requirements',
  },
  // Headers explained
  { id: 'sip/reason', defaultSeverity: 'information', source: 'RFC 3326; ITU-T Q.850' },
  { id: 'sip/warning-header', defaultSeverity: 'information', source: 'RFC 3261 §20.43; RFC 5630' },
  // Malformed messages and export artefacts
  { id: 'sip/malformed-message', defaultSeverity: 'error', source: 'RFC 3261 §7, §8.1.1, §20' },
  { id: 'sip/content-length-mismatch', defaultSeverity: 'warning', source: 'RFC 3261 §18.3, §20.14' },
  { id: 'sip/unrecognized-text', defaultSeverity: 'information', source: 'Callsight SIP trace formats' },
  { id: 'sip/flattened-message', defaultSeverity: 'information', source: 'Callsight SIP trace formats' },
  // Google CCAI (only when the trace talks to Google's SIP endpoints)
  {
    id: 'ccai/conversation-id-invalid',
    defaultSeverity: 'error',
    source: 'Google CCAI SIP integration (conversation id)',
  },
  {
    id: 'ccai/call-info-malformed',
    defaultSeverity: 'error',
    source: 'Google CCAI SIP integration (Call-Info)',
  },
  {
    id: 'ccai/conversation-id-missing',
    defaultSeverity: 'warning',
    source: 'Google CCAI SIP integration (Call-Info / UUI)',
  },
  { id: 'ccai/uui-not-hex', defaultSeverity: 'error', source: 'RFC 7433; Google CCAI SIP integration (UUI)' },
  {
    id: 'ccai/not-tls-5672',
    defaultSeverity: 'error',
    source: 'Google CCAI SIP integration (TLS on TCP 5672)',
  },
  {
    id: 'ccai/srtp-required',
    defaultSeverity: 'error',
    source: 'Google CCAI SIP integration (SRTP with SDES)',
  },
  {
    id: 'ccai/codec-not-supported',
    defaultSeverity: 'error',
    source: 'Google CCAI SIP integration (PCMU, PCMA, Opus)',
  },
  {
    id: 'ccai/private-address',
    defaultSeverity: 'error',
    source: 'Google CCAI SIP integration (public addresses only)',
  },
  // Twilio Elastic SIP Trunking
  {
    id: 'twilio/codec-not-supported',
    defaultSeverity: 'warning',
    source: 'Twilio Elastic SIP Trunking troubleshooting (PCMU)',
  },
] as const satisfies readonly RuleMeta[];

export type SipRuleId = (typeof SIP_RULES)[number]['id'];

export const SIP_RULE_TABLE = ruleTable(SIP_RULES);
