/**
 * The CCP's network paths other than media (ccp-log.md §8, §9, §11.1): the CTI API endpoint, the event
 * WebSocket, metrics uploads, outbound dial time-outs, slow and unanswered API calls.
 */
import type { Finding } from '../../findings';
import { defineMessages, type MessageParams } from '../../l10n';
import { NO_REPLY_MS, type ApiCall } from '../model/apiCalls';
import { EntryKind, MarkKind, type CcpEntry } from '../model/entry';
import { classOfEntry } from './apiErrorClass';
import { incidents, type Occurrence, type RuleContext } from './context';
import { sourceList } from './sources';

const m = defineMessages('ccp.rules.network', {
  apiMessage:
    'CTI API endpoint unreachable: {count} failed request(s) in {periods} period(s), first at {first}',
  apiSeen:
    '{count} API requests failed with network errors between {first} and {last} (operations: {ops}). {detail}',
  apiWhy:
    'Every agent action goes through this API: state changes, accepting calls, snapshots. While it is unreachable the CCP shows "Initialization Failed" or stalls, incoming contacts are not seen and end as missed, and audio metrics are lost.',
  apiCause:
    'The workstation cannot reach the Amazon Connect API over HTTPS: proxy or firewall rules, DNS, a VPN dropping, or the network going offline.',
  apiFix:
    'Allow outbound TCP 443 to {api}, plus {supporting}; check the proxy (PAC) and DNS for these hosts.',

  failedMessage: '{count} API request(s) failed with an error reply, first at {first}',
  failedSeen: 'Failed replies: {summary}.',
  failedWhy:
    'The agent action behind each request did not happen (for example a transfer, a state change or a new connection).',
  failedCause:
    'The service refused the request: the error code and message say why (an invalid state, a bad endpoint or number, a quota).',
  failedFix:
    'Read the error of each failed operation; a request the agent retried successfully needs no action.',

  wsMessage: 'Event WebSocket unhealthy: {summary}, first at {first}',
  wsSeen:
    'Heartbeat misses: {misses}; WebSocket errors: {errors}; connection-lost events: {lost}; repeated initialisations: {inits}. Between {first} and {last}.',
  wsWhy:
    'The CCP learns of agent and contact changes (incoming calls, state changes) over this WebSocket; while it is down the CCP falls behind and contacts can be missed.',
  wsCause:
    'The WebSocket to the Connect transport endpoint is blocked, cut by a proxy that does not pass WebSockets, or the network drops (sleep, VPN, Wi-Fi).',
  wsFix:
    'Allow outbound TCP 443 to {events} and let the proxy pass WebSocket upgrades (no SSL inspection on these hosts).',
  wsMisses: '{count} heartbeat miss(es)',
  wsErrors: '{count} WebSocket error(s)',
  wsLost: '{count} connection loss(es)',
  wsInits: '{count} re-initialisation(s)',

  metricsMessage:
    '{count} audio-metrics upload(s) failed: about {seconds} s of samples are missing, first at {first}',
  metricsSeen:
    '{count} uploads of softphone metrics failed between {first} and {last}. Samples are logged only when the upload succeeds, so the charts have holes there.',
  metricsWhy: 'The holes are a symptom: the same API endpoint problem usually affects the call itself.',
  metricsCause: 'The CTI API (SendSoftphoneCallMetrics) could not be reached at the time.',
  metricsFix: 'Same as for an unreachable API endpoint: allow outbound TCP 443 to {api} and {supporting}.',

  dialMessage: 'Outbound dial timed out: {count} time(s), first at {first}',
  dialSeen: 'Agent.connect (an outbound call) got no answer from the API in time {count} time(s); {detail}',
  dialWhy: 'The agent clicked to dial, but the call was not placed.',
  dialCause: 'The CTI API endpoint was slow or unreachable when createOutboundContact was sent.',
  dialFix: 'Check reachability and latency of {api}; see the API latency findings around the same time.',

  latencyMessage: '{count} slow API call(s) (≥ {threshold} ms); slowest {worst} ({op}) at {first}',
  latencySeen:
    'Slow operations: {summary}. The threshold is callsight.thresholds.apiLatencyMs = {threshold} ms.',
  latencyWhy:
    'Slow API calls make the CCP sluggish: accepting, transferring and state changes lag, and long delays end in time-outs.',
  latencyCause:
    'Network latency to the Amazon Connect API (distance to the region, a proxy, packet loss) or a busy workstation.',
  latencyFix:
    'Measure from the agent PC with the Amazon Connect Endpoint Test Utility; bypass proxies for {api}; use an instance in a region near the agents.',

  noReplyMessage: '{count} API request(s) without a reply within 30 s, first at {first}',
  noReplySeen: 'Requests never answered: {summary}.',
  noReplyWhy:
    'The action was probably lost: the CCP times out and may show an error or stay in the old state.',
  noReplyCause:
    'The request or its reply was lost on the way (network drop, proxy time-out), or the SharedWorker was suspended.',
  noReplyFix:
    'Check the network path to {api}; keep the CCP tab from being put to sleep (browser tab discarding, power saving).',
  opSummary: '{op} ×{count} (slowest {max})',
  opCount: '{op} ×{count}',
});

