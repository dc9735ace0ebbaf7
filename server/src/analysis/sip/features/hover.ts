/**
 * Hovers: what is under the cursor in a SIP trace — envelope (time with deltas, addresses), method,
 * status code, Request-URI, header name (meaning, RFC), header value (Call-ID dialog summary, CSeq
 * transaction, Reason, Warning, UUI, session timers, Twilio, addresses) and SDP lines.
 */
import type { HoverResult } from '../../features';
import type { Finding } from '../../findings';
import { lookupCode } from '../../knowledge';
import { defineMessages } from '../../l10n';
import { codeSpan, escapeMarkdown } from '../../markdown';
import { findAddresses } from '../ip/address';
import { headerValue, messageAt, messageLabel } from '../model/lookup';
import { MessageFlag, type SipMessage, type SipTrace, type Transaction } from '../model/types';
import { displayHeaderName } from '../parse/headerNames';
import { describeMessage, describeRoute, formatSeconds, formatTime, secondsBetween } from '../rules/evidence';
import { party, summarizeDialog } from './dialogSummary';
import {
  addressHover,
  catalogHover,
  reasonHover,
  sdpLineHover,
  sessionTimerHover,
  twilioHover,
  uriHover,
  uuiHover,
  viaHover,
  warningHover,
} from './hoverParts';
import { headerInfo, methodInfo, STANDARD_PHRASES, statusClassText } from './sipDictionary';

const h = defineMessages('sip.hover', {
  envelope: 'Envelope ({format})',
  time: 'Time: {time}',
  sincePrevious: 'Since the previous message of this dialog: {delta}',
  sinceStart: "Since the dialog's first message: {delta}",
  route: 'Route: {route}',
  transport: 'Transport: {transport}',
  byteCount: 'Size announced by the tool: {bytes} bytes',
  retransmission: 'Retransmission of an earlier copy ({original}).',
  duplicate: 'A copy of the previous message written by the tool (pre/post-NAT), not a retransmission.',
  rfc: '({rfc})',
  responses: 'Responses: {responses}',
  noResponses: 'No response in the trace.',
  ack: 'Acknowledged by {ack}.',
  noAck: 'No ACK for the 2xx in the trace.',
  answers: 'Answers {request}{delay}.',
  answersUnknown: 'The request this answers is not in the trace.',
  compact: 'Written in compact form {form}.',
  dialog: 'Dialog {callId}',
  parties: '{from} → {to}',
  timeline: '{count} message(s), {first} → {last}{duration}',
  duration: ' ({seconds})',
  outcome: 'Outcome: {outcome}',
  problems: 'Problems: {errors} error(s), {warnings} warning(s), {others} other',
  noProblems: 'No problems found in this dialog.',
  legs: 'Linked legs: {legs}',
  transaction: 'Transaction {method} {cseq}',
  formatSngrep: 'sngrep',
  formatNgrep: 'ngrep',
  formatTshark: 'Wireshark/tshark dissection',
  formatFollow: 'tshark follow stream',
  formatPjsip: 'Asterisk pjsip logger',
  formatChanSip: 'Asterisk chan_sip debug',
  formatFreeswitch: 'FreeSWITCH siptrace',
  formatKamailio: 'Kamailio sipdump',
  formatOpensips: 'OpenSIPS tracer',
  formatHomer: 'Homer export',
  formatAcme: 'Oracle/Acme sipmsg.log',
  formatCisco: 'Cisco debug ccsip messages',
  formatRaw: 'raw SIP',
});

const FORMAT_KEYS = {
  sngrep: 'formatSngrep',
  ngrep: 'formatNgrep',
  tshark: 'formatTshark',
  follow: 'formatFollow',
  pjsip: 'formatPjsip',
  chan_sip: 'formatChanSip',
  freeswitch: 'formatFreeswitch',
  kamailio: 'formatKamailio',
  opensips: 'formatOpensips',
  homer: 'formatHomer',
  acme: 'formatAcme',
  cisco: 'formatCisco',
  raw: 'formatRaw',
} as const;

export interface ProblemCounts {
  readonly error: number;
  readonly warning: number;
  readonly other: number;
}

export interface HoverContext {
  readonly trace: SipTrace;
  /** Findings per severity in one dialog, for the current settings (computed once by the caller). */
  dialogProblems(dialog: number): ProblemCounts;
}

/** Counts findings per dialog (by the message each finding starts in). */
export function countProblemsByDialog(
  trace: SipTrace,
  findings: readonly Finding[],
): Map<number, ProblemCounts> {
  const out = new Map<number, { error: number; warning: number; other: number }>();
  for (const f of findings) {
    const owner = messageAt(trace, f.start);
    if (!owner || owner.dialog < 0) continue;
    let c = out.get(owner.dialog);
    if (!c) {
      c = { error: 0, warning: 0, other: 0 };
      out.set(owner.dialog, c);
    }
    if (f.severity === 'error') c.error++;
    else if (f.severity === 'warning') c.warning++;
    else c.other++;
  }
  return out;
}

