/**
 * SIP response codes: every code in the IANA "Response Codes" registry, with its defining RFC, plus
 * the unregistered 478 some stacks send. Causes and fixes lean towards what the code usually means in
 * a contact-center call path; codes without a specific hint take their class's advice.
 */
import type { Catalog, CatalogRow } from './types';

const IANA = 'IANA SIP Parameters registry, "Response Codes"';

interface SipRow {
  readonly code: number;
  readonly name: string;
  readonly rfc: string;
  readonly title: string;
  readonly meaning: string;
  readonly causes?: readonly string[];
  readonly fixes?: readonly string[];
  readonly rules?: readonly string[];
  readonly aliases?: readonly string[];
  readonly registered?: false;
}

/** Advice by class, for codes whose row gives none of its own. */
const CLASS_ADVICE: Readonly<Record<number, { causes: readonly string[]; fixes: readonly string[] }>> = {
  1: {
    causes: ['Normal progress of a call; nothing has failed yet.'],
    fixes: ['Nothing to fix: wait for the final response.'],
  },
  2: { causes: ['The request worked.'], fixes: ['Nothing to fix.'] },
  3: {
    causes: ['The callee or a proxy sends the caller to another address.'],
    fixes: ['Follow the Contact header; check that the redirect target is reachable and intended.'],
  },
  4: {
    causes: ['Something in the request is wrong, or not allowed at this server.'],
    fixes: [
      'Read the reason phrase and any Warning header, correct the request or the account setup, then retry.',
    ],
  },
  5: {
    causes: ['The server, or something behind it, failed; the request itself may be fine.'],
    fixes: [
      'Check the server health and any Retry-After header; fail over to another server if one is configured.',
    ],
  },
  6: {
    causes: ['The callee gave an answer that holds everywhere, not just at this server.'],
    fixes: ['Do not retry at other destinations; change the call or its target.'],
  },
};

