/**
 * Every `callsight.*` command is declared, registered and runs. A command without a case below fails the
 * suite: add one (what to open first, how to check it worked) when contributing a command.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { callsight, closeAllEditors, EXTENSION_ID, openAs, openPlain, workspaceUri } from '../support/editor';
import { lineOfFirstEntryFrom } from '../support/entryTimes';
import { until } from '../support/wait';

interface CommandCase {
  /** A workspace file to open (and its language) before running the command. */
  readonly open: { readonly path: string; readonly languageId?: string };
  /** Arguments to pass, if the command takes any. */
  readonly args?: readonly unknown[];
  /** Checks the command's effect; `document` is the file opened first, `result` what the command returned. */
  readonly check?: (document: vscode.TextDocument, result: unknown) => Promise<void>;
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
  'callsight.explainErrorCode': {
    open: { path: 'sbc-trace.sip', languageId: 'sip-trace' },
    args: ['488'],
    check: showsMarkdown(/Not Acceptable Here/),
  },
  'callsight.decodeUui': {
    open: { path: 'sbc-trace.sip', languageId: 'sip-trace' },
    args: ['User-to-User: 6B6579313D76616C7565313B6B6579323D76616C756532;encoding=hex'],
    check: showsMarkdown(/key1=value1;key2=value2/),
  },
  'callsight.encodeUui': {
    open: { path: 'sbc-trace.sip', languageId: 'sip-trace' },
    args: [{ kind: 'text', text: 'hello', protocolDiscriminator: null, target: 'none' }],
    check: async (_document, result) => {
      const r = result as { ok?: boolean; header?: string } | undefined;
      assert.equal(r?.ok, true);
      assert.match(r?.header ?? '', /^User-to-User: 68656C6C6F/i);
    },
  },
  'callsight.analyzeFileFromDisk': {
    open: { path: 'agent-log.txt', languageId: 'ccp-log' },
    args: [workspaceUri('agent-log.txt')],
    check: async (_document, result) => {
      const done = result as { languageId?: string; findings?: number } | undefined;
      assert.equal(done?.languageId, 'ccp-log', 'the file was read from disk and detected');
      assert.ok((done?.findings ?? 0) > 0, 'findings from the disk reading');
    },
  },
  'callsight.goToTime': {
    // More cases (outside the window, the warning's action) in goToTime.test.ts.
    open: { path: 'agent-log.txt', languageId: 'ccp-log' },
    args: [{ time: '2025-05-06T08:45:00Z' }],
    check: async (document, result) => {
      const r = result as { status?: string; line?: number } | undefined;
      assert.equal(r?.status, 'inside');
      const expected = lineOfFirstEntryFrom(document, Date.parse('2025-05-06T08:45:00Z'));
      assert.equal(r?.line, expected);
      assert.equal(vscode.window.activeTextEditor?.selection.active.line, expected);
    },
  },
  'callsight.showAudioMetrics': {
    open: { path: 'agent-log.txt', languageId: 'ccp-log' },
    check: async (_document, result) => {
      const state = result as { uri?: string } | undefined;
      assert.ok(state, 'the command returned the panel state');
    },
  },
};

/** Commands registered for the tests only (not contributed, hidden from the palette). */
const INTERNAL_COMMANDS: readonly string[] = [
  'callsight.audioMetrics.state',
  'callsight.audioMetrics.simulateClick',
];

interface MarkdownResult {
  readonly markdown?: string;
  readonly uri?: vscode.Uri;
}

/** The command answered with a Markdown view that holds `expected`. */
function showsMarkdown(expected: RegExp) {
  return async (_document: vscode.TextDocument, result: unknown): Promise<void> => {
    const r = result as MarkdownResult | undefined;
    assert.ok(r?.markdown, 'the command returned its Markdown');
    assert.match(r.markdown, expected);
    assert.ok(r.uri, 'the command opened a view');
    const view = await vscode.workspace.openTextDocument(r.uri);
    assert.match(view.getText(), expected);
  };
}

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
      .filter((c) => c.startsWith('callsight.') && !INTERNAL_COMMANDS.includes(c))
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
        const result: unknown = await vscode.commands.executeCommand(command, ...(testCase.args ?? []));
        await testCase.check?.(document, result);
      } finally {
        await testCase.undo?.(document);
      }
    });
  }
});
