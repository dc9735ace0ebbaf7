import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../client/src/metrics/lineIndex';

function indexOf(chunks: string[]): LineIndex {
  const index = new LineIndex();
  for (const c of chunks) index.feed(c);
  return index;
}

/** Reference answer: the editor's notion of lines (CRLF, LF, lone CR). */
function reference(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

test('offsets map to lines and characters for LF, CRLF and lone CR, whatever the chunking', () => {
  const text = 'ab\ncd\r\nef\rgh\r\n\nij';
  for (const size of [1, 2, 3, 5, text.length]) {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
    const index = indexOf(chunks);
    assert.equal(index.textLength, text.length);
    assert.equal(index.lineCount, 6);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.deepEqual(index.positionAt(offset), reference(text, offset), `size ${size}, offset ${offset}`);
    }
  }
});

test('offsets outside the text are clamped; many lines grow the index', () => {
  const text = 'x\n'.repeat(5000);
  const index = indexOf([text]);
  assert.equal(index.lineCount, 5001);
  assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
  assert.deepEqual(index.positionAt(1e12), { line: 5000, character: 0 });
  assert.deepEqual(index.positionAt(4001), { line: 2000, character: 1 });
});
