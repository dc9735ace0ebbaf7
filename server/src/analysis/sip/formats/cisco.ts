/**
 * Cisco IOS / CUBE `debug ccsip messages`: `*Oct 11 21:40:26.175: //-1/xxxxxxxxxxxx/SIP/Msg/ccsipDisplayMsg:`
 * (syslog sequence numbers may lead), then `Sent:` or `Received:` (IOS-XE 17: `Received: SIP UDP
 * message from 8.41.17.71:5099 to 8.44.25.45:5060`), then the message up to a blank line.
 */
import { MAX_ENVELOPE_LENGTH, feedRegion, type FormatReader } from './reader';
import { parseMonthDayTime } from './time';

const ENVELOPE =
  /^(?:\d+: )?\*?([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,6})?)(?: [A-Z]{2,5})?: \/\/\S*\/SIP\/Msg\/ccsipDisplayMsg:$/;
const DIRECTION = /^(Sent|Received):(?: SIP (\w+) message from (\S+) to (\S+))?\s*$/;
const SUFFIX = 'ccsipDisplayMsg:';

export const ciscoReader: FormatReader = {
  format: 'cisco',
  firstChars: '*0123456789JFMASOND',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH || !text.startsWith(SUFFIX, end - SUFFIX.length)) return false;
    return ENVELOPE.test(text.slice(start, end));
  },
  read(ctx, start, end) {
    const { text, lines } = ctx;
    const m = ENVELOPE.exec(text.slice(start, end));
    if (!m) return;
    ctx.countBlock('cisco');
    let envEnd = end;
    let direction: RegExpExecArray | null = null;
    while (lines.next()) {
      if (lines.start === lines.end) continue;
      direction = lines.end - lines.start < 200 ? DIRECTION.exec(text.slice(lines.start, lines.end)) : null;
      if (direction) envEnd = lines.end;
      else lines.back();
      break;
    }
    const time = parseMonthDayTime(m[1] as string);
    feedRegion(ctx, {
      envelope: {
        format: 'cisco',
        start,
        end: envEnd,
        time,
        timeKind: time === undefined ? undefined : 'absolute',
        src: direction?.[3] ? ctx.endpoint(direction[3]) : undefined,
        dst: direction?.[4] ? ctx.endpoint(direction[4]) : undefined,
        transport: direction?.[2]?.toUpperCase(),
        byteCount: undefined,
      },
      lineMode: 'plain',
      body: 'blank',
      quiet: true,
    });
  },
};
