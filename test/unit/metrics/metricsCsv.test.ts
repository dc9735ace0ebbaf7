import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, isoTime, METRICS_CSV_COLUMNS, metricsCsv } from '../../../server/src/analysis/metricsCsv';
import type { AudioMetricsResult } from '../../../server/src/protocol';
import { buildAudioMetricsFixture, HOSTILE_TEXTS } from '../../support/audioMetricsFixture';

/** Splits CSV text into records and fields (RFC 4180: quoted fields may hold commas, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const small = buildAudioMetricsFixture({ samplesPerStream: 90 });

test('the header names every column once, in order', () => {
  const [header] = parseCsv(metricsCsv(small));
  assert.deepEqual(header, [...METRICS_CSV_COLUMNS]);
  assert.equal(new Set(METRICS_CSV_COLUMNS).size, METRICS_CSV_COLUMNS.length);
});

test('one row per sample, per-second value and log-wide point, all rows as wide as the header', () => {
  const rows = parseCsv(metricsCsv(small)).slice(1);
  const count = (kind: string): number => rows.filter((r) => r[0] === kind).length;
  const samples = small.calls.reduce((n, c) => n + c.streams.reduce((m, s) => m + s.time.length, 0), 0);
  const perSecond = small.calls.reduce((n, c) => n + c.perSecond.reduce((m, s) => m + s.time.length, 0), 0);
  assert.equal(count('sample'), samples);
  assert.equal(count('per_second'), perSecond);
  assert.equal(count('skew'), small.skew.time.length);
  assert.equal(count('api_latency'), small.apiLatency.time.length);
  assert.equal(count('heartbeat'), small.heartbeat.time.length);
  assert.equal(count('agent_state'), small.agentStates.length);
  for (const r of rows) assert.equal(r.length, METRICS_CSV_COLUMNS.length);
});

test('gaps are empty fields, numbers are plain decimals, times are ISO UTC and epoch ms', () => {
  const rows = parseCsv(metricsCsv(small)).slice(1);
  const col = (name: (typeof METRICS_CSV_COLUMNS)[number]): number => METRICS_CSV_COLUMNS.indexOf(name);
  const gap = rows.find((r) => r[0] === 'sample' && r[col('jitter_ms')] === '');
  assert.ok(gap, 'a gap row');
  assert.equal(gap[col('audio_level')], '');
  const first = rows.find((r) => r[0] === 'sample');
  const call = small.calls[0];
  assert.ok(first && call);
  assert.equal(first[col('time_ms')], String(call.streams[0]?.time[0]));
  assert.equal(first[col('time_utc')], new Date(call.streams[0]?.time[0] ?? 0).toISOString());
  assert.equal(first[col('jitter_ms')], String(call.streams[0]?.jitterMs[0]));
  const failed = rows.filter((r) => r[0] === 'api_latency' && r[col('failed')] === 'true');
  assert.equal(failed.length, small.apiLatency.failed.filter(Boolean).length);
});

test('text from the log is quoted when needed and cannot start a spreadsheet formula', () => {
  const rows = parseCsv(metricsCsv(small)).slice(1);
  const callIds = new Set(rows.filter((r) => r[0] === 'sample').map((r) => r[1]));
  assert.ok(callIds.has(small.calls[0]?.id ?? ''), 'hostile call id survives as text');
  const withFormula: AudioMetricsResult = {
    ...small,
    agentStates: [
      { start: 0, end: 1, name: HOSTILE_TEXTS[3] },
      { start: 1, end: 2, name: '-2+3' },
    ],
    apiLatency: { time: [5], latencyMs: [10], api: ['@SUM(A1)'], failed: [false], entryOffset: [1] },
  };
  const parsed = parseCsv(metricsCsv(withFormula, { callIds: [] })).slice(1);
  const state = METRICS_CSV_COLUMNS.indexOf('state');
  const api = METRICS_CSV_COLUMNS.indexOf('api');
  assert.deepEqual(
    parsed.filter((r) => r[0] === 'agent_state').map((r) => r[state]),
    [`'${HOSTILE_TEXTS[3]}`, "'-2+3"],
  );
  assert.equal(parsed.find((r) => r[0] === 'api_latency')?.[api], "'@SUM(A1)");
  assert.equal(csvField('a,"b"\nc'), '"a,""b""\nc"');
  assert.equal(csvField(-354), '-354', 'negative numbers are numbers, not formulas');
});

test('options choose the calls and leave out the log-wide series', () => {
  const id = small.calls[1]?.id ?? '';
  const rows = parseCsv(metricsCsv(small, { callIds: [id], logSeries: false })).slice(1);
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => (r[0] === 'sample' || r[0] === 'per_second') && r[1] === id));
});

test('records end with CRLF; invalid times give empty fields instead of throwing', () => {
  const csv = metricsCsv(small);
  assert.ok(csv.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(csv.replace(/"[^"]*"/g, '')), 'no bare LF outside quotes');
  assert.equal(isoTime(Number.NaN), '');
  assert.equal(isoTime(9e15), '');
  assert.equal(isoTime(null), '');
  assert.equal(isoTime(0), '1970-01-01T00:00:00.000Z');
  assert.equal(csvField(Number.POSITIVE_INFINITY), '');
  assert.equal(csvField(undefined), '');
});

test('a three-hour call (10,800 samples per stream) serialises without trouble', () => {
  const big = buildAudioMetricsFixture();
  const lines = metricsCsv(big, { callIds: [big.calls[0]?.id ?? ''], logSeries: false }).split('\r\n');
  // header + 2 streams × 10,800 samples + 2 × 10,800 per-second values + final empty string
  assert.equal(lines.length, 1 + 4 * 10_800 + 1);
});
