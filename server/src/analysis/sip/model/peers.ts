/**
 * Who is on the other end of a dialog, as far as special checks go: a Twilio Elastic SIP Trunk
 * (`*.pstn.twilio.com`, `X-Twilio-*` headers) or Google CCAI (`*.telephony.goog`, 74.125.88.128/25,
 * a `Goog-ContactCenter-Conversation` purpose).
 */
import { parseIpv4 } from '../ip/address';
import { parseUri } from '../parse/values';
import { HEADER_ID, type Dialog, type Endpoint, type SipMessage, type SipTrace } from './types';

export interface DialogPeers {
  readonly twilio: boolean;
  readonly ccai: boolean;
}

export function isTwilioHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'twilio.com' || h.endsWith('.twilio.com');
}

/** Google CCAI SIP signalling: `*.telephony.goog` or 74.125.88.128/25. */
export function isGoogleTelephony(host: string): boolean {
  const h = host.toLowerCase();
  if (h.endsWith('.telephony.goog')) return true;
  const v4 = parseIpv4(h);
  return v4 !== undefined && v4[0] === 74 && v4[1] === 125 && v4[2] === 88 && (v4[3] as number) >= 128;
}

const TWILIO = 1;
const GOOGLE = 2;

/** Twilio and Google bits for one text that may name the far end. */
function placeFlags(place: string): number {
  return (namesTwilio(place) ? TWILIO : 0) | (namesGoogle(place) ? GOOGLE : 0);
}

/**
 * Twilio and Google bits for what message `m` names: Request-URI, To URI, envelope hosts. The URIs are
 * sliced only when their text contains one of the needles `namesTwilio` and `namesGoogle` look for
 * (the To URI lies inside the first To value, so that value is searched in place).
 */
function namedPeers(m: SipMessage, trace: SipTrace): number {
  const text = trace.text;
  let flags = 0;
  if (m.uriStart >= 0 && mayNamePeerAt(text, m.uriStart, m.uriEnd))
    flags |= placeFlags(text.slice(m.uriStart, m.uriEnd));
  const to = firstHeader(trace, m, HEADER_ID.to);
  if (
    to >= 0 &&
    mayNamePeerAt(text, trace.headers.valueStart[to] as number, trace.headers.valueEnd[to] as number)
  ) {
    const uri = m.toUri;
    if (uri) flags |= placeFlags(uri);
  }
  const env = m.envelope;
  if (env?.dst) flags |= placeFlags(env.dst.host);
  if (env?.src) flags |= placeFlags(env.src.host);
  return flags;
}

function firstHeader(trace: SipTrace, m: SipMessage, id: number): number {
  const last = m.headerFirst + m.headerCount;
  for (let h = m.headerFirst; h < last; h++) if (trace.headers.nameId[h] === id) return h;
  return -1;
}

/** Whether `text[start, end)` contains `twilio.com`, `telephony.goog` or `74.125.88.`. */
function mayNamePeerAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 116) {
      if (includesAt(text, i, end, 'twilio.com') || includesAt(text, i, end, 'telephony.goog')) return true;
    } else if (c === 55 && includesAt(text, i, end, '74.125.88.')) return true;
  }
  return false;
}

function includesAt(text: string, at: number, end: number, needle: string): boolean {
  if (end - at < needle.length) return false;
  for (let k = 0; k < needle.length; k++) if (text.charCodeAt(at + k) !== needle.charCodeAt(k)) return false;
  return true;
}

/** Cheap text checks first; a URI is parsed only when it may name Twilio or Google. */
function namesTwilio(place: string): boolean {
  return place.indexOf('twilio.com') >= 0 && isTwilioHost(hostOf(place));
}

function namesGoogle(place: string): boolean {
  return (
    (place.indexOf('telephony.goog') >= 0 || place.indexOf('74.125.88.') >= 0) &&
    isGoogleTelephony(hostOf(place))
  );
}

function hostOf(place: string): string {
  return place.indexOf(':') >= 0 && /^[a-z]+:/i.test(place) ? parseUri(place).host : place;
}

/** Shared by every dialog that talks to neither. */
const NO_PEER: DialogPeers = { twilio: false, ccai: false };

/** Whether any INVITE, endpoint or purpose parameter could name Twilio or Google. */
function mayNameAPeer(trace: SipTrace, purposeIds: ReadonlySet<number>): boolean {
  const seen = new Set<unknown>();
  const headers = trace.headers;
  for (const m of trace.messages) {
    const env = m.envelope;
    if (env) {
      if (newEndpointNamesAPeer(env.src, seen)) return true;
      if (newEndpointNamesAPeer(env.dst, seen)) return true;
    }
    if (m.isRequest && m.method === 'INVITE' && namedPeers(m, trace) !== 0) return true;
    if (purposeIds.size === 0) continue;
    const last = m.headerFirst + m.headerCount;
    for (let h = m.headerFirst; h < last; h++) {
      if (!purposeIds.has(headers.nameId[h] as number)) continue;
      const vs = headers.valueStart[h] as number;
      const value = trace.text.slice(vs, Math.min(headers.valueEnd[h] as number, vs + 4000));
      if (/goog-/i.test(value)) return true;
    }
  }
  return false;
}

/** Whether an endpoint not met before names Twilio or Google (each endpoint is checked once). */
function newEndpointNamesAPeer(ep: Endpoint | undefined, seen: Set<unknown>): boolean {
  if (!ep || seen.has(ep)) return false;
  seen.add(ep);
  return placeFlags(ep.host) !== 0;
}

/** Peer kinds for every dialog (computed once per trace). */
export function classifyPeers(trace: SipTrace): DialogPeers[] {
  const headers = trace.headers;
  const twilioIds = new Set<number>();
  headers.names.forEach((name, id) => {
    if (name.startsWith('x-twilio-')) twilioIds.add(id);
  });
  const purposeIds = new Set<number>();
  for (const name of ['call-info', 'user-to-user']) {
    const id = headers.existingId(name);
    if (id >= 0) purposeIds.add(id);
  }
  // Most traces name neither: a look at INVITEs, endpoints and header names settles it cheaply.
  if (twilioIds.size === 0 && !mayNameAPeer(trace, purposeIds)) return trace.dialogs.map(() => NO_PEER);
  return trace.dialogs.map((d: Dialog) => {
    let twilio = false;
    let ccai = false;
    for (const i of d.messages) {
      const m = trace.messages[i] as SipMessage;
      if (!twilio || !ccai) {
        const named = namedPeers(m, trace);
        if (named & TWILIO) twilio = true;
        if (named & GOOGLE) ccai = true;
      }
      const last = m.headerFirst + m.headerCount;
      for (let h = m.headerFirst; h < last; h++) {
        const id = headers.nameId[h] as number;
        if (twilioIds.has(id)) twilio = true;
        else if (!ccai && purposeIds.has(id)) {
          const end = Math.min(headers.valueEnd[h] as number, (headers.valueStart[h] as number) + 4000);
          if (
            /purpose\s*=\s*"?Goog-ContactCenter-Conversation/i.test(
              trace.text.slice(headers.valueStart[h] as number, end),
            )
          )
            ccai = true;
        }
      }
      if (twilio && ccai) break;
    }
    return twilio || ccai ? { twilio, ccai } : NO_PEER;
  });
}
