/**
 * Evidence in words: how a rule names a message, a time, a duration or a list in its explanation.
 * Every label goes through the localization layer; document text is quoted as is (explanations are
 * plain text, escaped when shown).
 */
import { defineMessages } from '../../l10n';
import { messageLabel } from '../model/lookup';
import type { Envelope, SipMessage, SipTrace } from '../model/types';

const text = defineMessages('sip.evidence', {
  messageAt: '{label} at {time}',
  messageNumber: '{label} (message {number})',
  relative: '+{seconds} s',
  seconds: '{seconds} s',
  milliseconds: '{ms} ms',
  route: '{src} → {dst}',
  unknownEndpoint: '?',
  none: 'none',
  listMore: '{list} and {more} more',
});

function pad(n: number, width = 2): string {
  return String(Math.floor(n)).padStart(width, '0');
}

/** An envelope time as the export wrote it (the zone is unknown, so none is shown). */
export function formatTime(env: Envelope | undefined): string | undefined {
  if (!env || env.time === undefined) return undefined;
  const t = env.time;
  if (env.timeKind === 'relative') return text.explain('relative', { seconds: (t / 1000).toFixed(3) });
  const ms = ((t % 1000) + 1000) % 1000;
  if (env.timeKind === 'time-of-day') {
    const s = Math.floor(t / 1000);
    return `${pad(s / 3600)}:${pad((s / 60) % 60)}:${pad(s % 60)}.${pad(ms, 3)}`;
  }
  const d = new Date(Math.floor(t));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}.${pad(ms, 3)}`;
}

/** `INVITE at 2023-11-14 22:13:20.000` or `INVITE (message 3)`. */
export function describeMessage(trace: SipTrace, m: SipMessage): string {
  const label = messageLabel(trace, m);
  const time = formatTime(m.envelope);
  return time
    ? text.explain('messageAt', { label, time })
    : text.explain('messageNumber', { label, number: m.index + 1 });
}

/** `10.0.0.1:5060 → 10.0.0.2:5060` when the envelope says, else undefined. */
export function describeRoute(m: SipMessage): string | undefined {
  const env = m.envelope;
  if (!env || (!env.src && !env.dst)) return undefined;
  const ep = (e: Envelope['src']): string =>
    e
      ? e.port !== undefined
        ? `${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port}`
        : e.host
      : text.explain('unknownEndpoint');
  return text.explain('route', { src: ep(env.src), dst: ep(env.dst) });
}

/** Seconds between two messages when both envelopes have comparable times. */
export function secondsBetween(a: SipMessage, b: SipMessage): number | undefined {
  const ea = a.envelope;
  const eb = b.envelope;
  if (!ea || !eb || ea.time === undefined || eb.time === undefined || ea.timeKind !== eb.timeKind)
    return undefined;
  return (eb.time - ea.time) / 1000;
}

export function formatSeconds(seconds: number): string {
  if (Math.abs(seconds) < 1) return text.explain('milliseconds', { ms: Math.round(seconds * 1000) });
  return text.explain('seconds', { seconds: seconds.toFixed(seconds < 10 ? 2 : 1) });
}

/** `a, b, c and 4 more`. */
export function formatList(items: readonly string[], max = 8): string {
  if (items.length === 0) return text.explain('none');
  if (items.length <= max) return items.join(', ');
  return text.explain('listMore', { list: items.slice(0, max).join(', '), more: items.length - max });
}

/** The range of a message's start line (where most findings point). */
export function startLineRange(m: SipMessage): { start: number; end: number } {
  return { start: m.lineStart, end: Math.max(m.lineStart + 1, m.lineEnd) };
}

/** The sip.evidence table, exported for its translation (evidence.ja.ts). */
export { text as evidenceMessages };
