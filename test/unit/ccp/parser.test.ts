import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCcpLog, toConsoleForm, toDisplayForm } from '../../../bench/ccp/generator';
import { EntryKind } from '../../../server/src/analysis/ccp/model/entry';
import { Slot } from '../../../server/src/analysis/ccp/parse/jsonScanner';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { analyse, at, corpusDir, logOf, rulesOf } from './support';

test('the downloaded form keeps the value range of every field', () => {
  const g = generateCcpLog({ seed: 11, minutes: 20, calls: 2 });
  const { model } = analyse(g.text);
  assert.equal(model.form, 'json');
  assert.equal(model.entries.length, g.entries.length);
  for (const e of model.entries) {
    const text = model.fieldRange(e, Slot.text);
    assert.ok(text);
    if (!e.textTruncated) assert.equal(JSON.parse(g.text.slice(text.start, text.end)), e.text);
    const time = model.fieldRange(e, Slot.time);
    assert.ok(time);
    assert.equal(Date.parse(JSON.parse(g.text.slice(time.start, time.end)) as string), e.time);
    const level = model.fieldRange(e, Slot.level);
    assert.equal(g.text.slice(level!.start, level!.end), JSON.stringify(e.level));
    assert.equal(g.text[e.start], '{');
    assert.equal(g.text[e.end - 1], '}');
  }
});

test('time as ISO or epoch ms, missing keys, objects and exception nested or as strings', () => {
  const text = logOf([
    { text: 'Log roll interval occurred.', time: at(0) },
    { text: 'numeric time', time: Date.parse(at(1)) },
    { text: 'no time', time: 'not a time' },
    {
      text: 'string exception',
      level: 'ERROR',
      exception: 'SyntaxError: Unexpected token',
      objects: 'invalid json',
    },
    {
      text: 'Ringtone Playback Failure: 2 retries remaining.',
      level: 'ERROR',
      exception: '({"type":"NotAllowedError","message":"play() failed"})',
    },
  ]).replace(/\n {8}"tabId": null,/g, '');
  const { model } = analyse(text);
  const [roll, numeric, untimed, stringException, bookException] = model.entries;
  assert.equal(roll?.kind, EntryKind.RollMarker);
  assert.equal(numeric?.time, Date.parse(at(1)));
  assert.equal(untimed?.timed, false);
  assert.equal(model.untimed, 1);
  assert.deepEqual(stringException?.exception?.type, 'SyntaxError');
  assert.equal(bookException?.exception?.type, 'NotAllowedError');
  assert.equal(bookException?.kind, EntryKind.RingtoneFailure);
});

test('a BOM and CRLF line ends change nothing', () => {
  const g = generateCcpLog({ seed: 12, minutes: 10, calls: 1 });
  const plain = analyse(g.text).model;
  const crlf = analyse('\ufeff' + g.text.replace(/\n/g, '\r\n')).model;
  assert.equal(crlf.entries.length, plain.entries.length);
  assert.deepEqual(
    crlf.entries.map((e) => e.text),
    plain.entries.map((e) => e.text),
  );
  assert.equal(crlf.problems.length, 0);
});

test('minified JSON goes through the tolerant scanner with the same result', () => {
  const g = generateCcpLog({ seed: 13, minutes: 10, calls: 1 });
  const minified = JSON.stringify(g.entries);
  const a = analyse(minified).model;
  assert.equal(a.entries.length, g.entries.length);
  assert.equal(a.problems.length, 0);
  assert.equal(a.entries[3]?.text, g.entries[3]?.text);
});

test('a download cut mid-entry: a finding at the cut and every earlier entry analysed', () => {
  const g = generateCcpLog({ seed: 14, minutes: 30, calls: 3, faults: { truncateAtFraction: 0.8 } });
  const { analysis, model } = analyse(g.text);
  assert.ok(model.entries.length > 100);
  const cut = analysis.findings(DEFAULT_SETTINGS).find((f) => f.rule === 'ccp/parse-error');
  assert.ok(cut, 'parse-error finding');
  assert.equal(cut.end, g.text.length);
  assert.ok(g.text.lastIndexOf('\n') < cut.start + 1);
  assert.match(cut.message, /cut off/);
  assert.ok(model.contacts.contacts.length >= 1);
});