/** The message table, for its translation in network.ja.ts. */
export { m as networkRuleMessages };

function snippet(e: CcpEntry): string {
  const s = e.msg;
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}

function timeSpan(occ: readonly Occurrence[]): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const o of occ) {
    if (!o.entry.timed) continue;
    if (o.entry.time < first) first = o.entry.time;
    if (o.entry.time > last) last = o.entry.time;
  }
  return { first: first === Infinity ? NaN : first, last: last === -Infinity ? NaN : last };
}

export function networkRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const api = apiUnreachable(ctx);
  if (api) out.push(api);
  const failed = apiFailed(ctx);
  if (failed) out.push(failed);
  const ws = webSocket(ctx);
  if (ws) out.push(ws);
  const metrics = metricsUpload(ctx);
  if (metrics) out.push(metrics);
  const dial = outboundDial(ctx);
  if (dial) out.push(dial);
  const latency = apiLatency(ctx);
  if (latency) out.push(latency);
  const noReply = apiNoReply(ctx);
  if (noReply) out.push(noReply);
  return out;
}

const NETWORK_KINDS = [
  EntryKind.ApiFailed,
  EntryKind.ApiRequestFailed,
  EntryKind.ApiHandleFailed,
  EntryKind.FailedGetAgentData,
  EntryKind.FailedAcceptCall,
  EntryKind.NetworkFailure,
] as const;

function apiUnreachable(ctx: RuleContext): Finding | undefined {
  const model = ctx.model;
  const occ: Occurrence[] = [];
  const ops: string[] = [];
  for (const kind of NETWORK_KINDS) {
    for (const i of model.ofKind(kind)) {
      const e = model.entry(i);
      const cls = classOfEntry(e);
      // An AWSClient failure says its code; "API request failed" lines usually do not (the catalogue counts them as network).
      const network =
        cls === 'network' ||
        (cls === 'unknown' &&
          (kind === EntryKind.ApiRequestFailed ||
            kind === EntryKind.ApiHandleFailed ||
            kind === EntryKind.FailedAcceptCall));
      if (!network) continue;
      occ.push(
        ctx.occurrence(
          e,
          snippet(e),
          kind === EntryKind.ApiFailed ? MarkKind.ErrorCode : MarkKind.ApiOperation,
        ),
      );
      if (e.detail) ops.push(e.detail);
    }
  }
  if (occ.length === 0) return undefined;
  const { first, last } = timeSpan(occ);
  const periods = incidents(occ, 60_000).length;
  const ep = ctx.endpoints;
  const params: MessageParams = {
    count: occ.length,
    periods,
    first: ctx.time(first),
    last: ctx.time(last),
    ops: ctx.list(ops),
    detail: `“${(occ[0] as Occurrence).what}”`,
    api: ep.api,
    supporting: ep.supporting,
  };
  return ctx.grouped('ccp/api-endpoint-unreachable', occ, m.t('apiMessage', params), {
    seen: m.explain('apiSeen', params),
    why: m.explain('apiWhy', params),
    cause: m.explain('apiCause', params),
    fix: m.explain('apiFix', params),
    sources: sourceList(['kbSoftphoneErrors', 'adminNetworking', 'streamsClient', 'ccpLogParser']),
  });
}

