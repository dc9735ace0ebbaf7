/** Callsight's webview panels open beside the document (the DOM inside is checked by the UI suites). */
import * as assert from 'node:assert/strict';
import { after, before, describe } from 'mocha';
import * as vscode from 'vscode';
import { fileExpectation, WEBVIEWS } from '../../expectations';
import { closeAllEditors, openAs } from '../support/editor';
import { itUnlessPending } from '../support/pending';
import { until } from '../support/wait';

/** The open webview tab whose view type matches, if any. */
function webviewTab(viewType: RegExp): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && viewType.test(t.input.viewType));
}

describe('webviews', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  for (const view of WEBVIEWS) {
    itUnlessPending(`${view.command} opens its panel`, view, async () => {
      await openAs(view.open, fileExpectation(view.open).languageId);
      await vscode.commands.executeCommand(view.command);
      // A new webview tab shows up asynchronously: wait on tab changes.
      const tab = await until(`a ${view.viewType} webview tab`, () => webviewTab(view.viewType), [
        vscode.window.tabGroups.onDidChangeTabs,
      ]);
      assert.ok(tab.label.length > 0);
    });
  }
});
