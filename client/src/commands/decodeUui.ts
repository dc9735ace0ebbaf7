/**
 * "Callsight: Decode UUI Header": decodes the selection, the User-to-User header under the cursor,
 * or what the user pastes, and shows the decoded text, fields and problems as a Markdown view. Also
 * run by the server's "Decode UUI" code action with the header text. Returns what it showed.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { escapeMarkdown } from '../../../server/src/analysis/markdown';
import { findUuiHeaderAt } from '../../../server/src/analysis/uui/headerAt';
import { DecodeUuiRequest, type DecodeUuiResult, type UuiDecodedValue } from '../../../server/src/protocol';
import { text } from '../text';
import type { MarkdownViews } from './markdownView';

/** Longest selection sent. */
const MAX_SELECTION = 1_000_000;

export interface DecodeUuiCommandResult {
  readonly values: readonly UuiDecodedValue[];
  readonly markdown: string;
  readonly uri?: vscode.Uri;
}

/** The selection, else the UUI header on the cursor's line. */
function textFromEditor(editor: vscode.TextEditor | undefined): string | undefined {
  if (!editor) return undefined;
  if (!editor.selection.isEmpty) return editor.document.getText(editor.selection).slice(0, MAX_SELECTION);
  const position = editor.selection.active;
  return findUuiHeaderAt(editor.document.lineAt(position.line).text, position.character)?.text;
}

export function decodeUuiHeader(
  client: () => LanguageClient | undefined,
  views: MarkdownViews,
): (arg?: string) => Promise<DecodeUuiCommandResult | undefined> {
  return async (arg) => {
    const c = client();
    if (!c) {
      void vscode.window.showErrorMessage(text.serverNotRunning());
      return undefined;
    }
    let input = typeof arg === 'string' && arg.trim() ? arg : textFromEditor(vscode.window.activeTextEditor);
    if (!input?.trim()) {
      input = await vscode.window.showInputBox({
        title: text.decodeViewTitle(),
        prompt: text.decodeInputPrompt(),
        placeHolder: text.decodeInputPlaceholder(),
        ignoreFocusOut: true,
      });
      if (!input?.trim()) return undefined;
    }
    const result = (await c.sendRequest(DecodeUuiRequest, { text: input })) as DecodeUuiResult;
    if (result.values.length === 0) {
      void vscode.window.showWarningMessage(text.decodeNothing());
      return { values: [], markdown: result.markdown };
    }
    const markdown = `# ${escapeMarkdown(text.decodeViewHeading())}\n\n${result.markdown}\n`;
    const uri = await views.show(text.decodeViewTitle(), markdown);
    return { values: result.values, markdown, uri };
  };
}
