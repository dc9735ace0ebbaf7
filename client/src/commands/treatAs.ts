/** "Callsight: Treat File as CCP Log / SIP Trace": sets the active file's language by hand. */
import * as vscode from 'vscode';
import { text } from '../text';

export function treatActiveFileAs(languageId: 'ccp-log' | 'sip-trace'): () => Promise<void> {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showWarningMessage(text.noEditor());
      return;
    }
    await vscode.languages.setTextDocumentLanguage(editor.document, languageId);
    void vscode.window.setStatusBarMessage(text.treatedAs(text.languageName(languageId)), 4000);
  };
}
