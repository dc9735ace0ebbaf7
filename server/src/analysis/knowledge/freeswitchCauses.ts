/**
 * FreeSWITCH hangup causes that are not Q.850 values (they appear in FreeSWITCH logs and CDRs, never
 * validly in `Reason: Q.850`). Their numbers overlap SIP statuses, which is why a bare number can
 * have several readings.
 */
import type { Catalog, CatalogRow } from './types';

const FS = 'FreeSWITCH switch_types.h';
const NOT_Q850 = 'FreeSWITCH-internal cause; not valid in a Reason: Q.850 header.';

function row(
  code: number,
  name: string,
  title: string,
  meaning: string,
  causes: readonly string[],
  fixes: readonly string[],
): CatalogRow {
  return { code: String(code), name, title, meaning, causes, fixes, references: [FS], aliases: [name] };
}

const ROWS: readonly CatalogRow[] = [
  row(
    142,
    'SUCCESS',
    'Success',
    `The call ended successfully. ${NOT_Q850}`,
    ['Nothing failed.'],
    ['Nothing to fix.'],
  ),
  row(
    487,
    'ORIGINATOR_CANCEL',
    'Caller cancelled',
    `The calling side cancelled before answer; FreeSWITCH sends SIP 487. ${NOT_Q850}`,
    ['The caller hung up while the call was ringing or queued.'],
    ['Nothing to fix: count it as abandoned.'],
  ),
  row(
    500,
    'CRASH',
    'FreeSWITCH crashed',
    `The call ended because FreeSWITCH hit an internal failure. ${NOT_Q850}`,
    ['A crash or an unrecoverable error in FreeSWITCH or a module.'],
    ['Check the FreeSWITCH log and core dumps around the time of the call.'],
  ),
  row(
    501,
    'SYSTEM_SHUTDOWN',
    'System shut down',
    `FreeSWITCH was shutting down and ended the call. ${NOT_Q850}`,
    ['A restart or a planned shutdown.'],
    ['Drain calls before maintenance.'],
  ),
  row(
    502,
    'LOSE_RACE',
    'Lost the race to answer',
    `Another leg answered first (for example in a ring group). FreeSWITCH sends Reason: SIP;cause=200;text="Call completed elsewhere". ${NOT_Q850}`,
    ['Simultaneous ringing: another device took the call.'],
    ['Nothing to fix.'],
  ),
  row(
    503,
    'MANAGER_REQUEST',
    'Ended by a management command',
    `An API or event-socket command (for example uuid_kill) hung up the call. ${NOT_Q850}`,
    ['An operator, a script or an application told FreeSWITCH to end the call.'],
    ['Check the event-socket and API clients for the command that ended it.'],
  ),
  row(
    600,
    'BLIND_TRANSFER',
    'Blind transfer',
    `The leg ended because it was blind-transferred. ${NOT_Q850}`,
    ['A normal transfer.'],
    ['Nothing to fix.'],
  ),
  row(
    601,
    'ATTENDED_TRANSFER',
    'Attended transfer',
    `The leg ended because of an attended transfer. ${NOT_Q850}`,
    ['A normal transfer.'],
    ['Nothing to fix.'],
  ),
  row(
    602,
    'ALLOTTED_TIMEOUT',
    'Call time limit reached',
    `The call ran out of its allotted time. ${NOT_Q850}`,
    ['A maximum call duration was configured and reached.'],
    ['Raise the time limit if calls should last longer.'],
  ),
  row(
    603,
    'USER_CHALLENGE',
    'Challenged for credentials',
    `The call ended with an authentication challenge. ${NOT_Q850}`,
    ['The caller must authenticate first.'],
    ['Send credentials, or trust the caller by IP.'],
  ),
  row(
    604,
    'MEDIA_TIMEOUT',
    'No media received',
    `FreeSWITCH stopped receiving RTP and hung up. ${NOT_Q850}`,
    ['RTP blocked by a firewall or NAT, or the far end stopped sending (often after hold).'],
    ['Open the RTP ports, fix NAT traversal, or raise the RTP timeout for held calls.'],
  ),
  row(
    605,
    'PICKED_OFF',
    'Picked up elsewhere',
    `Another user picked up the call. FreeSWITCH sends Reason: SIP;cause=200;text="Call completed elsewhere". ${NOT_Q850}`,
    ['Call pickup by another extension.'],
    ['Nothing to fix.'],
  ),
  row(
    606,
    'USER_NOT_REGISTERED',
    'User not registered',
    `The dialled user has no current registration. ${NOT_Q850}`,
    ['The phone or softphone is offline or its registration expired.'],
    ['Register the device; check its network and credentials.'],
  ),
  row(
    607,
    'PROGRESS_TIMEOUT',
    'No progress in time',
    `No ringing or progress arrived within the progress timeout. ${NOT_Q850}`,
    ['The far end is slow or not answering the INVITE.'],
    ['Check the far end; raise the progress timeout if it is just slow.'],
  ),
  row(
    608,
    'INVALID_GATEWAY',
    'Unknown gateway',
    `The dial string named a gateway that does not exist. ${NOT_Q850}`,
    ['A typo in the dial plan or a removed gateway.'],
    ['Fix the gateway name in the dial plan.'],
  ),
  row(
    609,
    'GATEWAY_DOWN',
    'Gateway down',
    `The gateway is marked down (failed pings or registration). ${NOT_Q850}`,
    ['The carrier or SBC does not answer OPTIONS or REGISTER.'],
    ["Check the gateway's reachability and credentials."],
  ),
  row(
    610,
    'INVALID_URL',
    'Invalid URL',
    `The dial string held an invalid URL. ${NOT_Q850}`,
    ['A malformed SIP URI in the dial plan or the API call.'],
    ['Fix the URI syntax.'],
  ),
  row(
    611,
    'INVALID_PROFILE',
    'Unknown SIP profile',
    `The dial string named a SIP profile that does not exist or is not running. ${NOT_Q850}`,
    ['A typo, or the profile failed to start (port in use, bad certificate).'],
    ['Fix the profile name or start the profile.'],
  ),
  row(
    612,
    'NO_PICKUP',
    'Not picked up',
    `Nobody picked up within the time allowed. ${NOT_Q850}`,
    ['The callee did not answer.'],
    ['Raise the timeout or route unanswered calls elsewhere.'],
  ),
  row(
    613,
    'SRTP_READ_ERROR',
    'SRTP read error',
    `Incoming SRTP could not be decrypted. ${NOT_Q850}`,
    ['Mismatched SRTP keys or crypto suites between the two sides.'],
    ['Check the a=crypto negotiation and the crypto suites on both sides.'],
  ),
];

/** FreeSWITCH causes outside Q.850. */
export const freeswitchCauseCatalog: Catalog = { system: 'freeswitch-cause', rows: ROWS };
