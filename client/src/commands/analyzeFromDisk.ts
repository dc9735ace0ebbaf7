/**
 * Analyse from Disk: files above the editor's 50 MB sync limit never reach extensions, so Callsight
 * reads them itself (with progress and cancellation), hands the text to the server as a detached
 * document and lists the findings in the Problems panel through its own diagnostic collection. The
 * user is told why when such a file is the active tab.
 */
import * as vscode from 'vscode';
import { DocumentDiagnosticRequest, type DocumentDiagnosticReport } from 'vscode-languageclient';
import type { LanguageClient } from 'vscode-languageclient/node';
import { detectLanguage, SNIFF_LENGTH } from '../../../server/src/analysis/detect';
import {
  OpenDetachedTextRequest,
  type OpenDetachedTextParams,
  type OpenDetachedTextResult,
} from '../../../server/src/protocol';
import { EDITOR_SYNC_LIMIT, readLargeFileOrReport } from '../metrics/readLargeFile';
import { text } from '../text';

/** What the command did (returned for tests and other commands). */
export interface DiskAnalysisResult {
  readonly uri: string;
  readonly languageId: string;
  readonly findings: number;
}

function fileNameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The file of the active tab, also when the editor did not hand it to extensions. */
export function activeTabFileUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}

/** The `callsight.analyzeFileFromDisk` command: explorer context menu, palette, or offered for a big tab. */
export function analyzeFileFromDisk(
  client: () => LanguageClient | undefined,
  collection: vscode.DiagnosticCollection,
): (resource?: unknown) => Promise<DiskAnalysisResult | undefined> {
  return async (resource) => {
    let uri =
      resource instanceof vscode.Uri
        ? resource
        : (activeTabFileUri() ?? vscode.window.activeTextEditor?.document.uri);
    if (!uri) {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        title: text.diskPickTitle(),
      });
      uri = picked?.[0];
    }
    if (!uri) return undefined;
    const running = client();
    if (!running) {
      void vscode.window.showWarningMessage(text.serverNotRunning());
      return undefined;
    }
    const file = await readLargeFileOrReport(uri);
    if (!file) return undefined; // unreadable (reported) or cancelled while reading
    const name = fileNameOf(uri);
    const languageId = detectLanguage(file.text.slice(0, SNIFF_LENGTH), name);
    if (!languageId) {
      void vscode.window.showWarningMessage(text.diskNotAnalysable(name));
      return undefined;
    }
    const target = uri;
    const diagnostics = await vscode.window
      .withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: text.diskAnalysing(name),
          cancellable: true,
        },
        async (_progress, token) => {
          const params: OpenDetachedTextParams = { uri: target.toString(), languageId, text: file.text };
          await running.sendRequest<OpenDetachedTextResult | null>(OpenDetachedTextRequest, params, token);
          if (token.isCancellationRequested) return undefined;
          const report = (await running.sendRequest(
            DocumentDiagnosticRequest.type,
            { textDocument: { uri: target.toString() } },
            token,
          )) as DocumentDiagnosticReport;
          if (token.isCancellationRequested || report.kind !== 'full') return undefined;
          return running.protocol2CodeConverter.asDiagnostics(report.items);
        },
      )
      .then(
        (d) => d,
        (error: unknown) => {
          // A cancelled request rejects; anything else is worth telling.
          if (!(error instanceof Error && /cancel/i.test(error.message)))
            void vscode.window.showErrorMessage(
              text.diskFailed(error instanceof Error ? error.message : String(error)),
            );
          return undefined;
        },
      );
    if (!diagnostics) return undefined;
    // A file the editor holds already has live diagnostics: listing the disk reading too would double them.
    const synced = vscode.workspace.textDocuments.some((d) => d.uri.toString() === target.toString());
    if (!synced) collection.set(target, diagnostics);
    const showProblems = text.diskShowProblems();
    const showMetrics = text.diskShowMetrics();
    const actions = languageId === 'ccp-log' ? [showProblems, showMetrics] : [showProblems];
    // Not awaited: the command finishes while the message stays up.
    void vscode.window
      .showInformationMessage(text.diskDone(diagnostics.length, name), ...actions)
      .then((choice) => {
        if (choice === showProblems) void vscode.commands.executeCommand('workbench.actions.view.problems');
        if (choice === showMetrics) void vscode.commands.executeCommand('callsight.showAudioMetrics', target);
      });
    return { uri: target.toString(), languageId, findings: diagnostics.length };
  };
}

/**
 * Tells the user once per file when the active tab is a file the editor did not hand to extensions
 * because it is above the sync limit, and offers Analyse from Disk.
 */
export function registerLargeFileNotice(context: vscode.ExtensionContext): void {
  const told = new Set<string>();
  const check = async (): Promise<void> => {
    const uri = activeTabFileUri();
    if (!uri || told.has(uri.toString())) return;
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    const size = await vscode.workspace.fs.stat(uri).then(
      (s) => s.size,
      () => 0,
    );
    if (size <= EDITOR_SYNC_LIMIT) return;
    told.add(uri.toString());
    const analyse = text.diskAnalyse();
    const choice = await vscode.window.showInformationMessage(
      text.diskTooLarge(fileNameOf(uri), Math.round(size / (1024 * 1024)), EDITOR_SYNC_LIMIT / (1024 * 1024)),
      analyse,
    );
    if (choice === analyse) await vscode.commands.executeCommand('callsight.analyzeFileFromDisk', uri);
  };
  context.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs(() => void check()));
  void check();
}
