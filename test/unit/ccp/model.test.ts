import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCcpLog } from '../../../bench/ccp/generator';
import { EntryKind } from '../../../server/src/analysis/ccp/model/entry';
import { analyse, at, logOf, snapshot } from './support';

const CID = '6f0d3c1e-2b8a-4c71-9d55-0a7e4f1b2c33';
const RTC = '11111111-2222-4333-8444-555555555555';

test('texts are shaped: leading space, subsystem tags, WebSocket-manager prefixes, rtc call ids', () => {
  const { model } = analyse(
    logOf([
      { text: ` ${CID} SESSION ICE collection timed out`, component: 'softphone', level: 'WARN' },
      { text: '[Audio Device Settings] SpeakerDeviceId is updated to default' },
      {
        text: '[2022-08-01T10:00:00.000Z][WARN]AMZ_WEB_SOCKET_MANAGER: Heartbeat response not received ',
        level: 'WARN',
      },
      { text: 'AMZ_WEB_SOCKET_MANAGER: Sending heartbeat ' },
      { text: ` ${CID} RtcPeerConnectionManagerV2 Created peer connection`, component: 'ccp' },
    ]),
  );
  const [ice, tagged, wsm, oldWsm, relayed] = model.entries;
  assert.equal(ice?.callId, CID);
  assert.equal(ice?.category, 'SESSION');
  assert.equal(ice?.kind, EntryKind.RtcIceTimeout);
  assert.equal(tagged?.tag, 'Audio Device Settings');
  assert.equal(tagged?.msg, 'SpeakerDeviceId is updated to default');
  assert.equal(wsm?.kind, EntryKind.HeartbeatMissed);
  assert.equal(oldWsm?.kind, EntryKind.HeartbeatSend);
  assert.equal(relayed?.category, 'RtcPeerConnectionManagerV2');
});

test('entries are sorted stably by time, duplicates removed, untimed ones kept out of the order', () => {
  const { model } = analyse(
    logOf([
      { text: 'b', time: at(2) },
      { text: 'a', time: at(1) },
      { text: 'b2', time: at(2) },
      { text: 'a', time: at(1) },
      { text: 'untimed', time: 'x' },
    ]),
  );
  assert.deepEqual(
    [...model.sorted].map((i) => model.entry(i).text),
    ['a', 'b', 'b2'],
  );
  assert.equal(model.duplicates, 1);
  assert.equal(model.untimed, 1);
  assert.equal(model.entries.length, 5);
});

test('calls are tied to contacts by id, or by the detection just before them', () => {
  const { model } = analyse(
    logOf([
      { text: `Publishing event: contact::connecting::${CID}`, time: at(0) },
      {
        text: ` Softphone call detected: contactId ${CID} agent connectionId 9a9a9a9a-2b8a-4c71-9d55-0a7e4f1b2c33`,
        component: 'softphone',
        time: at(1),
      },
      {
        text: ` ${RTC} SESSION GrabLocalMediaState => CreateOfferState`,
        component: 'softphone',
        time: at(2),
      },
      { text: ` ${RTC} SESSION AcceptState => TalkingState`, component: 'softphone', time: at(5) },
      { text: `Publishing event: contact::ended::${CID}`, time: at(60) },
    ]),
  );
  const contact = model.contacts.byId.get(CID)!;
  assert.deepEqual(
    contact.events.map((e) => e.name),
    ['connecting', 'detected', 'ended'],
  );
  assert.equal(contact.connectionId, '9a9a9a9a-2b8a-4c71-9d55-0a7e4f1b2c33');
  assert.equal(contact.calls[0]?.id, RTC);
  assert.deepEqual(
    contact.calls[0]?.transitions.map((t) => t.to),
    ['CreateOfferState', 'TalkingState'],
  );
});

