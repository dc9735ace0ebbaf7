/** Folding: one range per message (envelope to last body line), capped. */
import type { FoldRange } from '../../features';
import type { LineIndex } from '../../text/lineIndex';
import type { SipTrace } from '../model/types';

export function sipFolding(trace: SipTrace, lines: LineIndex, limit: number): FoldRange[] {
  const out: FoldRange[] = [];
  let previousEnd = -1;
  for (const m of trace.messages) {
    if (out.length >= limit) break;
    const startLine = lines.lineAt(m.start);
    const endLine = lines.lineAt(Math.max(m.start, m.end - 1));
    // Two messages in one block (a TCP segment) would overlap: keep folds disjoint.
    if (endLine <= startLine || startLine <= previousEnd) continue;
    out.push({ startLine, endLine, kind: 'region' });
    previousEnd = endLine;
  }
  return out;
}
