/**
 * Dialogs (by Call-ID) and transactions (RFC 3261 §17.1.3/§17.2.3: top Via branch + CSeq method; the
 * ACK for a non-2xx and the CANCEL share the INVITE's branch; the ACK for a 2xx is its own transaction,
 * tied to the INVITE by CSeq number). Marks retransmissions: the same request again in one transaction
 * in the same direction, or the same response (status and To tag) again.
 */
import { anchorShape } from '../../shapeAnchors';
import { MemberChains, NONE } from './memberChains';
import { MessageFlag, Transaction, TransactionMembers, type Dialog, type SipMessage } from './types';

export interface DialogModel {
  readonly dialogs: Dialog[];
  readonly dialogByCallId: Map<string, number>;
  readonly transactions: Transaction[];
}

/** Same sender and receiver per the envelopes (endpoints are interned, so identity compares them). */
function sameDirection(a: SipMessage, b: SipMessage): boolean {
  return a.envelope?.src === b.envelope?.src && a.envelope?.dst === b.envelope?.dst;
}

/**
 * Transactions per dialog, found by top Via branch (or From tag for RFC 2543 peers) and then CSeq
 * number and method: no string keys to build for every message. The CSeq number is part of the match
 * because some stateless proxies reuse one branch for every ACK.
 */
class TransactionIndex {
  /**
   * One map for the whole trace (branches are unique by design): a map per dialog costs more. The
   * value is the transaction, or a list when one id serves several (a reused branch, a From tag).
   */
  private readonly byId = new Map<string, number | number[]>();

  constructor(private readonly transactions: readonly Transaction[]) {}

  private idOf(m: SipMessage): string {
    return m.branch ? m.branch : m.fromTag;
  }

  private matches(t: number, d: number, m: SipMessage, method: string): boolean {
    const tx = this.transactions[t] as Transaction;
    return tx.dialog === d && tx.cseq === m.cseq && tx.method === method;
  }

  find(d: number, m: SipMessage, method: string): number | undefined {
    const entry = this.byId.get(this.idOf(m));
    if (entry === undefined) return undefined;
    if (typeof entry === 'number') return this.matches(entry, d, m, method) ? entry : undefined;
    for (const t of entry) if (this.matches(t, d, m, method)) return t;
    return undefined;
  }

  add(m: SipMessage, t: number): void {
    const id = this.idOf(m);
    const entry = this.byId.get(id);
    if (entry === undefined) this.byId.set(id, t);
    else if (typeof entry === 'number') this.byId.set(id, [entry, t]);
    else entry.push(t);
  }
}

anchorShape(new TransactionIndex([]));

