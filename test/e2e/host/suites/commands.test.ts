/**
 * Every `callsight.*` command is declared, registered and runs. A command without a case below fails the
 * suite: add one (what to open first, how to check it worked) when contributing a command.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { callsight, closeAllEditors, EXTENSION_ID, openAs, openPlain } from '../support/editor';
import { until } from '../support/wait';

interface CommandCase {
  /** A workspace file to open (and its language) before running the command. */
  readonly open: { readonly path: string; readonly languageId?: string };
  /** Arguments to pass, if the command takes any. */
  readonly args?: readonly unknown[];
  /** Checks the command's effect; `document` is the file opened first. */
  readonly check?: (document: vscode.TextDocument) => Promise<void>;
  /** Undoes the effect so later tests start clean. */
  readonly undo?: (document: vscode.TextDocument) => Promise<void>;
}

function languageBecomes(languageId: string) {
  return (document: vscode.TextDocument) =>
    until(
      `${document.uri.path} to become ${languageId}`,
      () =>
        vscode.workspace.textDocuments.some(
          (d) => d.uri.toString() === document.uri.toString() && d.languageId === languageId,
        ),
      [vscode.workspace.onDidOpenTextDocument],
    ).then(() => undefined);
}

async function backToPlainText(document: vscode.TextDocument): Promise<void> {
  const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString());
  if (current) await vscode.languages.setTextDocumentLanguage(current, 'plaintext');
}

const CASES: Readonly<Record<string, CommandCase>> = {
  'callsight.treatAsCcpLog': {
    open: { path: 'fixtures/notes.txt' },
    check: languageBecomes('ccp-log'),
    undo: backToPlainText,
  },
  'callsight.treatAsSipTrace': {
    open: { path: 'fixtures/notes.txt' },
    check: languageBecomes('sip-trace'),
    undo: backToPlainText,
  },
  'callsight.showFindings': { open: { path: 'agent-log.txt', languageId: 'ccp-log' } },
  'callsight.restartServer': {
    open: { path: 'agent-log.txt', languageId: 'ccp-log' },
    check: async () => {
      const { client } = await callsight();
      assert.ok(client);
      await until('the language server to run again', () => client.isRunning(), [client.onDidChangeState]);
    },
  },
};

function contributedCommands(): string[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const manifest = extension.packageJSON as { contributes: { commands: { command: string }[] } };
  return manifest.contributes.commands.map((c) => c.command).sort();
}

describe('commands', () => {
  before(async () => {
    await callsight();
    await closeAllEditors();
  });
  after(closeAllEditors);

  it('registers every command package.json contributes, and no undeclared callsight.* command', async () => {
    const registered = (await vscode.commands.getCommands(true))
      .filter((c) => c.startsWith('callsight.'))
      .sort();
    assert.deepEqual(registered, contributedCommands());
  });

  it('has a test case for every contributed command', () => {
    const missing = contributedCommands().filter((c) => !(c in CASES));
    assert.deepEqual(missing, [], 'add these to CASES in test/e2e/host/suites/commands.test.ts');
  });

  for (const [command, testCase] of Object.entries(CASES)) {
    it(`runs ${command}`, async () => {
      const document = testCase.open.languageId
        ? await openAs(testCase.open.path, testCase.open.languageId)
        : await openPlain(testCase.open.path);
      try {
        await vscode.commands.executeCommand(command, ...(testCase.args ?? []));
        await testCase.check?.(document);
      } finally {
        await testCase.undo?.(document);
      }
    });
  }
});
