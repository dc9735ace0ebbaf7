/** Finding things in the trace model by offset and by header name. */
import { unfoldValue } from '../parse/unfold';
import type { SipMessage, SipTrace } from './types';

/** The message whose text contains `offset` (binary search over message starts). */
export function messageAt(trace: SipTrace, offset: number): SipMessage | undefined {
  const starts = trace.messageStarts;
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || offset < (starts[0] as number)) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const m = trace.messages[lo];
  return m && offset <= m.end ? m : undefined;
}

/** Index of the first header of `m` named `canonical` (lower case), or -1. */
export function findHeader(trace: SipTrace, m: SipMessage, canonical: string): number {
  const id = trace.headers.existingId(canonical);
  if (id < 0) return -1;
  const last = m.headerFirst + m.headerCount;
  for (let h = m.headerFirst; h < last; h++) if (trace.headers.nameId[h] === id) return h;
  return -1;
}

/** Every header of `m` named `canonical`. */
export function findHeaders(trace: SipTrace, m: SipMessage, canonical: string): number[] {
  const id = trace.headers.existingId(canonical);
  if (id < 0) return [];
  const out: number[] = [];
  const last = m.headerFirst + m.headerCount;
  for (let h = m.headerFirst; h < last; h++) if (trace.headers.nameId[h] === id) out.push(h);
  return out;
}

/** A header's value as one string (unfolded, decoration removed). */
export function headerValue(trace: SipTrace, m: SipMessage, h: number): string {
  return unfoldValue(trace.text, trace.headers, h, m.lineMode);
}

/** The value of the first header named `canonical`, or undefined. */
export function headerText(trace: SipTrace, m: SipMessage, canonical: string): string | undefined {
  const h = findHeader(trace, m, canonical);
  return h < 0 ? undefined : headerValue(trace, m, h);
}

/** The request line / status line text. */
export function startLineText(trace: SipTrace, m: SipMessage): string {
  return trace.text.slice(m.lineStart, m.lineEnd);
}

/** `INVITE` or `200 OK`-style label. */
export function messageLabel(trace: SipTrace, m: SipMessage): string {
  if (m.isRequest) return m.method;
  const reason =
    m.reasonStart >= 0 ? trace.text.slice(m.reasonStart, Math.min(m.reasonEnd, m.reasonStart + 80)) : '';
  return reason ? `${m.status} ${reason}` : String(m.status);
}

/** The request URI text of a request. */
export function requestUri(trace: SipTrace, m: SipMessage): string {
  return m.uriStart >= 0 ? trace.text.slice(m.uriStart, m.uriEnd) : '';
}
