/** "Callsight: Show Findings": opens the Problems panel, where Callsight's diagnostics are listed. */
import * as vscode from 'vscode';

export async function showFindings(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
