/** Registers every `callsight.*` command. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { text } from '../text';
import { showFindings } from './showFindings';
import { treatActiveFileAs } from './treatAs';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('callsight.treatAsCcpLog', treatActiveFileAs('ccp-log')),
    vscode.commands.registerCommand('callsight.treatAsSipTrace', treatActiveFileAs('sip-trace')),
    vscode.commands.registerCommand('callsight.showFindings', showFindings),
    vscode.commands.registerCommand('callsight.restartServer', async () => {
      await client()?.restart();
      void vscode.window.setStatusBarMessage(text.serverRestarted(), 4000);
    }),
  );
}
