/**
 * Hover sections for single values: addresses, URIs, catalog entries, Reason, Warning, UUI, session
 * timers, Twilio headers, SDP lines. Each returns Markdown with document text escaped.
 */
import type { KnowledgeEntry } from '../../knowledge';
import { lookupCode } from '../../knowledge';
import { defineMessages } from '../../l10n';
import { codeSpan, escapeMarkdown } from '../../markdown';
import { decodeUui } from '../../uui';
import { parseAddress, type AddressClass } from '../ip/address';
import type { SdpMedia, SipMessage } from '../model/types';
import { codecOf, STATIC_PAYLOAD_TYPES } from '../parse/sdp';
import { parseParams, parseUri, splitList } from '../parse/values';
import { q850Meaning, warningMeaning } from '../rules/causes';
import { cryptoSuiteText } from './sipDictionary';

const h = defineMessages('sip.hover.parts', {
  address: 'Address {address}',
  classPublic: 'Public address: reachable from the internet.',
  classPrivate:
    'Private address (RFC 1918 or IPv6 unique/site-local): not reachable from the internet. In Contact, Via or SDP facing a public peer it causes one-way audio or calls that drop after about 30 s.',
  classCgnat:
    "Carrier-grade NAT address (RFC 6598, 100.64.0.0/10): behind the provider's NAT, not reachable from the internet.",
  classLoopback: 'Loopback address: the machine itself; never valid towards another host.',
  classLinkLocal: 'Link-local address: valid only on the local link.',
  classUnspecified:
    'Unspecified address (0.0.0.0 / ::): in SDP c= this is the old way to put a call on hold (RFC 2543).',
  classMulticast: 'Multicast address.',
  classDocumentation:
    'Documentation address (RFC 5737 / RFC 3849): stands in for a public address in examples.',
  uri: 'URI {uri}',
  uriUser: 'User: {user}',
  uriHost: 'Host: {host}',
  uriPort: 'Port: {port}',
  uriParams: 'Parameters: {params}',
  e164Yes: 'The number is in E.164 form.',
  e164No:
    'The number is not in E.164 form (+<country code><number>); trunks such as Twilio and Google CCAI require it.',
  catalog: 'Catalog: {title}',
  causes: 'Causes: {causes}',
  fixes: 'Fixes: {fixes}',
  references: 'References: {references}',
  reasonQ850: 'Q.850 cause {cause}: {meaning}',
  reasonSip: 'SIP status {cause} from the other leg',
  reasonText: 'Text: {text}',
  warning: 'Warning {code}: {meaning}',
  warningAgent: 'Agent: {agent}',
  uuiTitle: 'User-to-User',
  uuiData: 'Data: {data}',
  uuiText: 'Decoded: {text}',
  uuiParam: '{name}: {value}',
  uuiProblem: 'Problem: {message}',
  uuiNoCodec: 'Decoding arrives with the UUI codec; the parameters are shown as written.',
  sessionExpires: 'Session interval {seconds} s ({minutes} min)',
  refresher: 'Refresher: {refresher} (that side sends the re-INVITE or UPDATE that keeps the call alive).',
  sessionFloor: 'RFC 4028 forbids intervals below 90 s; 1800 s is the usual value.',
  twilioSid: '{kind} {value}: {verdict}',
  twilioValid: 'well-formed',
  twilioInvalid: 'not the expected form ({prefix} followed by 32 hex digits)',
  viaBranch: 'Branch: {branch} (identifies the transaction)',
  viaNoCookie:
    'The branch does not start with z9hG4bK: the sender follows RFC 2543, so transactions are matched by other fields.',
  viaReceived: 'received={received}: the address the next hop saw the request come from.',
  viaRport: 'rport={rport}: the port the next hop saw (RFC 3581 symmetric response routing).',
  sdpVersion: 'SDP version (always 0).',
  sdpOrigin:
    'Origin: who created the session description, its session id and version. Its address is informational.',
  sdpSession: 'Session name.',
  sdpConnection: 'Connection address: where the peer must send media (RTP).',
  sdpTime: 'Timing: 0 0 means a permanent session.',
  sdpBandwidth: 'Bandwidth limit.',
  sdpMedia: 'Media {type} on port {port}, profile {proto}',
  sdpMediaRejected: 'Port 0: this stream is rejected or disabled.',
  sdpProfileAvp: 'RTP/AVP: plain RTP, no encryption.',
  sdpProfileSavp: 'RTP/SAVP: SRTP; keys come from a=crypto (SDES).',
  sdpProfileWebrtc: 'UDP/TLS/RTP/SAVPF: WebRTC media, keys from DTLS (a=fingerprint).',
  sdpFormats: 'Formats: {formats}',
  sdpRtpmap: 'Payload type {pt} = {codec}',
  sdpStatic: 'Payload type {pt} is static: {codec} (RFC 3551).',
  sdpFmtp: 'Format parameters for payload type {pt}.',
  sdpCrypto: 'SRTP key (SDES), suite {suite}: {meaning}',
  sdpDirection: 'Direction {direction}: {meaning}',
  dirSendrecv: 'send and receive (normal two-way audio).',
  dirSendonly: 'this side only sends (it puts the other side on hold, music on hold).',
  dirRecvonly: 'this side only receives (it is on hold, or listens only).',
  dirInactive: 'no media either way (both on hold).',
  sdpCandidate: 'ICE candidate ({type}) at {address}',
  sdpLabel:
    "Media label {label}: Google CCAI passes it on as sip_recording_media_label to identify the human agent's stream.",
  sdpFingerprint: 'DTLS fingerprint: the media is keyed with DTLS-SRTP, not SDES.',
  sdpPtime: 'Packet time: {ptime} ms of audio per RTP packet.',
  sdpRtcp: 'RTCP port and address.',
  sdpAttribute: 'Attribute {name}.',
});

