/** Text → trace model: parse once, then dialogs, transactions and legs. */
import type { CancellationToken } from '../../cancellation';
import { parseSipText } from '../parse/traceParser';
import { correlateLegs } from './legs';
import { buildDialogs } from './transactions';
import type { SipTrace } from './types';

export function buildTrace(text: string, token?: CancellationToken): SipTrace {
  const parsed = parseSipText(text, token);
  const { dialogs, dialogByCallId, transactions } = buildDialogs(parsed.messages);
  const calls = correlateLegs(text, parsed.messages, parsed.headers, dialogs, dialogByCallId);
  const messageStarts = new Uint32Array(parsed.messages.length);
  for (let i = 0; i < parsed.messages.length; i++)
    messageStarts[i] = (parsed.messages[i] as { start: number }).start;
  let blocks = 0;
  for (const n of parsed.blocks.values()) blocks += n;
  return {
    text,
    messages: parsed.messages,
    headers: parsed.headers,
    formats: parsed.formats,
    blocks,
    problems: parsed.problems,
    dialogs,
    dialogByCallId,
    transactions,
    calls,
    messageStarts,
  };
}
