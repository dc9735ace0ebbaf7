/** Registers every `callsight.*` command. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerAudioMetrics } from '../metrics';
import { text } from '../text';
import { analyzeFileFromDisk, registerLargeFileNotice } from './analyzeFromDisk';
import { decodeUuiHeader } from './decodeUui';
import { encodeUuiHeader } from './encodeUui';
import { explainErrorCode } from './explainErrorCode';
import { goToTime } from './goToTime';
import { MarkdownViews, VIEW_SCHEME } from './markdownView';
import { showFindings } from './showFindings';
import { treatActiveFileAs } from './treatAs';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
): void {
  const views = new MarkdownViews();
  context.subscriptions.push(
    views,
    vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, views),
    vscode.commands.registerCommand('callsight.treatAsCcpLog', treatActiveFileAs('ccp-log')),
    vscode.commands.registerCommand('callsight.treatAsSipTrace', treatActiveFileAs('sip-trace')),
    vscode.commands.registerCommand('callsight.showFindings', showFindings),
    vscode.commands.registerCommand('callsight.restartServer', async () => {
      await client()?.restart();
      void vscode.window.setStatusBarMessage(text.serverRestarted(), 4000);
    }),
    vscode.commands.registerCommand('callsight.explainErrorCode', explainErrorCode(client, views)),
    vscode.commands.registerCommand('callsight.decodeUui', decodeUuiHeader(client, views)),
    vscode.commands.registerCommand('callsight.encodeUui', encodeUuiHeader(client)),
    vscode.commands.registerCommand('callsight.goToTime', goToTime(client)),
  );
  const fromDisk = vscode.languages.createDiagnosticCollection('callsight-disk');
  context.subscriptions.push(
    fromDisk,
    vscode.commands.registerCommand('callsight.analyzeFileFromDisk', analyzeFileFromDisk(client, fromDisk)),
    // Once the editor holds the file itself, its live diagnostics take over from the disk reading.
    vscode.workspace.onDidOpenTextDocument((d) => fromDisk.delete(d.uri)),
  );
  registerLargeFileNotice(context);
  registerAudioMetrics(context, client);
}
