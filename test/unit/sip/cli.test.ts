/** `callsight check` on SIP traces: detection, JSON and SARIF output, exit codes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import type { CliIo } from '../../../server/src/cli/io';
import type { CheckRecord } from '../../../server/src/cli/check';
import { healthyCall, REPO_ROOT, sngrep } from './support';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => (out += t), err: (t) => (err += t), stdout: () => out, stderr: () => err };
}

const sample = join(REPO_ROOT, 'samples', 'trunk-incident.sip');

test('check finds the 2xx without ACK and the 488 in the sample, and exits 1', async () => {
  const io = capture();
  const code = await runCli(['check', '--format', 'json', sample], io);
  assert.equal(code, 1);
  const records = JSON.parse(io.stdout()) as CheckRecord[];
  const rules = records.map((r) => r.rule);
  assert.ok(rules.includes('sip/2xx-without-ack'));
  assert.ok(rules.includes('sip/media-rejected'));
  for (const r of records) assert.ok(r.line >= 1 && r.column >= 1);
});

test('a .txt export is recognised by its content; a healthy trace exits 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-sip-'));
  const file = join(dir, 'capture.txt');
  writeFileSync(file, sngrep(healthyCall()));
  const io = capture();
  assert.equal(await runCli(['check', file], io), 0);
  assert.match(io.stdout(), /1 file\(s\), 0 error\(s\), 0 warning\(s\)/);
});

test('--language sip-trace forces the language; SARIF output names the rules', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-sip-'));
  const file = join(dir, 'incident.dat');
  copyFileSync(sample, file);
  const io = capture();
  const code = await runCli(['check', '--language', 'sip-trace', '--format', 'sarif', file], io);
  assert.equal(code, 1);
  const sarif = JSON.parse(io.stdout()) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] };
  assert.ok(sarif.runs[0]?.tool.driver.rules.some((r) => r.id === 'sip/2xx-without-ack'));
});
