/**
 * Oracle/Acme Packet SBC `sipmsg.log`: `Mar  6 13:34:49.416 On [6:0]10.102.130.185:5060 received from
 * 10.102.130.150:5060` (a `tail` variant has no month and day), the message, a line of 40 dashes.
 * `Pre-NAT to private<realm=…> decode:` / `Post-NAT from private<realm=…> encoded:` introduce copies of
 * the same message (duplicates, not retransmissions); hex dumps and open/close notices are noise.
 */
import { MAX_ENVELOPE_LENGTH, isRepeatLine, type FormatReader } from './reader';
import { parseMonthDayTime, parseTimeOfDay } from './time';

const ENVELOPE =
  /^(?:([A-Z][a-z]{2} [ \d]\d) )?(\d\d:\d\d:\d\d\.\d{3}) On \[\d+:\d+\](\S+) (received from|sent to) (\S+)$/;
const NAT_COPY = /^(?:Pre|Post)-NAT (?:to|from) private<realm=[^>]*> (?:decode|encoded):$/;
const DASHES = 40;

export const acmeReader: FormatReader = {
  format: 'acme',
  firstChars: 'JFMASOND0123456789',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH || end - start < 30) return false;
    if (text.charCodeAt(start + 3) !== 32 && text.charCodeAt(start + 2) !== 58) return false;
    const line = text.slice(start, end);
    return line.indexOf(' On [') > 0 && ENVELOPE.test(line);
  },
  read(ctx, start, end) {
    const { text, lines, builder } = ctx;
    const m = ENVELOPE.exec(text.slice(start, end));
    if (!m) return;
    ctx.countBlock('acme');
    const local = ctx.endpoint(m[3] as string);
    const peer = ctx.endpoint(m[5] as string);
    const received = m[4] === 'received from';
    const time = m[1] ? parseMonthDayTime(`${m[1]} ${m[2]}`) : parseTimeOfDay(m[2] as string);
    const envelope = {
      format: 'acme' as const,
      start,
      end,
      time,
      timeKind: m[1] ? ('absolute' as const) : ('time-of-day' as const),
      src: received ? peer : local,
      dst: received ? local : peer,
      transport: undefined,
      byteCount: undefined,
    };
    builder.beginBlock({ envelope, lineMode: 'plain', body: 'region', quiet: true });
    while (lines.next()) {
      const s = lines.start;
      const e = lines.end;
      if (isRepeatLine(text, s, e, 45, DASHES)) break;
      if (ctx.isBoundary(s, e)) {
        lines.back();
        break;
      }
      if (e - s < 120 && NAT_COPY.test(text.slice(s, e))) {
        builder.endBlock();
        builder.beginBlock({ envelope, lineMode: 'plain', body: 'region', quiet: true, duplicate: true });
        continue;
      }
      builder.line(s, e, lines.eol);
    }
    builder.endBlock();
  },
};
