/**
 * Asterisk chan_sip `sip set debug on` (removed in Asterisk 21): `<--- SIP read from UDP:a:p --->` …
 * `<------------->`, `<--- Transmitting (no NAT) to a:p --->` … `<------------>`, and the request forms
 * `Transmitting (NAT) to a:p:` / `Reliably Transmitting …:` / `Retransmitting #2 (…) to a:p:` … `---`.
 * CLI captures may prefix every line with `[Mar 30 13:35:51] `.
 */
import {
  MAX_ENVELOPE_LENGTH,
  cliPrefixLength,
  feedRegion,
  splitTransportAddress,
  type FormatReader,
} from './reader';
import { parseMonthDayTime, parseDateTime } from './time';

const READ = /^<--- SIP read from (\S+) --->$/;
const SENT_ARROW = /^<--- (?:Reliably )?Transmitting \((?:NAT|no NAT)\) to (\S+) --->$/;
const SENT_COLON = /^(?:(?:Reliably )?Transmitting|Retransmitting #\d+) \((?:NAT|no NAT)\) to (\S+):$/;

function envelopeLine(text: string, start: number, end: number): { line: string; prefix: string } {
  const skip = cliPrefixLength(text, start, end);
  return { line: text.slice(start + skip, end), prefix: text.slice(start, start + skip) };
}

function isTerminator(text: string, start: number, end: number): boolean {
  const s = start + cliPrefixLength(text, start, end);
  const n = end - s;
  if (n === 3) return text.startsWith('---', s);
  return (n === 15 || n === 14) && text.startsWith('<-----------', s) && text.charCodeAt(end - 1) === 62;
}

export const chanSipReader: FormatReader = {
  format: 'chan_sip',
  firstChars: '<[TRr',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH) return false;
    const s = start + cliPrefixLength(text, start, end);
    const c = text.charCodeAt(s);
    if (c === 60 ? !text.startsWith('<--- ', s) : c !== 84 && c !== 82) return false;
    if (c === 84 && !text.startsWith('Transmitting (', s)) return false;
    if (c === 82 && !text.startsWith('Reliably Transmitting (', s) && !text.startsWith('Retransmitting #', s))
      return false;
    const { line } = envelopeLine(text, start, end);
    return READ.test(line) || SENT_ARROW.test(line) || SENT_COLON.test(line);
  },
  read(ctx, start, end) {
    const { line, prefix } = envelopeLine(ctx.text, start, end);
    const read = READ.exec(line);
    const sent = read ? null : (SENT_ARROW.exec(line) ?? SENT_COLON.exec(line));
    const address = read?.[1] ?? sent?.[1];
    if (address === undefined) return;
    ctx.countBlock('chan_sip');
    const { transport, address: hostPort } = splitTransportAddress(address);
    const stamp = prefix ? prefix.slice(1, prefix.indexOf(']')) : undefined;
    const time = stamp === undefined ? undefined : (parseMonthDayTime(stamp) ?? parseDateTime(stamp));
    const peer = ctx.endpoint(hostPort);
    feedRegion(
      ctx,
      {
        envelope: {
          format: 'chan_sip',
          start,
          end,
          time,
          timeKind: time === undefined ? undefined : 'absolute',
          src: read ? peer : undefined,
          dst: read ? undefined : peer,
          transport: transport || undefined,
          byteCount: undefined,
        },
        lineMode: 'cli-prefix',
        body: 'region',
        quiet: true,
      },
      isTerminator,
    );
  },
};
