import type { Connection } from 'vscode-languageserver/node';
import { GoToTimeRequest, type GoToTimeParams, type GoToTimeResult } from '../../protocol';
import type { ServerContext } from '../serverContext';

/** Longest input read; the core rejects anything longer than a time anyway. */
const MAX_INPUT = 200;

/**
 * `callsight/goToTime`: where a typed time lands in a CCP log (the core decides; this converts offsets
 * to positions). Null when the handler fails; `unavailable` when the document has no timeline.
 */
export function registerGoToTime(connection: Connection, context: ServerContext): void {
  connection.onRequest(GoToTimeRequest, (params: GoToTimeParams) =>
    context.guard('go to time', params.uri, null, async (): Promise<GoToTimeResult | null> => {
      const found = context.analysisOf(params.uri);
      if (!found?.analysis.lookupTime || typeof params.input !== 'string') {
        return { status: 'unavailable', message: '' };
      }
      const settings = await context.settings(params.uri);
      const { entry, ...rest } = found.analysis.lookupTime(params.input.slice(0, MAX_INPUT), settings);
      if (!entry) return rest;
      const doc = found.document;
      return { ...rest, entry: { start: doc.positionAt(entry.start), end: doc.positionAt(entry.end) } };
    }),
  );
}
