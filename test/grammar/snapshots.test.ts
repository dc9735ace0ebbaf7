// Tokenization snapshots of the hand-written fixtures: one per CCP log form, one per SIP export format,
// and SDP on its own. A changed token or scope fails; UPDATE_SNAPSHOTS=1 rewrites the snapshots.
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertSnapshot } from './support/snapshot';
import { formatTokens, tokenize } from './support/textmate';

const FIXTURES = resolve(__dirname, 'fixtures');

const SETS = [
  { folder: 'ccp', scope: 'source.ccp-log', prefix: 'ccp-log' },
  { folder: 'sip', scope: 'source.sip-trace', prefix: 'sip-trace' },
  { folder: 'sdp', scope: 'source.sdp', prefix: 'sdp' },
] as const;

for (const { folder, scope, prefix } of SETS) {
  const dir = resolve(FIXTURES, folder);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    test(`${scope} tokenizes fixtures/${folder}/${file} as in its snapshot`, async () => {
      const lines = await tokenize(scope, readFileSync(resolve(dir, file), 'utf8'));
      assertSnapshot(`${prefix}.${file.replace(/\.txt$/, '')}`, formatTokens(lines));
    });
  }
}
