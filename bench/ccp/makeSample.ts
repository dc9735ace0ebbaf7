/**
 * Writes `samples/agent-log.txt`: a small incident from the seeded generator — a media-path failure
 * (ICE collection timeout: UDP 3478 to the TURN relay blocked) on one call, a stretch of poor audio
 * (packet loss and jitter heard by the agent) on another, and normal calls around them.
 *   npm run sample:ccp
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCcpLog } from './generator';

export const SAMPLE_OPTIONS = {
  seed: 20250506,
  start: '2025-05-06T08:30:00.000Z',
  minutes: 30,
  calls: 4,
  region: 'ap-northeast-1',
  alias: 'example-contact-center',
  chatterPerMinute: 4,
  faults: {
    iceTimeout: [1],
    poorAudio: [
      { call: 2, kind: 'loss', stream: 'audio_input', fromSecond: 45, seconds: 35 },
      { call: 2, kind: 'jitter', stream: 'audio_input', fromSecond: 50, seconds: 20 },
    ],
  },
} as const;

function main(): void {
  const out = resolve(__dirname, '..', '..', 'samples');
  mkdirSync(out, { recursive: true });
  const log = generateCcpLog(SAMPLE_OPTIONS);
  const file = join(out, 'agent-log.txt');
  writeFileSync(file, log.text);
  process.stdout.write(
    `wrote ${file} (${(log.text.length / 1024).toFixed(0)} KB, ${log.entries.length} entries)\n`,
  );
}

if (require.main === module) main();
