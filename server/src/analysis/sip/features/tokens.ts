/**
 * Semantic tokens for what the grammar cannot know: which addresses are private or public, which
 * messages are retransmissions, and Call-ID values. Only messages overlapping the requested range are
 * read, and no token crosses a line end.
 */
import type { OffsetRange } from '../../findings';
import type { SemanticToken } from '../../features';
import { tokenModifiers, tokenType } from '../../semanticTokenLegend';
import { findAddresses, isNonRoutable, type AddressMatch } from '../ip/address';
import { MessageFlag, type SipMessage, type SipTrace } from '../model/types';
import { lowerBound } from '../../sortedSearch';

const IP = tokenType('ipAddress');
const CALL_ID = tokenType('callId');
const RETRANSMISSION = tokenType('variable');
const PRIVATE = tokenModifiers('private');
const PUBLIC = tokenModifiers('public');
const RETRANSMITTED = tokenModifiers('retransmission');
/** Values longer than this are not scanned for addresses (a 10 MB header line stays cheap). */
const SCAN_LIMIT = 4096;

function firstMessageFrom(trace: SipTrace, offset: number): number {
  // The message before may still overlap the range.
  return Math.max(0, lowerBound(trace.messageStarts, offset) - 1);
}

export function sipTokens(trace: SipTrace, range: OffsetRange): SemanticToken[] {
  const out: SemanticToken[] = [];
  const text = trace.text;
  const push = (start: number, length: number, type: number, modifiers: number): void => {
    if (length <= 0 || start + length <= range.start || start >= range.end) return;
    out.push({ start, length, type, modifiers });
  };
  const addresses = (start: number, end: number): void => {
    const slice = text.slice(start, Math.min(end, start + SCAN_LIMIT));
    for (const a of findAddresses(slice)) push(start + a.index, a.length, IP, modifiersOf(a));
  };
  const callIdId = trace.headers.existingId('call-id');
  for (let i = firstMessageFrom(trace, range.start); i < trace.messages.length; i++) {
    const m = trace.messages[i] as SipMessage;
    if (m.start >= range.end) break;
    if (m.end < range.start) continue;
    const env = m.envelope;
    if (env && env.start < m.lineStart) {
      const nl = text.indexOf('\n', env.start);
      addresses(env.start, nl < 0 || nl > env.end ? env.end : nl);
    }
    if (m.flags & MessageFlag.Retransmission)
      push(m.lineStart, m.lineEnd - m.lineStart, RETRANSMISSION, RETRANSMITTED);
    else if (m.uriStart >= 0) addresses(m.uriStart, m.uriEnd);
    const store = trace.headers;
    const last = m.headerFirst + m.headerCount;
    for (let h = m.headerFirst; h < last; h++) {
      const vs = store.valueStart[h] as number;
      const ve = store.valueEnd[h] as number;
      if (ve < range.start || vs >= range.end) continue;
      if (store.nameId[h] === callIdId) {
        if (text.indexOf('\n', vs) < 0 || text.indexOf('\n', vs) >= ve) push(vs, ve - vs, CALL_ID, 0);
        continue;
      }
      addresses(vs, ve);
    }
    const lines = m.sdp?.lines;
    if (lines) {
      for (let k = 0; k + 2 < lines.length; k += 3) {
        const type = lines[k];
        if (type !== 99 && type !== 111 && type !== 97) continue;
        addresses(lines[k + 1] as number, lines[k + 2] as number);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function modifiersOf(a: AddressMatch): number {
  if (isNonRoutable(a.class)) return PRIVATE;
  return a.class === 'public' || a.class === 'documentation' ? PUBLIC : 0;
}
