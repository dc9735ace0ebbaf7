import type { Connection } from 'vscode-languageserver/node';
import {
  AnalysisSummaryRequest,
  type AnalysisSummaryParams,
  type AnalysisSummaryResult,
} from '../../protocol';
import type { ServerContext } from '../serverContext';

export function registerAnalysisSummary(connection: Connection, context: ServerContext): void {
  connection.onRequest(AnalysisSummaryRequest, (params: AnalysisSummaryParams) =>
    context.guard('summary', params.uri, null, async (): Promise<AnalysisSummaryResult | null> => {
      const found = context.analysisOf(params.uri);
      if (!found) return null;
      const findings = await context.findingsOf(found.document, found.analysis);
      const counts = { error: 0, warning: 0, information: 0, hint: 0 };
      for (const f of findings) counts[f.severity]++;
      return { languageId: found.analysis.languageId, version: found.document.version, findings: counts };
    }),
  );
}