/** Header index of `m` whose name or value contains `offset`, or -1. */
export function headerAt(trace: SipTrace, m: SipMessage, offset: number): number {
  const store = trace.headers;
  const last = m.headerFirst + m.headerCount;
  for (let i = m.headerFirst; i < last; i++) {
    if (offset >= (store.nameStart[i] as number) && offset <= (store.valueEnd[i] as number)) return i;
  }
  return -1;
}

/** The SDP line (triple index) whose line contains `offset`, or -1. */
export function sdpLineAt(trace: SipTrace, m: SipMessage, offset: number): number {
  const lines = m.sdp?.lines;
  if (!lines) return -1;
  for (let k = 0; k + 2 < lines.length; k += 3) {
    const vs = lines[k + 1] as number;
    const ve = lines[k + 2] as number;
    const lineStart = trace.text.lastIndexOf('\n', vs - 1) + 1;
    if (offset >= lineStart && offset <= ve) return k;
  }
  return -1;
}

function result(start: number, end: number, parts: readonly string[]): HoverResult | undefined {
  const markdown = parts.filter((p) => p.length > 0).join('\n\n');
  return markdown ? { start, end: Math.max(end, start + 1), markdown } : undefined;
}

export function sipHover(ctx: HoverContext, offset: number): HoverResult | undefined {
  const hover = hoverAt(ctx, offset);
  // An empty value at the very end of the text is widened to one character by `result`; keep it inside.
  const length = ctx.trace.text.length;
  if (!hover || hover.end <= length) return hover;
  return { ...hover, start: Math.min(hover.start, length), end: length };
}

function hoverAt(ctx: HoverContext, offset: number): HoverResult | undefined {
  const { trace } = ctx;
  const m = messageAt(trace, offset);
  if (!m) return undefined;
  const env = m.envelope;
  if (env && offset >= env.start && offset < env.end && (offset < m.lineStart || offset > m.lineEnd))
    return envelopeHover(trace, m, offset);
  if (offset >= m.lineStart && offset <= m.lineEnd) return startLineHover(ctx, m, offset);
  const header = headerAt(trace, m, offset);
  if (header >= 0) return headerHover(ctx, m, header, offset);
  const k = sdpLineAt(trace, m, offset);
  if (k >= 0 && m.sdp) {
    const lines = m.sdp.lines;
    const vs = lines[k + 1] as number;
    const ve = lines[k + 2] as number;
    const type = String.fromCharCode(lines[k] as number);
    const lineStart = trace.text.lastIndexOf('\n', vs - 1) + 1;
    const value = trace.text.slice(vs, ve);
    const address = addressUnder(value, offset - vs);
    return result(lineStart, ve, [address ? addressHover(address.text) : '', sdpLineHover(type, value, m)]);
  }
  return undefined;
}

function addressUnder(value: string, at: number): { text: string; start: number; end: number } | undefined {
  for (const a of findAddresses(value.length > 4000 ? value.slice(0, 4000) : value)) {
    if (at >= a.index && at <= a.index + a.length)
      return { text: a.text, start: a.index, end: a.index + a.length };
  }
  return undefined;
}

function envelopeHover(trace: SipTrace, m: SipMessage, offset: number): HoverResult | undefined {
  const env = m.envelope;
  if (!env) return undefined;
  const lineEnd = Math.min(
    env.end,
    trace.text.indexOf('\n', env.start) < 0 ? env.end : trace.text.indexOf('\n', env.start),
  );
  const lineText = trace.text.slice(env.start, Math.min(lineEnd, env.start + 1000));
  const address = addressUnder(lineText, offset - env.start);
  const parts: string[] = [];
  if (address) parts.push(addressHover(address.text));
  parts.push(
    `**${h.t('envelope', { format: h.t(FORMAT_KEYS[env.format]) })}** — ${codeSpan(messageLabel(trace, m))}`,
  );
  const time = formatTime(env);
  if (time) parts.push(h.t('time', { time: codeSpan(time) }));
  const dialog = m.dialog >= 0 ? trace.dialogs[m.dialog] : undefined;
  if (dialog) {
    const at = dialog.messages.indexOf(m.index);
    const previous = at > 0 ? trace.messages[dialog.messages[at - 1] as number] : undefined;
    const first = trace.messages[dialog.messages[0] as number];
    const dp = previous ? secondsBetween(previous, m) : undefined;
    const ds = first && first !== m ? secondsBetween(first, m) : undefined;
    if (dp !== undefined) parts.push(h.t('sincePrevious', { delta: signed(dp) }));
    if (ds !== undefined) parts.push(h.t('sinceStart', { delta: signed(ds) }));
  }
  const route = describeRoute(m);
  if (route) parts.push(h.t('route', { route: codeSpan(route) }));
  if (env.transport) parts.push(h.t('transport', { transport: codeSpan(env.transport) }));
  if (env.byteCount !== undefined) parts.push(h.t('byteCount', { bytes: env.byteCount }));
  if (m.flags & MessageFlag.Retransmission && m.original >= 0)
    parts.push(
      h.t('retransmission', {
        original: escapeMarkdown(describeMessage(trace, trace.messages[m.original] as SipMessage)),
      }),
    );
  if (m.flags & MessageFlag.DuplicateCopy) parts.push(h.t('duplicate'));
  return result(
    address ? env.start + address.start : env.start,
    address ? env.start + address.end : lineEnd,
    parts,
  );
}