test('trailing garbage is reported and the entries before it kept', () => {
  const text = logOf([{ text: 'a' }, { text: 'b' }]) + '\nthis was pasted here\n';
  const { model } = analyse(text);
  assert.equal(model.entries.length, 2);
  assert.ok(rulesOf(text).includes('ccp/parse-error'));
});

test('two downloads pasted together: reported, and the overlap deduplicated', () => {
  const a = logOf([
    { text: 'one', time: at(1) },
    { text: 'two', time: at(2) },
  ]);
  const b = logOf([
    { text: 'two', time: at(2) },
    { text: 'three', time: at(3) },
  ]);
  const text = a + b;
  const { model } = analyse(text);
  assert.equal(model.arrays, 2);
  assert.equal(model.entries.length, 4);
  assert.equal(model.duplicates, 1);
  assert.equal(model.sorted.length, 3);
  assert.ok(rulesOf(text).includes('ccp/concatenated-downloads'));
});

test('a damaged entry is recovered field by field and reported', () => {
  const text = logOf([{ text: 'fine' }, { text: 'XX' }, { text: 'also fine' }]).replace(
    '"XX"',
    '"bad \\x escape"',
  );
  const { model } = analyse(text);
  assert.equal(model.entries.length, 3);
  assert.equal(model.entries[1]?.damaged, true);
  assert.ok(rulesOf(text).includes('ccp/parse-error'));
});

test('a string that runs past its line end marks a cut and the scanner resumes at the next entry', () => {
  const text = logOf([{ text: 'first' }, { text: 'second' }, { text: 'third' }]).replace(
    '"second"',
    '"sec\nond',
  );
  const { model } = analyse(text);
  assert.deepEqual(
    model.entries.filter((e) => !e.damaged).map((e) => e.text),
    ['first', 'third'],
  );
  assert.ok(rulesOf(text).includes('ccp/parse-error'));
});

test('the DevTools console form', () => {
  const g = generateCcpLog({ seed: 15, minutes: 20, calls: 2, faults: { iceTimeout: [0] } });
  const text = toConsoleForm(g.entries);
  const { model } = analyse(text);
  assert.equal(model.form, 'console');
  assert.equal(model.entries.length, g.entries.length);
  const e = model.entries[5]!;
  const time = model.fieldRange(e, Slot.time)!;
  assert.equal(text.slice(time.start, time.end), new Date(e.time).toISOString());
  assert.ok(rulesOf(text).includes('ccp/ice-collection-timeout'));
  assert.equal(analyse('[CCP] ' + text.split('\n')[0]).model.entries.length, 1);
});

test('the CCP Log Parser display form, with expanded entries and their JSON', () => {
  const g = generateCcpLog({ seed: 16, minutes: 20, calls: 2, faults: { clockSkewMs: 15_000 } });
  const text = toDisplayForm(g.entries, 1);
  const { model } = analyse(text);
  assert.equal(model.form, 'display');
  assert.equal(model.entries.length, g.entries.length);
  assert.ok(model.agent.skewPoints.length > 0, 'snapshots read from the expanded JSON');
  assert.ok(rulesOf(text).includes('ccp/clock-skew'));
  const collapsed = toDisplayForm(g.entries, 0);
  assert.equal(analyse(collapsed).model.entries.length, g.entries.length);
  // The seed book's line without a marker, and the AWS tool's emoji decorations.
  const bare =
    '2020-10-15T12:58:34.597Z softphone ERROR Softphone error occurred :  signalling_handshake_failure Handshaking with Signalling Server wss://rtc.connect-telecom.ap-northeast-1.amazonaws.com/LilyRTC failed.\n' +
    "2020-10-15T13:17:54.202Z ccp TRACE 💬AWSClient: -->  'getAgentSnapshot'";
  const m2 = analyse(bare).model;
  assert.equal(m2.entries.length, 2);
  assert.equal(m2.entries[1]?.kind, EntryKind.ApiSend);
  assert.equal(m2.environment.region, 'ap-northeast-1');
});

