/**
 * Transaction-level problems: requests with no final response, 2xx never acknowledged, ACKs sent
 * somewhere the 2xx did not ask for, retransmissions (loss or a silent peer), and Via headers
 * changed between a request and its response.
 */
import { defineMessages } from '../../l10n';
import { isNonRoutable, parseAddress, parseIpv6 } from '../ip/address';
import { findHeader, findHeaders, headerValue, requestUri } from '../model/lookup';
import { MessageFlag, type SipMessage, type SipTrace, type TimeKind, type Transaction } from '../model/types';
import { parseUri, sameRoutingTarget, splitList, uriOf, viaBranch, viaSentBy } from '../parse/values';
import type { RuleContext } from './context';
import { addressClassLabel } from './addresses';
import {
  describeMessage,
  describeRoute,
  formatList,
  formatSeconds,
  secondsBetween,
  startLineRange,
} from './evidence';
import { detached } from '../../text/detached';

const t = defineMessages('sip.rules.transactions', {
  noResponseMessage: '{method} got no response',
  noFinalMessage: '{method} got no final response (last: {last})',
  ringingMessage: '{method} still unanswered when the trace ends (last: {last})',
  noFinalSeen: '{request}{route} was sent {copies} time(s); {responses}{tail}',
  noFinalNone: 'nothing came back',
  noFinalResponses: 'responses seen: {responses}',
  noFinalTail: ' The trace continues {seconds} after the first copy.',
  noFinalTraceEnds: ' The trace ends {seconds} after the first copy.',
  noFinalWhy:
    'Without a final response the caller waits, then the transaction times out (Timer B, 32 s) and the call fails.',
  noFinalRingingWhy:
    'The call was still ringing or queued at the end of the capture; the outcome is not in this trace.',
  noFinalCause:
    'The far end is unreachable or silent: a firewall or NAT drops the request or the responses, the URI, port or transport is wrong, or the far end does not trust the source and ignores it.',
  noFinalRingingCause: 'The capture stopped before the call was answered, rejected or cancelled.',
  noFinalFix:
    'Check reachability of {target} (DNS, port, transport), firewall and allow-lists on both sides, and that responses can come back to the Via address.',
  noFinalRingingFix: 'Capture for longer to see the outcome.',
  noAckMessage: '{status} to INVITE never acknowledged: the call will be torn down about 32 s later',
  noAckSeen:
    '{response}{route} answered INVITE {cseq}; no ACK with CSeq {cseq} follows in this dialog.{copies}{bye}{contact}',
  noAckCopies:
    ' The 2xx was retransmitted {count} time(s) ({times}), as a UAS does while it waits for the ACK.',
  noAckBye: ' {bye} follows {delay} after the first 2xx.',
  noAckPrivate: ' The 2xx Contact {contact} is a {class} address.',
  noAckWhy:
    'The callee keeps retransmitting the 2xx until Timer H (64×T1 = 32 s) expires and then ends the call: two-way audio for about 30 s, then a drop.',
  noAckCause:
    'The ACK is sent to the wrong place (not to the 2xx Contact through the Record-Route set), or a NAT or firewall drops it; a private address in the 2xx Contact makes the ACK unroutable.',
  noAckFix:
    'Send the ACK to the 2xx Contact ({target}) through the Record-Route set; use a publicly reachable Contact, and do not let a SIP ALG rewrite Contact or Record-Route.',
  noAckTwilio: ' Twilio reports this as error 32022 (ACK not received) and hangs up both legs.',
  noAckTraceEnds: ' The trace ends {seconds} after the 2xx, so the ACK may just be outside it.',
  misroutedMessage: 'ACK sent to {target}, but the 2xx asked for {expected}',
  misroutedSeen:
    '{ack}{route} went to {target}; the {status} it acknowledges ({response}) had Contact {contact}{rr}.',
  misroutedRr: ' and Record-Route {rr}',
  misroutedNoRoute: ' The ACK carries no Route header although the 2xx had Record-Route.',
  misroutedDelivered: ' The packet still reached the 2xx sender.',
  misroutedDeliveredWhy:
    'This time the ACK reached the right element, but a strict peer, or any proxy or NAT change on the path, will not match it to the 2xx and will drop the call after about 32 s.',
  misroutedWhy:
    'The ACK does not reach the element that sent the 2xx, which keeps retransmitting it and drops the call after about 32 s.',
  misroutedCause:
    'The sender built the ACK from the wrong address (the INVITE target instead of the 2xx Contact), ignored the Record-Route set, or an ALG rewrote Contact or Record-Route in between.',
  misroutedFix:
    'Put the 2xx Contact in the ACK Request-URI and route it through the reversed Record-Route set (RFC 3261 §12.2.1.1); only rewrite your own addresses.',
  retransMessage: '{label} sent {count} times',
  retransSeen: '{first}{route} was repeated {repeats} time(s){times}.{answer}',
  retransTimes: ' at +{offsets}',
  retransAnswered: ' A response came {delay} after the first copy.',
  retransUnanswered: ' No response came to any copy.',
  retransResponse:
    ' The response was repeated because the request that stops it (ACK or PRACK) did not arrive.',
  retransWhy:
    'UDP senders repeat a request until a response arrives (T1 = 500 ms, doubling); repeats mean packets were lost or the peer stayed silent.',
  retransCause:
    'Packet loss, a firewall dropping one direction, or a peer that is down or ignores the sender.',
  retransFix:
    'Check the path between {route}: firewall and NAT rules for both directions, and that the far end accepts traffic from this source.',
  retransFixNoRoute:
    'Check the network path and firewall rules in both directions, and that the far end accepts this source.',
  viaMessage: 'Via changed between {method} and its {status} response',
  viaSeen: 'The request had Via {requestVia}; the response came back with {responseVia}.',
  viaWhy:
    'A response whose Via list was changed is not matched to its transaction and is discarded; the caller times out.',
  viaCause:
    'A SIP ALG or a proxy rewrote Via addresses (for example a blanket private-to-public rewrite) in the response.',
  viaFix:
    'Disable the SIP ALG or NAT rewrite for Via; responses must carry the Via values of the request unchanged (RFC 3261 §8.2.6.2).',
});

