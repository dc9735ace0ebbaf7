/**
 * "Go to Time…" in the core: reading what the user types, placing it on the log's timeline in the
 * chosen zone, the first entry at or after it in time order, and the window check (ccp-log.md §2.5).
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../server/src/l10n/all';
import type { TimeLookup } from '../../../server/src/analysis/features';
import { parseTimeInput } from '../../../server/src/analysis/ccp/features/logWindow/timeInput';
import { setLocale } from '../../../server/src/analysis/l10n';
import { DEFAULT_SETTINGS, type CallsightSettings } from '../../../server/src/analysis/settings';
import { analyse, at, logOf, type EntryInput } from './support';

afterEach(() => setLocale('en'));

const UTC: CallsightSettings = { ...DEFAULT_SETTINGS, timeZone: 'utc' };
const TOKYO: CallsightSettings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Tokyo' };

/**
 * 17:00:00–17:40:00 UTC on 2025-05-06, out of document order: the 17:05 entry is written after the
 * 17:10 one (SharedWorker entries arrive late).
 */
const ENTRIES: readonly EntryInput[] = [
  { text: 'Log roll interval occurred.', time: at(0) },
  { text: 'ten past', time: at(600) },
  { text: 'five past', time: at(300) },
  { text: 'twenty past', time: at(1200) },
  { text: 'forty past', time: at(2400) },
];
const LOG = logOf(ENTRIES);

function lookup(input: string, settings = UTC, text = LOG): TimeLookup {
  const { analysis } = analyse(text);
  assert.ok(analysis.lookupTime, 'the CCP analysis implements lookupTime');
  return analysis.lookupTime(input, settings);
}

/** The `text` field of the entry a lookup landed on. */
function landedOn(r: TimeLookup, text = LOG): string {
  assert.ok(r.entry, `an entry for ${r.status}`);
  const entry = text.slice(r.entry.start, r.entry.end);
  return /"text": "([^"]*)"/.exec(entry)?.[1] ?? '';
}

describe('reading the typed time', () => {
  test('accepts HH:MM, HH:MM:SS(.mmm), dates with a space or T, and explicit zones', () => {
    assert.deepEqual(parseTimeInput('14:32'), { ok: true, input: { timeOfDay: (14 * 60 + 32) * 60_000 } });
    assert.deepEqual(parseTimeInput(' 9:05:07.25 '), {
      ok: true,
      input: { timeOfDay: ((9 * 60 + 5) * 60 + 7) * 1000 + 250 },
    });
    assert.deepEqual(parseTimeInput('2025-05-06 14:32:00'), {
      ok: true,
      input: { date: { year: 2025, month: 5, day: 6 }, timeOfDay: (14 * 60 + 32) * 60_000 },
    });
    const iso = parseTimeInput('2025-05-06T14:32:00Z');
    assert.ok(iso.ok);
    assert.equal(iso.input.offsetMinutes, 0);
    for (const [text, minutes] of [
      ['2025-05-06T14:32:00+09:00', 540],
      ['2025-05-06T14:32:00-0530', -330],
      ['14:32 UTC', 0],
      ['14:32 JST', 540],
      ['14:32+09', 540],
    ] as const) {
      const r = parseTimeInput(text);
      assert.ok(r.ok, text);
      assert.equal(r.input.offsetMinutes, minutes, text);
    }
  });

  test('reads full-width digits and colons as a Japanese IME types them', () => {
    assert.deepEqual(parseTimeInput('１４：３２'), parseTimeInput('14:32'));
  });

  test('says why an input is not a time', () => {
    assert.deepEqual(parseTimeInput('   '), { ok: false, problem: 'empty' });
    for (const text of ['garbage', '14', '14:3', '2025-05-06', '14:32 tomorrow', '14:32+9', '1'.repeat(200)])
      assert.deepEqual(parseTimeInput(text), { ok: false, problem: 'unreadable' }, text);
    for (const text of ['24:00', '12:60', '12:00:61', '2025-02-29 10:00', '2025-13-01 10:00'])
      assert.deepEqual(parseTimeInput(text), { ok: false, problem: 'outOfRange' }, text);
    assert.ok(parseTimeInput('2024-02-29 10:00').ok, 'a leap day exists');
  });
});

