/** Callsight's VS Code entry point: starts the language server and registers the commands. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerFormatSniffer } from './formatSniffer';
import { createLanguageClient } from './languageClient';
import { AudioMetricsPanel } from './metrics/audioMetricsPanel';
import { text } from './text';

let client: LanguageClient | undefined;

/** What the extension exposes to its in-editor tests. */
export interface CallsightApi {
  readonly client: LanguageClient | undefined;
  /** Fires when an audio metrics panel's state (`callsight.audioMetrics.state`) may have changed. */
  readonly onDidChangeAudioMetrics: vscode.Event<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<CallsightApi> {
  registerFormatSniffer(context);
  registerCommands(context, () => client);
  client = createLanguageClient(context);
  try {
    await client.start();
  } catch (error) {
    // VS Code shows nothing when activation fails: say it ourselves.
    void vscode.window.showErrorMessage(
      text.activationFailed(error instanceof Error ? error.message : String(error)),
    );
  }
  return { client, onDidChangeAudioMetrics: AudioMetricsPanel.onDidChangeState };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
