import type { Connection } from 'vscode-languageserver/node';
import { TimeAtOffsetRequest, type TimeAtOffsetParams, type TimeAtOffsetResult } from '../../protocol';
import type { ServerContext } from '../serverContext';

/** `callsight/timeAtOffset`: the time of the entry under the editor cursor, for the metrics panel. */
export function registerTimeAtOffset(connection: Connection, context: ServerContext): void {
  connection.onRequest(TimeAtOffsetRequest, (params: TimeAtOffsetParams) =>
    context.guard('time at offset', params.uri, { time: null }, (): TimeAtOffsetResult => {
      const found = context.analysisOf(params.uri);
      if (!found?.analysis.timeAt || !Number.isInteger(params.offset) || params.offset < 0) {
        return { time: null };
      }
      const time = found.analysis.timeAt(params.offset);
      return { time: typeof time === 'number' && Number.isFinite(time) ? time : null };
    }),
  );
}
