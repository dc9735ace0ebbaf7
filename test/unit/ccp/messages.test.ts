import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../server/src/analysis/ccp/analyzer';
import { placeholdersOf, registeredTables } from '../../../server/src/analysis/l10n';
import { CCP_RULES } from '../../../server/src/analysis/ccp/rules/meta';

test('CCP message tables: unique keys, placeholder names only', () => {
  const tables = [...registeredTables()].filter(([ns]) => ns.startsWith('ccp.'));
  assert.ok(tables.length >= 10);
  for (const [ns, table] of tables) {
    for (const [key, text] of Object.entries(table.en)) {
      assert.ok(text.trim().length > 0, `${ns}.${key} is empty`);
      for (const p of placeholdersOf(text)) assert.match(p, /^[a-z][A-Za-z]*$/, `${ns}.${key}`);
    }
  }
});

test('audio rule texts exist for both directions', () => {
  const audio = registeredTables().get('ccp.rules.audio')!.en;
  for (const prefix of ['noPackets', 'lowLevel']) {
    for (const part of ['CauseInput', 'CauseOutput', 'FixInput', 'FixOutput', 'Message', 'Seen', 'Why']) {
      assert.ok(audio[`${prefix}${part}`], `${prefix}${part}`);
    }
  }
  for (const prefix of ['loss'])
    for (const part of ['CauseInput', 'CauseOutput', 'Fix']) assert.ok(audio[`${prefix}${part}`]);
  for (const prefix of ['rtt', 'jitter', 'gap'])
    for (const part of ['Message', 'Seen', 'Why', 'Cause', 'Fix']) assert.ok(audio[`${prefix}${part}`]);
});

test('rule ids are unique and well-formed', () => {
  const ids = CCP_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^ccp\/[a-z0-9-]+$/);
});
