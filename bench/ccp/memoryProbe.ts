/**
 * Child process of the CCP benchmark (run with --expose-gc on the bundled target): loads a log, then
 * analyses it (parse + all diagnostics) while a worker thread samples the process's resident memory every
 * few milliseconds, and prints JSON. Peak memory = highest resident size during the analysis minus the
 * resident size just before it (the text already loaded), i.e. what the analysis adds.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

interface Target {
  ccpAnalyzer: { analyze(text: string): { findings(settings: unknown): readonly unknown[] } };
  DEFAULT_SETTINGS: unknown;
}

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const view = new Float64Array(workerData);
const flag = new Int32Array(workerData, 8, 1);
while (Atomics.load(flag, 0) === 0) {
  const rss = process.memoryUsage.rss();
  if (rss > view[0]) view[0] = rss;
  Atomics.wait(flag, 0, 0, 2);
}
`;

async function main(): Promise<void> {
  const [targetFile, logFile] = process.argv.slice(2) as [string, string];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const target = require(targetFile) as Target;
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const text = readFileSync(logFile, 'utf8');
  let sink = 0;
  for (let i = 0; i < text.length; i += 4096) sink += text.charCodeAt(i);
  gc();
  gc();
  const shared = new SharedArrayBuffer(16);
  const peak = new Float64Array(shared);
  const worker = new Worker(SAMPLER, { eval: true, workerData: shared });
  await new Promise((r) => setTimeout(r, 100));
  gc();
  const before = process.memoryUsage();
  peak[0] = before.rss;
  const t = performance.now();
  const analysis = target.ccpAnalyzer.analyze(text);
  const findings = analysis.findings(target.DEFAULT_SETTINGS);
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 20));
  Atomics.store(new Int32Array(shared, 8, 1), 0, 1);
  await worker.terminate();
  const peakRss = peak[0] as number;
  gc();
  gc();
  const retained = process.memoryUsage();
  const bytes = Buffer.byteLength(text, 'utf8');
  process.stdout.write(
    JSON.stringify({
      bytes,
      findings: findings.length,
      analysisMs: Math.round(ms),
      rssBeforeMB: Math.round(before.rss / 1e5) / 10,
      peakRssMB: Math.round(peakRss / 1e5) / 10,
      peakAddedOverFileSize: Math.round(((peakRss - before.rss) / bytes) * 100) / 100,
      retainedOverFileSize:
        Math.round(
          ((retained.heapUsed + retained.external - before.heapUsed - before.external) / bytes) * 100,
        ) / 100,
      sink: sink % 2,
    }),
  );
}

void main();
