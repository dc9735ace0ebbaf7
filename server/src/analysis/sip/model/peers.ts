/**
 * Who is on the other end of a dialog, as far as special checks go: a Twilio Elastic SIP Trunk
 * (`*.pstn.twilio.com`, `X-Twilio-*` headers) or Google CCAI (`*.telephony.goog`, 74.125.88.128/25,
 * a `Goog-ContactCenter-Conversation` purpose).
 */
import { parseIpv4 } from '../ip/address';
import { parseUri } from '../parse/values';
import type { Dialog, SipMessage, SipTrace } from './types';

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

/** Texts that may name the far end: Request-URI, To, envelope hosts. */
function placesOf(m: SipMessage, trace: SipTrace): string[] {
  const places: string[] = [];
  if (m.uriStart >= 0) places.push(trace.text.slice(m.uriStart, m.uriEnd));
  if (m.toUri) places.push(m.toUri);
  if (m.envelope?.dst) places.push(m.envelope.dst.host);
  if (m.envelope?.src) places.push(m.envelope.src.host);
  return places;
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
    for (const ep of [m.envelope?.src, m.envelope?.dst]) {
      if (!ep || seen.has(ep)) continue;
      seen.add(ep);
      if (namesTwilio(ep.host) || namesGoogle(ep.host)) return true;
    }
    if (m.isRequest && m.method === 'INVITE') {
      for (const place of placesOf(m, trace)) if (namesTwilio(place) || namesGoogle(place)) return true;
    }
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
        for (const place of placesOf(m, trace)) {
          if (!twilio && namesTwilio(place)) twilio = true;
          if (!ccai && namesGoogle(place)) ccai = true;
        }
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
