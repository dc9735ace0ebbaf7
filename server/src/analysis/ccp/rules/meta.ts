/**
 * Every CCP rule: id, default severity and the source of its knowledge (ccp-log.md §11, §15). Data, not
 * code: the ids are a public contract (settings, CLI output, tests).
 */
import type { RuleMeta } from '../../findings';
import { ruleTable } from '../../severity';

export const CCP_RULES = [
  // Softphone and media path (§11.1)
  {
    id: 'ccp/signalling-connection-failure',
    defaultSeverity: 'error',
    source: 'streams softphone.js; AWS KB softphone errors; admin guide CCP networking',
  },
  {
    id: 'ccp/signalling-handshake-failure',
    defaultSeverity: 'error',
    source: 'rtc-js rtc_session.js (MAX_INVITE_DELAY_MS 5000); AWS KB',
  },
  {
    id: 'ccp/ice-collection-timeout',
    defaultSeverity: 'error',
    source: 'rtc-js rtc_session.js (ICE timeout 8000 ms); AWS KB; admin guide CCP networking',
  },
  {
    id: 'ccp/ice-connection-lost',
    defaultSeverity: 'warning',
    source: 'rtc-js rtc_session.js (ICE connection state)',
  },
  {
    id: 'ccp/microphone-not-shared',
    defaultSeverity: 'error',
    source: 'streams softphone.js (getUserMedia); rtc-js (gUM timeout 10000 ms)',
  },
  {
    id: 'ccp/multiple-ccp-windows',
    defaultSeverity: 'error',
    source: 'rtc-js user_busy; streams agent error states',
  },
  { id: 'ccp/unsupported-browser', defaultSeverity: 'error', source: 'streams SoftphoneErrorTypes' },
  {
    id: 'ccp/webrtc-error',
    defaultSeverity: 'error',
    source: 'streams softphone.js publishSoftphoneFailureLogs',
  },
  {
    id: 'ccp/realtime-communication-error',
    defaultSeverity: 'error',
    source: 'streams SoftphoneErrorTypes; agent error states',
  },
  {
    id: 'ccp/ringtone-playback-failure',
    defaultSeverity: 'warning',
    source: 'hosted CCP ringtone engine; browser autoplay policy',
  },
  // Network and API (§8, §9, §11.1)
  {
    id: 'ccp/api-endpoint-unreachable',
    defaultSeverity: 'error',
    source: 'streams client.js / worker.js; AWS CCP Log Parser README; admin guide CCP networking',
  },
  { id: 'ccp/api-failed', defaultSeverity: 'warning', source: 'streams client.js (AWSClient replies)' },
  {
    id: 'ccp/websocket-unhealthy',
    defaultSeverity: 'warning',
    source: 'amazon-connect-websocket-manager (10-s heartbeat)',
  },
  {
    id: 'ccp/metrics-upload-failed',
    defaultSeverity: 'warning',
    source: 'streams softphone.js (metrics logged only on upload success)',
  },
  {
    id: 'ccp/outbound-dial-timeout',
    defaultSeverity: 'warning',
    source: 'streams api.js (Agent.connect timeout)',
  },
  { id: 'ccp/api-latency', defaultSeverity: 'warning', source: 'ColinMorris83 ccp-log-parser (500 ms)' },
  {
    id: 'ccp/api-no-reply',
    defaultSeverity: 'warning',
    source: 'ColinMorris83 ccp-log-parser (SEND without reply after 30 s)',
  },
  // Authentication and permissions
  {
    id: 'ccp/auth-expired',
    defaultSeverity: 'error',
    source: 'streams client.js / core.js (AUTH_FAIL, UnauthorizedException)',
  },
  {
    id: 'ccp/access-denied',
    defaultSeverity: 'error',
    source: 'streams CTIExceptions (AccessDeniedException)',
  },
  // Agent states and clocks (§7, §12)
  {
    id: 'ccp/missed-call-agent',
    defaultSeverity: 'warning',
    source: 'streams Documentation.md — agent states logging',
  },
  {
    id: 'ccp/failed-connect',
    defaultSeverity: 'warning',
    source: 'streams Documentation.md — agent states logging',
  },
  {
    id: 'ccp/clock-skew',
    defaultSeverity: 'warning',
    source: 'AWS CCP Log Parser SkewMetricsView (10,000 ms)',
  },
  // Audio quality from the metric series (§6, §15)
  {
    id: 'ccp/no-audio-packets',
    defaultSeverity: 'error',
    source: 'streams softphone.js (packetsCount ≤ 0 counts as no packets)',
  },
  {
    id: 'ccp/low-audio-level',
    defaultSeverity: 'warning',
    source: 'streams softphone.js (LOW_AUDIO_LEVEL_THRESHOLD 1); seed book (< 100 worth checking)',
  },
  {
    id: 'ccp/packet-loss',
    defaultSeverity: 'warning',
    source: 'VoIP rule of thumb (≤ 1 % good); callsight.thresholds.packetLossPercent',
  },
  {
    id: 'ccp/high-rtt',
    defaultSeverity: 'warning',
    source: 'VoIP rule of thumb (≤ 300 ms); AWS low-latency design (cross-region > 500 ms)',
  },
  { id: 'ccp/high-jitter', defaultSeverity: 'warning', source: 'VoIP rule of thumb (≤ 30 ms)' },
  {
    id: 'ccp/metrics-gap',
    defaultSeverity: 'information',
    source: 'streams softphone.js (30-s metrics upload)',
  },
  {
    id: 'ccp/cumulative-jitter-buffer',
    defaultSeverity: 'information',
    source: 'rtc-js 1.3.x jitterBufferDelay; streams softphone.js',
  },
  {
    id: 'ccp/audio-direction-reversed',
    defaultSeverity: 'information',
    source: 'rtc-js rtc_session.js getStats (commit 7df827b, 2019-07-22); in-file RTT and mute evidence',
  },
  {
    id: 'ccp/ccp-v1-no-metrics',
    defaultSeverity: 'information',
    source: 'seed book (CCP v1 has no audio metrics); AWS CCP Log Parser README',
  },
  // The file itself (§2.3, §2.4)
  { id: 'ccp/parse-error', defaultSeverity: 'warning', source: 'ccp-log.md §2.3 (robustness cases)' },
  { id: 'ccp/concatenated-downloads', defaultSeverity: 'information', source: 'ccp-log.md §2.3' },
  { id: 'ccp/not-a-ccp-log', defaultSeverity: 'warning', source: 'ccp-log.md §1 (content detection)' },
  {
    id: 'ccp/redaction-truncated',
    defaultSeverity: 'information',
    source: 'streams log.js redactSensitiveInfo',
  },
] as const satisfies readonly RuleMeta[];

export type CcpRuleId = (typeof CCP_RULES)[number]['id'];

export const CCP_RULE_TABLE = ruleTable(CCP_RULES);
