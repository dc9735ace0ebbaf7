/**
 * Private, loopback, link-local and CGNAT addresses where a peer on the internet will try to use them:
 * in Contact (in-dialog requests and the ACK go there), in SDP `c=` (media goes there), and in a Via
 * `received` parameter (the far end saw the sender from a non-routable address).
 */
import { defineMessages } from '../../l10n';
import {
  findAddresses,
  isNonRoutable,
  isPublicLike,
  parseAddress,
  type AddressClass,
  type ParsedAddress,
  classifyIpv4,
} from '../ip/address';
import { findHeader, headerValue } from '../model/lookup';
import type { SipMessage, SipTrace } from '../model/types';
import { listValueEnd, parseUri, splitList, uriRangeAt } from '../parse/values';
import type { RuleContext } from './context';
import { describeMessage, startLineRange } from './evidence';
import { NextOccurrence } from '../../text/nextOccurrence';

const t = defineMessages('sip.rules.addresses', {
  classPrivate: 'private (RFC 1918 / ULA)',
  classCgnat: 'carrier-grade NAT (100.64.0.0/10)',
  classLoopback: 'loopback',
  classLinkLocal: 'link-local',
  classUnspecified: 'unspecified',
  contactMessage: 'Contact advertises {class} address {address} to public peer {peer}',
  contactSeen: '{message} carries Contact {contact} while it travels between {src} and {dst}.',
  contactWhy:
    'The far end sends the ACK, BYE and re-INVITEs to the Contact address; it cannot reach a {class} address, so the call drops after about 30 s or cannot be hung up.',
  contactCause:
    'A device behind NAT advertises its LAN address and nothing (SBC, NAT traversal setting, ALG) fixes it.',
  contactFix:
    'Configure the external (public) address for signalling on the device or PBX (for example external_signaling_address in Asterisk PJSIP, ext-sip-ip in FreeSWITCH), or put an SBC in front; the far end can also fix it with rport/received handling (RFC 3581).',
  mediaMessage: 'SDP c= advertises {class} address {address} to public peer {peer}',
  mediaSeen:
    '{message} offers media at {address} port {port} ({line}) while it travels between {src} and {dst}.{ice}',
  mediaIce: ' The SDP also lists ICE candidates with public addresses, which may rescue the media path.',
  mediaWhy:
    'The far end sends RTP to the c= address; a {class} address is unreachable from the internet, so audio is one-way or absent.',
  mediaCause:
    'The SDP was not fixed up for NAT: the device writes its LAN address and no SBC or media relay rewrites it.',
  mediaFix:
    'Advertise the public address in SDP (external_media_address in Asterisk PJSIP, ext-rtp-ip in FreeSWITCH), or anchor media on an SBC/media relay; open the RTP port range on the firewall.',
  receivedMessage: 'The far end saw the sender at {class} address {address}',
  receivedSeen: '{message} carries Via received={address} ({via}).',
  receivedWhy:
    'Responses and in-dialog requests are sent back to that address; a carrier-grade or second NAT in the path can break them when bindings expire.',
  receivedCause: 'The sender sits behind carrier-grade NAT or a second NAT layer between it and the far end.',
  receivedFix:
    'Keep NAT bindings alive (SIP keep-alives or short registration intervals, RFC 5626 outbound), or use a public address or a VPN for the signalling path.',
  unknown: '?',
});

/**
 * The localized name of a non-routable address class: in the explanation locale, or in the UI locale
 * when `inMessage` (diagnostic messages follow the UI).
 */
export function addressClassLabel(c: AddressClass, inMessage = false): string {
  const say = (
    key: 'classCgnat' | 'classLoopback' | 'classLinkLocal' | 'classUnspecified' | 'classPrivate',
  ) => (inMessage ? t.t(key) : t.explain(key));
  switch (c) {
    case 'cgnat':
      return say('classCgnat');
    case 'loopback':
      return say('classLoopback');
    case 'link-local':
      return say('classLinkLocal');
    case 'unspecified':
      return say('classUnspecified');
    default:
      return say('classPrivate');
  }
}