function traceEnds(trace: SipTrace): Map<TimeKind, number> {
  // Three kinds of time only: plain variables, not a map lookup per message.
  let absolute = -Infinity;
  let timeOfDay = -Infinity;
  let relative = -Infinity;
  for (const m of trace.messages) {
    const env = m.envelope;
    if (!env || env.time === undefined) continue;
    const time = env.time;
    if (env.timeKind === 'absolute') {
      if (time > absolute) absolute = time;
    } else if (env.timeKind === 'time-of-day') {
      if (time > timeOfDay) timeOfDay = time;
    } else if (env.timeKind === 'relative' && time > relative) relative = time;
  }
  const ends = new Map<TimeKind, number>();
  if (absolute > -Infinity) ends.set('absolute', absolute);
  if (timeOfDay > -Infinity) ends.set('time-of-day', timeOfDay);
  if (relative > -Infinity) ends.set('relative', relative);
  return ends;
}

function routeIn(m: SipMessage): string {
  const r = describeRoute(m);
  return r ? ` (${r})` : '';
}

export function transactionRules(ctx: RuleContext): void {
  const { trace } = ctx;
  const ends = traceEnds(trace);
  const reportedNoAck = new Set<string>();
  for (const tx of trace.transactions) {
    if (tx.request < 0) continue;
    const req = trace.messages[tx.request] as SipMessage;
    if (tx.method === 'ACK') continue;
    if (tx.finalResponse < 0) noFinalResponse(ctx, tx, req, ends);
    else if (tx.method === 'INVITE') {
      const final = trace.messages[tx.finalResponse] as SipMessage;
      if (final.status >= 200 && final.status < 300) {
        if (tx.ack < 0) noAck(ctx, tx, final, ends, reportedNoAck);
        else ackTarget(ctx, tx, trace.messages[tx.ack] as SipMessage);
      }
    }
    viaRewritten(ctx, tx, req);
  }
  retransmissions(ctx);
}

