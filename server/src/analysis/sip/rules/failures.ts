/**
 * Final 4xx–6xx responses, each explained with what the trace shows around it: 403 after a
 * digest-less request (access list) or after a challenge (credentials), challenge loops, media
 * refused (415/488/606) with the offered codecs, 422 with Session-Expires/Min-SE, 503 limits, 408/504
 * timeouts, and 480/486/487/600/603 as call outcomes rather than faults.
 */
import type { Explanation } from '../../findings';
import { defineMessages } from '../../l10n';
import { headerText } from '../model/lookup';
import type { SipMessage, SipTrace, Transaction } from '../model/types';
import type { RuleContext } from './context';
import {
  describeMessage,
  describeRoute,
  formatList,
  formatSeconds,
  secondsBetween,
  startLineRange,
} from './evidence';
import {
  challengeOf,
  credentialsOf,
  offeredMedia,
  quote,
  reasonPhrase,
  requestOf,
  warningTexts,
} from './failureDetails';
import { lowerBound, upperBound } from '../../sortedSearch';

const t = defineMessages('sip.rules.failures', {
  // 403
  forbiddenAclMessage: '{status} {phrase}: {method} without credentials refused (access list or policy)',
  forbiddenAclSeen:
    '{request} carried no Authorization or Proxy-Authorization header{route}; the far end answered {status} "{phrase}"{after}.',
  forbiddenAclWhy: 'The request is refused outright and is not retried: the call or registration fails.',
  forbiddenAclCause:
    'The far end refused the source before asking for a password: the source address is not in its IP access list, the trunk is not provisioned for this source, or a policy (caller ID, destination permissions) blocks the request.',
  forbiddenAclFix:
    "Add the public source address{source} to the far end's IP access list or trunk configuration; if the trunk authenticates with credentials instead, check that it is configured to challenge this source.",
  forbiddenAclTwilio:
    " On Twilio Elastic SIP Trunking a digest-less INVITE answered 403 means the source IP is not in the trunk's IP Access Control List (Twilio error 32201).",
  forbiddenCredMessage: '{status} {phrase}: credentials for "{user}" rejected',
  forbiddenCredSeen:
    '{request} answered a {challenge} challenge with {header} for user "{user}", realm "{realm}"; the far end answered {status} "{phrase}"{after}.',
  forbiddenCredWhy: 'Authentication failed: the far end will keep refusing until the credentials change.',
  forbiddenCredCause:
    'Wrong password, wrong username or realm, or an account that may not call this destination.',
  forbiddenCredFix:
    'Check the username and password configured for realm "{realm}" against the far end\'s credential list. To tell access-list and credential problems apart, test with the credential list removed.',
  forbiddenCredTwilio:
    ' On Twilio Elastic SIP Trunking a 403 after a 407 challenge means the credential list rejected the username or password (Twilio error 32202).',
  // 401/407 never answered
  challengeMessage: '{status} {phrase}: the {method} challenge was never answered',
  challengeSeen:
    '{request} was challenged with {status} "{phrase}" (realm "{realm}"){after}, and no {method} with credentials follows in this dialog.',
  challengeWhy: 'Without a second request carrying credentials the call or registration never happens.',
  challengeCause:
    'The sender has no credentials for realm "{realm}" (the peer expected to be trusted by address), or it gave up after the challenge.',
  challengeFix:
    'Either configure credentials for realm "{realm}" on the sender, or have the far end trust the sender\'s address (add it as a trusted peer or IP allow-list entry).',
  // auth loop
  loopMessage: '{method} challenged {count} times after sending credentials',
  loopSeen:
    '{count} challenges answered requests that already carried credentials (user "{user}"); {nonceNote}{outcome}',
  loopSameNonce: 'the far end kept the same nonce {nonce}, so it rejected the credentials themselves. ',
  loopStale: 'the far end marked the nonce stale and issued a new one. ',
  loopNewNonce: 'the far end issued a new nonce each time ("{phrase}"). ',
  loopNeverOk: 'No {method} succeeded.',
  loopLaterOk: 'A {method} succeeded later.',
  loopWhy: 'Each round trip delays the call or registration; a loop that never ends means it never succeeds.',
  loopCause:
    'Wrong password or realm (same nonce re-challenged), or a client that reuses an expired nonce instead of the new one (stale loop).',
  loopFix:
    'Check the password and realm for user "{user}"; if the nonce changes every time, make sure the client uses the nonce of the latest challenge and that clocks and nonce lifetimes on the server are sane.',
  // 415/488/606
  mediaMessage: '{status} {phrase}: the far end refused the offered media',
  mediaSeen: '{request} offered {offer}; the far end answered {status} "{phrase}"{after}.{warning}{far}',
  mediaNoOffer: 'no SDP (a delayed offer)',
  mediaWarning: ' Warning: {warning}.',
  mediaFar: ' The far end lists {far}.',
  mediaAccept: ' Its Accept header allows {accept}.',
  mediaWhy:
    'The call is refused at setup: no media stream could be agreed, so the caller hears an error or a fast busy.',
  mediaCause:
    'No codec in common, an RTP profile mismatch (RTP/AVP against RTP/SAVP), SRTP crypto suites the far end does not accept, or SDP it cannot parse. A 415 means the body type itself ({contentType}) was not accepted.',
  mediaFix:
    "Offer at least one codec the far end supports (G.711 PCMU/PCMA is the common ground on PSTN trunks) and match the RTP profile and crypto suites to the trunk's settings.",
  mediaTwilio: ' Twilio Elastic SIP Trunking needs PCMU (payload type 0) in the offer.',
  // 422
  timerMessage: "422 Session Interval Too Small: Session-Expires {se} is below the far end's Min-SE {minSe}",
  timerSeen:
    '{request} asked for Session-Expires {se}; the far end answered {status} "{phrase}" with Min-SE {minSe}{after}.',
  timerWhy:
    'The far end refuses session timers shorter than its minimum; unless the sender retries with a larger value the call fails.',
  timerCause:
    "Session-timer settings disagree: the sender's session expiry is lower than the far end's Min-SE.",
  timerFix:
    "Raise the sender's session expiry to at least {minSe} seconds (1800 s is usual; RFC 4028 forbids values under 90 s), or lower the far end's Min-SE.",
  timerTwilio:
    ' Twilio does not take part in session timers and strips "Supported: timer"; set the PBX session expiry to a normal 1800 or 3600 s.',
  unknown: 'not given',
  // 503
  limitMessage: '503 {phrase}: the far end is overloaded or limiting calls',
  limitSeen:
    '{request} was refused with 503 "{phrase}"{after}.{retry} In the second before it, {rate} INVITEs left the same source; {concurrent} calls were up at that moment.',
  limitRetry: ' Retry-After: {retry} s.',
  limitWhy: 'Calls fail in bursts while the limit is hit; a proxy may fail over to another route.',
  limitCause:
    'A calls-per-second (CPS) limit, a concurrent-call limit, maintenance, or an overloaded server.',
  limitFix:
    'Pace INVITEs (queue them at the PBX), honour Retry-After, or have the carrier raise the CPS and channel limits.',
  limitTwilio:
    ' Twilio trunks default to 1 call per second (error 32001 "Trunk CPS limit exceeded") and trial accounts allow 4 concurrent calls.',
  // 408/504
  timeoutMessage: '{status} {phrase}: {method} was not answered in time',
  timeoutSeen: '{request} was sent {copies} time(s){provisional}; {status} "{phrase}" arrived{after}.',
  timeoutProvisional: ' and only provisional responses came back ({provisional})',
  timeoutNoProvisional: ' with no provisional response',
  timeoutWhy: 'The request failed because a hop never answered; callers hear silence, then an error.',
  timeout408Cause:
    'The next hop never sent a final response before Timer B/F (32 s): it is unreachable, a firewall drops the traffic, or the URI, port or transport is wrong.',
  timeout504Cause: 'A proxy gave up waiting for the next hop (504): the problem is behind that proxy.',
  timeoutFix:
    "Check the target URI{target}, DNS, port and transport, and allow-lists on the firewalls and on the far end (for Twilio origination: allow Twilio's signalling addresses).",
  // outcomes
  outcomeMessage: 'Call ended {status} {phrase}: {meaning}',
  outcomeSeen: '{request}{route} ended with {status} "{phrase}"{after}.{reason}',
  outcomeReason: ' Reason: {reason}.',
  outcomeWhy: 'This is how the call ended, not a fault in the signalling.',
  outcome480: 'the callee was not reachable (not registered, no agent logged in, or no answer)',
  outcome486: 'the callee was busy',
  outcome487: 'the caller hung up before the call was answered',
  outcome600: 'the callee is busy everywhere',
  outcome603: 'the callee or an agent declined the call',
  outcome480Cause: 'No registered device, no logged-in agent, or an unanswered forward.',
  outcome486Cause: 'All lines of the callee were in use.',
  outcome487Cause: 'A CANCEL ended the INVITE{cancelled}: the caller abandoned while it rang or queued.',
  outcome600Cause: 'Every destination of the callee reported busy.',
  outcome603Cause: 'Deliberate rejection by the user, an agent or a policy.',
  outcome603Ccai: ' From Google CCAI a 603 usually means a quota was exceeded.',
  outcomeFix:
    'Nothing to fix in the signalling; count it as an outcome (busy, abandoned, declined) in reports.',
  outcome603Fix:
    "If the decline was not deliberate, check the agent's state and, for Google CCAI, the project quotas.",
  // generic failures
  failedMessage: '{status} {phrase} to {method}',
  failedSeen: '{request}{route} was answered {status} "{phrase}"{after}.{warning}',
  failedWhy: 'The {method} failed; {meaning}',
  failedCause: '{cause}',
  failedFix: '{fix}',
  // 481 / 491
  unknownDialogMessage: '481 {phrase}: the far end has no record of this dialog',
  unknownDialogSeen: '{request}{route} was answered 481 "{phrase}"{after}.{earlier}',
  unknownDialogEarlier: ' Earlier in this dialog: {earlier}.',
  unknownDialogWhy:
    'In-dialog requests (BYE, re-INVITE, REFER) fail, so hang-ups, holds or transfers do not reach the far end.',
  unknownDialogCause:
    'The far end lost the dialog state (restart, failover without state sync), the tags do not match, or the call was already torn down (for example after a missing ACK).',
  unknownDialogFix:
    'Look for an earlier failure in this dialog (missing ACK, timeout); check high-availability state sync and that From/To tags are not rewritten.',
  glareMessage: '491 Request Pending: re-INVITE glare',
  glareSeen: '{request} crossed another offer in progress and was answered 491{after}.',
  glareWhy: 'Both sides sent an offer at once; one of them has to retry.',
  glareCause: 'Both ends started a re-INVITE or UPDATE at the same moment (hold, transfer, codec change).',
  glareFix:
    'Nothing to do if a retry follows; RFC 3261 §14.1 asks for a random 2.1–4 s (owner of the Call-ID) or 0–2 s wait before retrying.',
  after: ' {delay} later',
  routeIn: ' ({route})',
  sourceIn: ' ({source})',
});

