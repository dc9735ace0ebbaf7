/**
 * Child process of the SIP benchmark: reads a trace, then parses and analyses it while a worker thread
 * samples the process's resident memory; prints the peak and the retained heap as JSON.
 *   node --expose-gc --import tsx bench/sip/memoryProbe.ts <trace file> <analyzer bundle>
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { LanguageAnalyzer } from '../../server/src/analysis/analyzer';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';

const SAMPLER = `
const { parentPort } = require('node:worker_threads');
let peak = 0;
let running = true;
parentPort.on('message', () => { running = false; parentPort.postMessage(peak); });
(function tick() {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
  if (running) setTimeout(tick, 2);
})();
`;

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) {
    collect();
    collect();
  }
}

async function main(file: string, bundle: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { sipAnalyzer } = require(bundle) as { sipAnalyzer: LanguageAnalyzer };
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  gc();
  const rssBefore = process.memoryUsage.rss();
  const heapBefore = process.memoryUsage().heapUsed;
  const sampler = new Worker(SAMPLER, { eval: true });
  await new Promise((r) => setTimeout(r, 20));
  const analysis = sipAnalyzer.analyze(text);
  const findings = analysis.findings(DEFAULT_SETTINGS);
  const peak = await new Promise<number>((resolve) => {
    sampler.once('message', (value: number) => resolve(value));
    sampler.postMessage('stop');
  });
  await sampler.terminate();
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  process.stdout.write(
    JSON.stringify({
      fileBytes: bytes.length,
      textChars: text.length,
      rssBefore,
      peakRss: peak,
      heapBefore,
      heapAfter,
      findings: findings.length,
      // Keep the analysis alive until the numbers are taken.
      messages: (analysis as { trace?: { messages: unknown[] } }).trace?.messages.length ?? 0,
    }) + '\n',
  );
}

void main(process.argv[2] as string, process.argv[3] as string);
