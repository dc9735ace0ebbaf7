/** The hover on `Log roll interval occurred.`: the window this download covers and why it matters (§2.5). */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../server/src/l10n/all';
import { setLocale } from '../../../server/src/analysis/l10n';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { analyse, at, logOf } from './support';

afterEach(() => setLocale('en'));

const UTC = { ...DEFAULT_SETTINGS, timeZone: 'utc' };

/** Markdown without its escapes, so the assertions read like the text a user sees. */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

function hoverOn(text: string, needle: string, settings = UTC): string {
  const { analysis } = analyse(text);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return plain(analysis.hover(at + 3, settings)?.markdown ?? '');
}

const LOG = logOf([
  { text: 'Log roll interval occurred.', time: at(0) },
  { text: 'something else', time: at(600) },
  { text: 'Log roll interval occurred.', time: at(1800) },
  { text: 'last', time: at(2700) },
]);

test('the roll marker hover shows the covered window, its length, the marker count and the 30-minute roll', () => {
  const md = hoverOn(LOG, 'Log roll interval occurred.');
  assert.match(md, /Log roll: a new 30-minute window starts here/);
  assert.match(md, /This download covers:\*\* 2025-05-06 17:00:00 – 17:45:00 UTC/);
  assert.match(md, /Length:\*\* 45 min 00 s/);
  assert.match(md, /Roll markers in this file:\*\* 2/);
  assert.match(md, /between about 30 and 60 minutes of history and anything older is gone/);
  assert.match(md, /download it right away/);
  assert.doesNotMatch(md, /did not roll/);
});

test('the window is shown in the chosen zone', () => {
  const md = hoverOn(LOG, 'Log roll interval occurred.', { ...DEFAULT_SETTINGS, timeZone: 'Asia/Tokyo' });
  assert.match(md, /2025-05-07 02:00:00 – 02:45:00 \(UTC\+09:00\)/);
});

test('a log longer than two windows is named as one that never rolled', () => {
  const long = logOf([
    { text: 'Log roll interval occurred.', time: at(0) },
    { text: 'last', time: at(3 * 3600) },
  ]);
  assert.match(hoverOn(long, 'Log roll interval occurred.'), /did not roll its log/);
});

test('other texts do not get the roll hover', () => {
  assert.doesNotMatch(hoverOn(LOG, 'something else'), /Log roll/);
});

test('in Japanese', () => {
  setLocale('ja');
  const md = hoverOn(LOG, 'Log roll interval occurred.');
  assert.match(md, /ログのロール/);
  assert.match(md, /このダウンロードの範囲:\*\* 2025-05-06 17:00:00 – 17:45:00 UTC/);
});