function apiFailed(ctx: RuleContext): Finding | undefined {
  const model = ctx.model;
  const occ: Occurrence[] = [];
  const summary: string[] = [];
  for (const kind of [EntryKind.ApiFailed, EntryKind.ApiRequestFailed] as const) {
    for (const i of model.ofKind(kind)) {
      const e = model.entry(i);
      const cls = classOfEntry(e);
      if (cls === 'other' || (cls === 'unknown' && kind === EntryKind.ApiFailed)) {
        occ.push(ctx.occurrence(e, snippet(e), MarkKind.ApiOperation));
        const p = e.payload as { message?: string } | undefined;
        summary.push(
          `${e.detail}${e.detail2 ? ` (${e.detail2})` : ''}${p?.message ? `: ${p.message.slice(0, 80)}` : ''}`,
        );
      }
    }
  }
  if (occ.length === 0) return undefined;
  const { first } = timeSpan(occ);
  const params: MessageParams = { count: occ.length, first: ctx.time(first), summary: ctx.list(summary, 5) };
  return ctx.grouped('ccp/api-failed', occ, m.t('failedMessage', params), {
    seen: m.explain('failedSeen', params),
    why: m.explain('failedWhy', params),
    cause: m.explain('failedCause', params),
    fix: m.explain('failedFix', params),
    sources: sourceList(['streamsClient']),
  });
}

/** Initialisations closer than this to two earlier ones count as a reconnect loop. */
const INIT_LOOP_MS = 10 * 60_000;

function webSocket(ctx: RuleContext): Finding | undefined {
  const model = ctx.model;
  const ws = model.webSocket;
  const occ: Occurrence[] = [];
  for (const i of ws.misses) occ.push(ctx.occurrence(model.entry(i), snippet(model.entry(i))));
  for (const i of ws.errors) occ.push(ctx.occurrence(model.entry(i), snippet(model.entry(i))));
  for (const i of ws.lost)
    occ.push(ctx.occurrence(model.entry(i), snippet(model.entry(i)), MarkKind.EventName));
  let loops = 0;
  for (let k = 2; k < ws.inits.length; k++) {
    const e = model.entry(ws.inits[k] as number);
    const before = model.entry(ws.inits[k - 2] as number);
    if (e.time - before.time <= INIT_LOOP_MS) {
      occ.push(ctx.occurrence(e, snippet(e)));
      loops++;
    }
  }
  if (occ.length === 0) return undefined;
  const { first, last } = timeSpan(occ);
  const parts: string[] = [];
  if (ws.misses.length > 0) parts.push(m.t('wsMisses', { count: ws.misses.length }));
  if (ws.errors.length > 0) parts.push(m.t('wsErrors', { count: ws.errors.length }));
  if (ws.lost.length > 0) parts.push(m.t('wsLost', { count: ws.lost.length }));
  if (loops > 0) parts.push(m.t('wsInits', { count: loops }));
  const params: MessageParams = {
    summary: parts.join(', '),
    misses: ws.misses.length,
    errors: ws.errors.length,
    lost: ws.lost.length,
    inits: loops,
    first: ctx.time(first),
    last: ctx.time(last),
    events: ctx.endpoints.events,
  };
  return ctx.grouped('ccp/websocket-unhealthy', occ, m.t('wsMessage', params), {
    seen: m.explain('wsSeen', params),
    why: m.explain('wsWhy', params),
    cause: m.explain('wsCause', params),
    fix: m.explain('wsFix', params),
    sources: sourceList(['wsManager', 'adminNetworking']),
  });
}

function metricsUpload(ctx: RuleContext): Finding | undefined {
  const model = ctx.model;
  const occ = model
    .ofKind(EntryKind.MetricsFailed)
    .map((i) => ctx.occurrence(model.entry(i), snippet(model.entry(i))));
  if (occ.length === 0) return undefined;
  const { first, last } = timeSpan(occ);
  const ep = ctx.endpoints;
  const params: MessageParams = {
    count: occ.length,
    seconds: occ.length * 30,
    first: ctx.time(first),
    last: ctx.time(last),
    api: ep.api,
    supporting: ep.supporting,
  };
  return ctx.grouped('ccp/metrics-upload-failed', occ, m.t('metricsMessage', params), {
    seen: m.explain('metricsSeen', params),
    why: m.explain('metricsWhy', params),
    cause: m.explain('metricsCause', params),
    fix: m.explain('metricsFix', params),
    sources: sourceList(['streamsSoftphone', 'adminNetworking']),
  });
}

