/**
 * Outline: one node per dialog (Call-ID, from → to, outcome) with its messages as children. Capped:
 * dialogs first, then messages while the budget lasts, so big traces still list every dialog they can.
 */
import { SymbolKinds, type SymbolNode } from '../../features';
import { findHeader, messageLabel } from '../model/lookup';
import type { SipMessage, SipTrace } from '../model/types';
import { formatTime } from '../rules/evidence';
import { summarizeDialog } from './dialogSummary';

function messageNode(trace: SipTrace, m: SipMessage): SymbolNode {
  const label = m.isRequest
    ? `${m.method} ${trace.text.slice(m.uriStart, Math.min(m.uriEnd, m.uriStart + 80))}`
    : messageLabel(trace, m);
  const time = formatTime(m.envelope);
  return {
    name: label,
    ...(time ? { detail: time } : {}),
    kind: m.isRequest ? SymbolKinds.Method : SymbolKinds.Event,
    start: m.start,
    end: Math.max(m.end, m.start + 1),
    selection: { start: m.lineStart, end: Math.max(m.lineEnd, m.lineStart + 1) },
  };
}

export function sipOutline(trace: SipTrace, maxItems: number): SymbolNode[] {
  let budget = Math.max(0, maxItems);
  const dialogs = trace.dialogs.slice(0, budget);
  budget -= dialogs.length;
  const nodes: SymbolNode[] = [];
  for (const d of dialogs) {
    const summary = summarizeDialog(trace, d);
    const children: SymbolNode[] = [];
    let end = 0;
    for (const i of d.messages) {
      const m = trace.messages[i] as SipMessage;
      end = Math.max(end, m.end);
      if (budget > 0) {
        children.push(messageNode(trace, m));
        budget--;
      }
    }
    const first = summary.first;
    const callIdHeader = findHeader(trace, first, 'call-id');
    const selection =
      callIdHeader >= 0
        ? {
            start: trace.headers.valueStart[callIdHeader] as number,
            end: trace.headers.valueEnd[callIdHeader] as number,
          }
        : { start: first.lineStart, end: first.lineEnd };
    nodes.push({
      name: d.callId.length > 120 ? d.callId.slice(0, 120) + '…' : d.callId,
      detail: `${summary.from} → ${summary.to} · ${summary.outcome}`,
      kind: SymbolKinds.Class,
      start: first.start,
      end: Math.max(end, first.start + 1),
      selection,
      children,
    });
  }
  for (const m of trace.messages) {
    if (budget <= 0) break;
    if (m.dialog >= 0) continue;
    nodes.push(messageNode(trace, m));
    budget--;
  }
  return nodes.sort((a, b) => a.start - b.start);
}