export function buildDialogs(messages: readonly SipMessage[]): DialogModel {
  const dialogs: Dialog[] = [];
  const dialogByCallId = new Map<string, number>();
  const transactions: Transaction[] = [];
  const index = new TransactionIndex(transactions);
  const members = new TransactionMembers();
  const chains = new MemberChains(messages.length);
  /** The last two distinct tags seen in each dialog (its From and To tags), at `2 × dialog`. */
  const tags: string[] = [];

  for (const m of messages) {
    const callId = m.callId;
    if (!callId) continue;
    let d = dialogByCallId.get(callId);
    if (d === undefined) {
      d = dialogs.length;
      dialogs.push({ index: d, callId, messages: [], transactions: [], call: -1 });
      dialogByCallId.set(callId, d);
    }
    const dialog = dialogs[d] as Dialog;
    // Equal strings, one copy: the model keeps the dialog's (every message sliced its own).
    m.callId = dialog.callId;
    m.fromTag = shareTag(tags, d, m.fromTag);
    m.toTag = shareTag(tags, d, m.toTag);
    dialog.messages.push(m.index);
    m.dialog = d;
    if (m.flags & MessageFlag.DuplicateCopy) continue;

    const method = upper(m.isRequest ? m.method : m.cseqMethod);
    const isAck = m.isRequest && method === 'ACK';
    // An ACK with the INVITE's branch belongs to the INVITE transaction (non-2xx final).
    if (isAck && m.branch) {
      const invite = index.find(d, m, 'INVITE');
      if (invite !== undefined) {
        const tx = transactions[invite] as Transaction;
        m.transaction = invite;
        if (tx.ack < 0) tx.ack = m.index;
        else markRetransmission(messages, m, tx.ack);
        continue;
      }
    }
    let t = index.find(d, m, method);
    if (t === undefined) {
      t = transactions.length;
      transactions.push(new Transaction(t, d, method, m.cseq, m.branch, members));
      chains.addTransaction();
      index.add(m, t);
      dialog.transactions.push(t);
      if (method === 'CANCEL' && m.branch) {
        const invite = index.find(d, m, 'INVITE');
        if (invite !== undefined) (transactions[invite] as Transaction).cancel = t;
      }
    }
    const tx = transactions[t] as Transaction;
    m.transaction = t;
    if (m.branch === tx.branch) m.branch = tx.branch;
    if (m.isRequest) {
      if (tx.request < 0) tx.request = m.index;
      else {
        const first = messages[tx.request] as SipMessage;
        if (sameDirection(first, m)) markRetransmission(messages, m, tx.request);
      }
      chains.addRequest(t, m.index);
    } else {
      for (let r = chains.firstResponse(t); r !== NONE; r = chains.after(r)) {
        const earlier = messages[r] as SipMessage;
        if (
          earlier.status === m.status &&
          earlier.toTag === m.toTag &&
          !(earlier.flags & MessageFlag.Retransmission) &&
          sameDirection(earlier, m)
        ) {
          markRetransmission(messages, m, r);
          break;
        }
      }
      chains.addResponse(t, m.index);
      if (m.status >= 200 && tx.finalResponse < 0) tx.finalResponse = m.index;
    }
  }

  chains.layOut(members);

  // The ACK for a 2xx is a transaction of its own: tie it to the INVITE with the same CSeq number whose
  // 2xx the ACK's sender received (or whose 2xx sender the ACK goes to, when proxies are bypassed).
  for (const dialog of dialogs) {
    for (const t of dialog.transactions) {
      const ackTx = transactions[t] as Transaction;
      if (ackTx.method !== 'ACK' || ackTx.request < 0) continue;
      const ack = messages[ackTx.request] as SipMessage;
      let fallback: Transaction | undefined;
      let matched = false;
      for (const u of dialog.transactions) {
        const invite = transactions[u] as Transaction;
        if (invite.method !== 'INVITE' || invite.cseq !== ackTx.cseq || invite.ack >= 0) continue;
        const final = invite.finalResponse >= 0 ? (messages[invite.finalResponse] as SipMessage) : undefined;
        if (!final || final.status < 200 || final.status >= 300) continue;
        if (sameHop(messages, invite, ack)) {
          invite.ack = ackTx.request;
          matched = true;
        } else if (!fallback) fallback = invite;
      }
      if (!matched && fallback && !hasEndpoints(ack)) fallback.ack = ackTx.request;
    }
  }
  // Arrays grown by push keep spare capacity; trim them once.
  for (const dialog of dialogs) {
    dialog.messages = dialog.messages.slice();
    dialog.transactions = dialog.transactions.slice();
  }
  return { dialogs, dialogByCallId, transactions };
}

/** `tag`, or the equal string an earlier message of dialog `d` holds (so the model keeps one copy). */
function shareTag(tags: string[], d: number, tag: string): string {
  if (tag === '') return tag;
  const a = tags[2 * d];
  if (a === tag) return a;
  const b = tags[2 * d + 1];
  if (b === tag) return b;
  tags[2 * d + 1] = a ?? tag;
  tags[2 * d] = tag;
  return tag;
}

function hasEndpoints(m: SipMessage): boolean {
  return m.envelope?.src !== undefined && m.envelope.dst !== undefined;
}

/** Whether the ACK was sent by the element that received one of the INVITE's 2xx, or to the element that sent it. */
function sameHop(messages: readonly SipMessage[], invite: Transaction, ack: SipMessage): boolean {
  // Without an envelope, the Via count tells the hops of a proxied request apart.
  if (!hasEndpoints(ack))
    return invite.request < 0 || (messages[invite.request] as SipMessage).viaCount === ack.viaCount;
  const env = ack.envelope;
  for (const r of invite.responses) {
    const res = messages[r] as SipMessage;
    if (res.status < 200 || res.status >= 300) continue;
    const renv = res.envelope;
    if (!renv?.src || !renv.dst) return true;
    if (renv.dst.host === env?.src?.host || renv.src.host === env?.dst?.host) return true;
  }
  return false;
}

/** Upper case without allocating when it already is (it almost always is). */
function upper(method: string): string {
  for (let i = 0; i < method.length; i++) {
    const c = method.charCodeAt(i);
    if (c >= 97 && c <= 122) return method.toUpperCase();
  }
  return method;
}

function markRetransmission(messages: readonly SipMessage[], m: SipMessage, original: number): void {
  m.flags |= MessageFlag.Retransmission;
  const first = messages[original] as SipMessage;
  m.original = first.original >= 0 ? first.original : original;
}