const ROWS: readonly SipRow[] = [
  {
    code: 100,
    name: 'Trying',
    rfc: 'RFC 3261',
    title: 'Request received, working on it',
    meaning:
      'The next hop got the INVITE and stops its retransmissions. Only hop-by-hop; says nothing about the callee.',
    causes: [
      'Normal first answer to an INVITE. Free-text phrases such as "trying -- your call is important to us" are common and harmless.',
    ],
  },
  {
    code: 180,
    name: 'Ringing',
    rfc: 'RFC 3261',
    title: 'The callee is being alerted',
    meaning: 'The far end is ringing. The caller usually plays local ringback unless early media follows.',
  },
  {
    code: 181,
    name: 'Call Is Being Forwarded',
    rfc: 'RFC 3261',
    title: 'The call is being forwarded',
    meaning: 'A proxy or the callee is forwarding the call to another destination.',
  },
  {
    code: 182,
    name: 'Queued',
    rfc: 'RFC 3261',
    title: 'The call is waiting in a queue',
    meaning: 'The callee is busy for now and the call was queued rather than rejected.',
    causes: ['An ACD or queue holds the call until an agent is free.'],
  },
  {
    code: 183,
    name: 'Session Progress',
    rfc: 'RFC 3261',
    title: 'Progress, usually with early media',
    meaning:
      'The call is progressing; the SDP in it usually starts early media (announcements, IVR, network ringback).',
    causes: [
      'An IVR, an announcement or network ringback plays before answer. One-way early media is normal here.',
    ],
  },
  {
    code: 199,
    name: 'Early Dialog Terminated',
    rfc: 'RFC 6228',
    title: 'A forked early dialog ended',
    meaning: 'One branch of a forked call ended before answer while the INVITE continues on other branches.',
  },
  {
    code: 200,
    name: 'OK',
    rfc: 'RFC 3261',
    title: 'Success',
    meaning:
      'The request succeeded. A 200 to an INVITE answers the call and must be acknowledged with an ACK.',
    causes: [
      'Normal answer. If the 200 is retransmitted and the call drops after about 32 s, the ACK never arrived.',
    ],
    fixes: [
      'Nothing to fix, unless no ACK follows: then route the ACK to the Contact of the 200 through the Record-Route set.',
    ],
    rules: ['sip/2xx-without-ack'],
  },
  {
    code: 202,
    name: 'Accepted',
    rfc: 'RFC 3265 (deprecated by RFC 6665)',
    title: 'Accepted for processing',
    meaning:
      'The request was accepted but not completed yet. Mostly seen as the answer to a REFER (transfer).',
    causes: ['A transfer (REFER) was accepted; its outcome arrives later in NOTIFY messages.'],
  },
  {
    code: 204,
    name: 'No Notification',
    rfc: 'RFC 5839',
    title: 'Subscription fine, no notification needed',
    meaning: 'The subscription succeeded and the state has not changed, so no NOTIFY body will follow.',
  },
  {
    code: 300,
    name: 'Multiple Choices',
    rfc: 'RFC 3261',
    title: 'Several possible destinations',
    meaning: 'The callee can be reached at several addresses, listed in Contact headers.',
  },
  {
    code: 301,
    name: 'Moved Permanently',
    rfc: 'RFC 3261',
    title: 'The callee moved for good',
    meaning: 'The callee is no longer at this address; the new one is in Contact and may be cached.',
  },
  {
    code: 302,
    name: 'Moved Temporarily',
    rfc: 'RFC 3261',
    title: 'Redirect to another address for now',
    meaning: 'Try the address in the Contact header for this call.',
    causes: ['A carrier or PBX uses redirects for routing (for example to another site or trunk).'],
  },
  {
    code: 305,
    name: 'Use Proxy',
    rfc: 'RFC 3261',
    title: 'Go through the given proxy',
    meaning: 'The callee must be reached through the proxy named in Contact.',
  },
  {
    code: 380,
    name: 'Alternative Service',
    rfc: 'RFC 3261',
    title: 'The call failed, but other services exist',
    meaning:
      'The call did not succeed as asked; the body describes alternatives. Seen in emergency-call setups.',
  },
  {
    code: 400,
    name: 'Bad Request',
    rfc: 'RFC 3261',
    title: 'The request is malformed',
    meaning:
      'The server could not parse the request or found invalid values; the reason phrase often says which.',
    causes: [
      'Broken syntax or a bad header value.',
      'Twilio: "Invalid phone number" (number not in E.164) or "The number is unverified" (trial account).',
    ],
    fixes: ["Send numbers as +<country><number>; compare the request with the peer's requirements."],
  },
  {
    code: 401,
    name: 'Unauthorized',
    rfc: 'RFC 3261',
    title: 'Credentials needed (by the server)',
    meaning: 'The server challenges the request; the client should resend it with digest credentials.',
    causes: ['Normal once per request. A loop of challenges means wrong username, password or realm.'],
    fixes: [
      'Check the credentials and realm; if the peer should be trusted by IP, add it as a trusted peer.',
    ],
    rules: ['sip/auth-loop'],
  },
  {
    code: 402,
    name: 'Payment Required',
    rfc: 'RFC 3261',
    title: 'Reserved for payment',
    meaning: 'Reserved by the standard; some carriers use it for accounts without credit.',
  },
  {
    code: 403,
    name: 'Forbidden',
    rfc: 'RFC 3261',
    title: 'Understood, but refused',
    meaning: 'The server will not serve the request; sending credentials again will not help.',
    causes: [
      'Source IP not in the access list, or wrong credentials, or a policy such as caller-ID or country permissions.',
      'Twilio: a 403 to an INVITE without credentials means an IP ACL problem; after a 407 it means bad credentials.',
    ],
    fixes: ['Check the trunk ACL and credential list, caller-ID rules and geographic permissions.'],
    rules: ['sip/forbidden', 'twilio/forbidden-acl-or-credentials'],
  },
  {
    code: 404,
    name: 'Not Found',
    rfc: 'RFC 3261',
    title: 'No such user or number here',
    meaning: 'The called user or number does not exist in this domain.',
    causes: ['The number is not routed, or the DID is not assigned to anything.'],
    fixes: ['Check the dialled number and the routing or DID assignment at the server that answered.'],
  },
  {
    code: 405,
    name: 'Method Not Allowed',
    rfc: 'RFC 3261',
    title: 'This method is not allowed for this address',
    meaning: 'The server knows the method but does not allow it here; the Allow header lists what is.',
  },
  {
    code: 406,
    name: 'Not Acceptable',
    rfc: 'RFC 3261',
    title: 'No acceptable response possible',
    meaning: "The server can only answer with content the request's Accept headers exclude.",
  },
  {
    code: 407,
    name: 'Proxy Authentication Required',
    rfc: 'RFC 3261',
    title: 'Credentials needed (by a proxy)',
    meaning: 'A proxy challenges the request; the client should resend it with digest credentials.',
    causes: ['Normal once per request. A loop of challenges means wrong username, password or realm.'],
    fixes: ['Check the credentials and realm.'],
    rules: ['sip/auth-loop'],
  },
  {
    code: 408,
    name: 'Request Timeout',
    rfc: 'RFC 3261',
    title: 'No final answer in time',
    meaning:
      'No final response arrived before the transaction timer ran out (Timer B or F, 32 s by default).',
    causes: ['The next hop is down or unreachable, or a NAT or firewall drops the request or the responses.'],
    fixes: ['Check the destination URI, DNS, firewall rules and allow-lists on both sides.'],
    rules: ['sip/no-final-response', 'twilio/origination-timeout'],
  },
  {
    code: 410,
    name: 'Gone',
    rfc: 'RFC 3261',
    title: 'The number no longer exists',
    meaning: 'The callee used to be here and is gone for good, with no forwarding address.',
  },
  {
    code: 412,
    name: 'Conditional Request Failed',
    rfc: 'RFC 3903',
    title: 'PUBLISH entity tag does not match',
    meaning: 'A conditional PUBLISH refers to an entity tag the server no longer has.',
  },
  {
    code: 413,
    name: 'Request Entity Too Large',
    rfc: 'RFC 3261',
    title: 'The body is too large',
    meaning: 'The server refuses the request because its body is larger than it accepts.',
    causes: ['Large SDP or SIPREC bodies sent over UDP.'],
    fixes: ['Use TCP or TLS for large messages, or trim the SDP (fewer codecs, candidates or streams).'],
  },
  {
    code: 414,
    name: 'Request-URI Too Long',
    rfc: 'RFC 3261',
    title: 'The Request-URI is too long',
    meaning: 'The server refuses to read a Request-URI of that length.',
  },
  {
    code: 415,
    name: 'Unsupported Media Type',
    rfc: 'RFC 3261',
    title: 'Body type or encoding not supported',
    meaning: "The server cannot handle the body's type, encoding or language; Accept lists what it can.",
    causes: ['Twilio answers 415 when the offer has no codec it supports (PCMU).'],
    fixes: ['Offer PCMU (payload type 0) towards Twilio; otherwise send a body type the peer accepts.'],
    rules: ['sip/media-rejected', 'twilio/codec-not-supported'],
  },
  {
    code: 416,
    name: 'Unsupported URI Scheme',
    rfc: 'RFC 3261',
    title: 'URI scheme not supported',
    meaning: 'The server does not handle the scheme of the Request-URI (for example sips: or tel:).',
  },
  {
    code: 417,
    name: 'Unknown Resource-Priority',
    rfc: 'RFC 4412',
    title: 'Unknown resource priority',
    meaning: 'The request asked for a Resource-Priority namespace or value the server does not know.',
  },
  {
    code: 420,
    name: 'Bad Extension',
    rfc: 'RFC 3261',
    title: 'A required extension is not supported',
    meaning: "The request's Require header names an extension the server lacks; Unsupported lists it.",
    causes: ['For example Require: siprec or Require: 100rel towards a server without it.'],
    fixes: ['Stop requiring the extension (use Supported instead), or enable it on the server.'],
  },
  {
    code: 421,
    name: 'Extension Required',
    rfc: 'RFC 3261',
    title: 'The server needs an extension',
    meaning: 'The server will only serve the request with an extension listed in its Require header.',
  },
  {
    code: 422,
    name: 'Session Interval Too Small',
    rfc: 'RFC 4028',
    title: 'Session timer too short',
    meaning: "The Session-Expires in the request is below the server's minimum, given in Min-SE.",
    causes: ['Session-timer settings differ between the two sides.'],
    fixes: [
      "Raise Session-Expires or lower the peer's Min-SE; 1800 or 3600 s are typical (RFC 4028 floor: 90 s).",
    ],
    rules: ['sip/session-interval-too-small', 'twilio/session-timer'],
  },
  {
    code: 423,
    name: 'Interval Too Brief',
    rfc: 'RFC 3261',
    title: 'Registration or subscription too short',
    meaning: "The expiry asked for in REGISTER or SUBSCRIBE is below the server's minimum (Min-Expires).",
  },
  {
    code: 424,
    name: 'Bad Location Information',
    rfc: 'RFC 6442',
    title: 'Bad location information',
    meaning: 'The location (geolocation) information in the request was malformed or unsuitable.',
  },
  {
    code: 425,
    name: 'Bad Alert Message',
    rfc: 'RFC 8876',
    title: 'Bad alert message',
    meaning: 'The emergency alert content in the request could not be processed.',
  },
  {
    code: 428,
    name: 'Use Identity Header',
    rfc: 'RFC 8224',
    title: 'Signed caller identity required',
    meaning: 'The server requires an Identity header (STIR/SHAKEN) and the request has none.',
  },
  {
    code: 429,
    name: 'Provide Referrer Identity',
    rfc: 'RFC 3892',
    title: 'Referrer identity required',
    meaning: 'The REFER target wants a Referred-By token that proves who asked for the transfer.',
  },
  {
    code: 430,
    name: 'Flow Failed',
    rfc: 'RFC 5626',
    title: 'The outbound flow failed',
    meaning: 'An edge proxy reports that the connection flow to the user agent is gone.',
  },
  {
    code: 433,
    name: 'Anonymity Disallowed',
    rfc: 'RFC 5079',
    title: 'Anonymous calls rejected',
    meaning: 'The callee does not accept calls with a withheld identity.',
  },
  {
    code: 436,
    name: 'Bad Identity Info',
    rfc: 'RFC 8224 (was "Bad Identity-Info", RFC 4474)',
    title: 'Identity info unusable',
    meaning: 'The Identity header points to a certificate or info that cannot be fetched or parsed.',
  },
  {
    code: 437,
    name: 'Unsupported Credential',
    rfc: 'RFC 8224 (was "Unsupported Certificate")',
    title: 'Signing credential not supported',
    meaning: 'The verifier does not support the credential used to sign the Identity header.',
  },
  {
    code: 438,
    name: 'Invalid Identity Header',
    rfc: 'RFC 8224',
    title: 'Caller identity check failed',
    meaning: 'The Identity header (STIR/SHAKEN) did not verify.',
    causes: ['Signature, certificate or claims do not match the call; Twilio reports it as error 32021.'],
    fixes: ['Check the signing service and that From and the signed number agree.'],
  },
  {
    code: 439,
    name: 'First Hop Lacks Outbound Support',
    rfc: 'RFC 5626',
    title: 'First hop does not support outbound',
    meaning: 'The registrar needs SIP outbound (RFC 5626) but the first-hop proxy does not support it.',
  },
  {
    code: 440,
    name: 'Max-Breadth Exceeded',
    rfc: 'RFC 5393',
    title: 'Too much forking',
    meaning: 'The request would fork into more branches than Max-Breadth allows.',
  },
  {
    code: 469,
    name: 'Bad Info Package',
    rfc: 'RFC 6086',
    title: 'Unknown INFO package',
    meaning: 'An INFO request used an Info-Package the receiver did not agree to.',
    causes: ['INFO-based DTMF or UUI packages not negotiated in Recv-Info.'],
  },
  {
    code: 470,
    name: 'Consent Needed',
    rfc: 'RFC 5360',
    title: 'Consent needed',
    meaning: 'The target has not consented to receive requests relayed this way.',
  },
  {
    code: 478,
    name: 'Unresolvable Destination',
    rfc: 'not registered (some stacks)',
    title: 'Destination does not resolve',
    meaning: 'Not a registered code: some stacks send it when DNS for the destination fails.',
    causes: ['The destination host name has no DNS records the sender can use.'],
    fixes: ['Fix the host name or the DNS records (NAPTR/SRV/A) of the destination.'],
    registered: false,
  },
  {
    code: 480,
    name: 'Temporarily Unavailable',
    rfc: 'RFC 3261',
    title: 'Callee not reachable right now',
    meaning: 'The callee exists but cannot take the call now.',
    causes: ['The agent is not logged in or not registered, or did not answer.'],
    fixes: ["Check the callee's registration and presence; retry later."],
  },
  {
    code: 481,
    name: 'Call/Transaction Does Not Exist',
    rfc: 'RFC 3261',
    title: 'Unknown call or transaction',
    meaning: 'The request belongs to a dialog or transaction the server does not know.',
    causes: [
      'Dialog state was lost (failover, restart), the tags are wrong, or the call was already torn down.',
    ],
    fixes: ['Look earlier in the trace for the failure that ended the dialog; check HA state sync.'],
    rules: ['sip/unknown-dialog'],
  },
  {
    code: 482,
    name: 'Loop Detected',
    rfc: 'RFC 3261',
    title: 'Routing loop',
    meaning: 'The server saw its own request come back to it.',
    causes: ['Routes between two systems point at each other.'],
    fixes: ['Fix the routing tables so the request leaves the loop.'],
    rules: ['sip/routing-loop'],
  },
  {
    code: 483,
    name: 'Too Many Hops',
    rfc: 'RFC 3261',
    title: 'Max-Forwards ran out',
    meaning: 'The request passed through more hops than Max-Forwards allowed.',
    causes: ['A routing loop, or a very long proxy chain.'],
    fixes: ['Fix the routes; look for the same host repeated in the Via headers.'],
    rules: ['sip/routing-loop'],
  },
  {
    code: 484,
    name: 'Address Incomplete',
    rfc: 'RFC 3261',
    title: 'Number incomplete',
    meaning: 'The Request-URI is missing digits or parts.',
    causes: ['An incomplete dial string, for example a missing country or area code.'],
    fixes: ['Dial the complete number, ideally in E.164.'],
  },
  {
    code: 485,
    name: 'Ambiguous',
    rfc: 'RFC 3261',
    title: 'Address is ambiguous',
    meaning: 'The Request-URI matches several possible callees.',
  },
  {
    code: 486,
    name: 'Busy Here',
    rfc: 'RFC 3261',
    title: 'Callee busy',
    meaning: 'The callee is busy at this end point; another end point may still take the call.',
    causes: ['The agent or callee is on another call, or has reached its call limit.'],
    fixes: ['Retry later or route to another agent.'],
  },
  {
    code: 487,
    name: 'Request Terminated',
    rfc: 'RFC 3261',
    title: 'Cancelled before answer',
    meaning: 'The INVITE was ended by a CANCEL (or a BYE) before it was answered.',
    causes: ['The caller hung up while the call rang or waited in queue.'],
    fixes: ['Nothing to fix: count it as an abandoned call.'],
    rules: ['sip/caller-abandoned'],
  },
  {
    code: 488,
    name: 'Not Acceptable Here',
    rfc: 'RFC 3261',
    title: 'Session description not acceptable',
    meaning:
      'The SDP offer cannot be used here: codecs, media profile (RTP or SRTP) or address family do not fit.',
    causes: [
      'No common codec, an RTP/SRTP mismatch, or unsupported crypto suites.',
      'Google CCAI answers 488 when it rejects SIP headers or the SDP.',
    ],
    fixes: ['Align codecs, media profiles (RTP/AVP versus RTP/SAVP) and crypto suites with the peer.'],
    rules: ['sip/media-rejected', 'ccai/rejected-4xx'],
  },
  {
    code: 489,
    name: 'Bad Event',
    rfc: 'RFC 6665 (was RFC 3265)',
    title: 'Event package not supported',
    meaning: 'The server does not understand the Event package of the SUBSCRIBE or NOTIFY.',
  },
  {
    code: 491,
    name: 'Request Pending',
    rfc: 'RFC 3261',
    title: 'Both sides re-INVITEd at once',
    meaning: 'A re-INVITE crossed another pending one on the same dialog (glare).',
    causes: ['Both sides tried to change the session (hold, resume, codec change) at the same moment.'],
    fixes: ['Retry after a random delay, as RFC 3261 §14.1 describes.'],
    rules: ['sip/reinvite-glare'],
  },
  {
    code: 493,
    name: 'Undecipherable',
    rfc: 'RFC 3261',
    title: 'Encrypted body cannot be read',
    meaning: 'The request carries an S/MIME body the receiver cannot decrypt.',
  },
  {
    code: 494,
    name: 'Security Agreement Required',
    rfc: 'RFC 3329',
    title: 'Security mechanism agreement required',
    meaning: 'The server requires a security agreement (Security-Client/Server headers) first.',
  },
  {
    code: 500,
    name: 'Server Internal Error',
    rfc: 'RFC 3261',
    title: 'The server failed',
    meaning: 'An unexpected condition stopped the server from completing the request.',
    fixes: ['Check the server logs; honour Retry-After if present.'],
  },
  {
    code: 501,
    name: 'Not Implemented',
    rfc: 'RFC 3261',
    title: 'Method not supported',
    meaning: "The server does not implement the request's method at all.",
  },
  {
    code: 502,
    name: 'Bad Gateway',
    rfc: 'RFC 3261',
    title: 'Bad answer from further down',
    meaning: 'A gateway or proxy got an invalid response from the next server.',
  },
  {
    code: 503,
    name: 'Service Unavailable',
    rfc: 'RFC 3261',
    title: 'Overloaded or under maintenance',
    meaning:
      'The server cannot take the request for now; clients fail over to another server if they have one.',
    causes: [
      'Overload, maintenance, or a rate or concurrency limit.',
      'Twilio: "Trunk CPS limit exceeded" (error 32001) or the concurrent-call limit of a trial account.',
    ],
    fixes: ['Pace INVITEs, raise the limits with the carrier, honour Retry-After.'],
    rules: ['sip/rate-or-capacity-limit', 'twilio/cps-limit', 'twilio/concurrency-limit'],
  },
  {
    code: 504,
    name: 'Server Time-out',
    rfc: 'RFC 3261',
    title: 'Timeout further down',
    meaning: 'A server did not get a timely response from the next server it tried.',
    causes: ['Twilio origination: the PBX did not answer the INVITE.'],
    fixes: [
      "Check that the next hop is reachable: URI, firewall and allow-lists for the sender's addresses.",
    ],
    rules: ['sip/no-final-response', 'twilio/origination-timeout'],
  },
  {
    code: 505,
    name: 'Version Not Supported',
    rfc: 'RFC 3261',
    title: 'SIP version not supported',
    meaning: 'The server does not support the SIP version in the request.',
  },
  {
    code: 513,
    name: 'Message Too Large',
    rfc: 'RFC 3261',
    title: 'Message too large',
    meaning: 'The request is longer than the server can process.',
    fixes: ['Use TCP or TLS, or trim headers and SDP.'],
  },
  {
    code: 555,
    name: 'Push Notification Service Not Supported',
    rfc: 'RFC 8599',
    title: 'Push notification service not supported',
    meaning: 'The request asked for a push notification service the server does not support.',
  },
  {
    code: 580,
    name: 'Precondition Failure',
    rfc: 'RFC 3312',
    title: 'Media preconditions cannot be met',
    meaning: 'The QoS or security preconditions the session asked for cannot be met.',
  },
  {
    code: 600,
    name: 'Busy Everywhere',
    rfc: 'RFC 3261',
    title: 'Callee busy everywhere',
    meaning: 'The callee is busy and no other end point will take the call.',
  },
  {
    code: 603,
    name: 'Decline',
    rfc: 'RFC 3261',
    title: 'Call declined',
    meaning: 'The callee (or an agent, or a service acting for it) refused the call.',
    causes: ['Rejected by the user or the agent.', 'Google CCAI: a 603 usually means a quota problem.'],
    fixes: ['For CCAI, check the project quotas and request an increase.'],
    rules: ['ccai/rejected-6xx-quota'],
  },
  {
    code: 604,
    name: 'Does Not Exist Anywhere',
    rfc: 'RFC 3261',
    title: 'Callee does not exist anywhere',
    meaning: 'The server knows for certain that the callee exists nowhere.',
  },
  {
    code: 606,
    name: 'Not Acceptable',
    rfc: 'RFC 3261',
    title: 'Session not acceptable anywhere',
    meaning: 'The callee was reached but no part of the offered session can be used.',
    causes: ['No common codec or media profile.'],
    fixes: ['Align codecs and media profiles with the callee.'],
    rules: ['sip/media-rejected'],
  },
  {
    code: 607,
    name: 'Unwanted',
    rfc: 'RFC 8197',
    title: 'Marked as an unwanted call',
    meaning:
      'The callee flagged the call as unwanted (spam); the caller should expect similar treatment later.',
  },
  {
    code: 608,
    name: 'Rejected',
    rfc: 'RFC 8688',
    title: 'Rejected by an intermediary',
    meaning:
      'A network service (call analytics) rejected the call, not the callee. May carry Call-Info with purpose=jwscard explaining how to appeal.',
  },
];

