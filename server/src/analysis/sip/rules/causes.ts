/**
 * Short meanings of the Q.850 causes and Warning codes that turn up in SIP traces, so that the
 * Reason and Warning explanations stand on their own (the knowledge base adds detail in hovers).
 */
import { defineMessages } from '../../l10n';

export const Q850 = defineMessages('sip.q850', {
  c1: 'unallocated (unassigned) number',
  c2: 'no route to the specified transit network',
  c3: 'no route to destination',
  c16: 'normal call clearing',
  c17: 'user busy',
  c18: 'no user responding',
  c19: 'no answer from user (user alerted)',
  c20: 'subscriber absent',
  c21: 'call rejected',
  c22: 'number changed',
  c26: 'non-selected user clearing (answered elsewhere)',
  c27: 'destination out of order',
  c28: 'invalid number format (address incomplete)',
  c29: 'facility rejected',
  c31: 'normal, unspecified',
  c34: 'no circuit/channel available',
  c38: 'network out of order',
  c41: 'temporary failure',
  c42: 'switching equipment congestion',
  c44: 'requested circuit/channel not available',
  c47: 'resource unavailable, unspecified',
  c50: 'requested facility not subscribed',
  c52: 'outgoing calls barred',
  c54: 'incoming calls barred',
  c57: 'bearer capability not authorized',
  c58: 'bearer capability not presently available',
  c63: 'service or option not available',
  c65: 'bearer capability not implemented',
  c69: 'requested facility not implemented',
  c79: 'service or option not implemented',
  c88: 'incompatible destination',
  c95: 'invalid message, unspecified',
  c102: 'recovery on timer expiry',
  c111: 'protocol error, unspecified',
  c127: 'interworking, unspecified',
  unknown: "cause {cause} (not in Callsight's short list)",
});

/** Causes that mean the call ended normally or by a user's choice. */
export const NORMAL_Q850 = new Set([16, 31]);

export function q850Meaning(cause: number): string {
  const key = `c${cause}` as (typeof Q850.keys)[number];
  return Q850.keys.includes(key) ? Q850.explain(key) : Q850.explain('unknown', { cause });
}

export const WARNING_CODES = defineMessages('sip.warningCodes', {
  w300: 'incompatible network protocol',
  w301: 'incompatible network address formats',
  w302: 'incompatible transport protocol',
  w303: 'incompatible bandwidth units',
  w304: 'media type not available',
  w305: 'incompatible media format',
  w306: 'attribute not understood',
  w307: 'session description parameter not understood',
  w330: 'multicast not available',
  w331: 'unicast not available',
  w370: 'insufficient bandwidth',
  w380: 'SIPS not allowed',
  w381: 'SIPS required',
  w392: 'Kamailio/SER debug feedback (not an error)',
  w399: 'miscellaneous warning',
  unknown: 'warning code {code}',
});

export function warningMeaning(code: number): string {
  const key = `w${code}` as (typeof WARNING_CODES.keys)[number];
  return WARNING_CODES.keys.includes(key)
    ? WARNING_CODES.explain(key)
    : WARNING_CODES.explain('unknown', { code });
}
