/**
 * Amazon Connect endpoints and ports an agent workstation must reach (CCP networking guide,
 * option 1; all outbound), plus the IP-range option and the inbound range stateless firewalls need.
 * Codes are the endpoint patterns as the guide writes them.
 */
import type { Catalog, CatalogRow } from './types';

const NETWORKING = 'Amazon Connect admin guide: "Set up your network" (CCP networking)';
const TEST_UTILITY = 'Amazon Connect Endpoint Test Utility (checks per-region latency and microphone access)';

function endpoint(
  code: string,
  title: string,
  meaning: string,
  causes: readonly string[],
  fixes: readonly string[],
  aliases: readonly string[] = [],
  rules: readonly string[] = [],
): CatalogRow {
  return {
    code,
    title,
    meaning,
    causes,
    fixes,
    references: [NETWORKING, TEST_UTILITY],
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(rules.length > 0 ? { rules } : {}),
  };
}

const ROWS: readonly CatalogRow[] = [
  endpoint(
    'rtc*.connect-telecom.<region>.amazonaws.com',
    'Softphone signalling, CCP v1 (TCP 443)',
    'Signalling WebSocket of the older CCP (v1). Outbound TCP 443.',
    ['Blocked: the softphone reports signalling_connection_failure or signalling_handshake_failure.'],
    ['Allow outbound TCP 443 to it; let the proxy pass WebSockets.'],
    ['connect-telecom'],
    ['ccp/signalling-connection-failure'],
  ),
  endpoint(
    '*.transport.connect.<region>.amazonaws.com',
    'Signalling and event WebSocket, CCP v2 (TCP 443)',
    'Carries softphone signalling and the agent/contact event WebSocket of the current CCP. Outbound TCP 443.',
    [
      'Blocked: signalling failures and WebSocket heartbeat errors; the CCP may show "Initialization Failed".',
    ],
    ['Allow outbound TCP 443 to it; let the proxy pass WebSockets without idle cut-offs.'],
    ['transport.connect'],
    ['ccp/signalling-connection-failure', 'ccp/websocket-unhealthy'],
  ),
  endpoint(
    '<alias>.my.connect.aws',
    'CCP application, CTI API and login (TCP 443)',
    'Serves the CCP (/ccp-v2), its API (/api) and login (/auth/authorize). Older instances use <alias>.awsapps.com/connect/… instead.',
    ['Blocked: NetworkingError on API calls, "Failed to get agent data", or the CCP does not load.'],
    ["Allow outbound TCP 443 to the instance's domain (both forms if unsure)."],
    ['my.connect.aws', 'awsapps.com'],
    ['ccp/api-endpoint-unreachable'],
  ),
  endpoint(
    '*.static.connect.aws',
    'CCP static files (TCP 443)',
    'Static assets of the CCP, together with *.cloudfront.net. Outbound TCP 443.',
    ['Blocked: the CCP page loads partly or not at all.'],
    ['Allow outbound TCP 443 to *.static.connect.aws and *.cloudfront.net.'],
    ['static.connect.aws', '*.cloudfront.net', 'cloudfront.net'],
  ),
  endpoint(
    '*.telemetry.connect.<region>.amazonaws.com',
    'Telemetry (TCP 443)',
    'Receives CCP telemetry. Outbound TCP 443.',
    ['Blocked: telemetry and metric uploads fail; calls may still work.'],
    ['Allow outbound TCP 443 to it.'],
    ['telemetry.connect'],
    ['ccp/metrics-upload-failed'],
  ),
  endpoint(
    'participant.connect.<region>.amazonaws.com',
    'Chat participant service (TCP 443)',
    'Chat and participant API used by the CCP. Outbound TCP 443.',
    ['Blocked: chat contacts fail.'],
    ['Allow outbound TCP 443 to it.'],
    ['participant.connect'],
  ),
  endpoint(
    '<bucket>.s3.<region>.amazonaws.com',
    'Attachments bucket (TCP 443)',
    "The instance's S3 bucket for attachments. Outbound TCP 443.",
    ['Blocked: attachments cannot be sent or opened.'],
    ["Allow outbound TCP 443 to the bucket's endpoint."],
  ),
  endpoint(
    'TurnNlb-*.elb.<region>.amazonaws.com',
    'Media relay (TURN), UDP 3478',
    "TURN servers that relay the softphone's audio. Outbound UDP 3478; the CCP uses only relay candidates, so this is the one media path.",
    ['Blocked or not resolvable: ice_collection_timeout, no audio, missed calls.'],
    [
      'Allow outbound UDP 3478 to it (or to the AMAZON_CONNECT ranges of ip-ranges.json) and make sure DNS resolves TurnNlb names.',
    ],
    ['TurnNlb', '3478', 'udp 3478', '3478/udp'],
    ['ccp/ice-collection-timeout'],
  ),
  endpoint(
    'udp-49152-65535-inbound',
    'Media replies through stateless firewalls (UDP 49152–65535)',
    'Stateless firewalls must also let the TURN replies in: inbound UDP 49152–65535 from the AMAZON_CONNECT ranges.',
    ['A stateless firewall drops the replies: ICE collection times out although UDP 3478 is open outbound.'],
    ['Allow inbound UDP 49152–65535 from the AMAZON_CONNECT ranges, or use a stateful firewall.'],
    ['49152-65535', '49152–65535'],
    ['ccp/ice-collection-timeout'],
  ),
  endpoint(
    'ip-ranges.json',
    'Allow-listing by IP range (option 2)',
    'Instead of names: allow the AMAZON_CONNECT ranges for UDP 3478, and the EC2 and CLOUDFRONT ranges for TCP 443, from ip-ranges.json.',
    ['Name-based rules cannot be used (firewalls without FQDN support).'],
    ['Import the ranges for your region and refresh them regularly: they change.'],
    ['AMAZON_CONNECT'],
  ),
  endpoint(
    '<instance-id>.<source-region>.sign-in.connect.aws',
    'Global Resiliency sign-in (TCP 443)',
    'Only for Global Resiliency: sign-in and region discovery (*.<source-region>.region-discovery.connect.aws). Outbound TCP 443.',
    ['Blocked: agents cannot sign in or fail over between regions.'],
    ['Allow outbound TCP 443 to both names.'],
    ['sign-in.connect.aws', 'region-discovery.connect.aws'],
  ),
  endpoint(
    'rtc.cell-1.prod.<region>.prod.connect.aws.a2z.com',
    'Older signalling name (eu-west-2, ap-southeast-1)',
    'Older documents list this signalling host for some regions. Outbound TCP 443.',
    ['Allow-lists written from old documents may lack the current names.'],
    ['Allow the current names too (*.transport.connect.<region>.amazonaws.com).'],
    ['a2z.com'],
  ),
];

/** Amazon Connect endpoints and ports. */
export const connectEndpointCatalog: Catalog = { system: 'connect-endpoint', rows: ROWS };
