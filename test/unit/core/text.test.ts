import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/analysis/text/lineIndex';
import { codeSpan, escapeMarkdown } from '../../../server/src/analysis/markdown';

test('line index maps offsets both ways, CRLF included', () => {
  const text = 'ab\r\ncd\nef';
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 3);
  assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(8), { line: 2, character: 1 });
  assert.equal(idx.lineEnd(0), 2);
  assert.equal(idx.lineEnd(1), 6);
  assert.equal(idx.offsetAt(2, 1), 8);
  assert.equal(idx.offsetAt(0, 99), 2);
});

test('untrusted text cannot become a link, HTML or a command', () => {
  const hostile = '[click](command:workbench.action.quit) <img src=x onerror=alert(1)> </script>';
  const escaped = escapeMarkdown(hostile);
  // Every character Markdown or HTML could act on is backslash-escaped.
  assert.ok(!/(^|[^\\])[<>[\]()`]/.test(escaped), escaped);
  assert.ok(escaped.includes('\\[click\\]'));
});

test('code spans fence around backticks and fold line breaks', () => {
  assert.equal(codeSpan('a`b'), '``a`b``');
  assert.equal(codeSpan('x\ny'), '`x y`');
  assert.equal(codeSpan('`x'), '`` `x ``');
});