function outboundDial(ctx: RuleContext): Finding | undefined {
  const model = ctx.model;
  const occ = model
    .ofKind(EntryKind.AgentConnectTimeout)
    .map((i) => ctx.occurrence(model.entry(i), snippet(model.entry(i))));
  if (occ.length === 0) return undefined;
  const { first } = timeSpan(occ);
  const params: MessageParams = {
    count: occ.length,
    first: ctx.time(first),
    detail: `“${(occ[0] as Occurrence).what}”`,
    api: ctx.endpoints.api,
  };
  return ctx.grouped('ccp/outbound-dial-timeout', occ, m.t('dialMessage', params), {
    seen: m.explain('dialSeen', params),
    why: m.explain('dialWhy', params),
    cause: m.explain('dialCause', params),
    fix: m.explain('dialFix', params),
    sources: sourceList(['streamsClient']),
  });
}

function callSummary(ctx: RuleContext, calls: readonly ApiCall[], withLatency: boolean): string {
  const byOp = new Map<string, ApiCall[]>();
  for (const c of calls) byOp.set(c.op, [...(byOp.get(c.op) ?? []), c]);
  const parts: string[] = [];
  for (const [op, list] of byOp) {
    const worst = Math.max(...list.map((c) => (Number.isNaN(c.latency) ? 0 : c.latency)));
    parts.push(
      withLatency
        ? m.t('opSummary', { op, count: list.length, max: ctx.duration(worst) })
        : m.t('opCount', { op, count: list.length }),
    );
  }
  return ctx.list(parts, 6);
}

function apiLatency(ctx: RuleContext): Finding | undefined {
  const model = ctx.model;
  const threshold = ctx.thresholds.apiLatencyMs;
  const slow = model.api.calls.filter((c) => c.latency >= threshold && c.reply >= 0);
  if (slow.length === 0) return undefined;
  const worst = slow.reduce((a, b) => (b.latency > a.latency ? b : a));
  const occ = slow.map((c) =>
    ctx.occurrence(model.entry(c.reply), `${c.op}: ${ctx.duration(c.latency)}`, MarkKind.ApiOperation),
  );
  const primary = occ[slow.indexOf(worst)];
  const params: MessageParams = {
    count: slow.length,
    threshold,
    worst: ctx.duration(worst.latency),
    op: worst.op,
    first: ctx.time(worst.replyTime),
    summary: callSummary(ctx, slow, true),
    api: ctx.endpoints.api,
  };
  return ctx.grouped(
    'ccp/api-latency',
    occ,
    m.t('latencyMessage', params),
    {
      seen: m.explain('latencySeen', params),
      why: m.explain('latencyWhy', params),
      cause: m.explain('latencyCause', params),
      fix: m.explain('latencyFix', params),
      sources: sourceList(['colinMorris', 'endpointTest']),
    },
    { primary },
  );
}

function apiNoReply(ctx: RuleContext): Finding | undefined {
  const model = ctx.model;
  const lost = model.api.calls.filter((c) => c.noReply && c.send >= 0);
  if (lost.length === 0) return undefined;
  const occ = lost.map((c) =>
    ctx.occurrence(model.entry(c.send), `${c.op}: > ${NO_REPLY_MS / 1000} s`, MarkKind.ApiOperation),
  );
  const params: MessageParams = {
    count: lost.length,
    first: ctx.time(timeSpan(occ).first),
    summary: callSummary(ctx, lost, false),
    api: ctx.endpoints.api,
  };
  return ctx.grouped('ccp/api-no-reply', occ, m.t('noReplyMessage', params), {
    seen: m.explain('noReplySeen', params),
    why: m.explain('noReplyWhy', params),
    cause: m.explain('noReplyCause', params),
    fix: m.explain('noReplyFix', params),
    sources: sourceList(['colinMorris', 'streamsClient']),
  });
}
