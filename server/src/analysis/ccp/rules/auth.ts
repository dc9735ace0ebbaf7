/** Expired sessions and missing permissions (ccp-log.md §8.2, §11.1, §12 CTIExceptions). */
import type { Finding } from '../../findings';
import { defineMessages, type MessageParams } from '../../l10n';
import { EntryKind, MarkKind, type CcpEntry } from '../model/entry';
import { classOfEntry, type ApiErrorClass } from './apiErrorClass';
import type { Occurrence, RuleContext } from './context';
import { sourceList } from './sources';

const m = defineMessages('ccp.rules.auth', {
  authMessage: 'Agent session expired or not authorised: {count} time(s), first at {first}',
  authSeen: '{count} requests or checks failed as unauthorised between {first} and {last} ({ops}).',
  authWhy:
    'With an expired session every CCP request fails: the agent cannot change state or take calls until logging in again.',
  authCause:
    'The CCP session (auth token) expired or was revoked: a long shift without re-login, SSO session limits, blocked or cleared cookies.',
  authFix:
    'Log in again; check the SSO/identity-provider session duration and that the browser keeps the lily-auth-* cookies for {api}.',
  accessMessage: 'Access denied to the agent: {count} time(s), first at {first}',
  accessSeen: '{count} requests were refused with AccessDeniedException between {first} and {last} ({ops}).',
  accessWhy:
    'The agent is not allowed to do what was asked (for example an outbound call, a transfer, a state).',
  accessCause: "The agent's security profile lacks the permission for this action.",
  accessFix:
    "Review the agent's security profile in the Amazon Connect console (Users → Security profiles) for the operations listed.",
});

/** The message table, for its translation in auth.ja.ts. */
export { m as authRuleMessages };

const KINDS = [
  EntryKind.ApiFailed,
  EntryKind.ApiRequestFailed,
  EntryKind.ApiUnauthorizedRetry,
  EntryKind.ApiAccessDeniedExhausted,
  EntryKind.AuthFail,
  EntryKind.AuthExhausted,
  EntryKind.FailedAcceptCall,
] as const;

function snippet(e: CcpEntry): string {
  const s = e.msg;
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}

export function authRules(ctx: RuleContext): Finding[] {
  const model = ctx.model;
  const byClass = new Map<ApiErrorClass, Occurrence[]>();
  const ops = new Map<ApiErrorClass, string[]>();
  for (const kind of KINDS) {
    for (const i of model.ofKind(kind)) {
      const e = model.entry(i);
      const cls = classOfEntry(e);
      if (cls !== 'auth' && cls !== 'access') continue;
      const list = byClass.get(cls) ?? [];
      list.push(ctx.occurrence(e, snippet(e), e.detail2 ? MarkKind.ErrorCode : MarkKind.ApiOperation));
      byClass.set(cls, list);
      if (e.detail) ops.set(cls, [...(ops.get(cls) ?? []), e.detail]);
    }
  }
  const out: Finding[] = [];
  for (const cls of ['auth', 'access'] as const) {
    const occ = byClass.get(cls);
    if (!occ) continue;
    const times = occ.filter((o) => o.entry.timed).map((o) => o.entry.time);
    const params: MessageParams = {
      count: occ.length,
      first: ctx.time(times.length ? Math.min(...times) : NaN),
      last: ctx.time(times.length ? Math.max(...times) : NaN),
      ops: ctx.list(ops.get(cls) ?? []),
      api: ctx.endpoints.api,
    };
    const p = cls === 'auth' ? 'auth' : 'access';
    out.push(
      ctx.grouped(
        cls === 'auth' ? 'ccp/auth-expired' : 'ccp/access-denied',
        occ,
        m.t(`${p}Message`, params),
        {
          seen: m.explain(`${p}Seen`, params),
          why: m.explain(`${p}Why`, params),
          cause: m.explain(`${p}Cause`, params),
          fix: m.explain(`${p}Fix`, params),
          sources: sourceList(['streamsClient']),
        },
      ),
    );
  }
  return out;
}
