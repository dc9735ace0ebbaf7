/**
 * `npm run bench`: runs the benchmarks and writes bench/results.json, one key per language.
 * (Minimal runner: the SIP trace benchmark; other languages add their key here.)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runSipBench } from './sip/bench';

const log = (line: string): void => {
  process.stdout.write(line + '\n');
};

const results = { 'sip-trace': runSipBench({ log }) };
writeFileSync(resolve(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
log(`bench: wrote bench/results.json`);
