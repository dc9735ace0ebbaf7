/**
 * SDP offer/answer pairs (RFC 3264, RFC 3261 §13.2.1): an INVITE or UPDATE with SDP is the offer and
 * the first response with SDP the answer; an INVITE without SDP gets the offer in its 2xx (or a
 * reliable 18x) and the answer in the ACK.
 */
import { MessageFlag, type SipMessage, type SipTrace } from './types';

export interface OfferAnswer {
  readonly offer: SipMessage;
  readonly answer: SipMessage | undefined;
  readonly dialog: number;
}

/** Computed per findings run: the pairs are not kept with the trace. */
export function offerAnswerPairs(trace: SipTrace): OfferAnswer[] {
  const pairs: OfferAnswer[] = [];
  for (const tx of trace.transactions) {
    if ((tx.method !== 'INVITE' && tx.method !== 'UPDATE') || tx.request < 0) continue;
    const req = trace.messages[tx.request] as SipMessage;
    const firstWithSdp = (): SipMessage | undefined => {
      for (const r of tx.responses) {
        const m = trace.messages[r] as SipMessage;
        if (m.sdp && !(m.flags & MessageFlag.Retransmission) && m.status < 300) return m;
      }
      return undefined;
    };
    if (req.sdp) {
      pairs.push({ offer: req, answer: firstWithSdp(), dialog: tx.dialog });
    } else if (tx.method === 'INVITE') {
      const offer = firstWithSdp();
      if (!offer) continue;
      const ack = tx.ack >= 0 ? (trace.messages[tx.ack] as SipMessage) : undefined;
      pairs.push({ offer, answer: ack?.sdp ? ack : undefined, dialog: tx.dialog });
    }
  }
  return pairs;
}
