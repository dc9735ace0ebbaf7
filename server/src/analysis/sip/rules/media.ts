/**
 * SDP offer/answer checks: no codec in common, SRTP without keys or with suites the peer cannot use,
 * DTMF (telephone-event) dropped, and media directions that do not match (hold vs one-way audio).
 */
import { defineMessages } from '../../l10n';
import { offerAnswerPairs, type OfferAnswer } from '../model/offerAnswer';
import type { MediaDirection, SdpMedia, SipMessage, SipTrace } from '../model/types';
import { codecKey, codecList, hasTelephoneEvent } from '../parse/sdp';
import type { RuleContext } from './context';
import { describeMessage, formatList, startLineRange } from './evidence';

const t = defineMessages('sip.rules.media', {
  noCodecMessage: 'No codec in common between offer and answer ({type})',
  noCodecSeen: '{offer} offered {offered}; {answer} answered {answered}.',
  noCodecRejectedMessage: 'The answer rejected every {type} stream (port 0)',
  noCodecRejectedSeen: '{offer} offered {offered}; {answer} answered m={type} with port 0.',
  noCodecWhy: 'Without a common codec no audio flows; most endpoints then drop or reject the call.',
  noCodecCause:
    'The two ends have no codec in common, or a B2BUA/SBC answered with codecs it did not receive in the offer.',
  noCodecFix:
    'Enable a shared codec on both ends (G.711 PCMU/PCMA is supported almost everywhere) or let the SBC transcode.',
  noKeysMessage: '{proto} media without SRTP keys',
  noKeysSeen: '{message} offers m={type} with {proto} but no a=crypto line and no DTLS fingerprint.',
  noKeysWhy:
    'SRTP needs keys: without a=crypto (SDES) or a DTLS fingerprint the peer cannot decrypt and rejects the offer (often 488).',
  noKeysCause: 'SRTP is switched on in the profile but key exchange (SDES or DTLS-SRTP) is not configured.',
  noKeysFix:
    'Enable SDES (a=crypto) or DTLS-SRTP on the sender, or offer RTP/AVP if the trunk does not use SRTP.',
  suiteMessage: 'Answer chose crypto suite {suite}, which the offer did not list',
  suiteSeen: '{offer} offered {offered}; {answer} answered {suite}.',
  suiteWhy: 'An SRTP suite outside the offer cannot be used by the offerer: audio fails to decrypt.',
  suiteCause: 'The answerer ignored the offered suites, or an SBC rewrote the SDP.',
  suiteFix: 'Align the SRTP crypto suites on both ends (AES_CM_128_HMAC_SHA1_80 is the common one).',
  profileMessage: 'Offer used {offerProto} but the answer {answerProto}',
  profileSeen: '{offer} offered m={type} with {offerProto}; {answer} answered with {answerProto}.',
  profileWhy: 'One side sends encrypted RTP and the other expects plain RTP (or the reverse): no audio.',
  profileCause: 'SRTP is required on one end and disabled on the other.',
  profileFix:
    'Use the same media profile on both ends: RTP/AVP everywhere, or RTP/SAVP with matching crypto suites.',
  dtmfDroppedMessage: 'The answer dropped telephone-event: DTMF digits will not be sent as RFC 4733 events',
  dtmfDroppedSeen: '{offer} offered telephone-event ({offered}); {answer} answered {answered} without it.',
  dtmfNoneMessage: 'No telephone-event on either side: DTMF only in-band',
  dtmfNoneSeen:
    '{offer} offered {offered} and {answer} answered {answered}; neither lists telephone-event and no SIP INFO DTMF appears in the dialog.',
  dtmfWhy:
    'IVR menus, voicemail and transfers that listen for RFC 4733 events will not hear the digits; in-band tones are distorted by compressed codecs.',
  dtmfCause: 'telephone-event is disabled on one end, or the SBC strips it.',
  dtmfFix:
    'Enable RFC 4733 telephone-event (usually payload type 101, a=rtpmap:101 telephone-event/8000) on both ends, or agree on SIP INFO DTMF explicitly.',
  holdMessage: 'Media put on hold ({detail})',
  holdSeen: '{message} offers {detail}.',
  holdWhy:
    'Hold stops media in one or both directions until a re-INVITE resumes it; a call left on hold sounds like one-way or no audio.',
  holdCause: 'A hold, music on hold or transfer in progress; or an old-style hold (c=0.0.0.0, RFC 2543).',
  holdFix:
    'If the call was not meant to be on hold, check the hold/resume logic and that the resuming re-INVITE offers sendrecv.',
  mismatchMessage: 'Direction mismatch: offer {offerDir}, answer {answerDir}',
  mismatchSeen: '{offer} offered a={offerDir} for {type}; {answer} answered a={answerDir}.',
  mismatchWhy:
    'The answer allows media in a direction the offer did not: one side sends audio nobody receives, or expects audio that never comes (one-way audio).',
  mismatchCause:
    'An endpoint or SBC that does not follow RFC 3264 §6.1 (an answer must be compatible with the offered direction).',
  mismatchFix:
    "Fix the answering side's direction handling; some platforms (Google CCAI among them) offer an option to ignore the direction of re-INVITEs.",
  oneWayMessage: 'The answer restricted media to {answerDir}',
  oneWaySeen: '{offer} offered sendrecv for {type}; {answer} answered a={answerDir}.',
  oneWayWhy: 'Audio flows in one direction only (or not at all) until a new offer/answer.',
  oneWayCause: 'The answerer put the call on hold, or it mishandles directions.',
  oneWayFix: "If not intended as hold, check the answering side's media direction settings.",
  zeroAddress: 'c=0.0.0.0',
  direction: 'a={direction}',
});