function noFinalResponse(
  ctx: RuleContext,
  tx: Transaction,
  req: SipMessage,
  ends: Map<TimeKind, number>,
): void {
  const { trace } = ctx;
  const responses = Array.from(tx.responses, (r) => trace.messages[r] as SipMessage);
  const statuses = [...new Set(responses.map((m) => m.status))];
  const last = responses[responses.length - 1];
  const ringing = statuses.some((s) => s >= 180);
  const env = req.envelope;
  const end = env?.timeKind ? ends.get(env.timeKind) : undefined;
  const remaining = env?.time !== undefined && end !== undefined ? (end - env.time) / 1000 : undefined;
  // A request at the very end of the capture: no verdict possible.
  const tooLate = remaining !== undefined && remaining < 0.5 && tx.requests.length < 2;
  const severity = ringing || tooLate ? 'information' : 'warning';
  const target = requestUri(trace, req) || req.toUri;
  const key =
    tx.method === 'INVITE' ? `${tx.dialog}|${tx.cseq}` : `${tx.method}|${target}|${env?.dst?.host ?? ''}`;
  ctx.repeat(
    'sip/no-final-response',
    key,
    startLineRange(req),
    () => describeMessage(trace, req),
    () => {
      const lastLabel = last ? `${last.status}` : '';
      const message =
        responses.length === 0
          ? t.t('noResponseMessage', { method: tx.method })
          : ringing
            ? t.t('ringingMessage', { method: tx.method, last: lastLabel })
            : t.t('noFinalMessage', { method: tx.method, last: lastLabel });
      const tail =
        remaining === undefined
          ? ''
          : remaining >= 32
            ? t.explain('noFinalTail', { seconds: formatSeconds(remaining) })
            : t.explain('noFinalTraceEnds', { seconds: formatSeconds(remaining) });
      return {
        message,
        severity,
        explanation: {
          seen: t.explain('noFinalSeen', {
            request: describeMessage(trace, req),
            route: routeIn(req),
            copies: Math.max(1, tx.requests.length),
            responses:
              responses.length === 0
                ? t.explain('noFinalNone')
                : t.explain('noFinalResponses', { responses: formatList(statuses.map(String)) }),
            tail,
          }),
          why: ringing ? t.explain('noFinalRingingWhy') : t.explain('noFinalWhy'),
          cause: ringing ? t.explain('noFinalRingingCause') : t.explain('noFinalCause'),
          fix: ringing
            ? t.explain('noFinalRingingFix')
            : t.explain('noFinalFix', { target: target.slice(0, 120) }),
        },
      };
    },
  );
}

