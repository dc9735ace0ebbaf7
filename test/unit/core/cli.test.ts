import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import type { CliIo } from '../../../server/src/cli/io';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => (out += t), err: (t) => (err += t), stdout: () => out, stderr: () => err };
}

test('usage problems exit 2 with a message', async () => {
  const io = capture();
  assert.equal(await runCli(['check'], io), 2);
  assert.match(io.stderr(), /No input files/);
  assert.equal(await runCli(['frobnicate'], io), 2);
  assert.equal(await runCli(['check', '--format', 'xml', 'a'], io), 2);
  assert.equal(await runCli(['check', '--bogus', 'a'], io), 2);
});

test('unreadable and unknown files exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-cli-'));
  const other = join(dir, 'notes.txt');
  writeFileSync(other, 'just some notes');
  const io = capture();
  assert.equal(await runCli(['check', join(dir, 'missing.txt')], io), 2);
  assert.equal(await runCli(['check', other], io), 2);
  assert.match(io.stderr(), /neither a CCP log nor a SIP trace/);
});

test('json output is an array of positioned records', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-cli-'));
  const file = join(dir, 'agent-log.txt');
  writeFileSync(file, '[]');
  const io = capture();
  const code = await runCli(['check', '--format', 'json', file], io);
  assert.ok(code === 0 || code === 1);
  const records = JSON.parse(io.stdout()) as unknown[];
  assert.ok(Array.isArray(records));
});