test('the real sample from the corpus', (t) => {
  const dir = corpusDir();
  if (!dir) {
    t.skip('shared corpus not found (../shared/corpus or /work/shared/corpus)');
    return;
  }
  const text = readFileSync(join(dir, 'ccp', 'pickles-sample-error-log.txt'), 'utf8');
  const { model, analysis } = analyse(text);
  assert.equal(model.form, 'json');
  assert.equal(model.entries.length, 5);
  assert.equal(model.entries[0]?.kind, EntryKind.RollMarker);
  assert.equal(model.entries[2]?.kind, EntryKind.ApiFailed);
  assert.equal(model.entries[2]?.redactionTruncated, true);
  assert.equal(model.entries[3]?.exception?.type, 'SyntaxError');
  assert.equal(model.agent.skewPoints[0]?.info.skew, 354);
  assert.equal(model.environment.region, 'us-east-1');
  const rules = analysis.findings(DEFAULT_SETTINGS).map((f) => f.rule);
  assert.ok(rules.includes('ccp/redaction-truncated'));
  assert.ok(rules.includes('ccp/api-failed'));
  assert.ok(!rules.includes('ccp/parse-error'));
});

test('bad input never throws: empty, white space, binary noise, JSON that is not a CCP log', () => {
  for (const text of ['', '   \n\n', '\ufeff']) {
    const { model, analysis } = analyse(text);
    assert.equal(model.entries.length, 0);
    assert.deepEqual(analysis.findings(DEFAULT_SETTINGS), []);
  }
  let noise = '';
  let x = 12345;
  for (let i = 0; i < 200_000; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    noise += String.fromCharCode(x % 256);
  }
  const n = analyse(noise);
  assert.equal(n.model.entries.length, 0);
  assert.ok(n.analysis.findings(DEFAULT_SETTINGS).every((f) => f.rule === 'ccp/not-a-ccp-log'));
  n.analysis.hover(100, DEFAULT_SETTINGS);
  n.analysis.semanticTokens({ start: 0, end: noise.length });
  n.analysis.symbols(DEFAULT_SETTINGS);
  n.analysis.foldingRanges(100);
  for (const json of ['[1, 2, 3]', '{"a": 1}', '[{"foo": 1}]', '[[1], {"x": [2]}]', '[', ']', '[{']) {
    const r = rulesOf(json);
    assert.ok(r.length <= 1, json);
    if (json.length > 3) assert.deepEqual(r, ['ccp/not-a-ccp-log'], json);
  }
});

test('a 10 MB single-line telemetry report is read without stalling', () => {
  const g = generateCcpLog({ seed: 17, minutes: 10, calls: 1, faults: { hugeTelemetryChars: 10_000_000 } });
  const longest = Math.max(...g.text.split('\n').map((l) => l.length));
  assert.ok(longest > 9_000_000);
  const { model, analysis } = analyse(g.text);
  const telemetry = model.ofKind(EntryKind.TelemetryReport);
  assert.equal(telemetry.length, 1);
  const e = model.entry(telemetry[0]!);
  assert.equal(e.textTruncated, true);
  const text = model.fieldRange(e, Slot.text)!;
  analysis.findings(DEFAULT_SETTINGS);
  const hover = analysis.hover(text.start + 10, DEFAULT_SETTINGS);
  assert.ok(hover?.markdown.includes('Telemetry'));
  analysis.semanticTokens({ start: text.start, end: text.end });
  assert.ok(model.telemetry(e.index)!.perSecond[0]!.packetsCount.length > 100_000);
});
