/**
 * Google CCAI (Dialogflow / Agent Assist SIP trunk) requirements, checked on INVITEs sent to Google's
 * SIP endpoints: conversation id in Call-Info (or hex UUI) with the right URL form and id syntax, TLS
 * on TCP 5672, SRTP with SDES and a supported suite, PCMU/PCMA/Opus, public addresses only.
 */
import { defineMessages } from '../../l10n';
import { isNonRoutable, parseAddress } from '../ip/address';
import { findHeaders, headerValue, requestUri } from '../model/lookup';
import { isGoogleTelephony } from '../model/peers';
import type { SipMessage, SipTrace } from '../model/types';
import { codecOf } from '../parse/sdp';
import { parseParams, parseUri, parseVia, splitList } from '../parse/values';
import type { RuleContext } from './context';
import { describeMessage, formatList, startLineRange } from './evidence';

const t = defineMessages('sip.rules.ccai', {
  idMessage: 'CCAI conversation id "{id}" is invalid ({problem})',
  idPattern: 'must start with a letter and use only letters, digits, _ and -',
  idLength: 'must be 3 to 64 characters, is {length}',
  idSeen: '{message} links conversation "{id}" through {source}.',
  idWhy: 'Google cannot create or match the conversation, so the call gets no virtual agent or Agent Assist.',
  idCause:
    'The SBC builds the id from a value with characters or a length Google does not accept (for example a raw Call-ID with "@" or ".", or a leading digit).',
  idFix:
    'Build the id as [A-Za-z][A-Za-z0-9_-]{2,63}, for example by prefixing and sanitising the Call-ID: CID-297363723_79131759.',
  callInfoMessage: 'Call-Info for the CCAI conversation is malformed ({problem})',
  callInfoNoBrackets: 'the URL is not in <…>',
  callInfoBadUrl:
    'the URL is not http(s)://dialogflow.googleapis.com/v2beta1/projects/<project>/conversations/<id>',
  callInfoSeen: '{message} carries Call-Info: {value}.',
  callInfoWhy:
    'The conversation is not linked, so Dialogflow falls back to call matchers or rejects the call.',
  callInfoCause: 'The SBC header manipulation rule writes the header in the wrong form.',
  callInfoFix:
    'Send Call-Info: <http://dialogflow.googleapis.com/v2beta1/projects/<PROJECT_ID>/conversations/<CONVERSATION_ID>>;purpose=Goog-ContactCenter-Conversation.',
  missingMessage: 'INVITE to Google CCAI carries no conversation id',
  missingSeen:
    '{message} goes to {target} without Call-Info or User-to-User with purpose Goog-ContactCenter-Conversation.',
  missingWhy:
    'With conversations created on the fly, Google expects the SBC to name the conversation; otherwise only configured call matchers can link it, and a call matching none or several is rejected.',
  missingCause: 'The SBC rule that adds Call-Info (or the UUI form) is missing or does not match this call.',
  missingFix:
    'Add Call-Info with the Dialogflow conversation URL and purpose=Goog-ContactCenter-Conversation (or the same URL hex-encoded in User-to-User).',
  uuiMessage: 'User-to-User for Google CCAI does not decode ({problem})',
  uuiOdd: 'odd number of hex digits',
  uuiNotHex: 'characters that are not hex',
  uuiNotUtf8: 'the bytes are not UTF-8 text',
  uuiSeen: '{message} carries User-to-User: {value}.',
  uuiWhy: 'Google cannot read the payload: the conversation or session parameters it carries are lost.',
  uuiCause: 'The SBC writes text where hex is declared (encoding=hex), or cuts the payload.',
  uuiFix: 'Hex-encode the UTF-8 text (two hex digits per byte) and declare ;encoding=hex.',
  tlsMessage: 'Signalling to Google CCAI is not TLS on port 5672 ({detail})',
  tlsSeen: '{message} goes to {target} with {detail}.',
  tlsTransport: 'Via transport {transport}',
  tlsPort: 'port {port}',
  tlsWhy:
    'Google accepts SIP only over TLS (1.2 or later, mutual authentication) on TCP 5672; anything else fails before SIP, so a text trace usually shows only retransmissions.',
  tlsCause: 'The trunk towards Google is configured for UDP/TCP or the default port.',
  tlsFix:
    'Use TLS on port 5672 to <region>.telephony.goog, with a certificate whose CN/SAN matches the trunk FQDN registered at Google.',
  srtpMessage: 'Media to Google CCAI is not SRTP with a supported SDES suite ({detail})',
  srtpProfile: 'profile {proto}',
  srtpNoCrypto: 'no a=crypto line',
  srtpSuites: 'suites {suites}',
  srtpSeen: '{message} offers m=audio with {detail}.',
  srtpWhy: 'Google requires SRTP keyed with SDES; the offer will be rejected (expect 488).',
  srtpCause: 'SRTP is off, or the SBC offers DTLS or a suite Google does not support.',
  srtpFix: 'Offer RTP/SAVP with a=crypto using AES_CM_128_HMAC_SHA1_80 or AEAD_AES_256_GCM.',
  codecMessage: 'No codec Google CCAI supports in the offer ({codecs})',
  codecSeen: '{message} offers {codecs}.',
  codecWhy: 'Google accepts PCMU, PCMA and Opus only; without one of them there is no common codec (488).',
  codecCause: 'The SBC offers compressed codecs only (G.729, G.722, AMR…).',
  codecFix: 'Offer G.711 (PCMU or PCMA) or Opus towards Google.',
  privateMessage: 'Private address {address} in {field} sent to Google CCAI',
  privateSeen: '{message} carries {field} with {address}.',
  privateWhy: 'Google rejects private addresses in the Request-URI, To, From, Via and SDP c=.',
  privateCause: 'The SBC does not apply its public (external) address on the interface towards Google.',
  privateFix: "Use the SBC's public address on the Google-facing interface (signalling and media).",
  sourceCallInfo: 'Call-Info',
  sourceUui: 'User-to-User',
});

