/**
 * Facts about failed transactions that several rules quote: the request a final response answers,
 * credentials and challenges, codecs offered, header values.
 */
import { findHeader, findHeaders, headerText, headerValue } from '../model/lookup';
import type { SipMessage, SipTrace, Transaction } from '../model/types';
import { codecList } from '../parse/sdp';
import { parseParams } from '../parse/values';

/** The request of a transaction, if it was captured. */
export function requestOf(trace: SipTrace, tx: Transaction): SipMessage | undefined {
  return tx.request >= 0 ? trace.messages[tx.request] : undefined;
}

/** The credentials header (`Authorization` / `Proxy-Authorization`) of a request, parsed. */
export function credentialsOf(
  trace: SipTrace,
  m: SipMessage,
): { header: string; username: string; realm: string; nonce: string } | undefined {
  for (const name of ['authorization', 'proxy-authorization']) {
    const v = headerText(trace, m, name);
    if (v !== undefined) {
      const p = digestParams(v);
      return {
        header: name === 'authorization' ? 'Authorization' : 'Proxy-Authorization',
        username: p.get('username') ?? '',
        realm: p.get('realm') ?? '',
        nonce: p.get('nonce') ?? '',
      };
    }
  }
  return undefined;
}

/** The challenge (`WWW-Authenticate` / `Proxy-Authenticate`) of a 401/407. */
export function challengeOf(
  trace: SipTrace,
  m: SipMessage,
): { realm: string; nonce: string; stale: boolean } | undefined {
  for (const name of ['www-authenticate', 'proxy-authenticate']) {
    const v = headerText(trace, m, name);
    if (v !== undefined) {
      const p = digestParams(v);
      return {
        realm: p.get('realm') ?? '',
        nonce: p.get('nonce') ?? '',
        stale: (p.get('stale') ?? '').toLowerCase() === 'true',
      };
    }
  }
  return undefined;
}

/** `Digest a="b", c=d` parameters (comma separated, quotes removed). */
export function digestParams(value: string): Map<string, string> {
  const v = value.slice(0, 2000);
  const sp = v.indexOf(' ');
  const rest = sp >= 0 ? v.slice(sp + 1) : v;
  const params = new Map<string, string>();
  // The look-behind starts names only at a word start: without it a long name retries from each letter.
  const re = /(?<![\w-])([A-Za-z][\w-]*)\s*=\s*("([^"]*)"|[^,\s]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) !== null) {
    params.set((m[1] as string).toLowerCase(), m[3] ?? m[2] ?? '');
  }
  return params;
}

/** `audio: PCMU/8000, PCMA/8000 (RTP/AVP)` for each media section of an SDP. */
export function offeredMedia(m: SipMessage): string[] {
  if (!m.sdp) return [];
  return m.sdp.media.map((media) => `${media.type}: ${codecList(media).join(', ')} (${media.proto})`);
}

/** The reason phrase of a response. */
export function reasonPhrase(trace: SipTrace, m: SipMessage): string {
  return m.reasonStart >= 0
    ? trace.text.slice(m.reasonStart, Math.min(m.reasonEnd, m.reasonStart + 120))
    : '';
}

/** The Warning headers of a message as `code agent "text"` strings. */
export function warningTexts(trace: SipTrace, m: SipMessage): string[] {
  return findHeaders(trace, m, 'warning').map((h) => headerValue(trace, m, h).slice(0, 300));
}

/** A header's value or undefined, capped for quoting. */
export function quote(trace: SipTrace, m: SipMessage, name: string, max = 200): string | undefined {
  const h = findHeader(trace, m, name);
  return h < 0 ? undefined : headerValue(trace, m, h).slice(0, max);
}

/** `;name=value` parameters of a header value (after its first `;`). */
export function paramsOf(value: string): Map<string, string> {
  const semi = value.indexOf(';');
  return parseParams(semi < 0 ? '' : value.slice(semi));
}
