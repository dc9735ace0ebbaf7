/** Opening test-workspace files and reaching Callsight from inside the extension host. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CallsightApi } from '../../../../client/src/extension';
import { until } from './wait';

export const EXTENSION_ID = 'callsight.callsight';

/** The test workspace's root (samples at the top, fixtures under `fixtures/`). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the in-editor tests need a workspace folder (the runner opens one)');
  return folder.uri;
}

export function workspaceUri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...path.split('/'));
}

/** Activates Callsight (idempotent) and returns what it exports to tests. */
export async function callsight(): Promise<CallsightApi> {
  const extension = vscode.extensions.getExtension<CallsightApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this editor`);
  return extension.isActive ? extension.exports : await extension.activate();
}

/**
 * Opens `path` in an editor and waits until it has `languageId`: Callsight sets the language of sniffed
 * files after they open, which reopens the document under the new id.
 */
export async function openAs(path: string, languageId: string): Promise<vscode.TextDocument> {
  const uri = workspaceUri(path);
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== languageId) {
    // Checked now and on every open, so a reopen that happened already is not missed.
    document = await until(
      `${path} to get language ${languageId} (it has ${document.languageId})`,
      () =>
        vscode.workspace.textDocuments.find(
          (d) => d.uri.toString() === uri.toString() && d.languageId === languageId,
        ),
      [vscode.workspace.onDidOpenTextDocument],
    );
  }
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Opens `path` and returns it with whatever language it has now (no waiting for sniffing). */
export async function openPlain(path: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(path));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The position of the first character of the first occurrence of `token` in `document`. */
export function positionOf(document: vscode.TextDocument, token: string): vscode.Position {
  const offset = document.getText().indexOf(token);
  assert.ok(offset >= 0, `${token} does not occur in ${document.uri.path}`);
  return document.positionAt(offset);
}

/** Callsight's diagnostics for `uri` (other extensions' are ignored). */
export function callsightDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'callsight');
}

/** A diagnostic's rule id (`code` is a string or `{ value, target }`). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

/** Closes every editor, so one test's tabs do not leak into the next. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