/** Codec keys of a media section that carry audio (DTMF and comfort noise excluded). */
function mediaCodecs(media: SdpMedia): string[] {
  const out: string[] = [];
  for (const pt of media.formats) {
    const key = codecKey(media, pt);
    if (key.startsWith('TELEPHONE-EVENT/') || key.startsWith('CN/') || key.startsWith('RED/')) continue;
    out.push(key);
  }
  return out;
}

/** Pairs media sections of offer and answer by position (RFC 3264 §6: same order, same count). */
function pairMedia(offer: SipMessage, answer: SipMessage): [SdpMedia, SdpMedia][] {
  const a = offer.sdp?.media ?? [];
  const b = answer.sdp?.media ?? [];
  const out: [SdpMedia, SdpMedia][] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) out.push([a[i] as SdpMedia, b[i] as SdpMedia]);
  return out;
}

function isSrtp(proto: string): boolean {
  return /SAVP/i.test(proto);
}

export function mediaRules(ctx: RuleContext): void {
  const { trace } = ctx;
  const pairs = offerAnswerPairs(trace);
  const infoDtmf = dialogsWithInfoDtmf(trace);
  const checkedOffers = new Set<SipMessage>();
  for (const pair of pairs) {
    srtpKeys(ctx, pair.offer, checkedOffers);
    if (!pair.answer) continue;
    srtpKeys(ctx, pair.answer, checkedOffers);
    for (const [offered, answered] of pairMedia(pair.offer, pair.answer)) {
      if (offered.type !== 'audio' && offered.type !== 'video') continue;
      codecs(ctx, pair, offered, answered);
      if (answered.port <= 0 || offered.port <= 0) continue;
      srtpMatch(ctx, pair, offered, answered);
      if (offered.type === 'audio') {
        dtmf(ctx, pair, offered, answered, infoDtmf.has(pair.dialog));
        directions(ctx, pair, offered, answered);
      }
    }
  }
}

function codecs(ctx: RuleContext, pair: OfferAnswer, offered: SdpMedia, answered: SdpMedia): void {
  const { trace } = ctx;
  const answer = pair.answer as SipMessage;
  let rejected = false;
  if (answered.port <= 0) {
    // A rejected video stream next to working audio is normal; only audio matters.
    if (offered.type !== 'audio' || offered.port <= 0) return;
    if (answer.sdp?.media.some((m) => m.type === 'audio' && m.port > 0)) return;
    rejected = true;
  } else {
    const answeredKeys = mediaCodecs(answered);
    if (answeredKeys.length === 0) return;
    const offeredKeys = mediaCodecs(offered);
    if (offeredKeys.length === 0 || answeredKeys.some((k) => offeredKeys.includes(k))) return;
  }
  const key = `${pair.dialog}|${offered.type}|${codecList(offered).join(',')}|${codecList(answered).join(',')}|${rejected}`;
  ctx.repeat(
    'sip/no-common-codec',
    key,
    startLineRange(answer),
    () => describeMessage(trace, answer),
    () => {
      const params = {
        type: offered.type,
        offer: describeMessage(trace, pair.offer),
        answer: describeMessage(trace, answer),
        offered: formatList(codecList(offered)),
        answered: formatList(codecList(answered)),
      };
      return {
        message: rejected ? t.t('noCodecRejectedMessage', params) : t.t('noCodecMessage', params),
        explanation: {
          seen: rejected ? t.explain('noCodecRejectedSeen', params) : t.explain('noCodecSeen', params),
          why: t.explain('noCodecWhy'),
          cause: t.explain('noCodecCause'),
          fix: t.explain('noCodecFix'),
        },
      };
    },
  );
}

