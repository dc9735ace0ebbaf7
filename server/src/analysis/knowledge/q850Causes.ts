/**
 * Q.850 cause values, as carried in `Reason: Q.850;cause=N` (RFC 3326) and logged by Asterisk
 * (`AST_CAUSE_<NAME>`) and FreeSWITCH (`<NAME>`). The Q.850 names are marked unverified in our
 * source; the numbers and the Asterisk/FreeSWITCH constants were read in their headers. Also the
 * mappings between causes and SIP statuses used to link entries.
 */
import type { Catalog, CatalogRow } from './types';

const Q850 = 'ITU-T Q.850';
const RFC3326 = 'RFC 3326 (Reason header)';
const AST = 'Asterisk include/asterisk/causes.h';
const FS = 'FreeSWITCH switch_types.h';

interface CauseRow {
  readonly cause: number;
  /** The Q.850 name (unverified in our source). */
  readonly name: string;
  readonly title: string;
  readonly meaning: string;
  readonly asterisk?: string;
  readonly freeswitch?: string;
  readonly causes?: readonly string[];
  readonly fixes?: readonly string[];
  /** Extra Asterisk alias constants (AST_CAUSE_BUSY…). */
  readonly asteriskAliases?: readonly string[];
}

/** Q.850 cause classes: advice for causes whose row gives none. */
const CLASSES: readonly {
  readonly from: number;
  readonly to: number;
  readonly causes: readonly string[];
  readonly fixes: readonly string[];
}[] = [
  {
    from: 0,
    to: 31,
    causes: ['A normal event in call handling (the class of causes 1–31).'],
    fixes: ['Usually nothing to fix in the network; check the number and the callee.'],
  },
  {
    from: 32,
    to: 47,
    causes: ['A resource (trunk, channel, switch capacity) is not available right now (class 34–47).'],
    fixes: ['Retry later; if it persists, check trunk capacity and the health of the next network.'],
  },
  {
    from: 48,
    to: 63,
    causes: ['The service or option asked for is not available to this caller or line (class 49–63).'],
    fixes: ["Check the line's subscription, barring and permissions with the carrier."],
  },
  {
    from: 64,
    to: 79,
    causes: ['The network does not implement the service or option asked for (class 65–79).'],
    fixes: [
      'Use a service or bearer capability the network supports (for voice: plain speech/3.1 kHz audio).',
    ],
  },
  {
    from: 80,
    to: 95,
    causes: ['A message referred to a call, channel or group that is not valid (class 81–95).'],
    fixes: ['Usually a signalling or state mismatch between two systems: check the interworking gateway.'],
  },
  {
    from: 96,
    to: 111,
    causes: ['A signalling protocol error between two systems (class 96–111).'],
    fixes: [
      "Compare the gateway's signalling with the peer's; a protocol trace at the interworking point shows which message was wrong.",
    ],
  },
  {
    from: 112,
    to: 127,
    causes: ['The call crossed into a network that did not say why it ended (interworking, class 127).'],
    fixes: ['Look for a more specific cause on the other side of the gateway.'],
  },
];

