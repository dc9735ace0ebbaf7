/**
 * Messages that break RFC 3261's framing rules (missing mandatory headers, CSeq method mismatch, CSeq
 * going backwards, header lines without a colon, a missing blank line, half messages), Content-Length
 * disagreeing with the body (a body cut by the export is information, not an error), and text that is
 * not SIP at all.
 */
import { defineMessages } from '../../l10n';
import { findHeader } from '../model/lookup';
import { MessageFlag, type SipMessage, type SipTrace } from '../model/types';
import {
  displayHeaderName,
  MANDATORY_REQUEST_HEADERS,
  MANDATORY_RESPONSE_HEADERS,
} from '../parse/headerNames';
import type { RuleContext } from './context';
import { describeMessage, startLineRange } from './evidence';

const t = defineMessages('sip.rules.malformed', {
  missingMessage: '{label} lacks mandatory header(s): {headers}',
  missingSeen: '{message} has no {headers} header.',
  missingWhy:
    'Without {headers} the receiver cannot match the message to a dialog or transaction and must reject (400) or drop it.',
  missingCause:
    'A broken SIP stack or header manipulation rule removed the header; or the trace was edited or cut.',
  missingFix:
    'Fix the sender (or the SBC manipulation rule) so every {label} carries {headers} (RFC 3261 §8.1.1{contact}).',
  missingContactNote: ', §12.1.1 for Contact',
  cseqMethodMessage: 'CSeq method {cseqMethod} does not match the request method {method}',
  cseqMethodSeen: '{message} says CSeq: {cseq} {cseqMethod}.',
  cseqMethodWhy:
    'The CSeq method must equal the request method (RFC 3261 §8.1.1.5); the receiver will reject or mismatch the transaction.',
  cseqMethodCause: 'A broken stack or header manipulation, or an edited trace.',
  cseqMethodFix: "Make the sender write the request's own method in CSeq.",
  cseqOrderMessage: 'CSeq went backwards in this dialog ({previous} → {cseq})',
  cseqOrderSeen:
    '{message} uses CSeq {cseq} after {previousMessage} used {previous}, from the same sender (From tag {tag}).',
  cseqOrderWhy:
    'Within a dialog each new request must have a higher CSeq (RFC 3261 §12.2.1.1); the far end answers 500 or drops it.',
  cseqOrderCause:
    'The sender lost its dialog state (restart, failover) or two elements write requests for the same dialog.',
  cseqOrderFix: 'Keep CSeq increasing per dialog; check high-availability state sync.',
  badLineMessage: 'Header line without a colon in {label}',
  badLineSeen: 'The line "{line}" inside {message} is not a "Name: value" header.',
  badLineWhy: 'A strict receiver rejects the whole message (400); a lenient one ignores the line.',
  badLineCause:
    'A body without its blank line before it, a broken header manipulation, or text mangled by the export.',
  badLineFix:
    "Check the sender's header manipulation rules and that a blank line separates headers from the body.",
  noBlankMessage: '{label} has no blank line after its headers',
  noBlankSeen:
    '{message} runs straight into the next message without the blank line that ends the header section.',
  noBlankWhy: 'Over TCP the receiver cannot tell where the message ends.',
  noBlankCause: 'A cut or edited trace, or a stack that forgets the CRLF after the headers.',
  noBlankFix: 'If it came from a capture, look at the original packets; if from a stack, fix its framing.',
  halfMessage: '{label} stops inside its headers (half a message)',
  halfSeen: '{message} ends after {count} header line(s), without the blank line.',
  halfWhy: 'What follows the cut is unknown; findings about this message may miss headers.',
  halfCause:
    'The export or capture cut the message (snap length, an SBC log that stops mid-header, copy and paste).',
  halfFix: 'Re-export with full packets (no snap length) or copy the whole message.',
  cutMessage: 'Body cut by the export: {have} of {length} bytes (Content-Length {length})',
  cutSeen: '{message} announces Content-Length {length}; the trace holds {have} bytes of body.',
  cutWhy:
    'Not a fault of the sender: the trace shows only part of the body, so SDP-based findings may be incomplete.',
  cutCause:
    'The export tool cut the message (FreeSWITCH prints at most 16000 bytes, old versions cut lines over 2047 bytes, captures with a snap length cut packets).',
  cutFix: 'Capture with a full snap length, or read the body from a pcap.',
  longerMessage: 'Body is longer than Content-Length ({have} bytes, Content-Length {length})',
  longerSeen: '{message} announces Content-Length {length} but {have} bytes of body follow.',
  longerWhy:
    'The receiver reads only Content-Length bytes: the rest is ignored, and over TCP it is taken as the start of the next message.',
  longerCause:
    'The sender or an SBC changed the body (for example rewrote SDP addresses) without fixing Content-Length.',
  longerFix: 'Recompute Content-Length after every body change (SBC SDP manipulation rules especially).',
  noLengthMessage: 'Content-Length missing on a {transport} message',
  noLengthSeen: '{message} went over {transport} without Content-Length.',
  noLengthWhy:
    'On stream transports Content-Length is the only way to find the end of a message (RFC 3261 §20.14, §18.3).',
  noLengthCause: 'A non-conforming stack.',
  noLengthFix: 'Always send Content-Length over TCP, TLS and WebSocket.',
  textMessage: 'Text that is not SIP ({count} block(s))',
  textSeen: '{count} block(s) of the file could not be read as SIP messages, the first at "{sample}".',
  textWhy: 'Messages inside these blocks are not analysed.',
  textCause:
    'Masked WebSocket frames or HTTP in a capture export, binary payloads, log lines, or messages mangled by copy and paste.',
  textFix: 'Nothing to fix in SIP; export SIP only (tshark -Y sip, sngrep) for a cleaner trace.',
  flatMessage: 'SIP message(s) flattened onto one line, not analysed ({count})',
  flatSeen:
    '{count} Cisco debug message(s) were flattened onto one line with spaces between the lines, the first starting "{sample}".',
  flatWhy:
    'With the line ends replaced by spaces, header boundaries and the start of the body cannot be told apart reliably (a header value may itself contain "Name: " text), so these messages are not analysed rather than read wrongly.',
  flatCause:
    'A log collector or syslog relay joined the lines of each debug message; line ends written as \\r\\n, \\n or #015#012 are split back automatically, plain spaces are not.',
  flatFix:
    'Collect the debug output with its line ends (show logging, a terminal capture, or a syslog relay that escapes control characters) and open that copy.',
});

