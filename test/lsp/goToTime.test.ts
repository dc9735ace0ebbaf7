/**
 * `callsight/goToTime` on the built server: positions of the entry a typed time lands on, the window
 * warning outside it, validation messages, and `unavailable` for documents without a timeline.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GoToTimeRequest, type GoToTimeResult } from '../../server/src/protocol';
import { startSession, type LspSession } from '../support/lspSession';

const SAMPLE = readFileSync(resolve(__dirname, '../../samples/agent-log.txt'), 'utf8');
const uri = 'file:///logs/agent-log.txt';
let session: LspSession;

before(async () => {
  session = await startSession({ configuration: { time: { zone: 'Asia/Tokyo' } } });
  await session.open(uri, 'ccp-log', SAMPLE);
});

after(async () => {
  await session.close();
});

function goTo(input: string, to = uri): Promise<GoToTimeResult | null> {
  return session.connection.sendRequest(GoToTimeRequest, {
    uri: to,
    input,
  }) as Promise<GoToTimeResult | null>;
}

/** Entry times of the sample with the zero-based line of each entry's `{` (the sample is pretty-printed JSON). */
function sampleEntries(): { line: number; time: number }[] {
  const lines = SAMPLE.split('\n');
  const out: { line: number; time: number }[] = [];
  lines.forEach((l, i) => {
    if (l === '    {') out.push({ line: i, time: NaN });
    const m = /^ {8}"time": "([^"]+)"/.exec(l);
    const last = out[out.length - 1];
    if (m && last) last.time = Date.parse(m[1] ?? '');
  });
  return out;
}

test('a time inside the window: the first entry at or after it, read in callsight.time.zone', async () => {
  // The sample covers 08:30–09:00 UTC on 2025-05-06, i.e. 17:30–18:00 in Tokyo.
  const r = await goTo('17:45');
  assert.equal(r?.status, 'inside');
  const target = Date.parse('2025-05-06T08:45:00Z');
  assert.equal(r?.target, target);
  const expected = sampleEntries()
    .filter((e) => e.time >= target)
    .sort((a, b) => a.time - b.time || a.line - b.line)[0];
  assert.deepEqual(r?.entry?.start, { line: expected?.line, character: 4 });
  assert.ok((r?.entry?.end.line ?? 0) > (r?.entry?.start.line ?? 0), 'the range spans the whole entry');
  assert.match(r?.message ?? '', /2025-05-06 17:45:00 \(UTC\+09:00\): inside this log/);
  assert.equal(r?.warning, undefined);
  assert.deepEqual(r?.window, {
    first: Date.parse('2025-05-06T08:30:00.005Z'),
    last: Date.parse('2025-05-06T08:59:55.996Z'),
    rollMarkers: 1,
  });
});

test('a time before the window: a warning with what the log covers and the fix, the first entry as the nearest', async () => {
  const r = await goTo('14:32');
  assert.equal(r?.status, 'before');
  assert.match(r?.warning ?? '', /2025-05-06 14:32:00 \(UTC\+09:00\) is not in this log/);
  assert.match(r?.warning ?? '', /covers 2025-05-06 17:30:00 – 17:59:55 \(UTC\+09:00\) \(29 min 56 s\)/);
  assert.match(r?.warning ?? '', /30-minute window/);
  const first = sampleEntries()[0];
  assert.deepEqual(r?.entry?.start, { line: first?.line, character: 4 });
});

test('a full ISO time is read as written', async () => {
  const r = await goTo('2025-05-06T09:30:00Z');
  assert.equal(r?.status, 'after');
  assert.match(r?.warning ?? '', /downloaded before that moment/);
});

test('invalid input, unknown documents and SIP traces', async () => {
  const bad = await goTo('lunchtime');
  assert.equal(bad?.status, 'invalid');
  assert.match(bad?.message ?? '', /"lunchtime" is not a time/);
  assert.equal(bad?.entry, undefined);
  assert.equal((await goTo('17:45', 'file:///nowhere/agent-log.txt'))?.status, 'unavailable');
  const sip = 'file:///logs/trace.sip';
  await session.open(sip, 'sip-trace', 'INVITE sip:a@b SIP/2.0\r\nCall-ID: x\r\n\r\n');
  assert.equal((await goTo('17:45', sip))?.status, 'unavailable');
});
