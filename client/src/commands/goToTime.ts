/**
 * "Callsight: Go to Time…" in a CCP log: asks for a time (the server checks and previews it as the user
 * types), then moves the cursor to the first entry at or after it. A time outside the window the log
 * covers is not jumped to silently: a warning says what the log covers and why, with "Go to Nearest
 * Entry" as its action. The server does all the reading and placing; this only asks and moves.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GoToTimeRequest, type GoToTimeParams, type GoToTimeResult } from '../../../server/src/protocol';
import { text } from '../text';

/** Arguments for callers that already know the time (tests, other commands): no input box. */
export interface GoToTimeArgs {
  readonly time: string;
  /**
   * The answer to the outside-the-window warning, given in advance: the warning is still shown but not
   * waited for. Without it the command waits for the user's choice.
   */
  readonly whenOutside?: 'nearest' | 'stay';
}

/** What the command did, for tests. */
export interface GoToTimeCommandResult {
  readonly status: GoToTimeResult['status'];
  /** Whether the cursor moved. */
  readonly moved: boolean;
  /** The cursor's line afterwards (zero-based). */
  readonly line?: number;
  /** The message or warning shown. */
  readonly shown?: string;
}

function toArgs(arg: unknown): GoToTimeArgs | undefined {
  if (typeof arg === 'string') return { time: arg };
  if (typeof arg === 'object' && arg !== null && typeof (arg as { time?: unknown }).time === 'string') {
    const { time, whenOutside } = arg as { time: string; whenOutside?: unknown };
    return whenOutside === 'nearest' || whenOutside === 'stay' ? { time, whenOutside } : { time };
  }
  return undefined;
}

function ask(
  client: LanguageClient,
  document: vscode.TextDocument,
  input: string,
): Promise<GoToTimeResult | null> {
  const params: GoToTimeParams = { uri: document.uri.toString(), input };
  return client.sendRequest<GoToTimeResult | null>(GoToTimeRequest, params).then(
    (r) => r,
    () => null,
  );
}

/** The input box; the server validates and previews every value. */
function promptForTime(client: LanguageClient, document: vscode.TextDocument): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: text.goToTimeTitle(),
    prompt: text.goToTimePrompt(),
    placeHolder: text.goToTimePlaceholder(),
    ignoreFocusOut: true,
    validateInput: async (value) => {
      // Nothing typed yet: no message (an error before the first key would only be noise).
      if (value.trim() === '') return null;
      const r = await ask(client, document, value);
      if (!r || r.status === 'unavailable') return null;
      const severity =
        r.status === 'invalid' || r.status === 'noTimes'
          ? vscode.InputBoxValidationSeverity.Error
          : r.status === 'inside'
            ? vscode.InputBoxValidationSeverity.Info
            : vscode.InputBoxValidationSeverity.Warning;
      return { message: r.message, severity };
    },
  });
}

/** Puts the cursor at the start of the entry and scrolls it into view. */
function moveTo(editor: vscode.TextEditor, entry: NonNullable<GoToTimeResult['entry']>): number {
  const start = editor.document.validatePosition(
    new vscode.Position(entry.start.line, entry.start.character),
  );
  const end = editor.document.validatePosition(new vscode.Position(entry.end.line, entry.end.character));
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return start.line;
}

/** The command. `arg`: a time string, or {@link GoToTimeArgs}; without it an input box asks. */
export function goToTime(
  client: () => LanguageClient | undefined,
): (arg?: unknown) => Promise<GoToTimeCommandResult | undefined> {
  return async (arg) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'ccp-log') {
      void vscode.window.showInformationMessage(text.goToTimeNeedsCcpLog());
      return undefined;
    }
    const c = client();
    if (!c) {
      void vscode.window.showErrorMessage(text.serverNotRunning());
      return undefined;
    }
    const args = toArgs(arg);
    const input = args?.time ?? (await promptForTime(c, editor.document));
    if (input === undefined || input.trim() === '') return undefined;
    const r = await ask(c, editor.document, input);
    if (!r || r.status === 'unavailable') {
      const shown = text.goToTimeUnavailable();
      void vscode.window.showErrorMessage(shown);
      return { status: r?.status ?? 'unavailable', moved: false, shown };
    }
    if (r.status === 'invalid' || r.status === 'noTimes') {
      void vscode.window.showErrorMessage(r.message);
      return { status: r.status, moved: false, shown: r.message };
    }
    if (r.status === 'inside' && r.entry) {
      return { status: r.status, moved: true, line: moveTo(editor, r.entry) };
    }
    // Outside the window: say so, and move only when asked to.
    const shown = r.warning ?? r.message;
    const nearest = text.goToTimeNearest();
    const shownMessage = vscode.window.showWarningMessage(shown, nearest);
    const choice =
      args?.whenOutside !== undefined
        ? args.whenOutside === 'nearest'
          ? nearest
          : undefined
        : await shownMessage;
    if (choice === nearest && r.entry) {
      return { status: r.status, moved: true, line: moveTo(editor, r.entry), shown };
    }
    return { status: r.status, moved: false, line: editor.selection.active.line, shown };
  };
}