describe('going to a time inside the log', () => {
  test('lands on the first entry at or after the time in time order, not in document order', () => {
    const r = lookup('17:04');
    assert.equal(r.status, 'inside');
    assert.equal(landedOn(r), 'five past', 'the 17:05 entry, though the 17:10 one comes first in the file');
    assert.equal(r.target, Date.parse('2025-05-06T17:04:00Z'));
    assert.deepEqual(r.window, {
      first: Date.parse(at(0)),
      last: Date.parse(at(2400)),
      rollMarkers: 1,
    });
    assert.match(r.message, /inside this log \(2025-05-06 17:00:00 – 17:40:00 UTC\)/);
    assert.equal(r.warning, undefined);
  });

  test('an exact entry time lands on that entry; the first and last instants are inside', () => {
    assert.equal(landedOn(lookup('17:10:00')), 'ten past');
    assert.equal(landedOn(lookup('17:00')), 'Log roll interval occurred.');
    assert.equal(landedOn(lookup('17:40:00.000')), 'forty past');
  });

  test('a full ISO time with its zone is read as written, whatever the setting', () => {
    assert.equal(landedOn(lookup('2025-05-06T17:04:00Z', TOKYO)), 'five past');
    assert.equal(landedOn(lookup('2025-05-07T02:04:00+09:00', UTC)), 'five past');
    assert.equal(landedOn(lookup('17:04 UTC', TOKYO)), 'five past');
  });
});

describe('zones: times without a zone are read in callsight.time.zone', () => {
  test('utc', () => {
    assert.equal(lookup('17:15', UTC).target, Date.parse('2025-05-06T17:15:00Z'));
  });

  test('an IANA zone: HH:MM takes the log’s day in that zone (02:15 JST on May 7)', () => {
    const r = lookup('02:15', TOKYO);
    assert.equal(r.status, 'inside');
    assert.equal(r.target, Date.parse('2025-05-06T17:15:00Z'));
    assert.equal(landedOn(r), 'twenty past');
    assert.match(r.message, /2025-05-07 02:15:00 \(UTC\+09:00\)/);
    assert.equal(lookup('2025-05-07 02:15', TOKYO).target, r.target);
  });

  test('local: the machine’s zone', () => {
    const local = { ...DEFAULT_SETTINGS, timeZone: 'local' };
    const quarterPast = new Date(Date.parse(at(900)));
    const r = lookup(`${quarterPast.getHours()}:${String(quarterPast.getMinutes()).padStart(2, '0')}`, local);
    assert.equal(r.status, 'inside');
    assert.equal(r.target, Date.parse(at(900)));
    const dated = new Date(2025, 4, 6, 9, 30);
    assert.equal(lookup('2025-05-06 09:30', local).target, dated.getTime());
  });

  test('an unknown zone name falls back to UTC, as the hovers do', () => {
    const r = lookup('17:15', { ...DEFAULT_SETTINGS, timeZone: 'Mars/Base' });
    assert.equal(r.target, Date.parse('2025-05-06T17:15:00Z'));
    assert.match(r.message, /UTC/);
  });
});

describe('a log that spans midnight', () => {
  // 23:50 on May 6 to 00:20 on May 7 (UTC).
  const base = Date.parse('2025-05-06T23:50:00Z');
  const text = logOf(
    [0, 10, 20, 30].map((m) => ({ text: `m${m}`, time: new Date(base + m * 60_000).toISOString() })),
  );

  test('HH:MM picks the occurrence inside the covered window', () => {
    assert.equal(lookup('23:55', UTC, text).target, Date.parse('2025-05-06T23:55:00Z'));
    assert.equal(lookup('00:05', UTC, text).target, Date.parse('2025-05-07T00:05:00Z'));
    assert.equal(landedOn(lookup('00:05', UTC, text), text), 'm20');
  });

  test('outside the window, HH:MM picks the occurrence nearest to it', () => {
    const before = lookup('23:30', UTC, text);
    assert.equal(before.status, 'before');
    assert.equal(before.target, Date.parse('2025-05-06T23:30:00Z'), '20 min before, not 23 h after');
    const after = lookup('01:00', UTC, text);
    assert.equal(after.status, 'after');
    assert.equal(after.target, Date.parse('2025-05-07T01:00:00Z'));
  });
});

