import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DetachedDocuments } from '../../../server/src/lsp/detachedDocuments';

test('detached texts get negative versions, replace each other per URI and keep at most `capacity`', () => {
  const forgotten: string[] = [];
  const store = new DetachedDocuments(2);
  store.onForget((uri) => forgotten.push(uri));
  const a = store.open('file:///a', 'ccp-log', 'A');
  assert.equal(a.version, -1);
  assert.equal(store.get('file:///a')?.getText(), 'A');
  const a2 = store.open('file:///a', 'ccp-log', 'A2');
  assert.equal(a2.version, -2);
  assert.deepEqual(forgotten, ['file:///a'], 'the replaced text is forgotten');
  store.open('file:///b', 'ccp-log', 'B');
  store.open('file:///c', 'ccp-log', 'C');
  assert.equal(store.get('file:///a'), undefined, 'the oldest goes beyond capacity');
  assert.ok(store.get('file:///b') && store.get('file:///c'));
  assert.equal(store.close('file:///b'), true);
  assert.equal(store.close('file:///b'), false);
  assert.deepEqual(forgotten, ['file:///a', 'file:///a', 'file:///b']);
});