export function addressClassText(c: AddressClass): string {
  switch (c) {
    case 'public':
      return h.t('classPublic');
    case 'private':
      return h.t('classPrivate');
    case 'cgnat':
      return h.t('classCgnat');
    case 'loopback':
      return h.t('classLoopback');
    case 'link-local':
      return h.t('classLinkLocal');
    case 'unspecified':
      return h.t('classUnspecified');
    case 'multicast':
      return h.t('classMulticast');
    default:
      return h.t('classDocumentation');
  }
}

export function addressHover(address: string): string {
  const a = parseAddress(address);
  if (!a) return '';
  return `**${h.t('address', { address: codeSpan(a.text) })}** — ${addressClassText(a.class)}`;
}

const E164 = /^\+[1-9]\d{1,14}$/;

export function uriHover(uri: string): string {
  const u = parseUri(uri);
  const lines = [`**${h.t('uri', { uri: codeSpan(uri, 300) })}**`];
  if (u.user) lines.push(h.t('uriUser', { user: codeSpan(u.user) }));
  if (u.host) {
    const a = parseAddress(u.host);
    lines.push(h.t('uriHost', { host: codeSpan(u.host) }) + (a ? ` — ${addressClassText(a.class)}` : ''));
  }
  if (u.port !== undefined) lines.push(h.t('uriPort', { port: u.port }));
  if (u.params.size > 0)
    lines.push(
      h.t('uriParams', { params: codeSpan([...u.params].map(([k, v]) => (v ? `${k}=${v}` : k)).join(';')) }),
    );
  const digits = u.user.replace(/[-.() ]/g, '');
  if (/^\+?\d{5,}$/.test(digits)) lines.push(E164.test(digits) ? h.t('e164Yes') : h.t('e164No'));
  return lines.join('\n\n');
}

/** A knowledge-base entry (when the catalog has one), escaped. */
export function catalogHover(entry: KnowledgeEntry | undefined): string {
  if (!entry) return '';
  const parts = [
    `_${h.t('catalog', { title: escapeMarkdown(entry.title) })}_`,
    escapeMarkdown(entry.meaning, 1000),
  ];
  if (entry.causes.length > 0)
    parts.push(h.t('causes', { causes: escapeMarkdown(entry.causes.join('; '), 1000) }));
  if (entry.fixes.length > 0)
    parts.push(h.t('fixes', { fixes: escapeMarkdown(entry.fixes.join('; '), 1000) }));
  if (entry.references.length > 0)
    parts.push(h.t('references', { references: escapeMarkdown(entry.references.join('; '), 500) }));
  return parts.join('\n\n');
}

export function reasonHover(value: string): string {
  const out: string[] = [];
  for (const part of splitList(value.slice(0, 2000))) {
    const semi = part.indexOf(';');
    const protocol = (semi < 0 ? part : part.slice(0, semi)).trim().toUpperCase();
    const params = parseParams(semi < 0 ? '' : part.slice(semi));
    const cause = Number.parseInt(params.get('cause') ?? '', 10);
    if (!Number.isFinite(cause)) continue;
    if (protocol === 'Q.850') {
      out.push(`**${h.t('reasonQ850', { cause, meaning: escapeMarkdown(q850Meaning(cause)) })}**`);
      const entry = catalogHover(lookupCode('q850', cause));
      if (entry) out.push(entry);
    } else {
      out.push(`**${h.t('reasonSip', { cause })}**`);
      const entry = catalogHover(lookupCode('sip', cause));
      if (entry) out.push(entry);
    }
    const text = params.get('text');
    if (text) out.push(h.t('reasonText', { text: codeSpan(text) }));
  }
  return out.join('\n\n');
}

