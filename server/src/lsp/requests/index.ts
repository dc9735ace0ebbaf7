/** Custom `callsight/*` requests, one module each. */
import type { Connection } from 'vscode-languageserver/node';
import type { ServerContext } from '../serverContext';
import { registerAnalysisSummary } from './analysisSummary';
import { registerExplain } from './explain';
import { registerUui } from './uui';

export function registerRequests(connection: Connection, context: ServerContext): void {
  registerAnalysisSummary(connection, context);
  registerExplain(connection, context);
  registerUui(connection, context);
}
