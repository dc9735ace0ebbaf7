/** The in-file direction self-check (ccp-log.md §6.5): evidence, verdicts, the finding and the hover line. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCcpLog, type CcpFaults } from '../../../bench/ccp/generator';
import type { MuteEvidence } from '../../../server/src/analysis/ccp/model/audioDirection';
import { audioMetrics } from '../../../server/src/analysis/ccp/series';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { analyse, at, corpusDir, findings, logOf, type EntryInput } from './support';

const RULE = 'ccp/audio-direction-reversed';

function generated(faults: CcpFaults = {}): string {
  return generateCcpLog({ seed: 21, minutes: 40, calls: 4, faults }).text;
}

type Stream = 'audio_input' | 'audio_output';

interface HandLog {
  /** Seconds of samples, one per second per stream, from second 0. */
  readonly seconds: number;
  readonly level: (stream: Stream, sec: number) => number;
  readonly rtt: (stream: Stream, sec: number) => number | null;
  /** Mute spans in seconds; `to` undefined = never unmuted. */
  readonly mutes?: readonly (readonly [number, number | undefined])[];
}

/** Speech every other 4-second stretch, quiet noise in between (like the generator). */
const speech = (offset: number) => (sec: number) => (Math.floor(sec / 4 + offset) % 2 === 0 ? 1500 : 40);

/** A log of hand-made metrics batches (every 30 s) and mute toggles; no call, so the samples form one orphan series. */
function handLog(h: HandLog): string {
  const entries: (EntryInput & { t: number })[] = [];
  let batch: unknown[] = [];
  for (let sec = 0; sec < h.seconds; sec++) {
    for (const stream of ['audio_input', 'audio_output'] as const) {
      batch.push({
        softphoneStreamType: stream,
        timestamp: at(sec),
        packetsLost: 0,
        packetsCount: 50,
        audioLevel: h.level(stream, sec),
        jitterBufferMillis: 5,
        roundTripTimeMillis: h.rtt(stream, sec),
      });
    }
    if ((sec > 0 && sec % 30 === 0) || sec === h.seconds - 1) {
      entries.push({
        t: sec + 0.25,
        component: 'softphone',
        text: ` sendSoftphoneMetrics success${JSON.stringify(batch)}`,
      });
      batch = [];
    }
  }
  for (const [from, to] of h.mutes ?? []) {
    entries.push({ t: from + 0.5, text: 'Agent has muted the contact, connectionId - c-1' });
    if (to !== undefined)
      entries.push({ t: to + 0.5, text: 'Agent has unmuted the contact, connectionId - c-1' });
  }
  entries.sort((a, b) => a.t - b.t);
  return logOf(entries.map(({ t, ...e }) => ({ ...e, time: at(t) })));
}

const micMutedOn =
  (mic: Stream, from: number, to: number) =>
  (stream: Stream, sec: number): number =>
    stream === mic && sec > from && sec <= to ? 0 : speech(stream === 'audio_input' ? 0 : 2)(sec);
const rttOn = (sent: Stream | 'both' | 'none') => (stream: Stream) =>
  sent === 'both' || sent === stream ? 60 : null;

test('RTT only on audio_output: the rtc-js reading, no finding', () => {
  const { model } = analyse(generated());
  const view = model.direction;
  assert.equal(view.verdict, 'code');
  assert.ok(view.evidence.length > 0);
  assert.ok(view.evidence.every((e) => e.kind === 'rtt' && e.sent === 1));
  assert.ok(!findings(generated()).some((f) => f.rule === RULE));
});

test('mute: audio_output collapses while audio_input keeps the customer; agrees with RTT', () => {
  const { model } = analyse(generated({ mutes: [{ call: 2, fromSecond: 40, seconds: 20 }] }));
  const view = model.direction;
  assert.equal(view.verdict, 'code');
  const mute = view.evidence.find((e): e is MuteEvidence => e.kind === 'mute');
  assert.ok(mute, 'the mute gave evidence');
  assert.equal(mute.sent, 1);
  assert.equal(mute.inside, 0);
  assert.ok(mute.before >= 250, `level before ${mute.before}`);
  assert.ok(mute.otherInside >= 250, `other stream inside ${mute.otherInside}`);
  const call = view.calls.find((c) => c.evidence.includes(mute));
  assert.equal(call?.verdict, 'code');
  assert.deepEqual(call?.evidence.map((e) => e.kind).sort(), ['mute', 'rtt']);
});

