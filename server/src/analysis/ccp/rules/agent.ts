/** Agent states that mean a contact was lost, and the workstation clock (ccp-log.md §7, §12). */
import type { Finding, OffsetRange } from '../../findings';
import { defineMessages, type MessageParams } from '../../l10n';
import { valueRangeOfKey } from '../features/jsonValueAt';
import type { StateBand } from '../model/agentTimeline';
import { EntryKind, MarkKind, type CcpEntry } from '../model/entry';
import { Slot } from '../parse/jsonScanner';
import { incidents, type Occurrence, type RuleContext } from './context';
import { sourceList } from './sources';

const m = defineMessages('ccp.rules.agent', {
  missedMessage: 'Contact missed by the agent: {count} time(s), first at {first}',
  missedSeen:
    'The agent went to MissedCallAgent or a contact fired "missed" {count} time(s) ({contacts}). {before}',
  missedBefore: 'Just before the first one: {problems}.',
  missedNothingBefore: 'No softphone or network error was logged in the minute before the first one.',
  missedWhy:
    'The customer was not connected; the contact went back to the queue or was lost, and the agent must set themselves Available again.',
  missedCause:
    'The agent did not accept in time (away, no ringtone heard), or a technical failure prevented the softphone from connecting (see the errors just before).',
  missedFix:
    'If errors precede it, fix those first (media path, microphone, API endpoint). Otherwise check the ringtone and ringer device, and that the CCP tab is not throttled in the background.',
  failedMessage: 'Contact could not be connected: {states}, first at {first}',
  failedSeen: 'Agent error states seen: {states}, between {first} and {last}.',
  failedWhy: 'The call did not reach one of the parties.',
  failedCause:
    'FailedConnectAgent/BadAddressAgent: routing to the agent failed (softphone or desk phone unreachable). FailedConnectCustomer/BadAddressCustomer/LineEngagedCustomer: the customer number could not be reached, was busy or invalid. MissedCallCustomer: a queued callback was not answered.',
  failedFix:
    'For agent-side states check the softphone errors around the same time; for customer-side states check the dialled number and the outbound caller id, and the callback retry settings.',
  skewMessage: 'Workstation clock off by {worst} (threshold {threshold} ms) at {first}',
  skewSeen:
    '{count} of {total} snapshots show |skew| ≥ {threshold} ms; median skew {median}, worst {worst}. Positive skew means the Amazon Connect server clock is ahead of the agent PC.',
  skewWhy:
    "Every time in this file is the agent PC's clock; with a wrong clock, times do not match server-side records (contact trace records, recordings) and durations look wrong.",
  skewCause:
    'The agent PC does not synchronise its clock (NTP blocked, virtual machine drift, wrong manual time).',
  skewWhat: 'skew {skew} ms',
  skewFix:
    'Enable automatic time synchronisation (NTP) on the workstation; when comparing with server records, shift this log by the median skew.',
});

/** The message table, for its translation in agent.ja.ts. */
export { m as agentRuleMessages };

const FAILED_STATES = [
  'FailedConnectAgent',
  'FailedConnectCustomer',
  'BadAddressAgent',
  'BadAddressCustomer',
  'LineEngagedAgent',
  'LineEngagedCustomer',
  'MissedCallCustomer',
];

const PRECEDING_KINDS = [
  EntryKind.SoftphoneError,
  EntryKind.RtcIceTimeout,
  EntryKind.RtcSignalingFailed,
  EntryKind.RtcHandshakeFailed,
  EntryKind.RtcLocalMediaFailed,
  EntryKind.RingtoneFailure,
  EntryKind.ApiRequestFailed,
  EntryKind.ApiFailed,
  EntryKind.HeartbeatMissed,
  EntryKind.FailedGetAgentData,
] as const;

export function agentRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const missed = missedCalls(ctx);
  if (missed) out.push(missed);
  const failed = failedConnect(ctx);
  if (failed) out.push(failed);
  const skew = clockSkew(ctx);
  if (skew) out.push(skew);
  return out;
}

function bandOccurrence(ctx: RuleContext, b: StateBand): Occurrence {
  const e = ctx.model.entry(b.entry);
  return { entry: e, range: objectValueRange(ctx, e, 'name') ?? ctx.range(e), what: b.name };
}

/** Range of `"key": value` in an entry's objects, when the form has them. */
export function objectValueRange(ctx: RuleContext, e: CcpEntry, key: string): OffsetRange | undefined {
  const r = ctx.model.fieldRange(e, Slot.objects);
  if (!r) return undefined;
  return valueRangeOfKey(ctx.model.text, r.start, r.end, key);
}