/** `reported`: dialog and CSeq pairs already reported in this run (two hops of one INVITE share them). */
function noAck(
  ctx: RuleContext,
  tx: Transaction,
  final: SipMessage,
  ends: Map<TimeKind, number>,
  reported: Set<string>,
): void {
  const { trace } = ctx;
  const copies = Array.from(tx.responses, (r) => trace.messages[r] as SipMessage).filter(
    (m) => m !== final && m.status === final.status && m.flags & MessageFlag.Retransmission,
  );
  const dialog = trace.dialogs[tx.dialog];
  let bye: SipMessage | undefined;
  for (const i of dialog?.messages ?? []) {
    const m = trace.messages[i] as SipMessage;
    if (m.isRequest && m.method === 'BYE' && m.index > final.index) {
      bye = m;
      break;
    }
  }
  const contactAddress = final.contactUri ? parseAddress(parseUri(final.contactUri).host) : undefined;
  const env = final.envelope;
  const end = env?.timeKind ? ends.get(env.timeKind) : undefined;
  const remaining = env?.time !== undefined && end !== undefined ? (end - env.time) / 1000 : undefined;
  const weak = copies.length === 0 && !bye && remaining !== undefined && remaining < 1;
  const byeDelay = bye ? secondsBetween(final, bye) : undefined;
  const key = `${tx.dialog}|${tx.cseq}`;
  if (reported.has(key)) return;
  reported.add(key);
  ctx.report(
    'sip/2xx-without-ack',
    startLineRange(final),
    t.t('noAckMessage', { status: final.status }),
    {
      seen:
        t.explain('noAckSeen', {
          response: describeMessage(trace, final),
          route: routeIn(final),
          cseq: tx.cseq,
          copies:
            copies.length > 0
              ? t.explain('noAckCopies', {
                  count: copies.length,
                  times: formatList(
                    copies.map((c) => {
                      const s = secondsBetween(final, c);
                      return s === undefined ? describeMessage(trace, c) : `+${formatSeconds(s)}`;
                    }),
                  ),
                })
              : '',
          bye: bye
            ? t.explain('noAckBye', {
                bye: describeMessage(trace, bye),
                delay: byeDelay === undefined ? '?' : formatSeconds(byeDelay),
              })
            : '',
          contact:
            contactAddress && isNonRoutable(contactAddress.class)
              ? t.explain('noAckPrivate', {
                  contact: final.contactUri,
                  class: addressClassLabel(contactAddress.class),
                })
              : '',
        }) +
        (weak && remaining !== undefined
          ? t.explain('noAckTraceEnds', { seconds: formatSeconds(remaining) })
          : ''),
      why: t.explain('noAckWhy'),
      cause: t.explain('noAckCause'),
      fix:
        t.explain('noAckFix', { target: final.contactUri || '?' }) +
        (ctx.peers[tx.dialog]?.twilio ? t.explain('noAckTwilio') : ''),
    },
    {
      ...(weak ? { severity: 'information' as const } : {}),
      count: copies.length + 1,
      related: copies.map((c) => ({ ...startLineRange(c), message: describeMessage(trace, c) })),
    },
  );
}

/** The 2xx copy the ACK sender received (its envelope destination is the ACK's source), else the last one. */
function twoHundredFor(trace: SipTrace, tx: Transaction, ack: SipMessage): SipMessage | undefined {
  let chosen: SipMessage | undefined;
  for (const r of tx.responses) {
    const m = trace.messages[r] as SipMessage;
    if (m.status < 200 || m.status >= 300) continue;
    if (ack.envelope?.src && m.envelope?.dst && m.envelope.dst.host === ack.envelope.src.host) return m;
    chosen = m;
  }
  return chosen;
}

