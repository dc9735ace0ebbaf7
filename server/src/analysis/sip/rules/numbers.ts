/**
 * Phone numbers that are not E.164 where it matters: towards trunks that require `+<country><number>`
 * (Twilio, Google CCAI), and in `tel:` URIs without a phone-context (RFC 3966 §5.1.4).
 */
import { defineMessages } from '../../l10n';
import { findHeaders, headerValue, requestUri } from '../model/lookup';
import type { SipMessage, SipTrace } from '../model/types';
import { parseUri, splitList, uriOf, type SipUri } from '../parse/values';
import type { RuleContext } from './context';
import { describeMessage, startLineRange } from './evidence';

const t = defineMessages('sip.rules.numbers', {
  message: '{field} number {number} is not E.164 ({peer} expects +<country code><number>)',
  telMessage: 'tel: URI {number} is neither global (E.164) nor has a phone-context',
  seen: '{message} carries {field} {uri}.',
  why: '{peer} routes and validates numbers in E.164 only; other forms are refused (Twilio: 400 "Invalid phone number" or 403 for caller IDs, error 32101) or routed wrongly.',
  telWhy:
    'A local tel: number without phone-context is ambiguous (RFC 3966): the receiver cannot know which numbering plan it belongs to.',
  cause:
    'The PBX dials or presents numbers in a national or local format (no +, a trunk prefix such as 0 or 1, separators).',
  fix: 'Normalise numbers to E.164 before the trunk: a leading + and the country code, digits only (for example +15005551212, not 15005551212 or 5005551212).',
  telFix: 'Write the number as +<country code><number>, or add ;phone-context=<domain or prefix>.',
  peerTwilio: 'Twilio',
  peerCcai: 'Google CCAI',
  fieldUri: 'Request-URI',
  fieldTo: 'To',
  fieldFrom: 'From',
  fieldPai: 'P-Asserted-Identity',
});

const E164 = /^\+[1-9]\d{1,14}$/;

/** A user part that looks like a phone number: digits with optional + and visual separators. */
function phoneNumber(user: string): string | undefined {
  if (user.length < 3 || user.length > 40) return undefined;
  const cleaned = user.replace(/[-.() ]/g, '');
  if (!/^\+?\d{5,}$/.test(cleaned)) return undefined;
  return cleaned;
}

export function numberRules(ctx: RuleContext): void {
  const { trace } = ctx;
  for (const m of trace.messages) {
    if (!m.isRequest || m.method !== 'INVITE' || m.original >= 0) continue;
    const peers = ctx.peers[m.dialog];
    const trunk = peers?.twilio ? t.explain('peerTwilio') : peers?.ccai ? t.explain('peerCcai') : '';
    // Without a trunk only tel: URIs matter; look for one in place before building anything.
    if (!trunk && !mentionsTel(trace, m)) continue;
    const fields: [string, string][] = [[t.explain('fieldUri'), requestUri(trace, m)]];
    if (m.toUri) fields.push([t.explain('fieldTo'), m.toUri]);
    if (m.fromUri) fields.push([t.explain('fieldFrom'), m.fromUri]);
    for (const h of findHeaders(trace, m, 'p-asserted-identity')) {
      for (const v of splitList(headerValue(trace, m, h))) fields.push([t.explain('fieldPai'), uriOf(v)]);
    }
    for (const [field, uri] of fields) check(ctx, m, field, uri, trunk);
  }
}

/** Whether the Request-URI, From, To or P-Asserted-Identity of `m` could hold a tel: URI. */
function mentionsTel(trace: SipTrace, m: SipMessage): boolean {
  const text = trace.text;
  if (text.startsWith('tel:', m.uriStart)) return true;
  const store = trace.headers;
  const last = m.headerFirst + m.headerCount;
  for (let h = m.headerFirst; h < last; h++) {
    const name = store.names[store.nameId[h] as number];
    if (name !== 'from' && name !== 'to' && name !== 'p-asserted-identity') continue;
    const end = Math.min(store.valueEnd[h] as number, (store.valueStart[h] as number) + 200);
    for (let i = store.valueStart[h] as number; i + 4 <= end; i++) {
      if (text.charCodeAt(i) === 116 && text.startsWith('tel:', i)) return true;
    }
  }
  return false;
}

function check(ctx: RuleContext, m: SipMessage, field: string, uri: string, trunk: string): void {
  // Only trunks that need E.164 and tel: URIs matter: skip the parse for everything else.
  if (!uri || (!trunk && !uri.startsWith('tel:'))) return;
  const parsed: SipUri = parseUri(uri);
  const number = phoneNumber(parsed.user);
  if (number === undefined || E164.test(number)) return;
  const { trace } = ctx;
  if (parsed.scheme === 'tel' && !parsed.params.has('phone-context')) {
    ctx.repeat(
      'sip/non-e164-number',
      `tel|${number}`,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('telMessage', { number }),
        severity: trunk ? 'warning' : 'information',
        explanation: {
          seen: t.explain('seen', { message: describeMessage(trace, m), field, uri: uri.slice(0, 200) }),
          why: t.explain('telWhy'),
          cause: t.explain('cause'),
          fix: t.explain('telFix'),
        },
      }),
    );
    return;
  }
  if (!trunk) return;
  ctx.repeat(
    'sip/non-e164-number',
    `${field}|${number}`,
    startLineRange(m),
    () => describeMessage(trace, m),
    () => ({
      message: t.t('message', { field, number, peer: trunk }),
      explanation: {
        seen: t.explain('seen', { message: describeMessage(trace, m), field, uri: uri.slice(0, 200) }),
        why: t.explain('why', { peer: trunk }),
        cause: t.explain('cause'),
        fix: t.explain('fix'),
      },
    }),
  );
}

/** The sip.rules.numbers table, exported for its translation (numbers.ja.ts). */
export { t as sipNumberRuleMessages };
