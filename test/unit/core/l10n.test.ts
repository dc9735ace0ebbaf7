import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addTranslations,
  defineMessages,
  fillPlaceholders,
  placeholdersOf,
  setLocale,
  toLocale,
} from '../../../server/src/analysis/l10n';

test('placeholders are filled and unknown ones kept', () => {
  assert.equal(fillPlaceholders('{count} calls on {day}', { count: 3 }), '3 calls on {day}');
  assert.deepEqual(placeholdersOf('a {x} b {y_2} {not a name}'), ['x', 'y_2']);
});

test('a catalog renders in the active locale and falls back to English', () => {
  const m = defineMessages('test.l10n', { hello: 'Hello {name}', bye: 'Bye' });
  addTranslations('test.l10n', 'ja', { hello: 'こんにちは {name}' });
  setLocale('ja');
  try {
    assert.equal(m.t('hello', { name: 'A' }), 'こんにちは A');
    assert.equal(m.t('bye'), 'Bye');
    assert.equal(m.in('en', 'hello', { name: 'A' }), 'Hello A');
  } finally {
    setLocale('en');
  }
});

test('explanations may use a second locale', () => {
  const m = defineMessages('test.l10n.explain', { x: 'English' });
  addTranslations('test.l10n.explain', 'ja', { x: '日本語' });
  setLocale('en', 'ja');
  try {
    assert.equal(m.t('x'), 'English');
    assert.equal(m.explain('x'), '日本語');
  } finally {
    setLocale('en');
  }
});

test('locale tags map to supported locales', () => {
  assert.equal(toLocale('ja-JP'), 'ja');
  assert.equal(toLocale('ja_JP.UTF-8'), 'ja');
  assert.equal(toLocale('en-US'), 'en');
  assert.equal(toLocale('fr'), 'en');
  assert.equal(toLocale(undefined), 'en');
});

test('namespaces are unique', () => {
  defineMessages('test.l10n.unique', {});
  assert.throws(() => defineMessages('test.l10n.unique', {}));
});
