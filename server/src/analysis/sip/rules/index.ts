/** Runs every SIP rule theme over a trace and returns the findings (severity overrides not applied). */
import { throwIfCancelled, type CancellationToken } from '../../cancellation';
import type { Finding } from '../../findings';
import type { CallsightSettings } from '../../settings';
import type { DialogPeers } from '../model/peers';
import type { SipTrace } from '../model/types';
import { addressRules } from './addresses';
import { ccaiRules } from './ccai';
import { createRuleContext, type RuleContext } from './context';
import { failureRules } from './failures';
import { headerRules } from './headers';
import { malformedRules } from './malformed';
import { mediaRules } from './media';
import { numberRules } from './numbers';
import { transactionRules } from './transactions';
import { twilioRules } from './twilio';

/** The themes, in the order their findings are listed. */
export const RULE_THEMES: readonly ((ctx: RuleContext) => void)[] = [
  failureRules,
  transactionRules,
  addressRules,
  mediaRules,
  numberRules,
  headerRules,
  malformedRules,
  ccaiRules,
  twilioRules,
];

export function runSipRules(
  trace: SipTrace,
  settings: CallsightSettings,
  peers: readonly DialogPeers[],
  token?: CancellationToken,
): Finding[] {
  const { context, findings } = createRuleContext(trace, settings, peers);
  for (const theme of RULE_THEMES) {
    if (token) throwIfCancelled(token);
    theme(context);
  }
  // Rules widen empty ranges to one character so the editor can show them; at the very end of the text
  // that would point past it, so every range is kept inside the document here.
  const length = trace.text.length;
  return findings()
    .map((f) => (f.end > length || (f.related?.some((r) => r.end > length) ?? false) ? inside(f, length) : f))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

function clampRange<T extends { start: number; end: number }>(r: T, length: number): T {
  const start = Math.min(r.start, length);
  return { ...r, start, end: Math.min(Math.max(r.end, start), length) };
}

function inside(f: Finding, length: number): Finding {
  const clamped = clampRange(f, length);
  return f.related ? { ...clamped, related: f.related.map((r) => clampRange(r, length)) } : clamped;
}