const ROWS: readonly CauseRow[] = [
  {
    cause: 0,
    name: 'Not defined',
    title: 'No cause recorded',
    meaning: 'Not a Q.850 value: Asterisk uses 0 when no hangup cause was set.',
    asteriskAliases: ['NOTDEFINED'],
  },
  {
    cause: 1,
    name: 'Unallocated (unassigned) number',
    title: 'Number does not exist',
    meaning: 'The dialled number is valid in format but not assigned to anyone.',
    asterisk: 'UNALLOCATED',
    freeswitch: 'UNALLOCATED_NUMBER',
    causes: ['Wrong number, or a DID that is not assigned or not routed.'],
    fixes: ["Check the dialled digits and the number's routing at the carrier."],
  },
  {
    cause: 2,
    name: 'No route to specified transit network',
    title: 'No route to the chosen transit network',
    meaning: 'The network asked for as transit cannot be reached from here.',
    asterisk: 'NO_ROUTE_TRANSIT_NET',
    freeswitch: 'NO_ROUTE_TRANSIT_NET',
  },
  {
    cause: 3,
    name: 'No route to destination',
    title: 'No route to the destination',
    meaning: 'The network has no route to the called number.',
    asterisk: 'NO_ROUTE_DESTINATION',
    freeswitch: 'NO_ROUTE_DESTINATION',
    causes: ['The destination is not reachable from this trunk (missing route, blocked prefix or country).'],
    fixes: ['Check the outbound route and the dial plan for that prefix.'],
  },
  {
    cause: 4,
    name: 'Send special information tone',
    title: 'Special information tone',
    meaning:
      'The callee cannot be reached for a reason best told by a special tone (for example a number change).',
  },
  {
    cause: 5,
    name: 'Misdialled trunk prefix',
    title: 'Trunk prefix dialled by mistake',
    meaning: 'The caller dialled a trunk prefix that should not be there.',
    asterisk: 'MISDIALLED_TRUNK_PREFIX',
  },
  {
    cause: 6,
    name: 'Channel unacceptable',
    title: 'Channel not acceptable',
    meaning: 'The channel most recently identified is not acceptable to the sender.',
    asterisk: 'CHANNEL_UNACCEPTABLE',
    freeswitch: 'CHANNEL_UNACCEPTABLE',
  },
  {
    cause: 7,
    name: 'Call awarded and being delivered in an established channel',
    title: 'Delivered in an existing channel',
    meaning: 'The call is being delivered in a channel already set up for similar calls.',
    asterisk: 'CALL_AWARDED_DELIVERED',
    freeswitch: 'CALL_AWARDED_DELIVERED',
  },
  {
    cause: 8,
    name: 'Preemption',
    title: 'Pre-empted',
    meaning: 'The call was pre-empted by a higher-priority call.',
    asterisk: 'PRE_EMPTED',
  },
  {
    cause: 9,
    name: 'Preemption – circuit reserved for reuse',
    title: 'Pre-empted, circuit kept for reuse',
    meaning: 'The call was pre-empted and its circuit is reserved for the pre-empting call.',
  },
  {
    cause: 14,
    name: 'Number portability query on release (QoR: ported number)',
    title: 'Number was ported away',
    meaning:
      'The number has been ported to another network; the call should be rerouted after a portability query.',
    asterisk: 'NUMBER_PORTED_NOT_HERE',
  },
  {
    cause: 16,
    name: 'Normal call clearing',
    title: 'Normal hang-up',
    meaning: 'One of the parties hung up. This is the usual cause on a BYE.',
    asterisk: 'NORMAL_CLEARING',
    freeswitch: 'NORMAL_CLEARING',
    asteriskAliases: ['NORMAL'],
    causes: ['Someone hung up. Nothing failed.'],
    fixes: ['Nothing to fix. If the call should not have ended, find out which side sent the BYE and why.'],
  },
  {
    cause: 17,
    name: 'User busy',
    title: 'Callee busy',
    meaning: 'The callee is busy and cannot take another call.',
    asterisk: 'USER_BUSY',
    freeswitch: 'USER_BUSY',
    asteriskAliases: ['BUSY'],
    causes: ['The callee or agent is on another call.'],
    fixes: ['Retry later or route elsewhere.'],
  },
  {
    cause: 18,
    name: 'No user responding',
    title: 'Callee did not respond',
    meaning: "The callee's equipment did not answer the setup in time (no alerting).",
    asterisk: 'NO_USER_RESPONSE',
    freeswitch: 'NO_USER_RESPONSE',
    causes: ['The end point is offline, unregistered or unreachable.'],
    fixes: ["Check that the callee's device is registered and reachable."],
  },
  {
    cause: 19,
    name: 'No answer from user (user alerted)',
    title: 'Rang, but nobody answered',
    meaning: 'The callee was alerted but did not answer in time.',
    asterisk: 'NO_ANSWER',
    freeswitch: 'NO_ANSWER',
    asteriskAliases: ['NOANSWER'],
    causes: ['Nobody picked up before the ring timeout.'],
    fixes: ['Raise the ring timeout, or route unanswered calls elsewhere.'],
  },
  {
    cause: 20,
    name: 'Subscriber absent',
    title: 'Callee absent',
    meaning: 'The callee is not reachable (mobile switched off, device not registered).',
    asterisk: 'SUBSCRIBER_ABSENT',
    freeswitch: 'SUBSCRIBER_ABSENT',
    asteriskAliases: ['UNREGISTERED'],
  },
  {
    cause: 21,
    name: 'Call rejected',
    title: 'Call rejected',
    meaning: 'The callee could take the call but refused it.',
    asterisk: 'CALL_REJECTED',
    freeswitch: 'CALL_REJECTED',
    causes: ['The callee declined, or a screening rule rejected the caller.'],
    fixes: ['Check call screening and caller-ID rules at the destination.'],
  },
  {
    cause: 22,
    name: 'Number changed',
    title: 'Number changed',
    meaning: 'The called number is no longer in service; the callee has a new one.',
    asterisk: 'NUMBER_CHANGED',
    freeswitch: 'NUMBER_CHANGED',
  },
  {
    cause: 23,
    name: 'Redirection to new destination',
    title: 'Redirected to a new destination',
    meaning: 'The call is being redirected to another number.',
    asterisk: 'REDIRECTED_TO_NEW_DESTINATION',
    freeswitch: 'REDIRECTION_TO_NEW_DESTINATION',
  },
  {
    cause: 25,
    name: 'Exchange routing error',
    title: 'Routing error in an exchange',
    meaning: 'An exchange could not route the call (often a loop or a hop limit).',
    freeswitch: 'EXCHANGE_ROUTING_ERROR',
  },
  {
    cause: 26,
    name: 'Non-selected user clearing',
    title: 'Answered elsewhere',
    meaning: 'The callee was alerted but the call was given to another device or user.',
    asterisk: 'ANSWERED_ELSEWHERE',
  },
  {
    cause: 27,
    name: 'Destination out of order',
    title: 'Destination out of order',
    meaning: "The callee's interface is not working (signalling could not be delivered).",
    asterisk: 'DESTINATION_OUT_OF_ORDER',
    freeswitch: 'DESTINATION_OUT_OF_ORDER',
    causes: ['The far-end PBX, gateway or trunk is down.'],
    fixes: ["Check the far end's trunk and gateway status."],
  },
  {
    cause: 28,
    name: 'Invalid number format (address incomplete)',
    title: 'Invalid or incomplete number',
    meaning: 'The called number is not in a valid format or is incomplete.',
    asterisk: 'INVALID_NUMBER_FORMAT',
    freeswitch: 'INVALID_NUMBER_FORMAT',
    causes: ['Digits missing, or the number is not in the format the carrier expects.'],
    fixes: ['Send full E.164 numbers (+<country><number>).'],
  },
  {
    cause: 29,
    name: 'Facility rejected',
    title: 'Supplementary service refused',
    meaning: 'The network cannot provide a supplementary service the call asked for.',
    asterisk: 'FACILITY_REJECTED',
    freeswitch: 'FACILITY_REJECTED',
  },
  {
    cause: 30,
    name: 'Response to STATUS ENQUIRY',
    title: 'Reply to a status enquiry',
    meaning: 'Sent in a STATUS message in reply to a STATUS ENQUIRY; not a real failure reason.',
    asterisk: 'RESPONSE_TO_STATUS_ENQUIRY',
    freeswitch: 'RESPONSE_TO_STATUS_ENQUIRY',
  },
  {
    cause: 31,
    name: 'Normal, unspecified',
    title: 'Normal end, no details',
    meaning: 'A normal event that no other normal cause describes.',
    asterisk: 'NORMAL_UNSPECIFIED',
    freeswitch: 'NORMAL_UNSPECIFIED',
  },
  {
    cause: 34,
    name: 'No circuit/channel available',
    title: 'No channel free',
    meaning: 'No circuit or channel is available to carry the call right now.',
    asterisk: 'NORMAL_CIRCUIT_CONGESTION',
    freeswitch: 'NORMAL_CIRCUIT_CONGESTION',
    asteriskAliases: ['CONGESTION'],
    causes: ['All trunk channels are busy, or a concurrency limit was hit.'],
    fixes: ['Add trunk capacity or raise the concurrent-call limit; retry later.'],
  },
  {
    cause: 38,
    name: 'Network out of order',
    title: 'Network out of order',
    meaning: 'The network is not working and will probably stay down for a while.',
    asterisk: 'NETWORK_OUT_OF_ORDER',
    freeswitch: 'NETWORK_OUT_OF_ORDER',
    asteriskAliases: ['FAILURE'],
    causes: ['The trunk or the carrier network is down.'],
    fixes: ['Check trunk status with the carrier; fail over to another trunk.'],
  },
  {
    cause: 39,
    name: 'Permanent frame mode connection out of service',
    title: 'Permanent frame connection out of service',
    meaning: 'A permanently established frame-mode connection is out of service.',
  },
  {
    cause: 40,
    name: 'Permanent frame mode connection operational',
    title: 'Permanent frame connection back in service',
    meaning: 'A permanently established frame-mode connection works again.',
  },
  {
    cause: 41,
    name: 'Temporary failure',
    title: 'Temporary network failure',
    meaning: 'The network is not working properly, but probably not for long.',
    asterisk: 'NORMAL_TEMPORARY_FAILURE',
    freeswitch: 'NORMAL_TEMPORARY_FAILURE',
    causes: ['A short outage or overload in the network.'],
    fixes: ['Retry shortly; if it repeats, open a ticket with the carrier.'],
  },
  {
    cause: 42,
    name: 'Switching equipment congestion',
    title: 'Switch congested',
    meaning: 'The switching equipment handling the call is overloaded.',
    asterisk: 'SWITCH_CONGESTION',
    freeswitch: 'SWITCH_CONGESTION',
  },
  {
    cause: 43,
    name: 'Access information discarded',
    title: 'Some call information was dropped',
    meaning:
      'The network could not pass on some information the caller sent (for example user-to-user data).',
    asterisk: 'ACCESS_INFO_DISCARDED',
    freeswitch: 'ACCESS_INFO_DISCARDED',
    causes: ['An information element such as UUI or a subaddress could not cross the network.'],
    fixes: ['Check that the carrier passes the information (UUI support, size limits).'],
  },
  {
    cause: 44,
    name: 'Requested circuit/channel not available',
    title: 'Requested channel not free',
    meaning: 'The specific circuit or channel asked for cannot be used.',
    asterisk: 'REQUESTED_CHAN_UNAVAIL',
    freeswitch: 'REQUESTED_CHAN_UNAVAIL',
  },
  {
    cause: 45,
    name: 'Pre-empted (FreeSWITCH numbering)',
    title: 'Pre-empted (FreeSWITCH)',
    meaning: "FreeSWITCH's own PRE_EMPTED value; no Q.850 cause 45 is in our source.",
    freeswitch: 'PRE_EMPTED',
  },
  {
    cause: 46,
    name: 'Precedence call blocked',
    title: 'Blocked by a higher-priority call',
    meaning: 'The call was blocked in favour of calls of equal or higher precedence.',
  },
  {
    cause: 47,
    name: 'Resource unavailable, unspecified',
    title: 'A resource is not available',
    meaning: 'Some resource is unavailable and no other cause in the class fits.',
  },
  {
    cause: 49,
    name: 'Quality of service not available',
    title: 'Quality of service not available',
    meaning: 'The quality of service asked for cannot be provided.',
  },
  {
    cause: 50,
    name: 'Requested facility not subscribed',
    title: 'Service not subscribed',
    meaning: 'The caller asked for a supplementary service it has not subscribed to.',
    asterisk: 'FACILITY_NOT_SUBSCRIBED',
    freeswitch: 'FACILITY_NOT_SUBSCRIBED',
  },
  {
    cause: 52,
    name: 'Outgoing calls barred',
    title: 'Outgoing calls barred',
    meaning: "The caller's line is not allowed to make this call.",
    asterisk: 'OUTGOING_CALL_BARRED',
    freeswitch: 'OUTGOING_CALL_BARRED',
    causes: ['Barring on the line: international or premium destinations, or an unpaid account.'],
    fixes: ["Lift the barring with the carrier or in the trunk's permissions."],
  },
  {
    cause: 53,
    name: 'Outgoing calls barred within CUG',
    title: 'Outgoing calls barred in the closed user group',
    meaning: 'The caller is in a closed user group that does not allow outgoing calls.',
  },
  {
    cause: 54,
    name: 'Incoming calls barred',
    title: 'Incoming calls barred',
    meaning: 'The callee does not accept incoming calls.',
    asterisk: 'INCOMING_CALL_BARRED',
    freeswitch: 'INCOMING_CALL_BARRED',
  },
  {
    cause: 55,
    name: 'Incoming calls barred within CUG',
    title: 'Incoming calls barred in the closed user group',
    meaning: 'The callee is in a closed user group that does not accept incoming calls.',
  },
  {
    cause: 57,
    name: 'Bearer capability not authorized',
    title: 'Bearer capability not allowed',
    meaning: 'The caller is not allowed to use the bearer capability it asked for.',
    asterisk: 'BEARERCAPABILITY_NOTAUTH',
    freeswitch: 'BEARERCAPABILITY_NOTAUTH',
  },
  {
    cause: 58,
    name: 'Bearer capability not presently available',
    title: 'Bearer capability not available now',
    meaning: 'The bearer capability is implemented but not available at the moment.',
    asterisk: 'BEARERCAPABILITY_NOTAVAIL',
    freeswitch: 'BEARERCAPABILITY_NOTAVAIL',
  },
  {
    cause: 62,
    name: 'Inconsistency in designated outgoing access information and subscriber class',
    title: 'Access information conflicts with the subscriber class',
    meaning: "The outgoing access information does not fit the caller's subscriber class.",
  },
  {
    cause: 63,
    name: 'Service or option not available, unspecified',
    title: 'Service not available',
    meaning: 'A service or option is not available and no other cause in the class fits.',
    freeswitch: 'SERVICE_UNAVAILABLE',
  },
  {
    cause: 65,
    name: 'Bearer capability not implemented',
    title: 'Bearer capability not supported',
    meaning: 'The network does not support the bearer capability asked for.',
    asterisk: 'BEARERCAPABILITY_NOTIMPL',
    freeswitch: 'BEARERCAPABILITY_NOTIMPL',
    causes: ['Often a media or codec mismatch seen through a gateway (the SIP side sees 488).'],
    fixes: ['Offer codecs and media the far network supports (G.711 speech).'],
  },
  {
    cause: 66,
    name: 'Channel type not implemented',
    title: 'Channel type not supported',
    meaning: 'The network or the callee does not support the channel type asked for.',
    asterisk: 'CHAN_NOT_IMPLEMENTED',
    freeswitch: 'CHAN_NOT_IMPLEMENTED',
    asteriskAliases: ['NOSUCHDRIVER'],
  },
  {
    cause: 69,
    name: 'Requested facility not implemented',
    title: 'Supplementary service not supported',
    meaning: 'The network does not support the supplementary service asked for.',
    asterisk: 'FACILITY_NOT_IMPLEMENTED',
    freeswitch: 'FACILITY_NOT_IMPLEMENTED',
  },
  {
    cause: 70,
    name: 'Only restricted digital information bearer capability is available',
    title: 'Only restricted digital bearer available',
    meaning: 'An unrestricted bearer was asked for but only a restricted one exists.',
  },
  {
    cause: 79,
    name: 'Service or option not implemented, unspecified',
    title: 'Service not implemented',
    meaning: 'A service or option is not implemented and no other cause in the class fits.',
    freeswitch: 'SERVICE_NOT_IMPLEMENTED',
  },
  {
    cause: 81,
    name: 'Invalid call reference value',
    title: 'Unknown call reference',
    meaning: 'A message referred to a call reference that is not in use on this interface.',
    asterisk: 'INVALID_CALL_REFERENCE',
    freeswitch: 'INVALID_CALL_REFERENCE',
  },
  {
    cause: 82,
    name: 'Identified channel does not exist',
    title: 'Channel does not exist',
    meaning: 'A message referred to a channel that is not on this interface.',
  },
  {
    cause: 83,
    name: 'A suspended call exists, but this call identity does not',
    title: 'Wrong identity for a suspended call',
    meaning: 'A resume attempt used a call identity that differs from every suspended call.',
  },
  {
    cause: 84,
    name: 'Call identity in use',
    title: 'Call identity already in use',
    meaning: 'A suspend attempt used a call identity that is already taken.',
  },
  {
    cause: 85,
    name: 'No call suspended',
    title: 'No suspended call',
    meaning: 'A resume attempt found no suspended call.',
  },
  {
    cause: 86,
    name: 'Call having the requested call identity has been cleared',
    title: 'Suspended call already cleared',
    meaning: 'The suspended call asked for was cleared while suspended.',
  },
  {
    cause: 87,
    name: 'User not member of CUG',
    title: 'Not in the closed user group',
    meaning: "The caller is not a member of the callee's closed user group.",
  },
  {
    cause: 88,
    name: 'Incompatible destination',
    title: 'Destination incompatible',
    meaning: "The callee cannot handle the call's compatibility attributes (for example data versus speech).",
    asterisk: 'INCOMPATIBLE_DESTINATION',
    freeswitch: 'INCOMPATIBLE_DESTINATION',
    causes: ['Media or bearer mismatch with the destination (the SIP side usually sees 488).'],
    fixes: ['Offer a bearer and codecs the destination supports.'],
  },
  {
    cause: 90,
    name: 'Non-existent CUG',
    title: 'Closed user group does not exist',
    meaning: 'The closed user group named in the call does not exist.',
  },
  {
    cause: 91,
    name: 'Invalid transit network selection',
    title: 'Invalid transit network',
    meaning: 'The transit network was identified in an invalid format.',
  },
  {
    cause: 95,
    name: 'Invalid message, unspecified',
    title: 'Invalid message',
    meaning: 'An invalid message arrived and no other cause in the class fits.',
    asterisk: 'INVALID_MSG_UNSPECIFIED',
    freeswitch: 'INVALID_MSG_UNSPECIFIED',
  },
  {
    cause: 96,
    name: 'Mandatory information element is missing',
    title: 'Mandatory element missing',
    meaning: 'A message lacked an information element it must carry.',
    asterisk: 'MANDATORY_IE_MISSING',
    freeswitch: 'MANDATORY_IE_MISSING',
  },
  {
    cause: 97,
    name: 'Message type non-existent or not implemented',
    title: 'Unknown message type',
    meaning: 'A message of a type the receiver does not know or implement arrived.',
    asterisk: 'MESSAGE_TYPE_NONEXIST',
    freeswitch: 'MESSAGE_TYPE_NONEXIST',
  },
  {
    cause: 98,
    name: 'Message not compatible with call state or message type non-existent or not implemented',
    title: 'Message not allowed in this state',
    meaning: "A message arrived that is unknown, or not allowed in the call's current state.",
    asterisk: 'WRONG_MESSAGE',
    freeswitch: 'WRONG_MESSAGE',
  },
  {
    cause: 99,
    name: 'Information element/parameter non-existent or not implemented',
    title: 'Unknown information element',
    meaning: 'A message carried an information element or parameter the receiver does not know.',
    asterisk: 'IE_NONEXIST',
    freeswitch: 'IE_NONEXIST',
  },
  {
    cause: 100,
    name: 'Invalid information element contents',
    title: 'Bad information element contents',
    meaning: 'An information element was known but its contents were invalid.',
    asterisk: 'INVALID_IE_CONTENTS',
    freeswitch: 'INVALID_IE_CONTENTS',
  },
  {
    cause: 101,
    name: 'Message not compatible with call state',
    title: 'Message does not fit the call state',
    meaning: "A message arrived that is not allowed in the call's current state.",
    asterisk: 'WRONG_CALL_STATE',
    freeswitch: 'WRONG_CALL_STATE',
  },
  {
    cause: 102,
    name: 'Recovery on timer expiry',
    title: 'A protocol timer ran out',
    meaning: 'A signalling timer expired and the error handling procedure cleared the call.',
    asterisk: 'RECOVERY_ON_TIMER_EXPIRE',
    freeswitch: 'RECOVERY_ON_TIMER_EXPIRE',
    causes: ['The far end did not answer a signalling message in time (the SIP side often sees 408 or 504).'],
    fixes: ['Check reachability of the far end and the firewalls between the two sides.'],
  },
  {
    cause: 103,
    name: 'Parameter non-existent or not implemented, passed on',
    title: 'Unknown parameter passed on',
    meaning: 'A parameter was not recognised and was passed on unchanged.',
    asterisk: 'MANDATORY_IE_LENGTH_ERROR',
    freeswitch: 'MANDATORY_IE_LENGTH_ERROR',
  },
  {
    cause: 110,
    name: 'Message with unrecognized parameter, discarded',
    title: 'Message with unknown parameter discarded',
    meaning: 'A message was dropped because it carried a parameter the receiver does not know.',
  },
  {
    cause: 111,
    name: 'Protocol error, unspecified',
    title: 'Protocol error',
    meaning: 'A protocol error that no other cause describes.',
    asterisk: 'PROTOCOL_ERROR',
    freeswitch: 'PROTOCOL_ERROR',
  },
  {
    cause: 127,
    name: 'Interworking, unspecified',
    title: 'Lost in interworking',
    meaning: 'The call went through a network that does not give causes; the real reason is unknown.',
    asterisk: 'INTERWORKING',
    freeswitch: 'INTERWORKING',
  },
];

