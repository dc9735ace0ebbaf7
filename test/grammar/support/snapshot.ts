/**
 * Text snapshots for grammar tests: `test/grammar/__snapshots__/<name>.snap`. A difference fails the
 * test and shows the first changed line with some context; `UPDATE_SNAPSHOTS=1` rewrites the files.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { REPO_ROOT } from './textmate';

export const SNAPSHOT_DIR = resolve(REPO_ROOT, 'test', 'grammar', '__snapshots__');

export function updatingSnapshots(): boolean {
  return process.env.UPDATE_SNAPSHOTS === '1';
}

/** Compares `actual` with the stored snapshot `name` (or stores it when updating). */
export function assertSnapshot(name: string, actual: string): void {
  const file = resolve(SNAPSHOT_DIR, `${name}.snap`);
  const shown = relative(REPO_ROOT, file);
  if (updatingSnapshots()) {
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== actual) writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    assert.fail(`${shown} does not exist: run UPDATE_SNAPSHOTS=1 npm run test:grammar and review it`);
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return;
  assert.fail(
    `${shown} differs from the tokens the grammar produces now:\n${firstDifference(expected, actual)}\n` +
      'If the change is intended, run UPDATE_SNAPSHOTS=1 npm run test:grammar and review the diff.',
  );
}

function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 3);
  const context = a.slice(from, i).map((l) => `    ${l}`);
  const removed = a.slice(i, i + 4).map((l) => `  - ${l}`);
  const added = b.slice(i, i + 4).map((l) => `  + ${l}`);
  return [`  at snapshot line ${i + 1}:`, ...context, ...removed, ...added].join('\n');
}