export function warningHover(value: string): string {
  const out: string[] = [];
  for (const part of splitList(value.slice(0, 4000))) {
    const m = /^(\d{3})\s+(\S+)/.exec(part);
    if (!m) continue;
    const code = Number(m[1]);
    out.push(`**${h.t('warning', { code, meaning: escapeMarkdown(warningMeaning(code)) })}**`);
    out.push(h.t('warningAgent', { agent: codeSpan(m[2] as string) }));
    const entry = catalogHover(lookupCode('sip-warning', code));
    if (entry) out.push(entry);
  }
  return out.join('\n\n');
}

export function uuiHover(value: string): string {
  const decoded = decodeUui(value);
  const out = [`**${h.t('uuiTitle')}**`, h.t('uuiData', { data: codeSpan(decoded.data, 300) })];
  const params =
    Object.keys(decoded.params).length > 0
      ? decoded.params
      : Object.fromEntries(
          parseParams(value.slice(value.indexOf(';') >= 0 ? value.indexOf(';') : value.length)),
        );
  for (const [name, v] of Object.entries(params))
    out.push(h.t('uuiParam', { name: escapeMarkdown(name), value: codeSpan(v) }));
  if (decoded.text !== undefined) out.push(h.t('uuiText', { text: codeSpan(decoded.text, 500) }));
  for (const f of decoded.fields)
    out.push(h.t('uuiParam', { name: escapeMarkdown(f.label), value: codeSpan(f.value, 300) }));
  for (const p of decoded.problems) out.push(h.t('uuiProblem', { message: escapeMarkdown(p.message) }));
  if (decoded.text === undefined && decoded.fields.length === 0 && decoded.problems.length === 0)
    out.push(`_${h.t('uuiNoCodec')}_`);
  return out.join('\n\n');
}

export function sessionTimerHover(value: string): string {
  const seconds = Number.parseInt(value, 10);
  if (!Number.isFinite(seconds)) return '';
  const params = parseParams(value.slice(value.indexOf(';') >= 0 ? value.indexOf(';') : value.length));
  const out = [`**${h.t('sessionExpires', { seconds, minutes: (seconds / 60).toFixed(1) })}**`];
  const refresher = params.get('refresher');
  if (refresher) out.push(h.t('refresher', { refresher: codeSpan(refresher) }));
  out.push(h.t('sessionFloor'));
  return out.join('\n\n');
}

export function twilioHover(name: string, value: string): string {
  const v = value.trim();
  if (name === 'x-twilio-accountsid' || name === 'x-twilio-callsid') {
    const prefix = name === 'x-twilio-accountsid' ? 'AC' : 'CA';
    const ok = new RegExp(`^${prefix}[0-9a-f]{32}$`).test(v);
    return h.t('twilioSid', {
      kind: name === 'x-twilio-accountsid' ? 'AccountSid' : 'CallSid',
      value: codeSpan(v),
      verdict: ok ? h.t('twilioValid') : h.t('twilioInvalid', { prefix }),
    });
  }
  return '';
}

export function viaHover(value: string): string {
  const first = splitList(value)[0] ?? value;
  const semi = first.indexOf(';');
  const params = parseParams(semi < 0 ? '' : first.slice(semi));
  const out: string[] = [];
  const branch = params.get('branch');
  if (branch !== undefined) {
    out.push(h.t('viaBranch', { branch: codeSpan(branch) }));
    if (!branch.startsWith('z9hG4bK')) out.push(h.t('viaNoCookie'));
  }
  const received = params.get('received');
  if (received) out.push(h.t('viaReceived', { received: codeSpan(received) }));
  const rport = params.get('rport');
  if (rport) out.push(h.t('viaRport', { rport: codeSpan(rport) }));
  return out.join('\n\n');
}

const DIRECTION_TEXT = {
  sendrecv: 'dirSendrecv',
  sendonly: 'dirSendonly',
  recvonly: 'dirRecvonly',
  inactive: 'dirInactive',
} as const;