/** Short text for final responses without a rule of their own (the catalog adds detail in hovers). */
const GENERIC = defineMessages('sip.rules.failures.codes', {
  m400: 'the far end could not parse the request.',
  c400: 'A malformed header or URI, or (on Twilio) a number that is not E.164 or an unverified caller ID.',
  f400: 'Compare the request with what the far end expects (number format +E.164, header syntax); the reason phrase often names the field.',
  m401: 'authentication is required.',
  c401: 'The far end wants digest credentials.',
  f401: 'Configure credentials for the realm, or make the far end trust the sender by address.',
  m404: 'the number or user is not known there.',
  c404: 'The dialled number is not routed or not assigned (DID not provisioned), or the user is not registered.',
  f404: 'Check the dialled number and its format, the DID assignment and the routing on the far end.',
  m405: 'the far end does not allow this method.',
  c405: 'The method is disabled or unsupported at that element (see its Allow header).',
  f405: 'Use a method the far end allows, or enable it there.',
  m410: 'the number no longer exists.',
  c410: 'The destination was disconnected or moved.',
  f410: 'Update the number.',
  m413: 'the request is too large for the far end.',
  c413: 'Large SDP or SIPREC bodies, often over UDP.',
  f413: 'Trim the SDP (fewer codecs and candidates) or switch to TCP/TLS.',
  m416: 'the URI scheme is not supported.',
  c416: 'The far end does not accept this scheme (sips:, tel:, urn:).',
  f416: 'Send a sip: URI the far end supports.',
  m420: 'the far end does not support a required extension.',
  c420: 'A Require header names an option the far end lacks (see its Unsupported header), e.g. 100rel, timer or siprec.',
  f420: 'Remove the option from Require or enable it on the far end.',
  m421: 'the far end needs an extension the request did not declare.',
  c421: 'The far end requires an option (see its Require header).',
  f421: 'Enable the option (often 100rel or timer) on the sender.',
  m423: 'the requested expiry is too short.',
  c423: "Expires is below the far end's Min-Expires.",
  f423: 'Raise the registration or subscription expiry to at least Min-Expires.',
  m484: 'the dialled number is incomplete.',
  c484: 'Too few digits, or a dial plan that expects a prefix.',
  f484: 'Dial the full number (E.164 where the trunk needs it).',
  m485: 'the address is ambiguous.',
  c485: 'Several users match the Request-URI.',
  f485: 'Use a more specific address.',
  m500: 'the far end hit an internal error.',
  c500: 'A software fault or a misconfiguration at the far end.',
  f500: "Check the far end's logs; honour Retry-After if present.",
  m501: 'the far end does not implement this method.',
  c501: 'The method is not supported at all there.',
  f501: 'Use a supported method.',
  m502: 'a gateway got an invalid response from the next hop.',
  c502: 'The network behind the gateway returned a broken or unexpected response.',
  f502: 'Check the next hop behind the gateway.',
  m505: 'the SIP version is not supported.',
  c505: 'The request did not use SIP/2.0.',
  f505: 'Send SIP/2.0.',
  m513: 'the message is too large.',
  c513: 'A message larger than the far end accepts, typically over UDP.',
  f513: 'Use TCP/TLS or shrink the message.',
  m580: 'a precondition could not be met.',
  c580: 'QoS or resource preconditions (RFC 3312) failed.',
  f580: 'Check the preconditions negotiated in SDP.',
  m604: 'the number does not exist anywhere.',
  c604: 'The destination is definitively unknown.',
  f604: 'Check the number.',
  m4xx: 'the far end refused the request as it was sent.',
  c4xx: 'Something in the request (address, headers, body) did not suit the far end; the reason phrase and any Warning header say what.',
  f4xx: "Compare the request with the far end's requirements, starting with the field the reason phrase names.",
  m5xx: 'the far end could not process it.',
  c5xx: 'An error or overload at the far end or behind it.',
  f5xx: 'Check the far end and what lies behind it; honour Retry-After if present.',
  m6xx: 'the request was refused everywhere.',
  c6xx: 'A global refusal: no other destination will accept it.',
  f6xx: "Check the destination and the caller's permissions.",
});

