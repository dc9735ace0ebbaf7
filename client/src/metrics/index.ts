/**
 * "Callsight: Show Audio Metrics" and everything around its panel: the command (editor, editor title,
 * explorer), the serializer that restores panels after a window reload, and two internal commands the
 * in-editor tests use (`callsight.audioMetrics.state`, `callsight.audioMetrics.simulateClick`).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { detectLanguage, SNIFF_LENGTH } from '../../../server/src/analysis/detect';
import { text } from '../text';
import {
  AUDIO_METRICS_VIEW_TYPE,
  AudioMetricsPanel,
  openDetachedText,
  runningClient,
  type AudioMetricsPanelState,
  type MetricsTarget,
  type PanelHost,
} from './audioMetricsPanel';
import { EDITOR_SYNC_LIMIT, readLargeFileOrReport } from './readLargeFile';

export function registerAudioMetrics(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
): void {
  const host: PanelHost = { context, client };
  context.subscriptions.push(
    vscode.commands.registerCommand('callsight.showAudioMetrics', async (resource?: unknown) => {
      const target = await resolveTarget(host, resource instanceof vscode.Uri ? resource : undefined);
      return target ? AudioMetricsPanel.createOrShow(host, target).state() : undefined;
    }),
    vscode.commands.registerCommand('callsight.audioMetrics.state', (): readonly AudioMetricsPanelState[] =>
      AudioMetricsPanel.all().map((p) => p.state()),
    ),
    vscode.commands.registerCommand(
      'callsight.audioMetrics.simulateClick',
      async (chartId: unknown, index: unknown): Promise<boolean> => {
        const panel = AudioMetricsPanel.all()[0];
        if (!panel || typeof chartId !== 'string' || typeof index !== 'number') return false;
        return panel.simulateClick(chartId, index);
      },
    ),
    vscode.window.registerWebviewPanelSerializer(AUDIO_METRICS_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) =>
        AudioMetricsPanel.revive(host, panel, state, (stored) =>
          stored.kind === 'detached'
            ? detachedTarget(host, vscode.Uri.parse(stored.uri))
            : documentTarget(vscode.Uri.parse(stored.uri), false),
        ),
    }),
  );
}

/**
 * The log to plot: the file the command was invoked on (editor title, explorer) or the active editor's.
 * Files too big for the editor are read from disk.
 */
async function resolveTarget(
  host: PanelHost,
  resource: vscode.Uri | undefined,
): Promise<MetricsTarget | undefined> {
  const uri = resource ?? vscode.window.activeTextEditor?.document.uri ?? activeTabUri();
  if (!uri) {
    void vscode.window.showWarningMessage(text.noEditor());
    return undefined;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return documentTarget(uri);
  const size = await vscode.workspace.fs.stat(uri).then(
    (s) => s.size,
    () => 0,
  );
  // Bytes ≥ UTF-16 characters for UTF-8 text, so a file this big may still fit; trying to open it costs
  // a full read either way, and the disk path handles it correctly.
  if (size > EDITOR_SYNC_LIMIT) return detachedTarget(host, uri);
  try {
    return await documentTarget(uri);
  } catch {
    return detachedTarget(host, uri);
  }
}

/**
 * An editor document, given the CCP log language when its content says so, and shown (unless `show` is
 * false: a restored panel finds its editors restored too).
 */
async function documentTarget(uri: vscode.Uri, show = true): Promise<MetricsTarget | undefined> {
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== 'ccp-log') {
    const head = document.getText(
      new vscode.Range(new vscode.Position(0, 0), document.positionAt(SNIFF_LENGTH)),
    );
    if (detectLanguage(head, uri.path) !== 'ccp-log') {
      void vscode.window.showWarningMessage(text.metricsNotCcpLog());
      return undefined;
    }
    document = await vscode.languages.setTextDocumentLanguage(document, 'ccp-log');
  }
  // The panel opens beside the log: show the log first when it came from the explorer.
  if (show && !vscode.window.visibleTextEditors.some((e) => e.document === document)) {
    await vscode.window.showTextDocument(document, { preview: true });
  }
  return { kind: 'document', uri: document.uri };
}

/** A file above the editor's sync limit: read from disk (cancellable) and handed to the server. */
async function detachedTarget(host: PanelHost, uri: vscode.Uri): Promise<MetricsTarget | undefined> {
  const client = await runningClient(host);
  if (!client) {
    void vscode.window.showErrorMessage(text.metricsNoServer());
    return undefined;
  }
  const file = await readLargeFileOrReport(uri);
  if (!file) return undefined;
  if (detectLanguage(file.text.slice(0, SNIFF_LENGTH), uri.path) !== 'ccp-log') {
    void vscode.window.showWarningMessage(text.metricsNotCcpLog());
    return undefined;
  }
  await openDetachedText(client, uri, file.text);
  return { kind: 'detached', uri, lines: file.lines };
}

/** The active tab's file: a file above the sync limit has a tab but no `activeTextEditor`. */
function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}
