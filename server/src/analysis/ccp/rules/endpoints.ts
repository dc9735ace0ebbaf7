/**
 * Endpoint names for fix texts (ccp-log.md §11.2), with the region and hosts this log showed filled in;
 * `<region>` stays when the log does not say.
 */
import type { Environment } from '../model/environment';

export interface Endpoints {
  readonly region: string;
  /** Signalling WebSocket endpoints (TCP 443). */
  readonly signalling: string;
  /** TURN media relay (UDP 3478). */
  readonly turn: string;
  /** CCP app and CTI API (TCP 443). */
  readonly api: string;
  /** Event WebSocket (TCP 443). */
  readonly events: string;
  /** Other HTTPS endpoints the CCP needs. */
  readonly supporting: string;
}

export function endpointsFor(env: Environment): Endpoints {
  const region = env.region ?? '<region>';
  const alias = env.instanceHost ?? '<alias>.my.connect.aws';
  const legacy = env.instanceHost?.endsWith('.awsapps.com') === true;
  const seenSignalling = env.signallingHost ? `${env.signallingHost} (seen in this log), ` : '';
  return {
    region,
    signalling: `${seenSignalling}rtc*.connect-telecom.${region}.amazonaws.com (CCP v1) and *.transport.connect.${region}.amazonaws.com (CCP v2)`,
    turn: env.turnHost
      ? `${env.turnHost} (seen in this log; TurnNlb-*.elb.${region}.amazonaws.com)`
      : `TurnNlb-*.elb.${region}.amazonaws.com`,
    api: legacy ? `${alias}/connect/ccp-v2 and ${alias}/connect/api` : `${alias}/ccp-v2 and ${alias}/api`,
    events: `*.transport.connect.${region}.amazonaws.com`,
    supporting: `*.static.connect.aws, *.cloudfront.net, *.telemetry.connect.${region}.amazonaws.com, participant.connect.${region}.amazonaws.com`,
  };
}