/** Hover for one SDP line: its type letter and value. */
export function sdpLineHover(type: string, value: string, message: SipMessage): string {
  switch (type) {
    case 'v':
      return h.t('sdpVersion');
    case 'o': {
      const address = value.trim().split(/\s+/)[5];
      return [h.t('sdpOrigin'), address ? addressHover(address) : ''].filter(Boolean).join('\n\n');
    }
    case 's':
      return h.t('sdpSession');
    case 'c': {
      const address = (value.trim().split(/\s+/)[2] ?? '').split('/')[0] ?? '';
      return [h.t('sdpConnection'), addressHover(address)].filter(Boolean).join('\n\n');
    }
    case 't':
      return h.t('sdpTime');
    case 'b':
      return h.t('sdpBandwidth');
    case 'm':
      return mediaHover(value, message);
    case 'a':
      return attributeHover(value, message);
    default:
      return '';
  }
}

function mediaFor(message: SipMessage, pt: string): SdpMedia | undefined {
  return message.sdp?.media.find((m) => m.formats.includes(pt));
}

function mediaHover(value: string, message: SipMessage): string {
  const parts = value.trim().split(/\s+/);
  const [type = '', port = '', proto = '', ...formats] = parts;
  const out = [
    `**${h.t('sdpMedia', { type: escapeMarkdown(type), port: escapeMarkdown(port), proto: escapeMarkdown(proto) })}**`,
  ];
  if (port === '0') out.push(h.t('sdpMediaRejected'));
  if (/^RTP\/AVP$/i.test(proto)) out.push(h.t('sdpProfileAvp'));
  else if (/^RTP\/SAVP$/i.test(proto)) out.push(h.t('sdpProfileSavp'));
  else if (/SAVPF$/i.test(proto)) out.push(h.t('sdpProfileWebrtc'));
  const media = message.sdp?.media.find((m) => m.type === type.toLowerCase() && String(m.port) === port);
  const names = formats.map((pt) => {
    const c = media ? codecOf(media, pt) : undefined;
    return c ? `${pt} ${c.text}` : pt;
  });
  if (names.length > 0) out.push(h.t('sdpFormats', { formats: codeSpan(names.join(', '), 400) }));
  return out.join('\n\n');
}

function attributeHover(value: string, message: SipMessage): string {
  const colon = value.indexOf(':');
  const name = (colon < 0 ? value : value.slice(0, colon)).trim().toLowerCase();
  const rest = colon < 0 ? '' : value.slice(colon + 1).trim();
  switch (name) {
    case 'rtpmap': {
      const [pt = '', codec = ''] = rest.split(/\s+/);
      const lines = [h.t('sdpRtpmap', { pt: codeSpan(pt), codec: codeSpan(codec) })];
      const fixed = STATIC_PAYLOAD_TYPES[pt];
      if (fixed) lines.push(h.t('sdpStatic', { pt: codeSpan(pt), codec: codeSpan(fixed) }));
      return lines.join('\n\n');
    }
    case 'fmtp': {
      const pt = rest.split(/\s+/)[0] ?? '';
      const media = mediaFor(message, pt);
      const codec = media ? codecOf(media, pt) : undefined;
      return h.t('sdpFmtp', { pt: codeSpan(codec ? `${pt} ${codec.text}` : pt) });
    }
    case 'crypto': {
      const suite = rest.split(/\s+/)[1] ?? '';
      return h.t('sdpCrypto', { suite: codeSpan(suite), meaning: cryptoSuiteText(suite) });
    }
    case 'sendrecv':
    case 'sendonly':
    case 'recvonly':
    case 'inactive':
      return h.t('sdpDirection', { direction: codeSpan(name), meaning: h.t(DIRECTION_TEXT[name]) });
    case 'candidate': {
      const fields = rest.split(/\s+/);
      const address = fields[4] ?? '';
      const typIndex = fields.indexOf('typ');
      const type = typIndex >= 0 ? (fields[typIndex + 1] ?? '') : '';
      return [
        h.t('sdpCandidate', { type: codeSpan(type), address: codeSpan(address) }),
        addressHover(address),
      ]
        .filter(Boolean)
        .join('\n\n');
    }
    case 'label':
      return h.t('sdpLabel', { label: codeSpan(rest) });
    case 'fingerprint':
      return h.t('sdpFingerprint');
    case 'ptime':
      return h.t('sdpPtime', { ptime: escapeMarkdown(rest) });
    case 'rtcp':
      return h.t('sdpRtcp');
    default:
      return h.t('sdpAttribute', { name: codeSpan(name) });
  }
}

/** The sip.hover.parts table, exported for its translation (hoverParts.ja.ts). */
export { h as sipHoverPartMessages };
