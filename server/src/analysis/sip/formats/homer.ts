/**
 * Homer (homer-app "export as text"): `proto:UDP 2024-01-15T12:00:00.123456Z  10.0.0.1:5060 ---> 10.0.0.2:5060`
 * (two spaces before the source), two blank lines, the message.
 */
import { MAX_ENVELOPE_LENGTH, feedRegion, type FormatReader } from './reader';
import { parseDateTime } from './time';

const ENVELOPE = /^proto:(\w+) (\S+) {2}(\S+) ---> (\S+)$/;

export const homerReader: FormatReader = {
  format: 'homer',
  firstChars: 'p',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH || !text.startsWith('proto:', start)) return false;
    return ENVELOPE.test(text.slice(start, end));
  },
  read(ctx, start, end) {
    const m = ENVELOPE.exec(ctx.text.slice(start, end));
    if (!m) return;
    ctx.countBlock('homer');
    const time = parseDateTime(m[2] as string);
    feedRegion(ctx, {
      envelope: {
        format: 'homer',
        start,
        end,
        time,
        timeKind: time === undefined ? undefined : 'absolute',
        src: ctx.endpoint(m[3] as string),
        dst: ctx.endpoint(m[4] as string),
        transport: (m[1] as string).toUpperCase(),
        byteCount: undefined,
      },
      lineMode: 'plain',
      body: 'region',
    });
  },
};