function adviceFor(cause: number): { causes: readonly string[]; fixes: readonly string[] } {
  const found = CLASSES.find((c) => cause >= c.from && cause <= c.to);
  return found ?? CLASSES[0]!;
}

function toRow(r: CauseRow): CatalogRow {
  const advice = adviceFor(r.cause);
  const aliases: string[] = [];
  const add = (name: string | undefined, asterisk: boolean, freeswitch: boolean): void => {
    if (!name) return;
    if (freeswitch && !aliases.includes(name)) aliases.push(name);
    if (asterisk) {
      if (!aliases.includes(name)) aliases.push(name);
      aliases.push(`AST_CAUSE_${name}`);
    }
  };
  add(r.asterisk, true, false);
  add(r.freeswitch, false, true);
  for (const a of r.asteriskAliases ?? []) add(a, true, false);
  const references = [Q850, RFC3326];
  if (r.asterisk || r.asteriskAliases) references.push(AST);
  if (r.freeswitch) references.push(FS);
  return {
    code: String(r.cause),
    name: r.name,
    title: r.title,
    meaning: r.meaning,
    causes: r.causes ?? advice.causes,
    fixes: r.fixes ?? advice.fixes,
    references,
    ...(aliases.length > 0 ? { aliases } : {}),
    unverified: true,
  };
}

