/** Starts the Callsight language server (dist/server.js) and connects to it. */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { CallsightInitializationOptions } from '../../server/src/protocol';
import { text } from './text';

export const DOCUMENT_SELECTOR = [{ language: 'ccp-log' }, { language: 'sip-trace' }] as const;

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const explanationLanguage = vscode.workspace
    .getConfiguration('callsight')
    .get<string>('explanations.language', 'auto');
  const initializationOptions: CallsightInitializationOptions = {
    locale: vscode.env.language,
    ...(explanationLanguage !== 'auto' ? { explanationLocale: explanationLanguage } : {}),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR],
    initializationOptions,
    synchronize: { configurationSection: 'callsight' },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  return new LanguageClient('callsight', text.serverName(), serverOptions, clientOptions);
}
