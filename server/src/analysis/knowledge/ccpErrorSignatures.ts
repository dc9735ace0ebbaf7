/**
 * CCP log error signatures that are neither softphone error types nor CTI exceptions: API and
 * WebSocket failures, ringtone playback, authentication, dial timeouts, clock skew. Codes are the
 * rule-id tails (`ccp/<code>`); aliases are the texts the log shows.
 */
import type { Catalog, CatalogRow } from './types';

const NETWORKING = 'Amazon Connect admin guide: "Set up your network" (CCP networking)';
const STREAMS = 'amazon-connect-streams source (api.js, softphone.js, ringtone.js)';
const KB = 'AWS knowledge center: troubleshoot CCP softphone errors (signalling, media, API)';

const API_ENDPOINTS =
  'Allow TCP 443 to <alias>.my.connect.aws (/ccp-v2, /api) or <alias>.awsapps.com/connect, *.static.connect.aws, *.cloudfront.net, *.telemetry.connect.<region>.amazonaws.com and participant.connect.<region>.amazonaws.com.';

const ROWS: readonly CatalogRow[] = [
  {
    code: 'api-endpoint-unreachable',
    title: 'CCP cannot reach the Connect API',
    meaning: 'API calls from the CCP failed at the network level (NetworkingError / Network Failure).',
    causes: [
      'A firewall, proxy or DNS problem between the browser and the API endpoint, or the network dropped.',
    ],
    fixes: [API_ENDPOINTS, 'Suspect proxy resolution if more than about 2 % of calls fail.'],
    references: [NETWORKING, KB],
    aliases: ['NetworkingError', 'Network Failure', 'API request failed', 'Failed to get agent data.'],
    rules: ['ccp/api-endpoint-unreachable'],
  },
  {
    code: 'websocket-unhealthy',
    title: 'Event WebSocket failing',
    meaning: 'The WebSocket that carries agent and contact events lost heartbeats or kept reconnecting.',
    causes: [
      'A proxy that does not pass WebSockets, an idle timeout that cuts them, or an unstable network.',
    ],
    fixes: [
      'Allow TCP 443 to *.transport.connect.<region>.amazonaws.com and let the proxy pass WebSockets without idle cut-offs.',
    ],
    references: [NETWORKING, STREAMS],
    aliases: ['Heartbeat response not received', 'WebSocketManager Error', 'Initialization Failed'],
    rules: ['ccp/websocket-unhealthy'],
  },
  {
    code: 'ice-connection-lost',
    title: 'Media path lost during the call',
    meaning: 'The ICE connection went disconnected or failed in the middle of a call.',
    causes: ['Unstable Wi-Fi, a VPN without split tunnelling for media, or a network change.'],
    fixes: ['Use a wired or stable network; route Connect media (UDP 3478) outside the VPN.'],
    references: [STREAMS],
    aliases: ['Lost ICE connection'],
    rules: ['ccp/ice-connection-lost'],
  },
  {
    code: 'call-not-found',
    title: 'Call gone before it connected',
    meaning: 'The softphone tried to connect a call that no longer existed.',
    causes: ["The customer or another participant hung up before the agent's leg connected."],
    fixes: ['Usually nothing to fix; if frequent, look for slow accepts (missed or late accepts).'],
    references: [STREAMS],
    aliases: ['CallNotFoundException', 'Softphone call failed due to CallNotFoundException.'],
  },
  {
    code: 'ringtone-playback-failure',
    title: 'Ringtone could not play',
    meaning: 'The browser refused to play the ringtone (HTMLAudioElement.play() was rejected).',
    causes: [
      'Autoplay policy (no user interaction with the page yet), a bad ringer device, or a load error.',
    ],
    fixes: [
      'Allow sound and autoplay for the CCP origin, check the ringer device, and click into the page once after login.',
    ],
    references: [STREAMS],
    aliases: ['Ringtone Playback Failure', 'Ringtone Retries Exhausted', 'NotAllowedError'],
    rules: ['ccp/ringtone-playback-failure'],
  },
  {
    code: 'auth-expired',
    title: 'Login expired',
    meaning: "The CCP's authentication failed or expired and it tried to log in again.",
    causes: ['The session token expired, cookies were cleared, or the SSO session ended.'],
    fixes: ['Log in again; check the SSO session length and the lily-auth-* cookies.'],
    references: [STREAMS],
    aliases: [
      'AUTH_FAIL',
      'AUTH_FAIL occurred. Attempting to authenticate.',
      'We have exhausted our authorization retries',
    ],
    rules: ['ccp/auth-expired'],
  },
  {
    code: 'outbound-dial-timeout',
    title: 'Outbound dial timed out',
    meaning: 'Creating an outbound call (Agent.connect) got no answer from the API in time.',
    causes: ['Slow or unreachable API endpoint.'],
    fixes: [API_ENDPOINTS],
    references: [STREAMS],
    aliases: ['Agent.connect timed out'],
    rules: ['ccp/outbound-dial-timeout'],
  },
  {
    code: 'metrics-upload-failed',
    title: 'Softphone metrics not uploaded',
    meaning: 'The CCP could not send softphone metrics, which leaves holes in the audio charts.',
    causes: ['The same network problems that break API calls.'],
    fixes: [API_ENDPOINTS],
    references: [STREAMS],
    aliases: ['sendSoftphoneMetrics failed.'],
    rules: ['ccp/metrics-upload-failed'],
  },
  {
    code: 'clock-skew',
    title: 'Agent PC clock is off',
    meaning:
      "The agent computer's clock differs from Amazon Connect's, so times and durations in the log look wrong.",
    causes: ['The workstation clock is not synchronised.'],
    fixes: ['Turn on time synchronisation (NTP) on the workstation.'],
    references: [STREAMS, 'AWS CCP Log Parser (marks skew of 10 s)'],
    rules: ['ccp/clock-skew'],
  },
];

/** CCP error signatures. */
export const ccpErrorSignatureCatalog: Catalog = { system: 'ccp-api-error', rows: ROWS };
