import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCcpLog } from '../../../bench/ccp/generator';
import { SAMPLE_OPTIONS } from '../../../bench/ccp/makeSample';
import { REPO_ROOT, rulesOf } from './support';

test('samples/agent-log.txt is what the generator makes (npm run sample:ccp) and shows the incident', () => {
  const committed = readFileSync(join(REPO_ROOT, 'samples', 'agent-log.txt'), 'utf8');
  assert.equal(committed, generateCcpLog(SAMPLE_OPTIONS).text, 'regenerate with npm run sample:ccp');
  const rules = rulesOf(committed);
  for (const rule of [
    'ccp/ice-collection-timeout',
    'ccp/missed-call-agent',
    'ccp/packet-loss',
    'ccp/high-jitter',
  ]) {
    assert.ok(rules.includes(rule), rule);
  }
});
