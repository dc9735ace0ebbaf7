/**
 * sngrep "Save as .txt" (`sngrep -I in.pcap -T out.txt`): `2005/07/04 09:32:52.841120 src -> dst`, the
 * message as captured (CRLF kept), then two blank lines. Dialog by dialog, not in time order.
 */
import { MAX_ENVELOPE_LENGTH, feedRegion, type FormatReader } from './reader';
import { parseDateTime } from './time';

const ENVELOPE = /^(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{6}) (\S+) -> (\S+)$/;

export const sngrepReader: FormatReader = {
  format: 'sngrep',
  firstChars: '0123456789',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH || end - start < 30 || text.charCodeAt(start + 4) !== 47)
      return false;
    return ENVELOPE.test(text.slice(start, end));
  },
  read(ctx, start, end) {
    const m = ENVELOPE.exec(ctx.text.slice(start, end));
    if (!m) return;
    ctx.countBlock('sngrep');
    feedRegion(ctx, {
      envelope: {
        format: 'sngrep',
        start,
        end,
        time: parseDateTime(m[1] as string),
        timeKind: 'absolute',
        src: ctx.endpoint(m[2] as string),
        dst: ctx.endpoint(m[3] as string),
        transport: undefined,
        byteCount: undefined,
      },
      lineMode: 'plain',
      body: 'region',
    });
  },
};
