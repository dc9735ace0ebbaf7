/** Logs the in-editor tests write into the test workspace when a committed fixture would be too big. */

/**
 * A CCP log with one three-hour call: `samples` one-second samples per stream, ten per
 * `sendSoftphoneMetrics` entry, as the softphone logs them.
 */
export function threeHourLog(samples: number): string {
  const start = Date.parse('2026-03-12T01:00:00.000Z');
  const iso = (ms: number) => new Date(ms).toISOString();
  const entries: string[] = [];
  const entry = (time: number, component: string, text: string) =>
    entries.push(
      JSON.stringify({
        component,
        level: 'INFO',
        text,
        time: iso(time),
        tabId: '1773277200000-thr33h0urs0',
        exception: null,
        objects: [],
        line: entries.length + 1,
        agentResourceId: '0b8f5d2e-1c4a-4e3b-9f6d-7a8b9c0d1e2f',
        loggerId: '1773277200001-l0ngc4ll000',
        contextLayer: 'CCP',
      }),
    );
  entry(start, 'ccp', 'Log roll interval occurred.');
  for (let first = 0; first < samples; first += 10) {
    const batch: unknown[] = [];
    for (let k = first; k < Math.min(samples, first + 10); k++) {
      const timestamp = iso(start + 1000 + k * 1000);
      const wave = Math.round(1500 + 1200 * Math.sin(k / 40));
      batch.push(
        {
          softphoneStreamType: 'audio_input',
          timestamp,
          packetsLost: k % 97 === 0 ? 3 : 0,
          packetsCount: 50,
          audioLevel: wave,
          jitterBufferMillis: 5 + (k % 7),
          roundTripTimeMillis: null,
        },
        {
          softphoneStreamType: 'audio_output',
          timestamp,
          packetsLost: 0,
          packetsCount: 50,
          audioLevel: 3000 - wave,
          jitterBufferMillis: 4 + (k % 5),
          roundTripTimeMillis: 60 + (k % 11),
        },
      );
    }
    entry(
      start + 1000 + (first + 10) * 1000,
      'softphone',
      ` sendSoftphoneMetrics success${JSON.stringify(batch)}`,
    );
  }
  return `[\n${entries.join(',\n')}\n]\n`;
}
