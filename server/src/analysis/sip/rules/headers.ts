/**
 * Headers that explain themselves once decoded: Reason (Q.850 and SIP causes, RFC 3326) and Warning
 * (RFC 3261 §20.43); and routing loops (482/483, Max-Forwards running out, the same Via twice).
 */
import { defineMessages } from '../../l10n';
import { findHeaders, headerValue } from '../model/lookup';
import type { SipMessage } from '../model/types';
import { parseParams, parseVia, splitList } from '../parse/values';
import type { RuleContext } from './context';
import { NORMAL_Q850, q850Meaning, warningMeaning } from './causes';
import { describeMessage, startLineRange } from './evidence';
import { reasonPhrase } from './failureDetails';

const t = defineMessages('sip.rules.headers', {
  reasonQ850Message: 'Reason: Q.850 cause {cause} ({meaning}) on {label}',
  reasonSipMessage: 'Reason: SIP {cause} on {label}',
  reasonOtherMessage: 'Reason: {protocol} cause {cause} on {label}',
  reasonSeen: '{message} carries Reason: {value}.',
  reasonWhy: 'The Reason header tells why the call or request ended, as the side that ended it saw it.',
  reasonNormalWhy: 'Cause {cause} is an ordinary hang-up: one side ended the call.',
  reasonCause: 'Q.850 cause {cause} means {meaning}; the text is "{text}".',
  reasonCauseSip: 'SIP cause {cause} is the response code the other leg ended with; the text is "{text}".',
  reasonFix:
    'Follow the cause: busy or no answer are outcomes; congestion, out-of-order or interworking causes point at the network on the far side of the element that wrote it.',
  reasonNormalFix: 'Nothing to fix.',
  warningMessage: 'Warning {code} ({meaning}) from {agent}',
  warningSeen: '{message} carries Warning: {value}.',
  warningWhy: 'A Warning adds why a request failed or what was not accepted, beyond the status code.',
  warningDebugWhy:
    'Warning 392 is debug information Kamailio/SER adds (source address, URIs, Via count); it is not an error.',
  warningCause: 'Code {code} means {meaning}; the agent {agent} says "{text}".',
  warningFix: 'Use the code and text to adjust the offer or request (codecs, media types, transport).',
  warningDebugFix:
    'Nothing to fix; the req_src_ip value shows the address the proxy saw (useful for NAT questions).',
  loopMessage: '{status} {phrase}: routing loop',
  loopSeen: '{message} answered {request}.',
  maxForwardsMessage: 'Max-Forwards is {value}: the request is about to be rejected',
  maxForwardsSeen: '{message} arrives with Max-Forwards {value}.',
  viaLoopMessage: 'The request passed {host} twice: routing loop',
  viaLoopSeen: '{message} carries Via {host} {count} times.',
  loopWhy:
    'The request circles between elements until Max-Forwards runs out (483) or a proxy notices the loop (482); the call fails.',
  loopCause:
    'Routes that point back at each other (dial plans, DNS SRV, a trunk configured in both directions), or a proxy that forwards to itself.',
  loopFix:
    'Trace the Via list to see the circle and fix the route on the element that sends the request back.',
});

export function headerRules(ctx: RuleContext): void {
  const { trace } = ctx;
  const reasonId = trace.headers.existingId('reason');
  const warningId = trace.headers.existingId('warning');
  const ids = trace.headers.nameId;
  for (const m of trace.messages) {
    if (m.original >= 0) continue;
    if (reasonId >= 0 || warningId >= 0) {
      const last = m.headerFirst + m.headerCount;
      for (let h = m.headerFirst; h < last; h++) {
        const id = ids[h];
        if (id === reasonId) reason(ctx, m, headerValue(trace, m, h));
        else if (id === warningId) warning(ctx, m, headerValue(trace, m, h));
      }
    }
    loops(ctx, m);
  }
}

function label(ctx: RuleContext, m: SipMessage): string {
  return m.isRequest ? m.method : `${m.status} ${reasonPhrase(ctx.trace, m)}`.trim();
}

