/**
 * Asterisk `pjsip set logger on`: `<--- Transmitting SIP request (472 bytes) to TLS:54.172.60.0:5061 --->`
 * (in `/var/log/asterisk/full` behind a `[date] VERBOSE[tid][C-…] res_pjsip_logger.c: ` prefix), the
 * message, a blank line; console lines may follow, so the message ends at the blank line after its body.
 */
import { MAX_ENVELOPE_LENGTH, feedRegion, splitTransportAddress, type FormatReader } from './reader';
import { parseDateTime, parseMonthDayTime } from './time';

const ENVELOPE =
  /<--- (Transmitting|Received) SIP (?:request|response) \((\d+) bytes\) (?:to|from) (\S+) --->$/;

export const pjsipReader: FormatReader = {
  format: 'pjsip',
  firstChars: '<[',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH) return false;
    const line = text.slice(start, end);
    const arrow = line.indexOf('<--- ');
    if (arrow < 0 || (arrow > 0 && line.charCodeAt(0) !== 91)) return false;
    return ENVELOPE.test(line.slice(arrow));
  },
  read(ctx, start, end) {
    const line = ctx.text.slice(start, end);
    const arrow = line.indexOf('<--- ');
    const m = ENVELOPE.exec(line.slice(arrow));
    if (!m) return;
    ctx.countBlock('pjsip');
    const sent = m[1] === 'Transmitting';
    const { transport, address } = splitTransportAddress(m[3] as string);
    const prefix = arrow > 0 ? /^\[([^\]]+)\]/.exec(line) : null;
    const stamp = prefix?.[1];
    const time = stamp === undefined ? undefined : (parseDateTime(stamp) ?? parseMonthDayTime(stamp));
    const peer = ctx.endpoint(address);
    feedRegion(ctx, {
      envelope: {
        format: 'pjsip',
        start,
        end,
        time,
        timeKind: time === undefined ? undefined : 'absolute',
        src: sent ? undefined : peer,
        dst: sent ? peer : undefined,
        transport: transport || undefined,
        byteCount: Number(m[2]),
      },
      lineMode: 'plain',
      body: 'blank',
      quiet: true,
    });
  },
};