type GenericKey = (typeof GENERIC.keys)[number];

function genericText(status: number): { meaning: string; cause: string; fix: string } {
  const specific = `m${status}` as GenericKey;
  const cls = `${Math.floor(status / 100)}xx`;
  const base = GENERIC.keys.includes(specific) ? String(status) : cls;
  const pick = (prefix: string): string => GENERIC.explain(`${prefix}${base}` as GenericKey);
  return { meaning: pick('m'), cause: pick('c'), fix: pick('f') };
}

function afterText(req: SipMessage | undefined, res: SipMessage): string {
  if (!req) return '';
  const s = secondsBetween(req, res);
  return s === undefined ? '' : t.explain('after', { delay: formatSeconds(s) });
}

function routeText(m: SipMessage | undefined): string {
  const route = m ? describeRoute(m) : undefined;
  return route ? t.explain('routeIn', { route }) : '';
}

function requestText(trace: SipTrace, req: SipMessage | undefined, tx: Transaction): string {
  return req ? describeMessage(trace, req) : `${tx.method} ${tx.cseq}`;
}

/** Whether a later request of the same method in the dialog carries credentials (the challenge was answered). */
function challengeAnswered(trace: SipTrace, tx: Transaction): boolean {
  const dialog = trace.dialogs[tx.dialog];
  if (!dialog) return false;
  for (const ti of dialog.transactions) {
    const other = trace.transactions[ti] as Transaction;
    if (other === tx || other.method !== tx.method || other.request < 0) continue;
    if (other.cseq > tx.cseq || (other.request > tx.request && other.cseq === tx.cseq)) {
      if (credentialsOf(trace, trace.messages[other.request] as SipMessage)) return true;
    }
  }
  return false;
}

