/**
 * Gives `.txt`, `.log` and `.json` files that hold a CCP log or a SIP trace the right language, by
 * reading the start of their text. `agent-log.txt` files are already matched by name in package.json.
 */
import * as vscode from 'vscode';
import { detectLanguage, SNIFF_LENGTH } from '../../server/src/analysis/detect';

/** Languages VS Code gives the files we look into. */
const SNIFFED_LANGUAGES = new Set(['plaintext', 'log', 'json', 'jsonc']);
const SNIFFED_EXTENSIONS = /\.(?:txt|log|json|out)$/i;

export function registerFormatSniffer(context: vscode.ExtensionContext): void {
  const sniff = (document: vscode.TextDocument): void => {
    if (!vscode.workspace.getConfiguration('callsight', document).get<boolean>('detection.enabled', true))
      return;
    if (!SNIFFED_LANGUAGES.has(document.languageId)) return;
    if (
      document.uri.scheme !== 'file' &&
      document.uri.scheme !== 'untitled' &&
      document.uri.scheme !== 'vscode-remote'
    ) {
      return;
    }
    const name = document.uri.path;
    if (document.uri.scheme !== 'untitled' && !SNIFFED_EXTENSIONS.test(name)) return;
    const end = document.positionAt(SNIFF_LENGTH);
    const head = document.getText(new vscode.Range(new vscode.Position(0, 0), end));
    const detected = detectLanguage(head, name);
    if (detected) void vscode.languages.setTextDocumentLanguage(document, detected);
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(sniff));
  for (const document of vscode.workspace.textDocuments) sniff(document);
}