function ackTarget(ctx: RuleContext, tx: Transaction, ack: SipMessage): void {
  const { trace } = ctx;
  const ok = twoHundredFor(trace, tx, ack);
  const contact = ok?.contactUri;
  if (!ok || !contact) return;
  const target = requestUri(trace, ack);
  const src = ack.envelope?.src;
  const dst = ack.envelope?.dst;
  // The usual case, checked without parsing: the ACK goes to exactly the 2xx Contact, both sides
  // without a route set.
  const rrFirst = findHeader(trace, ok, 'record-route');
  const routeFirst = findHeader(trace, ack, 'route');
  if (target === contact && rrFirst < 0 && routeFirst < 0 && (!dst || !parseAddress(parseUri(target).host)))
    return;
  const rr = findHeaders(trace, ok, 'record-route').flatMap((h) => splitList(headerValue(trace, ok, h)));
  const rrHosts = new Set(rr.map((r) => sameAddress(parseUri(uriOf(r)).host)));
  const routes = findHeaders(trace, ack, 'route');
  const uriMismatch = target !== '' && !sameRoutingTarget(target, contact);
  // A proxy of the route set forwards the ACK with its own Route entry already removed. Without an
  // envelope, the top Via names the sender.
  const sender = src?.host ?? ack.viaHost;
  const fromRouteSetMember = sender !== '' && rrHosts.has(sameAddress(sender));
  const missingRoute = rr.length > 0 && routes.length === 0 && !fromRouteSetMember;
  const contactHost = sameAddress(parseUri(contact).host);
  // With no route set, the ACK goes to the Request-URI host: compare with where it was really sent.
  let wrongHop = false;
  if (!uriMismatch && !missingRoute && dst && routes.length === 0 && rr.length === 0) {
    const host = parseUri(target).host;
    wrongHop =
      parseAddress(host) !== undefined &&
      parseAddress(dst.host) !== undefined &&
      sameAddress(host) !== sameAddress(dst.host);
  }
  if (!uriMismatch && !missingRoute && !wrongHop) return;
  // The ACK still reached the 2xx sender (or the first proxy of its route set): a protocol fault, not a lost ACK.
  const delivered =
    !wrongHop &&
    dst !== undefined &&
    (sameAddress(dst.host) === contactHost || rrHosts.has(sameAddress(dst.host)));
  const expected = rr.length > 0 ? `${uriOf(rr[rr.length - 1] as string)} → ${contact}` : contact;
  const shownTarget = wrongHop && dst ? dst.host : target;
  ctx.repeat(
    'sip/ack-misrouted',
    `${tx.dialog}|${shownTarget}`,
    startLineRange(ack),
    () => describeMessage(trace, ack),
    () => ({
      message: t.t('misroutedMessage', {
        target: shownTarget.slice(0, 120),
        expected: expected.slice(0, 120),
      }),
      severity: delivered ? 'warning' : undefined,
      explanation: {
        seen:
          t.explain('misroutedSeen', {
            ack: describeMessage(trace, ack),
            route: routeIn(ack),
            target: shownTarget.slice(0, 200),
            status: ok.status,
            response: describeMessage(trace, ok),
            contact,
            rr: rr.length > 0 ? t.explain('misroutedRr', { rr: rr.join(', ').slice(0, 300) }) : '',
          }) +
          (missingRoute ? t.explain('misroutedNoRoute') : '') +
          (delivered ? t.explain('misroutedDelivered') : ''),
        why: delivered ? t.explain('misroutedDeliveredWhy') : t.explain('misroutedWhy'),
        cause: t.explain('misroutedCause'),
        fix: t.explain('misroutedFix'),
      },
    }),
  );
}

/** Canonical forms of the hosts met so far (a trace names few hosts). */
const canonicalHosts = new Map<string, string>();

/** A host in comparable form: IP literals canonicalised (IPv6 zero runs), names lower-cased. */
function sameAddress(host: string): string {
  let known = canonicalHosts.get(host);
  if (known === undefined) {
    const own = detached(host);
    known = canonicalHost(own);
    if (canonicalHosts.size >= 4096) canonicalHosts.clear();
    canonicalHosts.set(own, known);
  }
  return known;
}

function canonicalHost(host: string): string {
  const a = parseAddress(host);
  if (!a) return host.toLowerCase();
  if (a.family === 4) return a.text;
  const groups = parseIpv6(a.text);
  return groups ? groups.map((g) => g.toString(16)).join(':') : a.text.toLowerCase();
}

function viaRewritten(ctx: RuleContext, tx: Transaction, req: SipMessage): void {
  const { trace } = ctx;
  const reqEnv = req.envelope;
  if (!reqEnv?.src || !reqEnv.dst) return;
  for (const r of tx.responses) {
    const res = trace.messages[r] as SipMessage;
    const resEnv = res.envelope;
    // 100 Trying is hop-by-hop and never forwarded: stacks that trim its Via harm nobody.
    if (res.status === 100) continue;
    // Same hop, reversed: the response goes back to where the request came from.
    if (!resEnv?.src || !resEnv.dst || resEnv.dst !== reqEnv.src || resEnv.src !== reqEnv.dst) continue;
    // The top Via is parsed already; with a single Via that settles it without re-reading headers.
    const topSame =
      res.viaCount === req.viaCount &&
      res.branch === req.branch &&
      res.viaHost === req.viaHost &&
      res.viaPort === req.viaPort;
    if (topSame && req.viaCount <= 1) return;
    const a = viaList(trace, req);
    const b = viaList(trace, res);
    const same = a.length === b.length && a.every((v, i) => v === b[i]);
    if (!same) {
      ctx.repeat(
        'sip/via-rewritten',
        `${tx.dialog}|${tx.index}`,
        startLineRange(res),
        () => describeMessage(trace, res),
        () => ({
          message: t.t('viaMessage', { method: tx.method, status: res.status }),
          explanation: {
            seen: t.explain('viaSeen', {
              requestVia: a.join(', ').slice(0, 400),
              responseVia: b.join(', ').slice(0, 400),
            }),
            why: t.explain('viaWhy'),
            cause: t.explain('viaCause'),
            fix: t.explain('viaFix'),
          },
        }),
      );
    }
    return;
  }
}