/** The public peer a message travels to or comes from, per its envelope. */
export function publicPeer(m: SipMessage): string | undefined {
  const env = m.envelope;
  if (!env) return undefined;
  const dst = env.dst?.addressClass;
  if (dst !== undefined && isPublicLike(dst)) return env.dst?.host;
  const src = env.src?.addressClass;
  if (src !== undefined && isPublicLike(src)) return env.src?.host;
  return undefined;
}

function endpointText(m: SipMessage, which: 'src' | 'dst'): string {
  const ep = m.envelope?.[which];
  if (!ep) return t.explain('unknown');
  return ep.port !== undefined ? `${ep.host}:${ep.port}` : ep.host;
}

export function addressRules(ctx: RuleContext): void {
  const { trace } = ctx;
  const receivedParams = new NextOccurrence(trace.text, 'received=');
  for (const m of trace.messages) {
    const peer = publicPeer(m);
    if (!peer) continue;
    contact(ctx, m, peer);
    media(ctx, m, peer);
    received(ctx, m, receivedParams);
  }
}

function contact(ctx: RuleContext, m: SipMessage, peer: string): void {
  if (!m.isRequest && (m.status < 101 || m.status >= 300)) return;
  const a = contactHostAddress(ctx.trace, m);
  if (!a || !isNonRoutable(a.class)) return;
  const { trace } = ctx;
  ctx.repeat(
    'sip/private-contact',
    `${a.text}`,
    startLineRange(m),
    () => describeMessage(trace, m),
    () => ({
      message: t.t('contactMessage', { class: addressClassLabel(a.class, true), address: a.text, peer }),
      explanation: {
        seen: t.explain('contactSeen', {
          message: describeMessage(trace, m),
          contact: m.contactUri,
          src: endpointText(m, 'src'),
          dst: endpointText(m, 'dst'),
        }),
        why: t.explain('contactWhy', { class: addressClassLabel(a.class) }),
        cause: t.explain('contactCause'),
        fix: t.explain('contactFix'),
      },
    }),
  );
}

/**
 * The first Contact's host when it is an IP literal, read in place: most Contact hosts are names or
 * public addresses, and slicing every URI would cost more than the check.
 */
function contactHostAddress(trace: SipTrace, m: SipMessage): ParsedAddress | undefined {
  const h = findHeader(trace, m, 'contact');
  if (h < 0) return undefined;
  const text = trace.text;
  const vs = trace.headers.valueStart[h] as number;
  const r = uriRangeAt(text, vs, listValueEnd(text, vs, trace.headers.valueEnd[h] as number));
  const uriStart = r.start;
  const uriEnd = r.end;
  // host: after the last '@' (or the scheme), up to ';', '?' or the port.
  let host = uriStart;
  for (let i = uriStart; i < uriEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) host = i + 1;
    else if (c === 59 || c === 63) break;
  }
  if (host === uriStart) {
    const colon = text.indexOf(':', uriStart);
    host = colon >= 0 && colon < uriEnd ? colon + 1 : uriStart;
  }
  const first = text.charCodeAt(host);
  if (!(first >= 48 && first <= 57) && first !== 91 && !isHexLetter(first)) return undefined;
  // Dotted quads are classified in place; only non-routable ones become strings.
  const v4 = ipv4ClassAt(text, host, uriEnd);
  if (v4 === 'not-ipv4') {
    // fall through: IPv6 or a host name starting with a hex letter
  } else if (v4 === undefined || !isNonRoutable(v4)) return undefined;
  let end = host;
  while (end < uriEnd) {
    const c = text.charCodeAt(end);
    if (c === 59 || c === 63 || c === 62) break;
    end++;
  }
  return parseAddress(parseUri(`sip:${text.slice(host, end)}`).host);
}