describe('a time outside the covered window', () => {
  test('before the first entry: a warning with the window, the 30-minute roll and the fix; nearest is the first entry', () => {
    const r = lookup('16:00');
    assert.equal(r.status, 'before');
    assert.equal(landedOn(r), 'Log roll interval occurred.');
    assert.match(r.message, /1 h 00 min before this log begins \(2025-05-06 17:00:00 UTC\)/);
    const warning = r.warning ?? '';
    assert.match(warning, /2025-05-06 16:00:00 UTC is not in this log/);
    assert.match(warning, /covers 2025-05-06 17:00:00 – 17:40:00 UTC \(40 min 00 s\)/);
    assert.match(warning, /30-minute window/);
    assert.match(warning, /between about 30 and 60 minutes/);
    assert.match(warning, /"Log roll interval occurred\."/);
    assert.match(warning, /keep the CCP tab open and download it right away/);
    assert.match(warning, /Contact Lens.*CTR.*CloudWatch/);
    assert.doesNotMatch(warning, /did not roll/, 'a 40-minute log is a rolling one');
  });

  test('after the last entry: the log was downloaded earlier; nearest is the last entry', () => {
    const r = lookup('2025-05-06 18:00');
    assert.equal(r.status, 'after');
    assert.equal(landedOn(r), 'forty past');
    assert.match(r.warning ?? '', /ends 20 min 00 s earlier, at 2025-05-06 17:40:00 UTC/);
    assert.match(r.warning ?? '', /downloaded before that moment/);
  });

  test('a log longer than two roll windows is named as one that never rolled (Streams before 2.0.0)', () => {
    const long = logOf([
      { text: 'Log roll interval occurred.', time: at(0) },
      { text: 'Log roll interval occurred.', time: at(1800) },
      { text: 'Log roll interval occurred.', time: at(3600) },
      { text: 'late', time: at(7200) },
    ]);
    const r = lookup('16:00', UTC, long);
    assert.equal(r.window?.rollMarkers, 3);
    assert.match(r.warning ?? '', /did not roll its log \(before Amazon Connect Streams 2\.0\.0/);
  });
});

describe('input and logs that give nothing to go to', () => {
  test('garbage input: a clear validation message quoting it', () => {
    const r = lookup('half past two');
    assert.equal(r.status, 'invalid');
    assert.equal(r.entry, undefined);
    assert.match(r.message, /"half past two" is not a time Callsight can read/);
    assert.match(r.message, /HH:MM\[:SS\]/);
    assert.match(lookup('').message, /^Type a time/);
    assert.match(lookup('25:00').message, /not a real date or time/);
  });

  test('a log without timed entries, and an empty log, answer noTimes', () => {
    const untimed = logOf([
      { text: 'a', time: 'not a time' },
      { text: 'b', time: 'never' },
    ]);
    for (const text of [untimed, '[]', '']) {
      const r = lookup('17:00', UTC, text);
      assert.equal(r.status, 'noTimes');
      assert.match(r.message, /No entry in this log has a usable time/);
      assert.equal(r.entry, undefined);
    }
    assert.equal(lookup('junk', UTC, '[]').status, 'invalid', 'the input is checked first');
  });
});

test('messages come in Japanese when the UI is Japanese', () => {
  setLocale('ja');
  const r = lookup('16:00');
  assert.match(r.message, /このログの開始/);
  assert.match(r.warning ?? '', /30 分のウィンドウ/);
  assert.match(lookup('abc').message, /時刻として読めません/);
});
