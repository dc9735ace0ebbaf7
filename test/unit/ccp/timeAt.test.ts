/** `timeAt`: the time of the entry under an offset, for the metrics panel's editor-cursor mark. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, at, logOf } from './support';

test('timeAt answers the time of the entry holding the offset', () => {
  const text = logOf([{ text: 'first' }, { text: 'second' }, { text: 'third' }]);
  const { analysis } = analyse(text);
  assert.ok(analysis.timeAt, 'the CCP analysis implements timeAt');
  assert.equal(analysis.timeAt(text.indexOf('"second"')), Date.parse(at(1)));
  assert.equal(analysis.timeAt(text.indexOf('"third"')), Date.parse(at(2)));
});

test('timeAt answers undefined outside entries and for entries without a time', () => {
  const text = logOf([{ text: 'timed' }, { text: 'untimed', time: 'not a time' }]);
  const { analysis } = analyse(text);
  assert.equal(analysis.timeAt?.(0), undefined, 'the opening bracket is in no entry');
  assert.equal(analysis.timeAt?.(text.indexOf('"untimed"')), undefined);
  assert.equal(analysis.timeAt?.(text.length + 10), undefined);
});
