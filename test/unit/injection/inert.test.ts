import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSpan, escapeMarkdown } from '../../../server/src/analysis/markdown';
import { liveMarkup, PAYLOADS } from './inert';

test('the inertness check sees live links, HTML, entities and command URIs', () => {
  assert.ok(liveMarkup('[x](command:foo)').length > 0);
  assert.ok(liveMarkup('a <img src=x> b').length > 0);
  assert.ok(liveMarkup('&lt;').length > 0);
  assert.deepEqual(
    liveMarkup('`[x](command:foo)` and \\[x\\]\\(y\\) and [RFC](https://www.rfc-editor.org/rfc/rfc3261)'),
    [],
  );
});

test('escapeMarkdown and codeSpan make every payload inert', () => {
  for (const p of PAYLOADS) {
    assert.deepEqual(liveMarkup(escapeMarkdown(p)), [], p);
    assert.deepEqual(liveMarkup(`before ${codeSpan(p)} after`), [], p);
  }
});
