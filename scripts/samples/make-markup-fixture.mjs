// Writes test/e2e/workspace/markup-in-texts.txt: a small CCP log (downloaded form) whose texts hold markup
// that must never become markup in the editor, its hovers or the audio metrics panel. An agent state is
// named with it, so the name reaches the panel (agent-state band and its tooltip); log texts carry it too.
// One call's worth of softphone samples (60 s, both streams) makes the panel draw its stream charts.
//   node scripts/samples/make-markup-fixture.mjs
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const out = join(root, 'test', 'e2e', 'workspace', 'markup-in-texts.txt');

const HOSTILE_STATE = '<img src=x onerror=alert(1)></script>';
const START = Date.parse('2026-03-11T09:00:00.000Z');
const AGENT = '6f1d2c3b-4a5e-4f60-9b7a-8c9d0e1f2a3b';
const TAB = '1773219600000-m4rkupt3sts';
const LOGGER = '1773219600005-h0st1l3t3xt';

const at = (seconds) => new Date(START + seconds * 1000).toISOString();
let line = 0;
const entry = (seconds, fields) => ({
  component: 'ccp',
  level: 'INFO',
  text: '',
  time: at(seconds),
  tabId: TAB,
  exception: null,
  objects: [],
  line: ++line,
  agentResourceId: AGENT,
  loggerId: LOGGER,
  contextLayer: 'CCP',
  ...fields,
});

const snapshot = (seconds, name, type) =>
  entry(seconds, {
    level: 'TRACE',
    text: 'GET_AGENT_SNAPSHOT succeeded.',
    objects: [
      {
        snapshot: {
          state: {
            agentStateARN: `arn:aws:connect:ap-northeast-1:123456789012:instance/00000000-0000-4000-8000-000000000000/agent-state/${type}`,
            type,
            name,
            startTimestamp: at(seconds),
          },
          contacts: [],
          snapshotTimestamp: at(seconds),
          localTimestamp: START + seconds * 1000 - 250,
          skew: 250,
        },
        nextToken: `token_${seconds}`,
      },
    ],
  });

/** Ten seconds of samples for both streams, ending at `seconds`. */
const metrics = (seconds) => {
  const samples = [];
  for (let k = 9; k >= 0; k--) {
    const time = at(seconds - k - 0.25);
    const i = seconds - k;
    samples.push(
      {
        softphoneStreamType: 'audio_input',
        timestamp: time,
        packetsLost: i % 7 === 0 ? 2 : 0,
        packetsCount: 50,
        audioLevel: 400 + ((i * 97) % 900),
        jitterBufferMillis: 4 + (i % 5),
        roundTripTimeMillis: null,
      },
      {
        softphoneStreamType: 'audio_output',
        timestamp: time,
        packetsLost: 0,
        packetsCount: 50,
        audioLevel: 300 + ((i * 61) % 700),
        jitterBufferMillis: 3 + (i % 4),
        roundTripTimeMillis: 60 + (i % 9),
      },
    );
  }
  return entry(seconds, { component: 'softphone', text: ` sendSoftphoneMetrics success${JSON.stringify(samples)}` });
};

const entries = [
  entry(0, { text: 'Log roll interval occurred.' }),
  snapshot(1, 'Available', 'routable'),
  entry(2, { level: 'WARN', text: 'Banner from the page: <img src=x onerror=alert(1)> and </script><script>alert(2)</script>' }),
  snapshot(5, HOSTILE_STATE, 'not_routable'),
  ...[20, 30, 40, 50, 60, 70].map(metrics),
  entry(72, { level: 'ERROR', text: '</script><img src=x onerror=alert(1)> [Softphone Manager] unexpected markup' }),
  snapshot(75, 'Available', 'routable'),
  entry(80, { text: 'Log roll interval occurred.' }),
];

writeFileSync(out, `${JSON.stringify(entries, null, 4)}\n`);
console.log(`wrote ${out} (${entries.length} entries)`);