/** The challenge that preceded `req` in its dialog (the last 401/407 to the same method). */
function previousChallenge(trace: SipTrace, tx: Transaction): SipMessage | undefined {
  const dialog = trace.dialogs[tx.dialog];
  if (!dialog) return undefined;
  let found: SipMessage | undefined;
  for (const ti of dialog.transactions) {
    const other = trace.transactions[ti] as Transaction;
    if (other === tx || other.method !== tx.method || other.finalResponse < 0) continue;
    if (other.cseq >= tx.cseq && other.request >= tx.request) continue;
    const res = trace.messages[other.finalResponse] as SipMessage;
    if (res.status === 401 || res.status === 407) found = res;
  }
  return found;
}

export function failureRules(ctx: RuleContext): void {
  const { trace } = ctx;
  for (const tx of trace.transactions) {
    if (tx.finalResponse < 0) continue;
    const res = trace.messages[tx.finalResponse] as SipMessage;
    const status = res.status;
    if (status < 400) continue;
    const req = requestOf(trace, tx);
    const key = `${tx.dialog}|${tx.cseq}|${tx.method}|${status}`;
    const range = startLineRange(res);
    const related = req ? `${req.method} ${tx.cseq}` : `${tx.method} ${tx.cseq}`;
    const phrase = reasonPhrase(trace, res);
    const peers = ctx.peers[tx.dialog] ?? { twilio: false, ccai: false };
    let commonParams: Common | undefined;
    // Built only for transactions that report (a challenge answered later reports nothing).
    const common = (): Common =>
      (commonParams ??= {
        status,
        phrase,
        method: tx.method,
        request: requestText(trace, req, tx),
        after: afterText(req, res),
        route: routeText(req),
      });
    switch (status) {
      case 403:
        ctx.repeat('sip/forbidden', key, range, related, () =>
          forbidden(trace, tx, req, res, common(), peers.twilio),
        );
        break;
      case 401:
      case 407:
        if (!challengeAnswered(trace, tx)) {
          const challenge = challengeOf(trace, res);
          ctx.repeat('sip/request-failed', key, range, related, () => ({
            message: t.t('challengeMessage', common()),
            explanation: {
              seen: t.explain('challengeSeen', { ...common(), realm: challenge?.realm ?? '' }),
              why: t.explain('challengeWhy'),
              cause: t.explain('challengeCause', { realm: challenge?.realm ?? '' }),
              fix: t.explain('challengeFix', { realm: challenge?.realm ?? '' }),
            },
          }));
        }
        break;
      case 415:
      case 488:
      case 606:
        ctx.repeat('sip/media-rejected', key, range, related, () =>
          mediaRejected(trace, req, res, common(), peers.twilio),
        );
        break;
      case 422:
        ctx.repeat('sip/session-interval-too-small', key, range, related, () => {
          const se = (req && headerText(trace, req, 'session-expires')) ?? t.explain('unknown');
          const minSe = headerText(trace, res, 'min-se') ?? t.explain('unknown');
          const params = { ...common(), se: se.split(';')[0] ?? se, minSe: minSe.split(';')[0] ?? minSe };
          return {
            message: t.t('timerMessage', params),
            explanation: {
              seen: t.explain('timerSeen', params),
              why: t.explain('timerWhy'),
              cause: t.explain('timerCause'),
              fix: t.explain('timerFix', params) + (peers.twilio ? t.explain('timerTwilio') : ''),
            },
          };
        });
        break;
      case 503:
        ctx.repeat('sip/rate-or-capacity-limit', key, range, related, () =>
          rateLimit(trace, req, res, common(), peers.twilio),
        );
        break;
      case 408:
      case 504:
        ctx.repeat('sip/request-timeout', key, range, related, () => timeout(trace, tx, req, common()));
        break;
      case 480:
      case 486:
      case 487:
      case 600:
      case 603:
        ctx.repeat('sip/call-outcome', key, range, related, () =>
          outcome(trace, tx, res, common(), peers.ccai),
        );
        break;
      case 481:
        ctx.repeat('sip/unknown-dialog', key, range, related, () => unknownDialog(trace, tx, common()));
        break;
      case 491:
        ctx.repeat('sip/reinvite-glare', key, range, related, () => ({
          message: t.t('glareMessage'),
          explanation: {
            seen: t.explain('glareSeen', common()),
            why: t.explain('glareWhy'),
            cause: t.explain('glareCause'),
            fix: t.explain('glareFix'),
          },
        }));
        break;
      case 482:
      case 483:
        break; // sip/routing-loop
      default: {
        const g = genericText(status);
        const warnings = warningTexts(trace, res);
        ctx.repeat('sip/request-failed', key, range, related, () => ({
          message: t.t('failedMessage', common()),
          explanation: {
            seen: t.explain('failedSeen', {
              ...common(),
              warning: warnings.length > 0 ? t.explain('mediaWarning', { warning: warnings.join('; ') }) : '',
            }),
            why: t.explain('failedWhy', { method: tx.method, meaning: g.meaning }),
            cause: t.explain('failedCause', { cause: g.cause }),
            fix: t.explain('failedFix', { fix: g.fix }),
          },
        }));
      }
    }
  }
  authLoops(ctx);
}