function signed(seconds: number): string {
  return `${seconds >= 0 ? '+' : ''}${formatSeconds(seconds)}`;
}

function transactionOf(trace: SipTrace, m: SipMessage): Transaction | undefined {
  return m.transaction >= 0 ? trace.transactions[m.transaction] : undefined;
}

function startLineHover(ctx: HoverContext, m: SipMessage, offset: number): HoverResult | undefined {
  const { trace } = ctx;
  const tx = transactionOf(trace, m);
  if (m.isRequest) {
    const methodEnd = m.lineStart + m.method.length;
    if (m.uriStart >= 0 && offset >= m.uriStart && offset <= m.uriEnd) {
      const uri = trace.text.slice(m.uriStart, m.uriEnd);
      const address = addressUnder(uri, offset - m.uriStart);
      return result(m.uriStart, m.uriEnd, [address ? addressHover(address.text) : '', uriHover(uri)]);
    }
    const info = methodInfo(m.method);
    const parts = [
      `**${escapeMarkdown(m.method)}** ${info.rfc ? h.t('rfc', { rfc: info.rfc }) : ''}`,
      info.text,
    ];
    if (tx) parts.push(...transactionLines(trace, tx, m));
    return result(m.lineStart, offset <= methodEnd ? methodEnd : m.lineEnd, parts);
  }
  const phrase = STANDARD_PHRASES[m.status];
  const parts = [
    `**${m.status} ${escapeMarkdown(trace.text.slice(m.reasonStart, Math.min(m.reasonEnd, m.reasonStart + 120)))}**${phrase ? ` — ${escapeMarkdown(phrase)}` : ''}`,
    statusClassText(m.status),
    catalogHover(lookupCode('sip', m.status)),
  ];
  const request = tx && tx.request >= 0 ? (trace.messages[tx.request] as SipMessage) : undefined;
  if (request) {
    const delay = secondsBetween(request, m);
    parts.push(
      h.t('answers', {
        request: escapeMarkdown(describeMessage(trace, request)),
        delay: delay === undefined ? '' : ` (${formatSeconds(delay)})`,
      }),
    );
  } else parts.push(h.t('answersUnknown'));
  if (m.flags & MessageFlag.Retransmission && m.original >= 0)
    parts.push(
      h.t('retransmission', {
        original: escapeMarkdown(describeMessage(trace, trace.messages[m.original] as SipMessage)),
      }),
    );
  return result(m.lineStart, m.lineEnd, parts);
}

function transactionLines(trace: SipTrace, tx: Transaction, m: SipMessage): string[] {
  const out: string[] = [];
  const responses = Array.from(tx.responses, (r) => trace.messages[r] as SipMessage);
  if (responses.length > 0) {
    const list = responses.map((r) => {
      const s = secondsBetween(m, r);
      return `${r.status}${s === undefined ? '' : ` +${formatSeconds(s)}`}`;
    });
    out.push(h.t('responses', { responses: escapeMarkdown(list.slice(0, 20).join(', ')) }));
  } else if (m.method !== 'ACK') out.push(h.t('noResponses'));
  if (tx.method === 'INVITE' && tx.finalResponse >= 0) {
    const final = trace.messages[tx.finalResponse] as SipMessage;
    if (final.status >= 200 && final.status < 300) {
      out.push(
        tx.ack >= 0
          ? h.t('ack', { ack: escapeMarkdown(describeMessage(trace, trace.messages[tx.ack] as SipMessage)) })
          : h.t('noAck'),
      );
    }
  }
  if (m.flags & MessageFlag.Retransmission && m.original >= 0)
    out.push(
      h.t('retransmission', {
        original: escapeMarkdown(describeMessage(trace, trace.messages[m.original] as SipMessage)),
      }),
    );
  return out;
}

