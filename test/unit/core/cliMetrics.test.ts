import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import type { CliIo } from '../../../server/src/cli/io';
import type { AudioMetricsResult } from '../../../server/src/protocol';

const SAMPLE_LOG = resolve(__dirname, '../../../samples/agent-log.txt');
const SAMPLE_SIP = resolve(__dirname, '../../../samples/sbc-trace.sip');

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => (out += t), err: (t) => (err += t), stdout: () => out, stderr: () => err };
}

test('metrics prints the series of every call as JSON', async () => {
  const io = capture();
  assert.equal(await runCli(['metrics', SAMPLE_LOG], io), 0);
  const result = JSON.parse(io.stdout()) as AudioMetricsResult;
  assert.ok(result.calls.length >= 2);
  const withSamples = result.calls.filter((c) => c.streams.some((s) => s.time.length > 0));
  assert.ok(withSamples.length >= 1);
  for (const call of withSamples) {
    for (const s of call.streams) {
      assert.ok(s.stream === 'audio_input' || s.stream === 'audio_output');
      assert.equal(s.audioLevel.length, s.time.length);
      assert.equal(s.entryOffset.length, s.time.length);
    }
  }
  assert.equal(result.thresholds.jitterMs, 30);
});

test('metrics --format csv prints one row per sample under a header', async () => {
  const json = capture();
  await runCli(['metrics', SAMPLE_LOG], json);
  const result = JSON.parse(json.stdout()) as AudioMetricsResult;
  const samples = result.calls.reduce((n, c) => n + c.streams.reduce((m, s) => m + s.time.length, 0), 0);
  const io = capture();
  assert.equal(await runCli(['metrics', '--format', 'csv', SAMPLE_LOG], io), 0);
  const lines = io.stdout().trimEnd().split('\n');
  assert.match(lines[0] ?? '', /^kind,/);
  assert.equal(lines.filter((l) => l.startsWith('sample,')).length, samples);
});

test('metrics refuses what is not one CCP log', async () => {
  const io = capture();
  assert.equal(await runCli(['metrics', SAMPLE_SIP], io), 2);
  assert.match(io.stderr(), /need a CCP log/);
  assert.equal(await runCli(['metrics', SAMPLE_LOG, SAMPLE_LOG], capture()), 2);
  assert.equal(await runCli(['metrics'], capture()), 2);
  assert.equal(await runCli(['metrics', '--format', 'xml', SAMPLE_LOG], capture()), 2);
});
