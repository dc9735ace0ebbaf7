import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCcpLog } from '../../../bench/ccp/generator';
import type { CheckRecord } from '../../../server/src/cli/check';
import type { CliIo } from '../../../server/src/cli/io';
import { runCli } from '../../../server/src/cli/main';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => (out += t), err: (t) => (err += t), stdout: () => out, stderr: () => err };
}

const dir = mkdtempSync(join(tmpdir(), 'callsight-ccp-cli-'));

test('callsight check --format json on a log with errors: records with rule ids, exit 1', async () => {
  const g = generateCcpLog({
    seed: 61,
    minutes: 30,
    calls: 3,
    faults: { iceTimeout: [1], clockSkewMs: 15_000 },
  });
  const file = join(dir, 'agent-log.txt');
  writeFileSync(file, g.text);
  const io = capture();
  assert.equal(await runCli(['check', '--format', 'json', file], io), 1);
  const records = JSON.parse(io.stdout()) as CheckRecord[];
  const ice = records.find((r) => r.rule === 'ccp/ice-collection-timeout');
  assert.ok(ice);
  assert.equal(ice.severity, 'error');
  assert.equal(ice.file, file);
  const line = g.text.split('\n')[ice.line - 1]!;
  assert.ok(line.includes('ice_collection_timeout'), 'line and column point at the signature');
  assert.equal(line.slice(ice.column - 1, ice.endColumn - 1), 'ice_collection_timeout');
  assert.ok(records.some((r) => r.rule === 'ccp/clock-skew' && r.severity === 'warning'));
  for (const r of records) {
    assert.ok(r.line >= 1 && r.column >= 1 && r.endLine >= r.line);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity));
  }
});

test('callsight check on a clean log exits 0; warnings alone also exit 0', async () => {
  const clean = join(dir, 'clean-agent-log.txt');
  writeFileSync(clean, generateCcpLog({ seed: 62, minutes: 30, calls: 3 }).text);
  const io = capture();
  assert.equal(await runCli(['check', '--format', 'json', clean], io), 0);
  assert.deepEqual(JSON.parse(io.stdout()), []);
  const warn = join(dir, 'ccp-warn.json');
  writeFileSync(
    warn,
    generateCcpLog({ seed: 62, minutes: 30, calls: 3, faults: { clockSkewMs: 15_000 } }).text,
  );
  const io2 = capture();
  assert.equal(await runCli(['check', warn], io2), 0);
  assert.match(io2.stdout(), /warning ccp\/clock-skew/);
});