function missedCalls(ctx: RuleContext): Finding | undefined {
  const model = ctx.model;
  const occ: Occurrence[] = [];
  const contacts: string[] = [];
  for (const b of model.agent.bands) if (b.name === 'MissedCallAgent') occ.push(bandOccurrence(ctx, b));
  for (const i of model.ofKind(EntryKind.PublishEvent)) {
    const e = model.entry(i);
    if (e.detail === 'contact::missed' && e.detail2) {
      occ.push(ctx.occurrence(e, `contact::missed ${e.detail2}`, MarkKind.EventName));
      contacts.push(e.detail2.slice(0, 8) + '…');
    }
  }
  if (occ.length === 0) return undefined;
  const groups = incidents(occ, 60_000);
  const first = (groups[0] as Occurrence[])[0] as Occurrence;
  const problems = precedingProblems(ctx, first.entry.time);
  const params: MessageParams = {
    count: groups.length,
    first: ctx.time(first.entry.time),
    contacts: ctx.list(contacts),
    before:
      problems.length > 0
        ? m.explain('missedBefore', { problems: ctx.list(problems, 5) })
        : m.explain('missedNothingBefore'),
  };
  return ctx.grouped(
    'ccp/missed-call-agent',
    occ,
    m.t('missedMessage', params),
    {
      seen: m.explain('missedSeen', params),
      why: m.explain('missedWhy', params),
      cause: m.explain('missedCause', params),
      fix: m.explain('missedFix', params),
      sources: sourceList(['agentStates', 'book']),
    },
    { count: groups.length },
  );
}

function precedingProblems(ctx: RuleContext, t: number): string[] {
  const out: string[] = [];
  if (Number.isNaN(t)) return out;
  for (const kind of PRECEDING_KINDS) {
    for (const i of ctx.model.ofKind(kind)) {
      const e = ctx.model.entry(i);
      if (e.time >= t - 60_000 && e.time <= t) {
        const what = e.kind === EntryKind.SoftphoneError ? e.detail : e.msg.slice(0, 60);
        out.push(`${what} (${ctx.time(e.time)})`);
        break;
      }
    }
  }
  return out;
}

function failedConnect(ctx: RuleContext): Finding | undefined {
  const occ: Occurrence[] = [];
  const counts = new Map<string, number>();
  for (const b of ctx.model.agent.bands) {
    if (!FAILED_STATES.includes(b.name)) continue;
    occ.push(bandOccurrence(ctx, b));
    counts.set(b.name, (counts.get(b.name) ?? 0) + 1);
  }
  if (occ.length === 0) return undefined;
  const times = occ.map((o) => o.entry.time);
  const params: MessageParams = {
    states: [...counts].map(([s, n]) => `${s} ×${n}`).join(', '),
    first: ctx.time(Math.min(...times)),
    last: ctx.time(Math.max(...times)),
  };
  return ctx.grouped('ccp/failed-connect', occ, m.t('failedMessage', params), {
    seen: m.explain('failedSeen', params),
    why: m.explain('failedWhy', params),
    cause: m.explain('failedCause', params),
    fix: m.explain('failedFix', params),
    sources: sourceList(['agentStates']),
  });
}

function clockSkew(ctx: RuleContext): Finding | undefined {
  const threshold = ctx.thresholds.clockSkewMs;
  const agent = ctx.model.agent;
  const bad = agent.skewPoints.filter((p) => Math.abs(p.info.skew) >= threshold);
  if (bad.length === 0) return undefined;
  const worst = bad.reduce((a, b) => (Math.abs(b.info.skew) > Math.abs(a.info.skew) ? b : a));
  const occ = bad.map((p) => {
    const e = ctx.model.entry(p.entry);
    return {
      entry: e,
      range: objectValueRange(ctx, e, 'skew') ?? ctx.range(e),
      what: m.t('skewWhat', { skew: p.info.skew }),
    };
  });
  const params: MessageParams = {
    count: bad.length,
    total: agent.skewPoints.length,
    threshold,
    median: `${agent.medianSkew} ms`,
    worst: `${worst.info.skew} ms`,
    first: ctx.time(worst.time),
  };
  return ctx.grouped(
    'ccp/clock-skew',
    occ,
    m.t('skewMessage', params),
    {
      seen: m.explain('skewSeen', params),
      why: m.explain('skewWhy', params),
      cause: m.explain('skewCause', params),
      fix: m.explain('skewFix', params),
      sources: sourceList(['ccpLogParser', 'colinMorris']),
    },
    { primary: occ[bad.indexOf(worst)] },
  );
}