const PURPOSE = 'goog-contactcenter-conversation';
const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
const URL_FORM =
  /^https?:\/\/dialogflow\.googleapis\.com\/v2beta1\/projects\/([^/?#\s]+)\/(?:locations\/[^/?#\s]+\/)?conversations\/([^/?#\s]+)(?:\?[^#\s]*)?$/i;
const SUITES = new Set(['AES_CM_128_HMAC_SHA1_80', 'AEAD_AES_256_GCM']);

function toGoogle(trace: SipTrace, m: SipMessage): string | undefined {
  const uriHost = parseUri(requestUri(trace, m)).host;
  if (isGoogleTelephony(uriHost)) return uriHost;
  const dst = m.envelope?.dst?.host;
  return dst && isGoogleTelephony(dst) ? dst : undefined;
}

/** Hex → bytes; a problem key when it is not hex. */
function decodeHex(data: string): { bytes?: Uint8Array; problem?: 'uuiOdd' | 'uuiNotHex' } {
  if (!/^[0-9A-Fa-f]*$/.test(data)) return { problem: 'uuiNotHex' };
  if (data.length % 2 === 1) return { problem: 'uuiOdd' };
  const bytes = new Uint8Array(data.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(data.slice(i * 2, i * 2 + 2), 16);
  return { bytes };
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function ccaiRules(ctx: RuleContext): void {
  const { trace } = ctx;
  for (const m of trace.messages) {
    if (!m.isRequest || m.method !== 'INVITE' || m.original >= 0 || !ctx.peers[m.dialog]?.ccai) continue;
    const target = toGoogle(trace, m);
    const conversation = conversationIds(ctx, m);
    if (!target) continue;
    if (!conversation) {
      ctx.repeat(
        'ccai/conversation-id-missing',
        `${m.dialog}`,
        startLineRange(m),
        () => describeMessage(trace, m),
        () => ({
          message: t.t('missingMessage'),
          explanation: {
            seen: t.explain('missingSeen', { message: describeMessage(trace, m), target }),
            why: t.explain('missingWhy'),
            cause: t.explain('missingCause'),
            fix: t.explain('missingFix'),
          },
        }),
      );
    }
    transport(ctx, m, target);
    media(ctx, m);
    privateAddresses(ctx, m);
  }
}

/** Checks Call-Info and UUI conversation links; true when the INVITE names a conversation at all. */
function conversationIds(ctx: RuleContext, m: SipMessage): boolean {
  const { trace } = ctx;
  let found = false;
  for (const h of findHeaders(trace, m, 'call-info')) {
    for (const value of splitList(headerValue(trace, m, h))) {
      const lt = value.indexOf('<');
      const gt = value.indexOf('>', lt + 1);
      const params = parseParams(
        value.slice(gt >= 0 ? gt + 1 : value.indexOf(';') >= 0 ? value.indexOf(';') : value.length),
      );
      if ((params.get('purpose') ?? '').toLowerCase() !== PURPOSE) continue;
      found = true;
      const url = lt >= 0 && gt > lt ? value.slice(lt + 1, gt).trim() : '';
      const problem =
        lt < 0 || gt < 0
          ? t.explain('callInfoNoBrackets')
          : URL_FORM.test(url)
            ? undefined
            : t.explain('callInfoBadUrl');
      if (problem) {
        ctx.repeat(
          'ccai/call-info-malformed',
          `${m.dialog}`,
          startLineRange(m),
          () => describeMessage(trace, m),
          () => ({
            message: t.t('callInfoMessage', { problem }),
            explanation: {
              seen: t.explain('callInfoSeen', {
                message: describeMessage(trace, m),
                value: value.slice(0, 300),
              }),
              why: t.explain('callInfoWhy'),
              cause: t.explain('callInfoCause'),
              fix: t.explain('callInfoFix'),
            },
          }),
        );
        continue;
      }
      checkId(ctx, m, URL_FORM.exec(url)?.[2] ?? '', t.explain('sourceCallInfo'));
    }
  }
  for (const h of findHeaders(trace, m, 'user-to-user')) {
    for (const value of splitList(headerValue(trace, m, h))) {
      const semi = value.indexOf(';');
      const params = parseParams(semi < 0 ? '' : value.slice(semi));
      if ((params.get('purpose') ?? '').toLowerCase() !== PURPOSE) continue;
      found = true;
      const data = (semi < 0 ? value : value.slice(0, semi)).trim();
      const decoded = decodeHex(data);
      const text = decoded.bytes ? utf8(decoded.bytes) : undefined;
      const problemKey = decoded.problem ?? (text === undefined ? 'uuiNotUtf8' : undefined);
      if (problemKey) {
        ctx.repeat(
          'ccai/uui-not-hex',
          `${m.dialog}`,
          startLineRange(m),
          () => describeMessage(trace, m),
          () => ({
            message: t.t('uuiMessage', { problem: t.t(problemKey) }),
            explanation: {
              seen: t.explain('uuiSeen', { message: describeMessage(trace, m), value: value.slice(0, 300) }),
              why: t.explain('uuiWhy'),
              cause: t.explain('uuiCause'),
              fix: t.explain('uuiFix'),
            },
          }),
        );
        continue;
      }
      const url = URL_FORM.exec((text ?? '').trim());
      if (url) checkId(ctx, m, url[2] ?? '', t.explain('sourceUui'));
    }
  }
  return found;
}

function checkId(ctx: RuleContext, m: SipMessage, id: string, source: string): void {
  const problem =
    id.length < 3 || id.length > 64
      ? t.explain('idLength', { length: id.length })
      : ID.test(id)
        ? undefined
        : t.explain('idPattern');
  if (!problem) return;
  const { trace } = ctx;
  ctx.repeat(
    'ccai/conversation-id-invalid',
    `${m.dialog}|${id}`,
    startLineRange(m),
    () => describeMessage(trace, m),
    () => ({
      message: t.t('idMessage', { id: id.slice(0, 80), problem }),
      explanation: {
        seen: t.explain('idSeen', { message: describeMessage(trace, m), id: id.slice(0, 120), source }),
        why: t.explain('idWhy'),
        cause: t.explain('idCause'),
        fix: t.explain('idFix'),
      },
    }),
  );
}

function transport(ctx: RuleContext, m: SipMessage, target: string): void {
  const { trace } = ctx;
  const problems: string[] = [];
  const viaTransport = m.viaTransport || m.envelope?.transport || '';
  if (viaTransport && viaTransport.toUpperCase() !== 'TLS')
    problems.push(t.explain('tlsTransport', { transport: viaTransport }));
  const uri = parseUri(requestUri(trace, m));
  const port = m.envelope?.dst?.port ?? uri.port;
  if (port !== undefined && port !== 5672) problems.push(t.explain('tlsPort', { port }));
  if (problems.length === 0) return;
  const detail = problems.join(', ');
  ctx.repeat(
    'ccai/not-tls-5672',
    detail,
    startLineRange(m),
    () => describeMessage(trace, m),
    () => ({
      message: t.t('tlsMessage', { detail }),
      explanation: {
        seen: t.explain('tlsSeen', { message: describeMessage(trace, m), target, detail }),
        why: t.explain('tlsWhy'),
        cause: t.explain('tlsCause'),
        fix: t.explain('tlsFix'),
      },
    }),
  );
}

function media(ctx: RuleContext, m: SipMessage): void {
  const { trace } = ctx;
  for (const section of m.sdp?.media ?? []) {
    if (section.type !== 'audio' || section.port <= 0) continue;
    const problems: string[] = [];
    if (!/^RTP\/SAVP$/i.test(section.proto))
      problems.push(t.explain('srtpProfile', { proto: section.proto }));
    if (section.cryptoSuites.length === 0) problems.push(t.explain('srtpNoCrypto'));
    else if (!section.cryptoSuites.some((s) => SUITES.has(s)))
      problems.push(t.explain('srtpSuites', { suites: formatList(section.cryptoSuites) }));
    if (problems.length > 0) {
      const detail = problems.join(', ');
      ctx.repeat(
        'ccai/srtp-required',
        detail,
        startLineRange(m),
        () => describeMessage(trace, m),
        () => ({
          message: t.t('srtpMessage', { detail }),
          explanation: {
            seen: t.explain('srtpSeen', { message: describeMessage(trace, m), detail }),
            why: t.explain('srtpWhy'),
            cause: t.explain('srtpCause'),
            fix: t.explain('srtpFix'),
          },
        }),
      );
    }
    const names = section.formats.map((pt) => codecOf(section, pt)?.name ?? pt);
    if (!names.some((n) => n === 'PCMU' || n === 'PCMA' || n === 'OPUS')) {
      const codecs = formatList(names);
      ctx.repeat(
        'ccai/codec-not-supported',
        codecs,
        startLineRange(m),
        () => describeMessage(trace, m),
        () => ({
          message: t.t('codecMessage', { codecs }),
          explanation: {
            seen: t.explain('codecSeen', { message: describeMessage(trace, m), codecs }),
            why: t.explain('codecWhy'),
            cause: t.explain('codecCause'),
            fix: t.explain('codecFix'),
          },
        }),
      );
    }
  }
}

function privateAddresses(ctx: RuleContext, m: SipMessage): void {
  const { trace } = ctx;
  const fields: [string, string][] = [
    ['Request-URI', parseUri(requestUri(trace, m)).host],
    ['To', parseUri(m.toUri).host],
    ['From', parseUri(m.fromUri).host],
  ];
  for (const h of findHeaders(trace, m, 'via')) {
    for (const v of splitList(headerValue(trace, m, h))) fields.push(['Via', parseVia(v).host]);
  }
  for (const section of m.sdp?.media ?? []) if (section.connection) fields.push(['c=', section.connection]);
  for (const [field, host] of fields) {
    const a = parseAddress(host);
    if (!a || !isNonRoutable(a.class)) continue;
    ctx.repeat(
      'ccai/private-address',
      `${field}|${a.text}`,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('privateMessage', { address: a.text, field }),
        explanation: {
          seen: t.explain('privateSeen', { message: describeMessage(trace, m), field, address: a.text }),
          why: t.explain('privateWhy'),
          cause: t.explain('privateCause'),
          fix: t.explain('privateFix'),
        },
      }),
    );
  }
}

/** The sip.rules.ccai table, exported for its translation (ccai.ja.ts). */
export { t as sipCcaiRuleMessages };
