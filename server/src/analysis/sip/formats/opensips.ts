/**
 * OpenSIPS tracer module writing to a file: `in udp 2024-01-15 12:00:00 10.0.0.1:5060 -> 10.0.0.2:5060`,
 * the message, a blank line. One-second resolution.
 */
import { MAX_ENVELOPE_LENGTH, feedRegion, type FormatReader } from './reader';
import { parseDateTime } from './time';

const ENVELOPE = /^(in|out) (\w+) (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (\S+) -> (\S+)$/;

export const opensipsReader: FormatReader = {
  format: 'opensips',
  firstChars: 'io',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH || end - start < 30) return false;
    // SDP `o=` and `i=` lines start with these letters too: only `in ` / `out ` are worth the pattern.
    const c = text.charCodeAt(start);
    const word = c === 105 ? 'in ' : 'out ';
    if (!text.startsWith(word, start)) return false;
    return ENVELOPE.test(text.slice(start, end));
  },
  read(ctx, start, end) {
    const m = ENVELOPE.exec(ctx.text.slice(start, end));
    if (!m) return;
    ctx.countBlock('opensips');
    const time = parseDateTime(m[3] as string);
    feedRegion(ctx, {
      envelope: {
        format: 'opensips',
        start,
        end,
        time,
        timeKind: time === undefined ? undefined : 'absolute',
        src: ctx.endpoint(m[4] as string),
        dst: ctx.endpoint(m[5] as string),
        transport: (m[2] as string).toUpperCase(),
        byteCount: undefined,
      },
      lineMode: 'plain',
      body: 'region',
    });
  },
};
