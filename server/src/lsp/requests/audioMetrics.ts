import type { Connection } from 'vscode-languageserver/node';
import { AudioMetricsRequest, type AudioMetricsParams, type AudioMetricsResult } from '../../protocol';
import type { ServerContext } from '../serverContext';

/** `callsight/audioMetrics`: the metric series of an open CCP log, for the chart webview. */
export function registerAudioMetrics(connection: Connection, context: ServerContext): void {
  connection.onRequest(AudioMetricsRequest, (params: AudioMetricsParams) =>
    context.guard('audio metrics', params.uri, null, async (): Promise<AudioMetricsResult | null> => {
      const found = context.analysisOf(params.uri);
      if (!found?.analysis.audioMetrics) return null;
      const settings = await context.settings(params.uri);
      return found.analysis.audioMetrics(settings);
    }),
  );
}