const STREAM_TRANSPORTS = new Set(['TCP', 'TLS', 'WS', 'WSS', 'SCTP']);

function label(m: SipMessage): string {
  return m.isRequest ? m.method : String(m.status);
}

export function malformedRules(ctx: RuleContext): void {
  const { trace } = ctx;
  const lastCseq = new Map<string, SipMessage[]>();
  for (const m of trace.messages) {
    if (m.flags & MessageFlag.HeadersCut) {
      ctx.repeat(
        'sip/malformed-message',
        `half|${m.index}`,
        startLineRange(m),
        () => describeMessage(trace, m),
        () => ({
          message: t.t('halfMessage', { label: label(m) }),
          severity: 'information',
          explanation: {
            seen: t.explain('halfSeen', { message: describeMessage(trace, m), count: m.headerCount }),
            why: t.explain('halfWhy'),
            cause: t.explain('halfCause'),
            fix: t.explain('halfFix'),
          },
        }),
      );
    } else {
      missingHeaders(ctx, m);
      if (m.flags & MessageFlag.NoBlankLine) {
        ctx.repeat(
          'sip/malformed-message',
          `noblank|${label(m)}`,
          startLineRange(m),
          () => describeMessage(trace, m),
          () => ({
            message: t.t('noBlankMessage', { label: label(m) }),
            severity: 'warning',
            explanation: {
              seen: t.explain('noBlankSeen', { message: describeMessage(trace, m) }),
              why: t.explain('noBlankWhy'),
              cause: t.explain('noBlankCause'),
              fix: t.explain('noBlankFix'),
            },
          }),
        );
      }
    }
    if (m.isRequest && m.cseqMethod && m.cseqMethod !== m.method && m.cseq >= 0) {
      ctx.repeat(
        'sip/malformed-message',
        `cseq|${m.method}|${m.cseqMethod}`,
        startLineRange(m),
        () => describeMessage(trace, m),
        () => ({
          message: t.t('cseqMethodMessage', { method: m.method, cseqMethod: m.cseqMethod }),
          explanation: {
            seen: t.explain('cseqMethodSeen', {
              message: describeMessage(trace, m),
              cseq: m.cseq,
              cseqMethod: m.cseqMethod,
            }),
            why: t.explain('cseqMethodWhy'),
            cause: t.explain('cseqMethodCause'),
            fix: t.explain('cseqMethodFix'),
          },
        }),
      );
    }
    cseqOrder(ctx, m, lastCseq);
    contentLength(ctx, m);
  }
  badLines(ctx);
  unrecognized(ctx);
  flattened(ctx);
}

/** Header ids of the mandatory names, per header store (computed once per trace). */
const mandatoryIds = new WeakMap<object, { request: number[]; response: number[]; contact: number }>();

