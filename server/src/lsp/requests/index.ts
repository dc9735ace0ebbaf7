/** Custom `callsight/*` requests, one module each. */
import type { Connection } from 'vscode-languageserver/node';
import type { ServerContext } from '../serverContext';
import { registerAnalysisSummary } from './analysisSummary';
import { registerAudioMetrics } from './audioMetrics';

export function registerRequests(connection: Connection, context: ServerContext): void {
  registerAnalysisSummary(connection, context);
  registerAudioMetrics(connection, context);
}
