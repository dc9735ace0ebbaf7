/** Titles of the documents Callsight's CCP rules rest on (shown under "Sources"; never fetched). */
import { defineMessages } from '../../l10n';

export const sources = defineMessages('ccp.sources', {
  adminNetworking:
    'Amazon Connect Administrator Guide — Set up your network (CCP allow-list: endpoints and ports)',
  kbSoftphoneErrors:
    'AWS Knowledge Center — Troubleshoot signalling, media and API endpoint errors in the CCP',
  streamsSoftphone: 'amazon-connect-streams src/softphone.js (softphone errors, metrics upload, call report)',
  rtcSession: 'aws/connect-rtc-js src/js/rtc_session.js (ICE 8 s, invite 5 s and getUserMedia 10 s timeouts)',
  rtcStats:
    'aws/connect-rtc-js src/js/rtc_session.js getStats and rtp-stats.js (audio_input = inbound, audio_output = outbound since commit 7df827b, 2019-07-22)',
  streamsClient:
    'amazon-connect-streams src/client.js and worker.js (AWSClient request/reply lines, snapshots)',
  wsManager: 'amazon-connect-websocket-manager (10-s heartbeat, reconnection)',
  agentStates: 'amazon-connect-streams Documentation.md — Agent States Logging',
  ccpLogParser:
    'AWS CCP Log Parser (amazon-connect-snippets tools/CCPLogParser): skew threshold 10,000 ms, troubleshooting examples',
  colinMorris: 'ColinMorris83/ccp-log-parser thresholds (API latency 500 ms, stale requests after 30 s)',
  voipRules:
    'Common VoIP rules of thumb: loss ≤ 1 %, jitter ≤ 30 ms, RTT ≤ 300 ms (ITU-T G.114 for one-way delay)',
  streamsLog: 'amazon-connect-streams src/log.js (redaction, 30-minute roll, download format)',
  book: 'コールセンター開発入門 — CCP logs and the CCP Log Parser chapter',
  autoplay: 'Browser autoplay policies (HTMLMediaElement.play() rejected with NotAllowedError)',
  endpointTest: 'Amazon Connect Endpoint Test Utility (per-region latency, microphone access)',
  lowLatency: 'AWS — Amazon Connect low-latency architecture (cross-region RTT above 500 ms)',
  persistent: 'Amazon Connect Administrator Guide — persistent connection',
  ccpLogReference: 'Callsight CCP log reference (ccp-log.md) — file format and robustness cases',
});

export type SourceKey = Parameters<typeof sources.t>[0];

/** Renders source titles in the explanation locale. */
export function sourceList(keys: readonly SourceKey[]): string[] {
  return keys.map((k) => sources.explain(k));
}