/** The class of a dotted quad at `text[start…]` (ending at ':', ';', '>', '?' or `end`), or 'not-ipv4'. */
function ipv4ClassAt(text: string, start: number, end: number): AddressClass | undefined | 'not-ipv4' {
  const octets = [0, 0, 0, 0];
  let part = 0;
  let digits = 0;
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      octets[part] = (octets[part] as number) * 10 + (c - 48);
      if (++digits > 3 || (octets[part] as number) > 255) return 'not-ipv4';
    } else if (c === 46) {
      if (digits === 0 || part === 3) return 'not-ipv4';
      part++;
      digits = 0;
    } else break;
  }
  if (part !== 3 || digits === 0) return 'not-ipv4';
  const next = i < end ? text.charCodeAt(i) : 62;
  if (next !== 58 && next !== 59 && next !== 62 && next !== 63) return 'not-ipv4';
  return classifyIpv4(octets);
}

function isHexLetter(c: number): boolean {
  return (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function media(ctx: RuleContext, m: SipMessage, peer: string): void {
  const sdp = m.sdp;
  if (!sdp) return;
  const { trace } = ctx;
  for (const section of sdp.media) {
    if (section.port <= 0 || !section.connection) continue;
    const a = parseAddress(section.connection);
    if (!a || !isNonRoutable(a.class) || a.class === 'unspecified') continue;
    const ice = hasPublicCandidate(trace, m);
    ctx.repeat(
      'sip/private-media-address',
      a.text,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('mediaMessage', { class: addressClassLabel(a.class, true), address: a.text, peer }),
        severity: ice ? 'information' : undefined,
        explanation: {
          seen: t.explain('mediaSeen', {
            message: describeMessage(trace, m),
            address: a.text,
            port: section.port,
            line: `c=IN IP${a.family} ${a.text}`,
            src: endpointText(m, 'src'),
            dst: endpointText(m, 'dst'),
            ice: ice ? t.explain('mediaIce') : '',
          }),
          why: t.explain('mediaWhy', { class: addressClassLabel(a.class) }),
          cause: t.explain('mediaCause'),
          fix: t.explain('mediaFix'),
        },
      }),
    );
    return;
  }
}

function hasPublicCandidate(trace: SipTrace, m: SipMessage): boolean {
  const lines = m.sdp?.lines;
  if (!lines) return false;
  for (let k = 0; k + 2 < lines.length; k += 3) {
    if (lines[k] !== 97) continue;
    const value = trace.text.slice(
      lines[k + 1] as number,
      Math.min(lines[k + 2] as number, (lines[k + 1] as number) + 300),
    );
    if (!value.startsWith('candidate:')) continue;
    for (const a of findAddresses(value, 4)) if (isPublicLike(a.class)) return true;
  }
  return false;
}

function received(ctx: RuleContext, m: SipMessage, receivedParams: NextOccurrence): void {
  const { trace } = ctx;
  const h = findHeader(trace, m, 'via');
  if (h < 0) return;
  // Look for `received=` in place: most Via values have none worth a string.
  const text = trace.text;
  const vs = trace.headers.valueStart[h] as number;
  const ve = trace.headers.valueEnd[h] as number;
  const at = receivedParams.at(vs);
  if (at < 0 || at + 9 > ve) return;
  let end = at + 9;
  while (end < ve && text.charCodeAt(end) !== 59 && text.charCodeAt(end) !== 44 && text.charCodeAt(end) > 32)
    end++;
  const a = parseAddress(text.slice(at + 9, end));
  if (!a || (a.class !== 'cgnat' && a.class !== 'private')) return;
  const all = headerValue(trace, m, h);
  const via = (splitList(all)[0] ?? all).slice(0, 200);
  ctx.repeat(
    'sip/private-via-received',
    a.text,
    startLineRange(m),
    () => describeMessage(trace, m),
    () => ({
      message: t.t('receivedMessage', { class: addressClassLabel(a.class, true), address: a.text }),
      explanation: {
        seen: t.explain('receivedSeen', { message: describeMessage(trace, m), address: a.text, via }),
        why: t.explain('receivedWhy'),
        cause: t.explain('receivedCause'),
        fix: t.explain('receivedFix'),
      },
    }),
  );
}

/** The sip.rules.addresses table, exported for its translation (addresses.ja.ts). */
export { t as sipAddressRuleMessages };
