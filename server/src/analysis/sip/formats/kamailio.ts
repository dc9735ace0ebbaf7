/**
 * Kamailio sipdump module files: a line of 20 `=`, `key: value` lines (tag, pid, process, time, date,
 * proto, srcip, srcport, dstip, dstport), a line of 20 `~`, the message, a line of 20 `|`.
 */
import type { Endpoint } from '../model/types';
import { feedRegion, isRepeatLine, type FormatReader } from './reader';
import { parseEpochSeconds } from './time';

const WIDTH = 20;

export const kamailioReader: FormatReader = {
  format: 'kamailio',
  firstChars: '=',
  opens(text, start, end) {
    return isRepeatLine(text, start, end, 61, WIDTH);
  },
  read(ctx, start, _end) {
    const { lines, text } = ctx;
    const fields = new Map<string, string>();
    let headerEnd = start;
    let body = false;
    while (lines.next()) {
      const s = lines.start;
      const e = lines.end;
      headerEnd = e;
      if (isRepeatLine(text, s, e, 126, WIDTH)) {
        body = true;
        break;
      }
      const colon = s + text.slice(s, Math.min(e, s + 24)).indexOf(': ');
      if (colon < s) {
        lines.back();
        break;
      }
      fields.set(text.slice(s, colon), text.slice(colon + 2, e));
    }
    if (!body) return;
    ctx.countBlock('kamailio');
    const endpoint = (ip: string | undefined, port: string | undefined): Endpoint | undefined =>
      ip === undefined ? undefined : ctx.endpointOf(ip, port === undefined ? undefined : Number(port));
    const time = parseEpochSeconds(fields.get('time') ?? '');
    const proto = (fields.get('proto') ?? '').split(' ')[0]?.toUpperCase();
    feedRegion(
      ctx,
      {
        envelope: {
          format: 'kamailio',
          start,
          end: headerEnd,
          time,
          timeKind: time === undefined ? undefined : 'absolute',
          src: endpoint(fields.get('srcip'), fields.get('srcport')),
          dst: endpoint(fields.get('dstip'), fields.get('dstport')),
          transport: proto || undefined,
          byteCount: undefined,
        },
        lineMode: 'plain',
        body: 'region',
      },
      (t, s, e) => isRepeatLine(t, s, e, 124, WIDTH),
    );
  },
};
