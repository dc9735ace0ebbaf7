/** Folding: one range per multi-line entry (the JSON objects of the download, expanded display entries), capped. */
import type { FoldRange } from '../../features';
import type { CcpModel } from '../model/model';

export function foldingRanges(model: CcpModel, limit: number): FoldRange[] {
  const out: FoldRange[] = [];
  if (limit <= 0) return out;
  const lines = model.lines;
  for (const e of model.entries) {
    const startLine = lines.lineAt(e.start);
    const endLine = lines.lineAt(Math.max(e.start, e.end - 1));
    // Keep the closing brace visible, as JSON folding does.
    const last = model.text.charCodeAt(e.end - 1) === 125 ? endLine - 1 : endLine;
    if (last > startLine) {
      out.push({ startLine, endLine: last });
      if (out.length >= limit) break;
    }
  }
  return out;
}