type Common = Record<string, string | number>;

function forbidden(
  trace: SipTrace,
  tx: Transaction,
  req: SipMessage | undefined,
  _res: SipMessage,
  common: Common,
  twilio: boolean,
): { message: string; explanation: Explanation } {
  const cred = req ? credentialsOf(trace, req) : undefined;
  if (!cred) {
    const src = req?.envelope?.src;
    const source = src ? t.explain('sourceIn', { source: src.host }) : '';
    return {
      message: t.t('forbiddenAclMessage', common),
      explanation: {
        seen: t.explain('forbiddenAclSeen', common),
        why: t.explain('forbiddenAclWhy'),
        cause: t.explain('forbiddenAclCause') + (twilio ? t.explain('forbiddenAclTwilio') : ''),
        fix: t.explain('forbiddenAclFix', { source }),
      },
    };
  }
  const challenge = previousChallenge(trace, tx);
  const params = {
    ...common,
    user: cred.username,
    realm: cred.realm,
    header: cred.header,
    challenge: challenge ? String(challenge.status) : cred.header === 'Authorization' ? '401' : '407',
  };
  return {
    message: t.t('forbiddenCredMessage', params),
    explanation: {
      seen: t.explain('forbiddenCredSeen', params),
      why: t.explain('forbiddenCredWhy'),
      cause: t.explain('forbiddenCredCause') + (twilio ? t.explain('forbiddenCredTwilio') : ''),
      fix: t.explain('forbiddenCredFix', params),
    },
  };
}

