/** Custom `callsight/*` requests, one module each. */
import type { Connection } from 'vscode-languageserver/node';
import type { ServerContext } from '../serverContext';
import { registerAnalysisSummary } from './analysisSummary';
import { registerAudioMetrics } from './audioMetrics';
import { registerExplain } from './explain';
import { registerUui } from './uui';
import { registerDetachedText } from './detachedText';
import { registerTimeAtOffset } from './timeAtOffset';
import { registerGoToTime } from './goToTime';

export function registerRequests(connection: Connection, context: ServerContext): void {
  registerAnalysisSummary(connection, context);
  registerAudioMetrics(connection, context);
  registerExplain(connection, context);
  registerUui(connection, context);
  registerTimeAtOffset(connection, context);
  registerDetachedText(connection, context);
  registerGoToTime(connection, context);
}
