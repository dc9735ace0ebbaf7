/** The SIP trace benchmark as a suite of `npm run bench` (results under `sip-trace`). */
import type { BenchSuite } from '../types';
import { runSipBench } from './bench';

export const suite: BenchSuite = {
  language: 'sip-trace',
  run: async ({ quick, log }) => ({ ...runSipBench({ log, ...(quick ? { runs: 3 } : {}) }) }),
};