/** Q.850 causes (their names are unverified in our source: every row carries the flag). */
export const q850Catalog: Catalog = { system: 'q850', rows: ROWS.map(toRow) };

/**
 * The SIP status FreeSWITCH mod_sofia sends when it refuses an unanswered call with a cause (its
 * comment cites RFC 4497 §8.4.1; unlisted causes fall back to 480). `qualifier` notes version drift.
 */
export const FREESWITCH_CAUSE_TO_SIP: readonly {
  readonly cause: number;
  readonly sip: number;
  readonly qualifier?: 'some-versions' | 'most-versions' | 'if-unanswered';
}[] = [
  { cause: 1, sip: 404, qualifier: 'some-versions' },
  { cause: 2, sip: 404 },
  { cause: 3, sip: 404 },
  { cause: 6, sip: 480 },
  { cause: 7, sip: 480 },
  { cause: 16, sip: 480, qualifier: 'if-unanswered' },
  { cause: 17, sip: 486 },
  { cause: 18, sip: 408 },
  { cause: 19, sip: 480 },
  { cause: 20, sip: 480 },
  { cause: 21, sip: 603 },
  { cause: 22, sip: 410 },
  { cause: 23, sip: 410 },
  { cause: 25, sip: 483 },
  { cause: 27, sip: 502 },
  { cause: 28, sip: 484 },
  { cause: 29, sip: 501 },
  { cause: 30, sip: 480 },
  { cause: 31, sip: 480 },
  { cause: 34, sip: 503 },
  { cause: 38, sip: 503 },
  { cause: 41, sip: 503 },
  { cause: 42, sip: 503 },
  { cause: 43, sip: 480 },
  { cause: 44, sip: 503, qualifier: 'most-versions' },
  { cause: 45, sip: 480 },
  { cause: 50, sip: 480 },
  { cause: 52, sip: 403 },
  { cause: 54, sip: 403 },
  { cause: 57, sip: 403 },
  { cause: 58, sip: 503 },
  { cause: 63, sip: 480 },
  { cause: 65, sip: 488 },
  { cause: 66, sip: 480 },
  { cause: 69, sip: 501 },
  { cause: 79, sip: 501 },
  { cause: 81, sip: 480 },
  { cause: 88, sip: 488 },
  { cause: 95, sip: 480 },
  { cause: 96, sip: 480 },
  { cause: 97, sip: 480 },
  { cause: 98, sip: 480 },
  { cause: 99, sip: 480 },
  { cause: 100, sip: 480 },
  { cause: 101, sip: 480 },
  { cause: 102, sip: 504 },
  { cause: 103, sip: 480 },
  { cause: 111, sip: 480 },
  { cause: 127, sip: 480 },
];

/** SIP status → ISUP cause for the opposite direction (RFC 3398), as remembered in our source: unverified. */
export const RFC3398_SIP_TO_CAUSE: readonly { readonly sip: number; readonly cause: number }[] = [
  { sip: 404, cause: 1 },
  { sip: 486, cause: 17 },
  { sip: 480, cause: 18 },
  { sip: 408, cause: 102 },
  { sip: 503, cause: 41 },
  { sip: 603, cause: 21 },
];
