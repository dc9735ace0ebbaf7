/**
 * Code action "Decode UUI" on User-to-User / X-User-to-User headers (and `User-to-User=` inside URIs)
 * in SIP traces. It runs the client command `callsight.decodeUui` with the header text; the command
 * asks the server to decode it and shows the result.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionParams, Connection } from 'vscode-languageserver/node';
import { defineMessages } from '../analysis/l10n';
import { findUuiHeaderAt } from '../analysis/uui';
import { DecodeUuiCommand } from '../protocol';

/** Titles of the Decode UUI code action. */
export const uuiCodeActionMessages = defineMessages('lsp.uuiCodeAction', {
  decodeUui: 'Decode UUI',
  decodeUuiOf: 'Decode UUI ({header})',
});

/** Most lines of a selection looked at for headers. */
const MAX_LINES = 200;
/** Most actions offered at once. */
const MAX_ACTIONS = 5;

/** The "Decode UUI" actions for the lines a range touches. */
export function uuiCodeActions(document: TextDocument, params: CodeActionParams): CodeAction[] {
  if (document.languageId !== 'sip-trace') return [];
  // The action has no kind: offer it only when the client asks for every kind.
  if (params.context.only && params.context.only.length > 0) return [];
  const text = document.getText();
  const first = params.range.start.line;
  const last = Math.min(params.range.end.line, first + MAX_LINES);
  const actions: CodeAction[] = [];
  const seen = new Set<number>();
  for (let line = first; line <= last && actions.length < MAX_ACTIONS; line++) {
    const found = findUuiHeaderAt(text, document.offsetAt({ line, character: 0 }));
    if (!found || seen.has(found.start)) continue;
    seen.add(found.start);
    const title =
      last > first
        ? uuiCodeActionMessages.t('decodeUuiOf', { header: found.text.slice(0, 40) })
        : uuiCodeActionMessages.t('decodeUui');
    actions.push({
      title,
      command: {
        title: uuiCodeActionMessages.t('decodeUui'),
        command: DecodeUuiCommand,
        arguments: [found.text],
      },
    });
  }
  return actions;
}

export function registerUuiCodeAction(
  connection: Connection,
  documentOf: (uri: string) => TextDocument | undefined,
): void {
  connection.onCodeAction((params) => {
    try {
      const document = documentOf(params.textDocument.uri);
      return document ? uuiCodeActions(document, params) : [];
    } catch (error) {
      connection.console.error(
        `code actions failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return [];
    }
  });
}
