/**
 * Go to Definition and Find References: a Call-ID goes to its dialog's first message and lists every
 * message of the dialog; a response (or a CSeq) goes to the request it answers; a request lists its
 * responses.
 */
import type { OffsetRange } from '../../findings';
import { messageAt } from '../model/lookup';
import type { SipMessage, SipTrace, Transaction } from '../model/types';
import { headerAt } from './hover';

function startLine(m: SipMessage): OffsetRange {
  return { start: m.lineStart, end: Math.max(m.lineEnd, m.lineStart + 1) };
}

function onCallId(trace: SipTrace, m: SipMessage, offset: number): boolean {
  const h = headerAt(trace, m, offset);
  return h >= 0 && trace.headers.name(h) === 'call-id' && offset >= (trace.headers.valueStart[h] as number);
}

function onCseq(trace: SipTrace, m: SipMessage, offset: number): boolean {
  const h = headerAt(trace, m, offset);
  return h >= 0 && trace.headers.name(h) === 'cseq';
}

function transactionOf(trace: SipTrace, m: SipMessage): Transaction | undefined {
  return m.transaction >= 0 ? trace.transactions[m.transaction] : undefined;
}

export function sipDefinition(trace: SipTrace, offset: number): OffsetRange[] {
  const m = messageAt(trace, offset);
  if (!m) return [];
  if (onCallId(trace, m, offset)) {
    const dialog = trace.dialogs[m.dialog];
    const first = dialog ? trace.messages[dialog.messages[0] as number] : undefined;
    return first ? [startLine(first)] : [];
  }
  const onStart = offset >= m.lineStart && offset <= m.lineEnd;
  if ((onStart && !m.isRequest) || onCseq(trace, m, offset)) {
    const tx = transactionOf(trace, m);
    const request = tx && tx.request >= 0 ? trace.messages[tx.request] : undefined;
    if (request && request !== m) return [startLine(request)];
  }
  if (onStart && m.isRequest && m.original >= 0) {
    const original = trace.messages[m.original];
    return original ? [startLine(original)] : [];
  }
  return [];
}

export function sipReferences(trace: SipTrace, offset: number): OffsetRange[] {
  const m = messageAt(trace, offset);
  if (!m) return [];
  if (onCallId(trace, m, offset)) {
    const dialog = trace.dialogs[m.dialog];
    return dialog ? dialog.messages.map((i) => startLine(trace.messages[i] as SipMessage)) : [];
  }
  const onStart = offset >= m.lineStart && offset <= m.lineEnd;
  if (onStart || onCseq(trace, m, offset)) {
    const tx = transactionOf(trace, m);
    if (!tx) return [];
    const ids = [...tx.requests, ...tx.responses];
    if (tx.ack >= 0) ids.push(tx.ack);
    return ids.sort((a, b) => a - b).map((i) => startLine(trace.messages[i] as SipMessage));
  }
  return [];
}