test('mute alone (RTT on both streams, as rtc-js 1.3 copies it): the mute decides', () => {
  const { model } = analyse(
    handLog({
      seconds: 90,
      level: micMutedOn('audio_output', 40, 60),
      rtt: rttOn('both'),
      mutes: [[40, 60]],
    }),
  );
  assert.equal(model.direction.verdict, 'code');
  assert.deepEqual(
    model.direction.evidence.map((e) => `${e.kind}:${e.sent}`),
    ['mute:1'],
  );
});

test('reversed client: RTT only on audio_input and its level collapses on mute → docs, finding fires', () => {
  const text = generated({ reversedDirections: true, mutes: [{ call: 1, fromSecond: 30, seconds: 25 }] });
  const { model } = analyse(text);
  const view = model.direction;
  assert.equal(view.verdict, 'docs');
  assert.ok(view.evidence.some((e) => e.kind === 'mute' && e.sent === 0));
  assert.ok(view.evidence.some((e) => e.kind === 'rtt' && e.sent === 0));
  const list = findings(text).filter((f) => f.rule === RULE);
  assert.equal(list.length, 1);
  const f = list[0]!;
  assert.equal(f.severity, 'information');
  assert.match(f.message, /audio_input/);
  assert.match(f.explanation!.seen, /RTT only on audio_input/);
  assert.match(f.explanation!.why, /swap/);
  // Placed on the first evidence: the first metrics entry with RTT (call 0 comes before the mute in call 1).
  const first = model.entryAt(f.start);
  assert.ok(first && /sendSoftphoneMetrics success/.test(first.text), 'placed on a metrics entry');
  assert.ok((f.related?.length ?? 0) >= 1, 'the other evidence items are related places');
});

test('reversed client with only a mute: the finding sits on the muted entry', () => {
  const text = handLog({
    seconds: 90,
    level: micMutedOn('audio_input', 40, 60),
    rtt: rttOn('none'),
    mutes: [[40, 60]],
  });
  const { model } = analyse(text);
  assert.equal(model.direction.verdict, 'docs');
  const f = findings(text).find((x) => x.rule === RULE);
  assert.ok(f);
  assert.match(model.entryAt(f.start)?.text ?? '', /Agent has muted the contact/);
});

test('RTT says audio_output is sent, the mute says audio_input: conflicting, no finding', () => {
  const text = handLog({
    seconds: 90,
    level: micMutedOn('audio_input', 40, 60),
    rtt: rttOn('audio_output'),
    mutes: [[40, 60]],
  });
  const { model } = analyse(text);
  assert.equal(model.direction.verdict, 'conflicting');
  assert.equal(model.direction.calls[0]?.verdict, 'conflicting');
  assert.ok(!findings(text).some((f) => f.rule === RULE));
});

test('no mute and RTT on both streams: unknown', () => {
  const text = handLog({ seconds: 90, level: micMutedOn('audio_output', 999, 999), rtt: rttOn('both') });
  const { model } = analyse(text);
  assert.equal(model.direction.verdict, 'unknown');
  assert.equal(model.direction.evidence.length, 0);
});

test('a mute after silence on the microphone stream is no evidence', () => {
  const text = handLog({
    seconds: 90,
    level: (stream, sec) => (stream === 'audio_output' ? (sec > 40 && sec <= 60 ? 0 : 30) : 1500),
    rtt: rttOn('both'),
    mutes: [[40, 60]],
  });
  assert.equal(analyse(text).model.direction.verdict, 'unknown');
});

test('both streams silent during the mute (hold, nobody talking) is no evidence', () => {
  const text = handLog({
    seconds: 90,
    level: (stream, sec) => (sec > 40 && sec <= 60 ? 0 : speech(stream === 'audio_input' ? 0 : 2)(sec)),
    rtt: rttOn('both'),
    mutes: [[40, 60]],
  });
  assert.equal(analyse(text).model.direction.verdict, 'unknown');
});

