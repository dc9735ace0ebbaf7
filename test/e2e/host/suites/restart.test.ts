/**
 * Crash recovery in the real editor: kill the language server process; the client restarts it (its
 * default error handler allows four restarts in three minutes) and diagnostics and hovers come back.
 * The server is found as the child process of this extension host running dist/server.js (Linux /proc).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { callsight, callsightDiagnostics, closeAllEditors, openAs } from '../support/editor';
import { until } from '../support/wait';

/** Pids of this extension host's children whose command line runs dist/server.js. */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name in parentheses: state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmdline.includes('server.js')) pids.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

describe('server crash recovery', function () {
  this.timeout(90_000);
  before(closeAllEditors);
  after(closeAllEditors);

  it('restarts a killed server and brings diagnostics and hovers back', async function () {
    if (!existsSync('/proc/self/stat')) this.skip();
    const { client } = await callsight();
    assert.ok(client);
    const document = await openAs('agent-log.txt', 'ccp-log');
    await until('diagnostics before the crash', () => callsightDiagnostics(document.uri).length > 0, [
      vscode.languages.onDidChangeDiagnostics,
    ]);
    const before = serverPids();
    assert.equal(before.length, 1, `one server process (found ${before.join(', ') || 'none'})`);
    const states: State[] = [];
    const listener = client.onDidChangeState((e) => states.push(e.newState));
    try {
      process.kill(before[0]!, 'SIGKILL');
      const restarted = await until(
        'a new server process with the client Running again',
        () => {
          const now = serverPids();
          return client.state === State.Running && now.length === 1 && now[0] !== before[0]
            ? now[0]
            : undefined;
        },
        [client.onDidChangeState, vscode.languages.onDidChangeDiagnostics],
        60_000,
      );
      assert.notEqual(restarted, before[0]);
      assert.ok(
        states.includes(State.Starting) || states.includes(State.Stopped),
        `states seen: ${states.join(', ')}`,
      );
      // Pull diagnostics for the open document again (the restarted client does this on its own).
      await until(
        'diagnostics after the restart',
        () => callsightDiagnostics(document.uri).length > 0,
        [vscode.languages.onDidChangeDiagnostics],
        60_000,
      );
      const text = document.getText();
      const at = document.positionAt(Math.max(0, text.indexOf('"time"') + 10));
      const hovers = await until(
        'a hover from the restarted server',
        async () => {
          const h = await vscode.commands.executeCommand<vscode.Hover[]>(
            'vscode.executeHoverProvider',
            document.uri,
            at,
          );
          return h && h.length > 0 ? h : undefined;
        },
        [vscode.languages.onDidChangeDiagnostics],
        30_000,
      );
      assert.ok(hovers.length > 0);
    } finally {
      listener.dispose();
    }
  });
});
