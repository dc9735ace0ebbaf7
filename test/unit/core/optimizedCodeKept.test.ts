/**
 * Optimized code must survive from one analysis to the next (decision 0086). The parser's and rules'
 * short-lived objects (line reader, message builder, parse run, rule run…) are garbage once an analysis
 * ends. If nothing else kept their hidden classes alive, a memory-reducing full collection (what V8 runs
 * once the server idles; `gc()` here) would discard every optimized function built for them ("weak
 * objects"). The next version would then be analysed by the interpreter while the same functions were
 * compiled again. The probe analyses one document six times, keeping the latest analysis as the
 * server's cache does, with such a collection before each run; after the first runs have warmed up, no
 * optimized code may be discarded for dead objects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCcpLog } from '../../../bench/ccp/generator';
import { generateMixed } from '../../../bench/sip/generate';

const PROBE = resolve(__dirname, 'optimizedCodeProbe.ts');

/** Optimized functions discarded for dead objects at the collection before each run, by run. */
function discardsByRun(language: 'sip' | 'ccp'): Map<number, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-optimized-'));
  const file = join(dir, language === 'ccp' ? 'agent-log.txt' : 'trace.txt');
  writeFileSync(
    file,
    language === 'ccp'
      ? generateCcpLog({ seed: 3, minutes: 120, calls: 12, chatterPerMinute: 40 }).text
      : generateMixed(6 * 1024 * 1024, 3).text,
  );
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', '--trace-deopt', PROBE, language, file],
    { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 },
  );
  rmSync(dir, { recursive: true, force: true });
  assert.equal(child.status, 0, child.stderr);
  const byRun = new Map<number, string[]>();
  let run = 0;
  let pending: string[] = [];
  for (const line of child.stdout.split('\n')) {
    const marker = /^=== run (\d+)$/.exec(line);
    if (marker) {
      // Discards printed since the previous run happened at the collection before this one.
      run = Number(marker[1]);
      byRun.set(run, pending);
      pending = [];
      continue;
    }
    const discarded = /marking dependent code .*<SharedFunctionInfo ([^>]*)>.*reason: weak objects/.exec(
      line,
    );
    if (discarded) pending.push(discarded[1] ?? '?');
  }
  assert.ok(byRun.has(6), 'the probe ran six times');
  return byRun;
}

for (const language of ['sip', 'ccp'] as const) {
  test(`${language}: optimized code survives the collection between two analyses`, () => {
    const byRun = discardsByRun(language);
    const late = [...(byRun.get(5) ?? []), ...(byRun.get(6) ?? [])];
    assert.deepEqual(late, [], `optimized code discarded after warm-up: ${late.join(', ')}`);
  });
}
