/** Twilio Elastic SIP Trunking: termination INVITEs must offer PCMU. */
import { defineMessages } from '../../l10n';
import { requestUri } from '../model/lookup';
import { isTwilioHost } from '../model/peers';
import { codecList, codecOf } from '../parse/sdp';
import { parseUri } from '../parse/values';
import type { RuleContext } from './context';
import { describeMessage, formatList, startLineRange } from './evidence';

const t = defineMessages('sip.rules.twilio', {
  codecMessage: 'INVITE to Twilio offers no PCMU ({codecs})',
  codecSeen: '{message} to {target} offers {codecs}.',
  codecWhy:
    'Twilio Elastic SIP Trunking answers 415 Unsupported Media Type when the offer lacks G.711 µ-law.',
  codecCause: 'The PBX trunk profile offers other codecs only.',
  codecFix: 'Add PCMU (payload type 0) to the codecs the trunk towards Twilio offers.',
});

export function twilioRules(ctx: RuleContext): void {
  const { trace } = ctx;
  for (const m of trace.messages) {
    if (!m.isRequest || m.method !== 'INVITE' || m.original >= 0 || !m.sdp) continue;
    if (!ctx.peers[m.dialog]?.twilio) continue;
    const target = parseUri(requestUri(trace, m)).host;
    if (!isTwilioHost(target)) continue;
    const audio = m.sdp.media.find((s) => s.type === 'audio' && s.port > 0);
    if (!audio || audio.formats.some((pt) => codecOf(audio, pt)?.name === 'PCMU')) continue;
    const codecs = formatList(codecList(audio));
    ctx.repeat(
      'twilio/codec-not-supported',
      codecs,
      startLineRange(m),
      () => describeMessage(trace, m),
      () => ({
        message: t.t('codecMessage', { codecs }),
        explanation: {
          seen: t.explain('codecSeen', { message: describeMessage(trace, m), target, codecs }),
          why: t.explain('codecWhy'),
          cause: t.explain('codecCause'),
          fix: t.explain('codecFix'),
        },
      }),
    );
  }
}

/** The sip.rules.twilio table, exported for its translation (twilio.ja.ts). */
export { t as sipTwilioRuleMessages };
