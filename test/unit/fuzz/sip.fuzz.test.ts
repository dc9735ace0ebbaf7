import { test } from 'node:test';
import { boundedRun } from '../../fuzz/bounded';

test('fuzz: mutated SIP traces never throw and keep every range inside the text', (t) =>
  boundedRun(t, 'sip-trace', 2));