function hasAllMandatory(trace: SipTrace, m: SipMessage, needsContact: boolean): boolean {
  let ids = mandatoryIds.get(trace.headers);
  if (!ids) {
    ids = {
      request: MANDATORY_REQUEST_HEADERS.map((n) => trace.headers.existingId(n)),
      response: MANDATORY_RESPONSE_HEADERS.map((n) => trace.headers.existingId(n)),
      contact: trace.headers.existingId('contact'),
    };
    mandatoryIds.set(trace.headers, ids);
  }
  const wanted = m.isRequest ? ids.request : ids.response;
  let found = 0;
  let contact = false;
  const names = trace.headers.nameId;
  const last = m.headerFirst + m.headerCount;
  for (let h = m.headerFirst; h < last; h++) {
    const id = names[h] as number;
    const at = wanted.indexOf(id);
    if (at >= 0) found |= 1 << at;
    if (id === ids.contact) contact = true;
  }
  return found === (1 << wanted.length) - 1 && (!needsContact || contact);
}

function missingHeaders(ctx: RuleContext, m: SipMessage): void {
  const { trace } = ctx;
  const inviteLike =
    (m.isRequest && m.method === 'INVITE') ||
    (!m.isRequest && m.cseqMethod === 'INVITE' && m.status >= 200 && m.status < 300);
  // The usual case costs one pass over the message's header ids and no allocation.
  if (hasAllMandatory(trace, m, inviteLike)) return;
  const required: string[] = m.isRequest ? [...MANDATORY_REQUEST_HEADERS] : [...MANDATORY_RESPONSE_HEADERS];
  if (inviteLike) required.push('contact');
  const missing = required.filter((name) => findHeader(trace, m, name) < 0);
  if (missing.length === 0) return;
  const headers = missing.map(displayHeaderName).join(', ');
  const l = label(m);
  // Max-Forwards alone is tolerated by most receivers (RFC 2543 stacks never sent it).
  const onlyMaxForwards = missing.length === 1 && missing[0] === 'max-forwards';
  ctx.repeat(
    'sip/malformed-message',
    `missing|${l}|${headers}`,
    startLineRange(m),
    () => describeMessage(trace, m),
    () => ({
      message: t.t('missingMessage', { label: l, headers }),
      severity: onlyMaxForwards ? 'warning' : undefined,
      explanation: {
        seen: t.explain('missingSeen', { message: describeMessage(trace, m), headers }),
        why: t.explain('missingWhy', { headers }),
        cause: t.explain('missingCause'),
        fix: t.explain('missingFix', {
          label: l,
          headers,
          contact: inviteLike ? t.explain('missingContactNote') : '',
        }),
      },
    }),
  );
}

function cseqOrder(ctx: RuleContext, m: SipMessage, last: Map<string, SipMessage[]>): void {
  if (!m.isRequest || m.cseq < 0 || m.method === 'ACK' || m.method === 'CANCEL' || m.original >= 0) return;
  if (m.flags & MessageFlag.DuplicateCopy) return;
  // Per dialog, sender (From tag) and direction: the two hops of a proxied request share CSeq.
  const key = `${m.dialog}|${m.fromTag}`;
  const sameWay = (a: SipMessage): boolean =>
    a.envelope?.src === m.envelope?.src && a.envelope?.dst === m.envelope?.dst;
  const seen = last.get(key);
  let previous: SipMessage | undefined;
  if (!seen) last.set(key, [m]);
  else {
    const i = seen.findIndex(sameWay);
    previous = i >= 0 ? seen[i] : undefined;
    if (i >= 0) seen[i] = m;
    else seen.push(m);
  }
  if (!previous || m.cseq >= previous.cseq) return;
  const { trace } = ctx;
  ctx.repeat(
    'sip/malformed-message',
    `order|${m.dialog}`,
    startLineRange(m),
    () => describeMessage(trace, m),
    () => ({
      message: t.t('cseqOrderMessage', { previous: previous.cseq, cseq: m.cseq }),
      severity: 'warning',
      explanation: {
        seen: t.explain('cseqOrderSeen', {
          message: describeMessage(trace, m),
          cseq: m.cseq,
          previous: previous.cseq,
          previousMessage: describeMessage(trace, previous),
          tag: m.fromTag,
        }),
        why: t.explain('cseqOrderWhy'),
        cause: t.explain('cseqOrderCause'),
        fix: t.explain('cseqOrderFix'),
      },
    }),
  );
}