function srtpKeys(ctx: RuleContext, m: SipMessage, checked: Set<SipMessage>): void {
  if (checked.has(m) || !m.sdp) return;
  checked.add(m);
  const { trace } = ctx;
  for (const media of m.sdp.media) {
    if (media.port <= 0 || !isSrtp(media.proto)) continue;
    if (media.cryptoSuites.length > 0 || media.hasFingerprint) continue;
    ctx.repeat(
      'sip/srtp-crypto',
      `keys|${m.dialog}|${media.proto}`,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('noKeysMessage', { proto: media.proto }),
        explanation: {
          seen: t.explain('noKeysSeen', {
            message: describeMessage(trace, m),
            type: media.type,
            proto: media.proto,
          }),
          why: t.explain('noKeysWhy'),
          cause: t.explain('noKeysCause'),
          fix: t.explain('noKeysFix'),
        },
      }),
    );
  }
}

function srtpMatch(ctx: RuleContext, pair: OfferAnswer, offered: SdpMedia, answered: SdpMedia): void {
  const { trace } = ctx;
  const answer = pair.answer as SipMessage;
  if (isSrtp(offered.proto) !== isSrtp(answered.proto)) {
    const params = {
      offer: describeMessage(trace, pair.offer),
      answer: describeMessage(trace, answer),
      type: offered.type,
      offerProto: offered.proto,
      answerProto: answered.proto,
    };
    ctx.repeat(
      'sip/srtp-crypto',
      `profile|${pair.dialog}|${offered.proto}|${answered.proto}`,
      startLineRange(answer),
      () => describeMessage(trace, answer),
      () => ({
        message: t.t('profileMessage', params),
        explanation: {
          seen: t.explain('profileSeen', params),
          why: t.explain('profileWhy'),
          cause: t.explain('profileCause'),
          fix: t.explain('profileFix'),
        },
      }),
    );
    return;
  }
  if (offered.cryptoSuites.length === 0 || answered.cryptoSuites.length === 0) return;
  const suite = answered.cryptoSuites[0] as string;
  if (offered.cryptoSuites.includes(suite)) return;
  const params = {
    offer: describeMessage(trace, pair.offer),
    answer: describeMessage(trace, answer),
    offered: formatList(offered.cryptoSuites),
    suite,
  };
  ctx.repeat(
    'sip/srtp-crypto',
    `suite|${pair.dialog}|${suite}`,
    startLineRange(answer),
    () => describeMessage(trace, answer),
    () => ({
      message: t.t('suiteMessage', params),
      explanation: {
        seen: t.explain('suiteSeen', params),
        why: t.explain('suiteWhy'),
        cause: t.explain('suiteCause'),
        fix: t.explain('suiteFix'),
      },
    }),
  );
}