test('a mute too short to compare (under five samples) is no evidence', () => {
  const text = handLog({
    seconds: 90,
    level: micMutedOn('audio_output', 40, 44),
    rtt: rttOn('both'),
    mutes: [[40, 44]],
  });
  assert.equal(analyse(text).model.direction.verdict, 'unknown');
});

test('a mute never undone runs to the end of the call', () => {
  const text = handLog({
    seconds: 90,
    level: micMutedOn('audio_output', 60, 999),
    rtt: rttOn('both'),
    mutes: [[60, undefined]],
  });
  const { model } = analyse(text);
  assert.equal(model.direction.verdict, 'code');
  const mute = model.direction.evidence[0] as MuteEvidence;
  assert.equal(mute.kind, 'mute');
  assert.ok(mute.end <= model.metrics.calls[0]!.end);
});

test('the metrics and stream hovers say what this file shows', () => {
  const text = generated({ mutes: [{ call: 2, fromSecond: 40, seconds: 20 }] });
  const { analysis } = analyse(text);
  const md =
    analysis.hover(text.indexOf('sendSoftphoneMetrics success') + 4, DEFAULT_SETTINGS)?.markdown ?? '';
  assert.match(md, /In this file\\: RTT only on audio\\_output \\\(\d+ samples in 4 calls\\\)/);
  assert.match(md, /audio\\_output\\'s level fell from \d+ to 0 during the mute at \d\d\\:\d\d/);
  assert.match(md, /audio\\_output is the agent’s microphone, as in rtc\\-js since 2019/);
});

test('conflicting evidence is said in the hover, not as a finding', () => {
  const text = handLog({
    seconds: 90,
    level: micMutedOn('audio_input', 40, 60),
    rtt: rttOn('audio_output'),
    mutes: [[40, 60]],
  });
  const { analysis } = analyse(text);
  const md =
    analysis.hover(text.indexOf('sendSoftphoneMetrics success') + 4, DEFAULT_SETTINGS)?.markdown ?? '';
  assert.match(md, /the evidence disagrees\\: RTT only on audio\\_output/);
  assert.match(md, /audio\\_input\\'s level fell/);
});

test('the stream-name hover carries the file line (samples in objects)', () => {
  const samples = Array.from({ length: 10 }, (_, sec) =>
    (['audio_input', 'audio_output'] as const).map((stream) => ({
      softphoneStreamType: stream,
      timestamp: at(sec),
      packetsLost: 0,
      packetsCount: 50,
      audioLevel: 500,
      jitterBufferMillis: 5,
      roundTripTimeMillis: stream === 'audio_output' ? 70 : null,
    })),
  ).flat();
  const text = logOf([
    { component: 'softphone', text: ' sendSoftphoneMetrics success', objects: [samples], time: at(10) },
  ]);
  const { analysis } = analyse(text);
  const md = analysis.hover(text.indexOf('"audio_input"') + 3, DEFAULT_SETTINGS)?.markdown ?? '';
  assert.match(md, /Stream audio\\_input/);
  assert.match(md, /In this file\\: RTT only on audio\\_output \\\(10 samples\\\)/);
});

test('real corpus sample: no metrics, so no evidence either way', (t) => {
  const dir = corpusDir();
  if (!dir) {
    t.skip('corpus not found (../shared/corpus or /work/shared/corpus)');
    return;
  }
  // pickles-sample-error-log.txt holds a roll marker, an API failure, a bad entry and a snapshot: no
  // softphone metrics and no mute lines, so the file cannot tell the directions apart → unknown.
  const text = readFileSync(join(dir, 'ccp', 'pickles-sample-error-log.txt'), 'utf8');
  const { model } = analyse(text);
  assert.equal(model.metrics.calls.length, 0);
  assert.equal(model.direction.verdict, 'unknown');
  assert.ok(!findings(text).some((f) => f.rule === RULE));
});

test('the chart payload carries the direction note per call', () => {
  const text = generated({ reversedDirections: true });
  const { analysis, model } = analyse(text);
  const result = audioMetrics(model, DEFAULT_SETTINGS, analysis.findings(DEFAULT_SETTINGS));
  assert.ok(result.calls.length > 0);
  for (const c of result.calls) assert.match(c.directionNote ?? '', /audio_input is the agent’s microphone/);
});