function contentLength(ctx: RuleContext, m: SipMessage): void {
  const { trace } = ctx;
  const transport = (m.envelope?.transport ?? m.viaTransport).toUpperCase();
  if (m.contentLength < 0) {
    if (STREAM_TRANSPORTS.has(transport) && !(m.flags & MessageFlag.HeadersCut)) {
      ctx.repeat(
        'sip/content-length-mismatch',
        `none|${transport}`,
        startLineRange(m),
        () => describeMessage(trace, m),
        () => ({
          message: t.t('noLengthMessage', { transport }),
          explanation: {
            seen: t.explain('noLengthSeen', { message: describeMessage(trace, m), transport }),
            why: t.explain('noLengthWhy'),
            cause: t.explain('noLengthCause'),
            fix: t.explain('noLengthFix'),
          },
        }),
      );
    }
    return;
  }
  if (m.flags & MessageFlag.BodyCut || m.flags & MessageFlag.ToolTruncated) {
    const have = Math.max(m.bodyBytes, 0);
    ctx.repeat(
      'sip/content-length-mismatch',
      `cut|${m.index}`,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('cutMessage', { have, length: m.contentLength }),
        severity: 'information',
        explanation: {
          seen: t.explain('cutSeen', { message: describeMessage(trace, m), have, length: m.contentLength }),
          why: t.explain('cutWhy'),
          cause: t.explain('cutCause'),
          fix: t.explain('cutFix'),
        },
      }),
    );
    return;
  }
  if (m.flags & MessageFlag.BodyLonger) {
    const have = m.bodyBytes;
    ctx.repeat(
      'sip/content-length-mismatch',
      `longer|${m.index}`,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('longerMessage', { have, length: m.contentLength }),
        explanation: {
          seen: t.explain('longerSeen', {
            message: describeMessage(trace, m),
            have,
            length: m.contentLength,
          }),
          why: t.explain('longerWhy'),
          cause: t.explain('longerCause'),
          fix: t.explain('longerFix'),
        },
      }),
    );
  }
}

function badLines(ctx: RuleContext): void {
  const { trace } = ctx;
  for (const p of trace.problems) {
    if (p.kind !== 'header-without-colon') continue;
    const m = trace.messages[p.message];
    if (!m) continue;
    const line = trace.text.slice(p.start, Math.min(p.end, p.start + 120));
    ctx.repeat(
      'sip/malformed-message',
      `line|${m.index}`,
      { start: p.start, end: Math.max(p.start + 1, p.end) },
      line,
      () => ({
        message: t.t('badLineMessage', { label: label(m) }),
        explanation: {
          seen: t.explain('badLineSeen', { line, message: describeMessage(trace, m) }),
          why: t.explain('badLineWhy'),
          cause: t.explain('badLineCause'),
          fix: t.explain('badLineFix'),
        },
      }),
    );
  }
}

function unrecognized(ctx: RuleContext): void {
  const { trace } = ctx;
  const blocks = trace.problems.filter((p) => p.kind === 'unrecognized-text');
  const first = blocks[0];
  if (!first) return;
  const sample = trace.text
    .slice(first.start, Math.min(first.end, first.start + 60))
    .replace(/[\r\n]+/g, ' ');
  const range = (p: { start: number; end: number }) => {
    const nl = trace.text.indexOf('\n', p.start);
    return { start: p.start, end: Math.max(p.start + 1, nl < 0 || nl > p.end ? p.end : nl) };
  };
  ctx.report(
    'sip/unrecognized-text',
    range(first),
    t.t('textMessage', { count: blocks.length }),
    {
      seen: t.explain('textSeen', { count: blocks.length, sample }),
      why: t.explain('textWhy'),
      cause: t.explain('textCause'),
      fix: t.explain('textFix'),
    },
    {
      count: blocks.length,
      related: blocks
        .slice(1)
        .map((p) => ({ ...range(p), message: trace.text.slice(p.start, Math.min(p.end, p.start + 40)) })),
    },
  );
}

function flattened(ctx: RuleContext): void {
  const { trace } = ctx;
  const lines = trace.problems.filter((p) => p.kind === 'flattened-message');
  const first = lines[0];
  if (!first) return;
  const sample = trace.text.slice(first.start, Math.min(first.end, first.start + 80));
  ctx.report(
    'sip/flattened-message',
    { start: first.start, end: Math.max(first.start + 1, first.end) },
    t.t('flatMessage', { count: lines.length }),
    {
      seen: t.explain('flatSeen', { count: lines.length, sample }),
      why: t.explain('flatWhy'),
      cause: t.explain('flatCause'),
      fix: t.explain('flatFix'),
    },
    {
      count: lines.length,
      related: lines.slice(1).map((p) => ({
        start: p.start,
        end: Math.max(p.start + 1, p.end),
        message: trace.text.slice(p.start, Math.min(p.end, p.start + 40)),
      })),
    },
  );
}

/** The sip.rules.malformed table, exported for its translation (malformed.ja.ts). */
export { t as sipMalformedRuleMessages };
