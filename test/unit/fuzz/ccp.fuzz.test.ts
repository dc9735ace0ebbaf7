import { test } from 'node:test';
import { boundedRun } from '../../fuzz/bounded';

test('fuzz: mutated CCP logs never throw and keep every range inside the text', (t) =>
  boundedRun(t, 'ccp-log', 1));