function mediaRejected(
  trace: SipTrace,
  req: SipMessage | undefined,
  res: SipMessage,
  common: Common,
  twilio: boolean,
): { message: string; explanation: Explanation } {
  const offer = req ? offeredMedia(req) : [];
  const warnings = warningTexts(trace, res);
  const far = offeredMedia(res);
  const accept = quote(trace, res, 'accept');
  const seen = t.explain('mediaSeen', {
    ...common,
    offer: offer.length > 0 ? offer.join('; ') : t.explain('mediaNoOffer'),
    warning: warnings.length > 0 ? t.explain('mediaWarning', { warning: warnings.join('; ') }) : '',
    far:
      (far.length > 0 ? t.explain('mediaFar', { far: far.join('; ') }) : '') +
      (accept ? t.explain('mediaAccept', { accept }) : ''),
  });
  return {
    message: t.t('mediaMessage', common),
    explanation: {
      seen,
      why: t.explain('mediaWhy'),
      cause: t.explain('mediaCause', { contentType: req?.contentType || t.explain('unknown') }),
      fix: t.explain('mediaFix') + (twilio ? t.explain('mediaTwilio') : ''),
    },
  };
}

function rateLimit(
  trace: SipTrace,
  req: SipMessage | undefined,
  res: SipMessage,
  common: Common,
  twilio: boolean,
): { message: string; explanation: Explanation } {
  const retry = headerText(trace, res, 'retry-after');
  let rate = 0;
  let concurrent = 0;
  const time = req?.envelope?.time;
  if (req && time !== undefined) {
    const index = loadIndex(trace);
    // INVITEs from the same source in the second before this request.
    const src = req.envelope?.src;
    for (let i = lowerBound(index.inviteTimes, time - 1000); i < index.inviteTimes.length; i++) {
      if ((index.inviteTimes[i] as number) > time) break;
      const other = index.invites[i] as SipMessage;
      if (other.envelope?.timeKind === req.envelope?.timeKind && (!src || other.envelope?.src === src))
        rate++;
    }
    // Calls up at `time`: answered by then, minus those also ended by then.
    concurrent = upperBound(index.answered, time) - upperBound(index.ended, time);
  }
  return {
    message: t.t('limitMessage', common),
    explanation: {
      seen: t.explain('limitSeen', {
        ...common,
        retry: retry ? t.explain('limitRetry', { retry: retry.split(/[\s;(]/)[0] ?? retry }) : '',
        rate,
        concurrent,
      }),
      why: t.explain('limitWhy'),
      cause: t.explain('limitCause') + (twilio ? t.explain('limitTwilio') : ''),
      fix: t.explain('limitFix'),
    },
  };
}

interface LoadIndex {
  /** INVITE requests (first copies) sorted by time, with their times. */
  readonly invites: SipMessage[];
  readonly inviteTimes: number[];
  /** Answer times of calls, sorted, and the end times of those that ended, sorted. */
  readonly answered: number[];
  readonly ended: number[];
}

const loadIndexes = new WeakMap<SipTrace, LoadIndex>();

/** INVITE times and call intervals, built once per trace the first time a 503 needs them. */
function loadIndex(trace: SipTrace): LoadIndex {
  const cached = loadIndexes.get(trace);
  if (cached) return cached;
  const invites: SipMessage[] = [];
  const calls: [number, number][] = [];
  for (const tx of trace.transactions) {
    if (tx.method !== 'INVITE' || tx.request < 0) continue;
    const m = trace.messages[tx.request] as SipMessage;
    if (m.envelope?.time !== undefined) invites.push(m);
  }
  invites.sort((a, b) => (a.envelope?.time as number) - (b.envelope?.time as number));
  for (const d of trace.dialogs) {
    let answered = Infinity;
    let ended = Infinity;
    for (const ti of d.transactions) {
      const tx = trace.transactions[ti] as Transaction;
      if (tx.finalResponse < 0) continue;
      const res = trace.messages[tx.finalResponse] as SipMessage;
      const rt = res.envelope?.time;
      if (rt === undefined) continue;
      if (tx.method === 'INVITE' && res.status >= 200 && res.status < 300) answered = Math.min(answered, rt);
      if (tx.method === 'BYE') ended = Math.min(ended, rt);
    }
    if (answered !== Infinity) calls.push([answered, ended]);
  }
  const answeredTimes = calls.map(([a]) => a).sort((x, y) => x - y);
  const endedTimes = calls
    .map(([, e]) => e)
    .filter((e) => e !== Infinity)
    .sort((x, y) => x - y);
  const index = {
    invites,
    inviteTimes: invites.map((m) => m.envelope?.time as number),
    answered: answeredTimes,
    ended: endedTimes,
  };
  loadIndexes.set(trace, index);
  return index;
}

function timeout(
  trace: SipTrace,
  tx: Transaction,
  req: SipMessage | undefined,
  common: Common,
): { message: string; explanation: Explanation } {
  const provisional = Array.from(tx.responses, (r) => trace.messages[r] as SipMessage)
    .filter((m) => m.status < 200)
    .map((m) => String(m.status));
  const target =
    req && req.uriStart >= 0
      ? t.explain('sourceIn', {
          source: trace.text.slice(req.uriStart, Math.min(req.uriEnd, req.uriStart + 120)),
        })
      : '';
  return {
    message: t.t('timeoutMessage', common),
    explanation: {
      seen: t.explain('timeoutSeen', {
        ...common,
        copies: Math.max(1, tx.requests.length),
        provisional:
          provisional.length > 0
            ? t.explain('timeoutProvisional', { provisional: formatList([...new Set(provisional)]) })
            : t.explain('timeoutNoProvisional'),
        after: (common['after'] as string) || '',
      }),
      why: t.explain('timeoutWhy'),
      cause: common['status'] === 504 ? t.explain('timeout504Cause') : t.explain('timeout408Cause'),
      fix: t.explain('timeoutFix', { target }),
    },
  };
}

function outcome(
  trace: SipTrace,
  tx: Transaction,
  res: SipMessage,
  common: Common,
  ccai: boolean,
): { message: string; explanation: Explanation; severity?: 'information' } {
  const status = res.status;
  const reason = headerText(trace, res, 'reason');
  const meaningKey = `outcome${status}` as 'outcome480';
  const causeKey = `outcome${status}Cause` as 'outcome480Cause';
  const cancelTx = tx.cancel >= 0 ? trace.transactions[tx.cancel] : undefined;
  const cancel = cancelTx && cancelTx.request >= 0 ? trace.messages[cancelTx.request] : undefined;
  return {
    message: t.t('outcomeMessage', { ...common, meaning: t.t(meaningKey) }),
    explanation: {
      seen: t.explain('outcomeSeen', {
        ...common,
        reason: reason ? t.explain('outcomeReason', { reason: reason.slice(0, 200) }) : '',
      }),
      why: t.explain('outcomeWhy'),
      cause:
        t.explain(causeKey, {
          cancelled: cancel ? t.explain('sourceIn', { source: describeMessage(trace, cancel) }) : '',
        }) + (status === 603 && ccai ? t.explain('outcome603Ccai') : ''),
      fix: status === 603 ? t.explain('outcome603Fix') : t.explain('outcomeFix'),
    },
  };
}

function unknownDialog(
  trace: SipTrace,
  tx: Transaction,
  common: Common,
): { message: string; explanation: Explanation } {
  const dialog = trace.dialogs[tx.dialog];
  const earlier: string[] = [];
  if (dialog) {
    for (const ti of dialog.transactions) {
      const other = trace.transactions[ti] as Transaction;
      if (other === tx || other.finalResponse < 0 || other.request > tx.request) continue;
      const res = trace.messages[other.finalResponse] as SipMessage;
      earlier.push(`${other.method} → ${res.status}`);
    }
  }
  return {
    message: t.t('unknownDialogMessage', common),
    explanation: {
      seen: t.explain('unknownDialogSeen', {
        ...common,
        earlier:
          earlier.length > 0 ? t.explain('unknownDialogEarlier', { earlier: formatList(earlier) }) : '',
      }),
      why: t.explain('unknownDialogWhy'),
      cause: t.explain('unknownDialogCause'),
      fix: t.explain('unknownDialogFix'),
    },
  };
}

/** Requests that carried credentials and were challenged again, per dialog and method. */
function authLoops(ctx: RuleContext): void {
  const { trace } = ctx;
  for (const dialog of trace.dialogs) {
    // Only dialogs with a 401/407 answering a request that carried credentials can loop.
    let candidate = false;
    for (const ti of dialog.transactions) {
      const tx = trace.transactions[ti] as Transaction;
      if (tx.finalResponse < 0 || tx.request < 0) continue;
      const status = (trace.messages[tx.finalResponse] as SipMessage).status;
      if (
        (status === 401 || status === 407) &&
        credentialsOf(trace, trace.messages[tx.request] as SipMessage)
      ) {
        candidate = true;
        break;
      }
    }
    if (!candidate) continue;
    const byMethod = new Map<
      string,
      {
        rechallenges: SipMessage[];
        sameNonce: string;
        stale: boolean;
        user: string;
        phrase: string;
        ok: boolean;
      }
    >();
    for (const ti of dialog.transactions) {
      const tx = trace.transactions[ti] as Transaction;
      if (tx.request < 0 || tx.finalResponse < 0) continue;
      const req = trace.messages[tx.request] as SipMessage;
      const res = trace.messages[tx.finalResponse] as SipMessage;
      let entry = byMethod.get(tx.method);
      if (!entry) {
        entry = { rechallenges: [], sameNonce: '', stale: false, user: '', phrase: '', ok: false };
        byMethod.set(tx.method, entry);
      }
      if (res.status >= 200 && res.status < 300) {
        entry.ok = true;
        continue;
      }
      if (res.status !== 401 && res.status !== 407) continue;
      const cred = credentialsOf(trace, req);
      if (!cred) continue;
      const challenge = challengeOf(trace, res);
      entry.rechallenges.push(res);
      entry.user = cred.username;
      entry.phrase = reasonPhrase(trace, res);
      if (challenge?.stale) entry.stale = true;
      if (challenge && cred.nonce && challenge.nonce === cred.nonce) entry.sameNonce = cred.nonce;
    }
    for (const [method, e] of byMethod) {
      const n = e.rechallenges.length;
      if (n === 0 || (n === 1 && e.ok && !e.sameNonce)) continue;
      const first = e.rechallenges[0] as SipMessage;
      const nonceNote = e.sameNonce
        ? t.explain('loopSameNonce', { nonce: e.sameNonce.slice(0, 60) })
        : e.stale
          ? t.explain('loopStale')
          : t.explain('loopNewNonce', { phrase: e.phrase });
      ctx.report(
        'sip/auth-loop',
        startLineRange(first),
        t.t('loopMessage', { method, count: n }),
        {
          seen: t.explain('loopSeen', {
            count: n,
            user: e.user,
            nonceNote,
            outcome: e.ok ? t.explain('loopLaterOk', { method }) : t.explain('loopNeverOk', { method }),
          }),
          why: t.explain('loopWhy'),
          cause: t.explain('loopCause'),
          fix: t.explain('loopFix', { user: e.user }),
        },
        {
          severity: e.ok ? 'warning' : 'error',
          count: n,
          related: e.rechallenges.slice(1).map((m) => ({ ...startLineRange(m), message: `${m.status}` })),
        },
      );
    }
  }
}

/** The sip.rules.failures table, exported for its translation (failures.ja.ts). */
export { t as sipFailureRuleMessages };

/** The generic status-code table, exported for its translation (failures.ja.ts). */
export { GENERIC as sipFailureCodeMessages };