function toRow(r: SipRow): CatalogRow {
  const advice = CLASS_ADVICE[Math.floor(r.code / 100)] ?? CLASS_ADVICE[4]!;
  const references = r.registered === false ? [r.rfc] : [r.rfc, IANA];
  return {
    code: String(r.code),
    name: r.name,
    title: r.title,
    meaning: r.meaning,
    causes: r.causes ?? advice.causes,
    fixes: r.fixes ?? advice.fixes,
    references,
    ...(r.rules ? { rules: r.rules } : {}),
    ...(r.registered === false ? { unverified: true } : {}),
  };
}

/** SIP response codes. */
export const sipResponseCatalog: Catalog = { system: 'sip', rows: ROWS.map(toRow) };

/** Class advice for a syntactically valid code the catalog does not list (`xyz`, x in 1–6). */
export function sipClassRow(code: number): CatalogRow | undefined {
  const cls = Math.floor(code / 100);
  const advice = CLASS_ADVICE[cls];
  if (!advice || code < 100 || code > 699) return undefined;
  return {
    code: String(code),
    title: SIP_CLASS_TITLES[cls] ?? '',
    meaning: SIP_CLASS_MEANINGS[cls] ?? '',
    causes: advice.causes,
    fixes: advice.fixes,
    references: ['RFC 3261 §21'],
  };
}

const SIP_CLASS_TITLES: Readonly<Record<number, string>> = {
  1: 'Provisional response',
  2: 'Success',
  3: 'Redirection',
  4: 'Request failure',
  5: 'Server failure',
  6: 'Global failure',
};

const SIP_CLASS_MEANINGS: Readonly<Record<number, string>> = {
  1: 'An unregistered 1xx code: treat it as a provisional response (the request is in progress).',
  2: 'An unregistered 2xx code: treat it as success.',
  3: 'An unregistered 3xx code: treat it as a redirect.',
  4: 'An unregistered 4xx code: the request failed at this server; treat it like 400.',
  5: 'An unregistered 5xx code: the server failed; treat it like 500.',
  6: 'An unregistered 6xx code: a failure that holds everywhere; treat it like 600.',
};
