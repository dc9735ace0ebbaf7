/**
 * Endpoint names for fix texts (ccp-log.md §11.2), with the region and hosts this log showed filled in;
 * `<region>` stays when the log does not say. Rendered in the explanation locale, like the fix texts.
 */
import { defineMessages } from '../../l10n';
import type { Environment } from '../model/environment';

/** The words around host names (the host names themselves are facts and stay as they are). */
export const endpointMessages = defineMessages('ccp.endpoints', {
  seenInLogAnd: '{host} (seen in this log), {others}',
  seenInLogOf: '{host} (seen in this log; {pattern})',
  both: '{first} and {second}',
});

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
  const m = endpointMessages;
  const turnPattern = `TurnNlb-*.elb.${region}.amazonaws.com`;
  const documented = m.explain('both', {
    first: `rtc*.connect-telecom.${region}.amazonaws.com (CCP v1)`,
    second: `*.transport.connect.${region}.amazonaws.com (CCP v2)`,
  });
  return {
    region,
    signalling: env.signallingHost
      ? m.explain('seenInLogAnd', { host: env.signallingHost, others: documented })
      : documented,
    turn: env.turnHost ? m.explain('seenInLogOf', { host: env.turnHost, pattern: turnPattern }) : turnPattern,
    api: legacy
      ? m.explain('both', { first: `${alias}/connect/ccp-v2`, second: `${alias}/connect/api` })
      : m.explain('both', { first: `${alias}/ccp-v2`, second: `${alias}/api` }),
    events: `*.transport.connect.${region}.amazonaws.com`,
    supporting: `*.static.connect.aws, *.cloudfront.net, *.telemetry.connect.${region}.amazonaws.com, participant.connect.${region}.amazonaws.com`,
  };
}