function reason(ctx: RuleContext, m: SipMessage, value: string): void {
  const { trace } = ctx;
  for (const part of splitList(value.slice(0, 2000))) {
    const semi = part.indexOf(';');
    const protocol = (semi < 0 ? part : part.slice(0, semi)).trim();
    const params = parseParams(semi < 0 ? '' : part.slice(semi));
    const cause = Number.parseInt(params.get('cause') ?? '', 10);
    if (!Number.isFinite(cause)) continue;
    const text = params.get('text') ?? '';
    const q850 = protocol.toUpperCase() === 'Q.850';
    const sip = protocol.toUpperCase() === 'SIP';
    const normal = q850 && NORMAL_Q850.has(cause);
    const l = label(ctx, m);
    ctx.repeat(
      'sip/reason',
      `${protocol.toUpperCase()}|${cause}|${l}`,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: q850
          ? t.t('reasonQ850Message', { cause, meaning: q850Meaning(cause), label: l })
          : sip
            ? t.t('reasonSipMessage', { cause, label: l })
            : t.t('reasonOtherMessage', { protocol, cause, label: l }),
        severity: normal ? 'hint' : undefined,
        explanation: {
          seen: t.explain('reasonSeen', { message: describeMessage(trace, m), value: part.slice(0, 300) }),
          why: normal ? t.explain('reasonNormalWhy', { cause }) : t.explain('reasonWhy'),
          cause: q850
            ? t.explain('reasonCause', { cause, meaning: q850Meaning(cause), text })
            : t.explain('reasonCauseSip', { cause, text }),
          fix: normal ? t.explain('reasonNormalFix') : t.explain('reasonFix'),
        },
      }),
    );
  }
}

function warning(ctx: RuleContext, m: SipMessage, value: string): void {
  const { trace } = ctx;
  for (const part of splitList(value.slice(0, 4000))) {
    const match = /^(\d{3})\s+(\S+)\s*(?:"((?:[^"\\]|\\.)*)")?/.exec(part.slice(0, 1000));
    if (!match) continue;
    const code = Number(match[1]);
    const agent = match[2] as string;
    const text = (match[3] ?? '').slice(0, 300);
    const debug = code === 392;
    ctx.repeat(
      'sip/warning-header',
      `${code}|${agent}`,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('warningMessage', { code, meaning: warningMeaning(code), agent }),
        severity: debug ? 'hint' : undefined,
        explanation: {
          seen: t.explain('warningSeen', { message: describeMessage(trace, m), value: part.slice(0, 300) }),
          why: debug ? t.explain('warningDebugWhy') : t.explain('warningWhy'),
          cause: t.explain('warningCause', { code, meaning: warningMeaning(code), agent, text }),
          fix: debug ? t.explain('warningDebugFix') : t.explain('warningFix'),
        },
      }),
    );
  }
}

function loops(ctx: RuleContext, m: SipMessage): void {
  const { trace } = ctx;
  const explanation = (seen: string): { seen: string; why: string; cause: string; fix: string } => ({
    seen,
    why: t.explain('loopWhy'),
    cause: t.explain('loopCause'),
    fix: t.explain('loopFix'),
  });
  if (!m.isRequest) {
    if (m.status !== 482 && m.status !== 483) return;
    const tx = m.transaction >= 0 ? trace.transactions[m.transaction] : undefined;
    const request =
      tx && tx.request >= 0 ? describeMessage(trace, trace.messages[tx.request] as SipMessage) : m.cseqMethod;
    ctx.repeat(
      'sip/routing-loop',
      `status|${m.dialog}|${m.cseq}`,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('loopMessage', { status: m.status, phrase: reasonPhrase(trace, m) }),
        explanation: explanation(t.explain('loopSeen', { message: describeMessage(trace, m), request })),
      }),
    );
    return;
  }
  if (m.maxForwards >= 0 && m.maxForwards <= 1 && m.method !== 'ACK') {
    ctx.repeat(
      'sip/routing-loop',
      `mf|${m.dialog}|${m.cseq}`,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('maxForwardsMessage', { value: m.maxForwards }),
        severity: 'warning',
        explanation: explanation(
          t.explain('maxForwardsSeen', { message: describeMessage(trace, m), value: m.maxForwards }),
        ),
      }),
    );
  }
  if (m.viaCount >= 3) {
    const seen = new Map<string, number>();
    for (const h of findHeaders(trace, m, 'via')) {
      for (const v of splitList(headerValue(trace, m, h))) {
        const via = parseVia(v);
        const key = `${via.host.toLowerCase()}:${via.port ?? 5060}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    for (const [host, count] of seen) {
      if (count < 2) continue;
      ctx.repeat(
        'sip/routing-loop',
        `via|${m.dialog}|${host}`,
        startLineRange(m),
        () => describeMessage(trace, m),
        () => ({
          message: t.t('viaLoopMessage', { host }),
          explanation: explanation(
            t.explain('viaLoopSeen', { message: describeMessage(trace, m), host, count }),
          ),
        }),
      );
      break;
    }
  }
}

/** The sip.rules.headers table, exported for its translation (headers.ja.ts). */
export { t as sipHeaderRuleMessages };