function headerHover(
  ctx: HoverContext,
  m: SipMessage,
  header: number,
  offset: number,
): HoverResult | undefined {
  const { trace } = ctx;
  const store = trace.headers;
  const name = store.name(header);
  const nameStart = store.nameStart[header] as number;
  const nameEnd = store.nameEnd[header] as number;
  const valueStart = store.valueStart[header] as number;
  const valueEnd = store.valueEnd[header] as number;
  const info = headerInfo(name);
  const title = `**${escapeMarkdown(displayHeaderName(name))}** ${info.rfc ? h.t('rfc', { rfc: info.rfc }) : ''}`;
  const written = trace.text.slice(nameStart, Math.min(nameEnd, nameStart + 60));
  if (offset < valueStart) {
    const parts = [title, info.text];
    if (written.length === 1) parts.push(h.t('compact', { form: codeSpan(written) }));
    return result(nameStart, nameEnd, parts);
  }
  const value = headerValue(trace, m, header);
  const rawValue = trace.text.slice(valueStart, Math.min(valueEnd, valueStart + 8000));
  const address = addressUnder(rawValue, offset - valueStart);
  if (address)
    return result(valueStart + address.start, valueStart + address.end, [addressHover(address.text)]);
  let parts: string[];
  switch (name) {
    case 'call-id':
      parts = dialogHover(ctx, m);
      break;
    case 'cseq': {
      const tx = transactionOf(trace, m);
      const request = tx && tx.request >= 0 ? (trace.messages[tx.request] as SipMessage) : undefined;
      parts = [`**${h.t('transaction', { method: escapeMarkdown(m.cseqMethod), cseq: m.cseq })}**`];
      if (tx && request) parts.push(...transactionLines(trace, tx, request));
      break;
    }
    case 'reason':
      parts = [reasonHover(value)];
      break;
    case 'warning':
      parts = [warningHover(value)];
      break;
    case 'user-to-user':
    case 'x-user-to-user':
      parts = [uuiHover(value)];
      break;
    case 'session-expires':
    case 'min-se':
      parts = [title, sessionTimerHover(value)];
      break;
    case 'via':
      parts = [title, viaHover(value)];
      break;
    case 'contact':
    case 'from':
    case 'to':
    case 'p-asserted-identity':
    case 'refer-to':
    case 'referred-by':
    case 'route':
    case 'record-route': {
      const lt = value.indexOf('<');
      const gt = value.indexOf('>', lt + 1);
      const uri = lt >= 0 && gt > lt ? value.slice(lt + 1, gt) : (value.split(';')[0] ?? value).trim();
      parts = [title, uriHover(uri)];
      break;
    }
    default:
      parts = name.startsWith('x-twilio-')
        ? [title, info.text, twilioHover(name, value)]
        : [title, info.text];
  }
  return result(valueStart, valueEnd, parts);
}

function dialogHover(ctx: HoverContext, m: SipMessage): string[] {
  const { trace } = ctx;
  const dialog = m.dialog >= 0 ? trace.dialogs[m.dialog] : undefined;
  if (!dialog) return [];
  const s = summarizeDialog(trace, dialog);
  const parts = [
    `**${h.t('dialog', { callId: codeSpan(dialog.callId, 120) })}**`,
    h.t('parties', { from: codeSpan(s.from), to: codeSpan(s.to) }),
    h.t('timeline', {
      count: dialog.messages.length,
      first: escapeMarkdown(describeMessage(trace, s.first)),
      last: escapeMarkdown(describeMessage(trace, s.last)),
      duration: s.seconds === undefined ? '' : h.t('duration', { seconds: formatSeconds(s.seconds) }),
    }),
    h.t('outcome', { outcome: escapeMarkdown(s.outcome) }),
  ];
  const counts = ctx.dialogProblems(dialog.index);
  parts.push(
    counts.error + counts.warning + counts.other === 0
      ? h.t('noProblems')
      : h.t('problems', { errors: counts.error, warnings: counts.warning, others: counts.other }),
  );
  if (dialog.call >= 0) {
    const call = trace.calls[dialog.call];
    if (call) {
      const legs = call.dialogs
        .filter((d) => d !== dialog.index)
        .map((d) => {
          const other = trace.dialogs[d];
          if (!other) return '';
          const summary = summarizeDialog(trace, other);
          return `${other.callId.slice(0, 60)} (${party(summary.first.fromUri)} → ${party(summary.first.toUri)})`;
        })
        .filter(Boolean);
      const via = call.links.map((l) => `${l.kind}=${l.value.slice(0, 40)}`).join(', ');
      parts.push(h.t('legs', { legs: escapeMarkdown(`${legs.join('; ')} [${via}]`, 600) }));
    }
  }
  return parts;
}

/** The sip.hover table, exported for its translation (hover.ja.ts). */
export { h as sipHoverMessages };
