import { defineMessages } from '../l10n';
import type { CodeSystem } from './types';

/** Labels and notes the knowledge base renders around catalog text. */
export const knowledgeMessages = defineMessages('knowledge', {
  'system.sip': 'SIP response',
  'system.sip-warning': 'SIP Warning code',
  'system.q850': 'Q.850 cause',
  'system.freeswitch-cause': 'FreeSWITCH hangup cause',
  'system.twilio': 'Twilio error',
  'system.ccp-softphone-error': 'CCP softphone error',
  'system.ccp-agent-state': 'Agent error state',
  'system.cti-exception': 'CTI exception',
  'system.ccp-api-error': 'CCP log error',
  'system.connect-endpoint': 'Amazon Connect endpoint',
  'system.google-ccai': 'Google CCAI requirement',
  name: 'Registered name',
  meaning: 'Meaning',
  causes: 'Likely causes',
  fixes: 'What to do',
  references: 'References',
  aliases: 'Also written as',
  related: 'Related codes',
  rules: 'Callsight rules',
  level: 'Twilio level',
  levelError: 'error',
  levelWarning: 'warning',
  range: 'Covers codes {from} to {to}.',
  unverified: 'Unverified: our source marks this as from memory or inferred. Check it before relying on it.',
  more: '… and {count} more',
  linkFreeswitch: 'FreeSWITCH answers an unanswered call cleared with Q.850 cause {cause} with SIP {sip}.',
  linkFreeswitchSome:
    'Some FreeSWITCH versions answer an unanswered call cleared with Q.850 cause {cause} with SIP {sip}.',
  linkFreeswitchMost:
    'Most FreeSWITCH versions answer an unanswered call cleared with Q.850 cause {cause} with SIP {sip}.',
  linkFreeswitchUnanswered:
    'Cause {cause} normally ends a call with a BYE; on an unanswered call FreeSWITCH sends SIP {sip}.',
  linkRfc3398: 'RFC 3398 maps SIP {sip} to cause {cause} for calls going to ISUP (unverified).',
  unregistered: 'Not in the registry: explained by its class.',
  noEntries: 'No catalog entry matches {token}.',
  readings: '{count} readings of {token}:',
});

/** The localized label of a code system. */
export function systemLabel(system: CodeSystem): string {
  return knowledgeMessages.explain(`system.${system}`);
}
