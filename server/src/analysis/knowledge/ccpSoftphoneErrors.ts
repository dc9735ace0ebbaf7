/**
 * Amazon Connect CCP softphone error types (`SoftphoneErrorTypes` in Streams, plus two ad-hoc ones),
 * with the messages `publishSoftphoneFailureLogs` writes and the session texts that go with them.
 * The fixes name the endpoints and ports of the CCP networking guide.
 */
import type { Catalog, CatalogRow } from './types';

const STREAMS = 'amazon-connect-streams: SoftphoneErrorTypes (api.js)';
const NETWORKING = 'Amazon Connect admin guide: "Set up your network" (CCP networking)';
const KB = 'AWS knowledge center: troubleshoot CCP softphone errors (signalling, media, API)';

const ROWS: readonly CatalogRow[] = [
  {
    code: 'unsupported_browser',
    title: 'Browser not supported',
    meaning: 'The CCP refused to start the softphone because the browser is not one it supports.',
    causes: [
      'Not one of the latest three versions of Chrome or Firefox (Edge in newer docs), or an embedded browser.',
    ],
    fixes: ['Update to a current Chrome, Firefox or Edge.'],
    references: [STREAMS, 'Amazon Connect admin guide: supported browsers'],
    rules: ['ccp/unsupported-browser'],
  },
  {
    code: 'microphone_not_shared',
    title: 'Microphone not available',
    meaning: 'getUserMedia was denied or did not finish within 10 s, so the softphone has no microphone.',
    causes: [
      'Microphone permission denied or never granted for the CCP origin.',
      'Firefox needs the CCP tab focused to grant access; another program may hold the device.',
    ],
    fixes: ['Allow the microphone for the CCP origin in the browser settings, then reload the CCP.'],
    references: [STREAMS, KB],
    aliases: [
      'Your microphone is not enabled in your browser.',
      'Local media initialization failed',
      'Microphone Permission: denied',
    ],
    rules: ['ccp/microphone-not-shared'],
  },
  {
    code: 'signalling_handshake_failure',
    title: 'Signalling handshake did not finish',
    meaning: 'The signalling WebSocket opened, but the invite/answer exchange did not complete within 5 s.',
    causes: ['A slow or overloaded proxy, or packet loss on the path to the signalling endpoint.'],
    fixes: [
      'Allow TCP 443 to *.transport.connect.<region>.amazonaws.com (CCP v2) or rtc*.connect-telecom.<region>.amazonaws.com (CCP v1); bypass the proxy for them, then retry.',
    ],
    references: [STREAMS, NETWORKING, KB],
    aliases: ['Failed handshaking with signaling server Timeout', 'Handshaking with Signalling Server'],
    rules: ['ccp/signalling-handshake-failure'],
  },
  {
    code: 'signalling_connection_failure',
    title: 'Signalling server unreachable',
    meaning: 'The softphone could not open its WebSocket to the signalling endpoint.',
    causes: [
      'A firewall or proxy blocks the endpoint, does not pass WebSockets, or breaks them with SSL inspection.',
    ],
    fixes: [
      'Allow TCP 443 outbound to *.transport.connect.<region>.amazonaws.com (CCP v2) or rtc*.connect-telecom.<region>.amazonaws.com (CCP v1); let the proxy pass WebSockets and exempt them from SSL inspection.',
    ],
    references: [STREAMS, NETWORKING, KB],
    aliases: ['Failed connecting to signaling server'],
    rules: ['ccp/signalling-connection-failure'],
  },
  {
    code: 'ice_collection_timeout',
    title: 'Media relay (TURN) unreachable',
    meaning:
      'No TURN relay candidate was gathered within 8 s. The CCP uses relay-only ICE, so without one there is no media path.',
    causes: [
      'UDP 3478 to the TURN servers is blocked, or their names do not resolve.',
      'A stateless firewall drops the replies (inbound UDP 49152–65535).',
    ],
    fixes: [
      'Allow UDP 3478 outbound to TurnNlb-*.elb.<region>.amazonaws.com (or the AMAZON_CONNECT ranges of ip-ranges.json); make sure DNS resolves TurnNlb names.',
      'On stateless firewalls also allow inbound UDP 49152–65535 from the AMAZON_CONNECT ranges.',
    ],
    references: [STREAMS, NETWORKING, KB],
    aliases: [
      'Ice collection timedout.',
      'ICE collection timed out',
      'No ICE candidate',
      'Browser unable to establish media channel',
    ],
    rules: ['ccp/ice-collection-timeout'],
  },
  {
    code: 'user_busy_error',
    title: 'Softphone busy: several CCP windows',
    meaning: 'The softphone reported the user as busy, usually because the CCP is open in another browser.',
    causes: ['The CCP runs in two different browsers (or profiles) at once.'],
    fixes: ['Close the CCP everywhere except one browser.'],
    references: [STREAMS, KB],
    aliases: ['Softphone call UserBusy error.', 'User Busy, possibly multiple CCP windows open'],
    rules: ['ccp/multiple-ccp-windows'],
  },
  {
    code: 'webrtc_error',
    title: 'Generic WebRTC failure',
    meaning: 'A WebRTC failure without a more specific type (every unknown type is reported as this one).',
    causes: [
      'An unsupported browser, or a blocked port or protocol somewhere on the media or signalling path.',
    ],
    fixes: ['Check the browser version and every required endpoint and port (TCP 443, UDP 3478).'],
    references: [STREAMS, NETWORKING],
    aliases: ['webrtc system error.'],
    rules: ['ccp/webrtc-error'],
  },
  {
    code: 'realtime_communication_error',
    title: 'Internal communication error',
    meaning: 'Amazon Connect reported an internal real-time communication failure for the softphone.',
    causes: ["A service-side problem, not the agent's network."],
    fixes: ['Retry the call; if it repeats, open an AWS support case with the contact ids.'],
    references: [STREAMS],
    rules: ['ccp/realtime-communication-error'],
  },
  {
    code: 'vdi_strategy_not_supported',
    title: 'VDI strategy not supported',
    meaning: 'The virtual-desktop (VDI) media strategy configured for the CCP is not supported here.',
    causes: ['A VDI redirection strategy the installed Streams or RTC library does not know.'],
    fixes: [
      'Use a supported VDI strategy (for example the Citrix or Omnissa one) with matching library versions.',
    ],
    references: [STREAMS],
  },
  {
    code: 'vdi_redir_not_supported',
    title: 'VDI media redirection not available',
    meaning: 'The VDI client does not support media redirection, so the softphone cannot run redirected.',
    causes: ['The VDI client or its plug-in for WebRTC redirection is missing or too old.'],
    fixes: ["Install or update the VDI vendor's WebRTC redirection component on the agent device."],
    references: [STREAMS],
  },
  {
    code: 'other',
    title: 'Other softphone error',
    meaning: 'A softphone error that has no dedicated type.',
    causes: ['Varies: read the error message that comes with it.'],
    fixes: ['Use the message and the entries just before it to narrow it down.'],
    references: [STREAMS],
  },
  {
    code: 'multiple_softphone_active_sessions',
    title: 'Several softphone sessions active',
    meaning: 'More than one softphone session was active at once (an ad-hoc type, outside the enum).',
    causes: ['The CCP is open in several tabs or windows that each run a softphone.'],
    fixes: ['Keep one CCP window per agent.'],
    references: [STREAMS],
  },
  {
    code: 'audio_enhancement_failure',
    title: 'Audio enhancement failed',
    meaning:
      'Audio enhancement (noise suppression) could not be applied to the call (an ad-hoc type, outside the enum).',
    causes: ['The enhancement component failed to load or to process the microphone stream.'],
    fixes: ['Turn the enhancement off to confirm, then update the browser and the CCP.'],
    references: [STREAMS],
  },
];

/** CCP softphone error types. */
export const ccpSoftphoneErrorCatalog: Catalog = { system: 'ccp-softphone-error', rows: ROWS };