test('API calls pair FIFO per operation; getAgentSnapshot is left out; unanswered requests are "no reply"', () => {
  const { model } = analyse(
    logOf([
      { text: "AWSClient: --> Calling operation 'putAgentState'", time: at(0) },
      { text: "AWSClient: --> Calling operation 'putAgentState'", time: at(1) },
      { text: "AWSClient: --> Calling operation 'getAgentSnapshot'", time: at(1) },
      { text: "AWSClient: <-- Operation 'putAgentState' succeeded.", time: at(2) },
      { text: "AWSClient: <-- Operation 'getAgentSnapshot' succeeded.", time: at(3) },
      {
        text: 'AWSClient: <-- Operation putAgentState failed: {"code":"InvalidStateException"}',
        time: at(4),
      },
      { text: "AWSClient: --> Calling operation 'acceptContact'", time: at(5) },
      { text: 'later', time: at(60) },
    ]),
  );
  const calls = model.api.calls;
  assert.deepEqual(
    calls.map((c) => [c.op, c.latency, c.failed, c.noReply, c.code]),
    [
      ['putAgentState', 2000, false, false, ''],
      ['putAgentState', 3000, true, false, 'InvalidStateException'],
      ['acceptContact', NaN, false, true, ''],
    ],
  );
});

test('heartbeats pair into round trips; agent states collapse into bands with skew', () => {
  const { model } = analyse(
    logOf([
      { text: 'Sending heartbeat', time: at(0) },
      { text: 'Heartbeat response received', time: at(0.12) },
      { text: 'GET_AGENT_SNAPSHOT succeeded.', objects: snapshot('Available', 300), time: at(1) },
      { text: 'GET_AGENT_SNAPSHOT succeeded.', objects: snapshot('Available', 310), time: at(31) },
      {
        text: 'GET_AGENT_SNAPSHOT succeeded.',
        objects: snapshot('MissedCallAgent', 320, [], 'error'),
        time: at(40),
      },
    ]),
  );
  assert.equal(model.webSocket.heartbeats[0]?.rtt, 120);
  assert.deepEqual(
    model.agent.bands.map((b) => [b.name, b.end - b.start]),
    [
      ['Available', 39_000],
      ['MissedCallAgent', 0],
    ],
  );
  assert.equal(model.agent.medianSkew, 310);
  assert.equal(model.environment.region, 'eu-west-2');
});

test('metric samples: deduplicated, counters logged as totals turned into deltas, growing jitter flagged', () => {
  const samples: unknown[] = [];
  for (let s = 0; s < 20; s++) {
    samples.push({
      softphoneStreamType: 'audio_input',
      timestamp: at(s),
      packetsLost: s,
      packetsCount: 50 * (s + 1),
      audioLevel: null,
      jitterBufferMillis: 20 * s,
      roundTripTimeMillis: null,
    });
  }
  const text = ` sendSoftphoneMetrics success${JSON.stringify(samples)}`;
  const { model } = analyse(
    logOf([
      { text, component: 'softphone', time: at(20) },
      { text, component: 'softphone', time: at(20.5) },
    ]),
  );
  const audio = model.metrics.calls[0]!;
  const input = audio.streams[0];
  assert.equal(input.t.length, 20);
  assert.equal(input.cumulativeCounts, true);
  assert.deepEqual(input.count.slice(1, 4), [50, 50, 50]);
  assert.deepEqual(input.lost.slice(1, 4), [1, 1, 1]);
  assert.equal(input.cumulativeJitter, true);
  assert.equal(input.jitter[3], 20);
  assert.ok(Number.isNaN(input.level[0]!));
});

test('metrics fall back to objects when the text has no payload', () => {
  const sample = {
    softphoneStreamType: 'audio_output',
    timestamp: at(1),
    packetsLost: 0,
    packetsCount: 50,
    audioLevel: 100,
    jitterBufferMillis: 3,
    roundTripTimeMillis: 40,
  };
  const { model } = analyse(
    logOf([{ text: ' sendSoftphoneMetrics success', objects: [[sample]], component: 'softphone' }]),
  );
  assert.equal(model.metrics.calls[0]?.streams[1].t.length, 1);
});

test('a generated shift links every answered call to its metrics, report and telemetry', () => {
  const g = generateCcpLog({ seed: 31, minutes: 60, calls: 5 });
  const { model } = analyse(g.text);
  for (const call of g.calls) {
    const c = model.contacts.byId.get(call.contactId)!;
    assert.ok(c, call.contactId);
    const rtc = c.calls[0]!;
    assert.ok(rtc.report >= 0, 'report linked');
    assert.ok(rtc.telemetry >= 0, 'telemetry linked');
    const audio = model.metrics.byKey.get(rtc.id)!;
    assert.ok(Math.abs(audio.streams[0].t.length - (call.ended - call.answered) / 1000) < 3);
  }
  assert.equal(model.metrics.calls.length, g.calls.length);
});
