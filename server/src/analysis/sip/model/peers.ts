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

function hostsOf(m: SipMessage, trace: SipTrace): string[] {
  const hosts: string[] = [];
  if (m.uriStart >= 0) hosts.push(parseUri(trace.text.slice(m.uriStart, m.uriEnd)).host);
  if (m.toUri) hosts.push(parseUri(m.toUri).host);
  if (m.envelope?.dst) hosts.push(m.envelope.dst.host);
  if (m.envelope?.src) hosts.push(m.envelope.src.host);
  return hosts;
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
  return trace.dialogs.map((d: Dialog) => {
    let twilio = false;
    let ccai = false;
    for (const i of d.messages) {
      const m = trace.messages[i] as SipMessage;
      if (!twilio || !ccai) {
        for (const host of hostsOf(m, trace)) {
          if (isTwilioHost(host)) twilio = true;
          if (isGoogleTelephony(host)) ccai = true;
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
    return { twilio, ccai };
  });
}
