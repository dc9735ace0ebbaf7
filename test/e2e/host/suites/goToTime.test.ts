/**
 * "Callsight: Go to Time…" on samples/agent-log.txt (08:30–09:00 UTC on 2025-05-06): inside the window
 * the cursor moves to the first entry at or after the time; outside it the command warns, and moves to
 * the nearest entry only when the warning's action is taken (given in advance here, as other command
 * cases pass their input as arguments).
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { GoToTimeCommandResult } from '../../../../client/src/commands/goToTime';
import { callsight, closeAllEditors, openAs } from '../support/editor';
import { lineOfFirstEntry, lineOfFirstEntryFrom } from '../support/entryTimes';
import { until } from '../support/wait';

function run(args: unknown): Thenable<GoToTimeCommandResult | undefined> {
  return vscode.commands.executeCommand<GoToTimeCommandResult | undefined>('callsight.goToTime', args);
}

function cursorLine(): number | undefined {
  return vscode.window.activeTextEditor?.selection.active.line;
}

describe('Go to Time', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await callsight();
    await closeAllEditors();
    document = await openAs('agent-log.txt', 'ccp-log');
  });
  after(closeAllEditors);

  it('moves the cursor to the first entry at or after a time inside the window', async () => {
    const time = '2025-05-06T08:52:30Z';
    const r = await run({ time });
    assert.equal(r?.status, 'inside');
    assert.equal(r?.moved, true);
    const expected = lineOfFirstEntryFrom(document, Date.parse(time));
    assert.ok(expected !== undefined && expected > 0);
    assert.equal(cursorLine(), expected);
    // The renderer reports the scrolled viewport back a moment later.
    await until(
      `line ${expected} to be scrolled into view`,
      () =>
        (vscode.window.activeTextEditor?.visibleRanges ?? []).some(
          (range) => range.start.line <= expected && expected <= range.end.line,
        ),
      [vscode.window.onDidChangeTextEditorVisibleRanges],
    );
  });

  it('warns instead of jumping when the time is before the window, and stays put', async () => {
    const before = cursorLine();
    const r = await run({ time: '2025-05-06T07:00:00Z', whenOutside: 'stay' });
    assert.equal(r?.status, 'before');
    assert.equal(r?.moved, false);
    assert.match(r?.shown ?? '', /not in this log/);
    assert.match(r?.shown ?? '', /30-minute window/);
    assert.match(r?.shown ?? '', /download it right away/);
    assert.equal(cursorLine(), before);
  });

  it('goes to the nearest entry when the warning’s action is taken', async () => {
    const r = await run({ time: '2025-05-06T07:00:00Z', whenOutside: 'nearest' });
    assert.equal(r?.status, 'before');
    assert.equal(r?.moved, true);
    assert.equal(cursorLine(), lineOfFirstEntry(document));
  });

  it('rejects a time it cannot read with a message, without moving', async () => {
    const before = cursorLine();
    const r = await run({ time: 'after lunch' });
    assert.equal(r?.status, 'invalid');
    assert.match(r?.shown ?? '', /is not a time Callsight can read/);
    assert.equal(cursorLine(), before);
  });
});