function dtmf(
  ctx: RuleContext,
  pair: OfferAnswer,
  offered: SdpMedia,
  answered: SdpMedia,
  infoDtmf: boolean,
): void {
  const { trace } = ctx;
  const answer = pair.answer as SipMessage;
  const offerHas = hasTelephoneEvent(offered);
  const answerHas = hasTelephoneEvent(answered);
  if (answerHas || infoDtmf) return;
  const params = {
    offer: describeMessage(trace, pair.offer),
    answer: describeMessage(trace, answer),
    offered: formatList(codecList(offered)),
    answered: formatList(codecList(answered)),
  };
  if (offerHas) {
    ctx.repeat(
      'sip/no-telephone-event',
      `dropped|${pair.dialog}`,
      startLineRange(answer),
      () => describeMessage(trace, answer),
      () => ({
        message: t.t('dtmfDroppedMessage'),
        explanation: {
          seen: t.explain('dtmfDroppedSeen', params),
          why: t.explain('dtmfWhy'),
          cause: t.explain('dtmfCause'),
          fix: t.explain('dtmfFix'),
        },
      }),
    );
    return;
  }
  ctx.repeat(
    'sip/no-telephone-event',
    `none|${pair.dialog}`,
    startLineRange(answer),
    () => describeMessage(trace, answer),
    () => ({
      message: t.t('dtmfNoneMessage'),
      severity: 'information',
      explanation: {
        seen: t.explain('dtmfNoneSeen', params),
        why: t.explain('dtmfWhy'),
        cause: t.explain('dtmfCause'),
        fix: t.explain('dtmfFix'),
      },
    }),
  );
}

const COMPATIBLE: Readonly<Record<MediaDirection, readonly MediaDirection[]>> = {
  sendrecv: ['sendrecv', 'sendonly', 'recvonly', 'inactive'],
  sendonly: ['recvonly', 'inactive'],
  recvonly: ['sendonly', 'inactive'],
  inactive: ['inactive'],
};

function directions(ctx: RuleContext, pair: OfferAnswer, offered: SdpMedia, answered: SdpMedia): void {
  const { trace } = ctx;
  const answer = pair.answer as SipMessage;
  const offerDir = offered.direction ?? 'sendrecv';
  const answerDir = answered.direction ?? 'sendrecv';
  const zero = offered.connection === '0.0.0.0';
  const mismatch = !(COMPATIBLE[offerDir] ?? []).includes(answerDir);
  if (!mismatch && !zero && offerDir === 'sendrecv' && answerDir === 'sendrecv') return;
  const params = {
    offer: describeMessage(trace, pair.offer),
    answer: describeMessage(trace, answer),
    type: offered.type,
    offerDir,
    answerDir,
  };
  if (mismatch) {
    ctx.repeat(
      'sip/unexpected-direction',
      `mismatch|${pair.dialog}|${offerDir}|${answerDir}`,
      startLineRange(answer),
      () => describeMessage(trace, answer),
      () => ({
        message: t.t('mismatchMessage', params),
        explanation: {
          seen: t.explain('mismatchSeen', params),
          why: t.explain('mismatchWhy'),
          cause: t.explain('mismatchCause'),
          fix: t.explain('mismatchFix'),
        },
      }),
    );
    return;
  }
  if (zero || offerDir === 'sendonly' || offerDir === 'inactive') {
    const detail = zero ? t.explain('zeroAddress') : t.explain('direction', { direction: offerDir });
    ctx.repeat(
      'sip/unexpected-direction',
      `hold|${pair.dialog}|${detail}`,
      startLineRange(pair.offer),
      () => describeMessage(trace, pair.offer),
      () => ({
        message: t.t('holdMessage', { detail }),
        severity: 'information',
        explanation: {
          seen: t.explain('holdSeen', { message: describeMessage(trace, pair.offer), detail }),
          why: t.explain('holdWhy'),
          cause: t.explain('holdCause'),
          fix: t.explain('holdFix'),
        },
      }),
    );
    return;
  }
  if (offerDir === 'sendrecv' && answerDir !== 'sendrecv') {
    ctx.repeat(
      'sip/unexpected-direction',
      `oneway|${pair.dialog}|${answerDir}`,
      startLineRange(answer),
      () => describeMessage(trace, answer),
      () => ({
        message: t.t('oneWayMessage', params),
        severity: 'information',
        explanation: {
          seen: t.explain('oneWaySeen', params),
          why: t.explain('oneWayWhy'),
          cause: t.explain('oneWayCause'),
          fix: t.explain('oneWayFix'),
        },
      }),
    );
  }
}

/** Dialogs that carry DTMF in SIP INFO (application/dtmf-relay, application/dtmf). */
function dialogsWithInfoDtmf(trace: SipTrace): Set<number> {
  const out = new Set<number>();
  for (const m of trace.messages) {
    if (m.isRequest && m.method === 'INFO' && m.contentType.startsWith('application/dtmf')) out.add(m.dialog);
  }
  return out;
}

/** The sip.rules.media table, exported for its translation (media.ja.ts). */
export { t as sipMediaRuleMessages };