/** Via values reduced to what must not change: sent-by and branch (received/rport may be added). */
function viaList(trace: SipTrace, m: SipMessage): string[] {
  const out: string[] = [];
  for (const h of findHeaders(trace, m, 'via')) {
    for (const v of splitList(headerValue(trace, m, h))) {
      const via = viaSentBy(v);
      out.push(`${via.host}${via.port !== undefined ? `:${via.port}` : ''};branch=${viaBranch(v)}`);
    }
  }
  return out;
}

function retransmissions(ctx: RuleContext): void {
  const { trace } = ctx;
  const copies = new Map<number, SipMessage[]>();
  for (const m of trace.messages) {
    if (!(m.flags & MessageFlag.Retransmission) || m.original < 0) continue;
    const list = copies.get(m.original) ?? [];
    list.push(m);
    copies.set(m.original, list);
  }
  for (const [original, repeats] of copies) {
    const first = trace.messages[original] as SipMessage;
    const tx = first.transaction >= 0 ? trace.transactions[first.transaction] : undefined;
    // 2xx repeats are the evidence of sip/2xx-without-ack when no ACK came.
    if (
      !first.isRequest &&
      first.status >= 200 &&
      first.status < 300 &&
      tx &&
      tx.method === 'INVITE' &&
      tx.ack < 0
    )
      continue;
    let answer = '';
    let severity: 'warning' | 'information' = repeats.length >= 3 ? 'warning' : 'information';
    if (first.isRequest && tx) {
      const response =
        tx.responses[0] !== undefined ? (trace.messages[tx.responses[0]] as SipMessage) : undefined;
      if (response) {
        const s = secondsBetween(first, response);
        answer = t.explain('retransAnswered', { delay: s === undefined ? '?' : formatSeconds(s) });
      } else {
        answer = t.explain('retransUnanswered');
        severity = 'warning';
      }
    } else if (!first.isRequest) {
      answer = t.explain('retransResponse');
    }
    const offsets = repeats
      .map((m) => secondsBetween(first, m))
      .filter((s): s is number => s !== undefined)
      .map((s) => s.toFixed(2));
    const route = describeRoute(first);
    const label = first.isRequest ? first.method : String(first.status);
    ctx.report(
      'sip/retransmissions',
      startLineRange(first),
      t.t('retransMessage', { label, count: repeats.length + 1 }),
      {
        seen: t.explain('retransSeen', {
          first: describeMessage(trace, first),
          route: route ? ` (${route})` : '',
          repeats: repeats.length,
          times: offsets.length > 0 ? t.explain('retransTimes', { offsets: formatList(offsets, 12) }) : '',
          answer,
        }),
        why: t.explain('retransWhy'),
        cause: t.explain('retransCause'),
        fix: route ? t.explain('retransFix', { route }) : t.explain('retransFixNoRoute'),
      },
      {
        severity,
        count: repeats.length + 1,
        related: repeats.map((m) => ({ ...startLineRange(m), message: describeMessage(trace, m) })),
      },
    );
  }
}

/** The sip.rules.transactions table, exported for its translation (transactions.ja.ts). */
export { t as sipTransactionRuleMessages };
