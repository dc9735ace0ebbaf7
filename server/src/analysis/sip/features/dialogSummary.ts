/** A dialog in a few words: parties, time span, outcome. Shared by the outline and the Call-ID hover. */
import { defineMessages } from '../../l10n';
import { messageLabel } from '../model/lookup';
import type { Dialog, SipMessage, SipTrace, Transaction } from '../model/types';
import { parseUri } from '../parse/values';
import { secondsBetween } from '../rules/evidence';

const t = defineMessages('sip.dialogSummary', {
  answered: 'answered',
  answeredEnded: 'answered, ended by BYE',
  failed: 'failed: {label}',
  cancelled: 'cancelled by the caller',
  ringing: 'no final response',
  noResponse: 'no response',
  other: '{method} → {label}',
  otherPending: '{method}, no final response',
  empty: 'no request captured',
});

export interface DialogSummary {
  readonly from: string;
  readonly to: string;
  readonly first: SipMessage;
  readonly last: SipMessage;
  readonly outcome: string;
  /** Seconds from the first to the last message, when the envelopes have times. */
  readonly seconds: number | undefined;
}

/** `user@host` of a URI (or the URI itself when it does not parse). */
export function party(uri: string): string {
  if (!uri) return '?';
  const u = parseUri(uri);
  if (u.scheme === 'tel') return u.user;
  return u.user ? `${u.user}@${u.host}` : u.host || uri;
}

function firstRequest(trace: SipTrace, dialog: Dialog): SipMessage | undefined {
  for (const i of dialog.messages) {
    const m = trace.messages[i] as SipMessage;
    if (m.isRequest) return m;
  }
  return undefined;
}

export function summarizeDialog(trace: SipTrace, dialog: Dialog): DialogSummary {
  const first = trace.messages[dialog.messages[0] as number] as SipMessage;
  const last = trace.messages[dialog.messages[dialog.messages.length - 1] as number] as SipMessage;
  const opener = firstRequest(trace, dialog) ?? first;
  return {
    from: party(opener.fromUri),
    to: party(opener.toUri),
    first,
    last,
    outcome: dialogOutcome(trace, dialog),
    seconds: secondsBetween(first, last),
  };
}

export function dialogOutcome(trace: SipTrace, dialog: Dialog): string {
  const txs = dialog.transactions.map((i) => trace.transactions[i] as Transaction);
  const invites = txs.filter((tx) => tx.method === 'INVITE');
  if (invites.length > 0) {
    const finals = invites
      .filter((tx) => tx.finalResponse >= 0)
      .map((tx) => trace.messages[tx.finalResponse] as SipMessage);
    if (finals.some((m) => m.status >= 200 && m.status < 300)) {
      return txs.some((tx) => tx.method === 'BYE') ? t.t('answeredEnded') : t.t('answered');
    }
    const lastFinal = finals[finals.length - 1];
    if (lastFinal) {
      if (lastFinal.status === 487) return t.t('cancelled');
      // An unanswered challenge before a later attempt is not the outcome: take the last final.
      return t.t('failed', { label: messageLabel(trace, lastFinal) });
    }
    return invites.some((tx) => tx.responses.length > 0) ? t.t('ringing') : t.t('noResponse');
  }
  const firstTx = txs.find((tx) => tx.request >= 0);
  if (!firstTx) return t.t('empty');
  const lastOfMethod = [...txs].reverse().find((tx) => tx.method === firstTx.method && tx.finalResponse >= 0);
  if (!lastOfMethod) return t.t('otherPending', { method: firstTx.method });
  return t.t('other', {
    method: firstTx.method,
    label: messageLabel(trace, trace.messages[lastOfMethod.finalResponse] as SipMessage),
  });
}

/** The sip.dialogSummary table, exported for its translation (dialogSummary.ja.ts). */
export { t as dialogSummaryMessages };
