/**
 * FreeSWITCH `sofia … siptrace on`: `recv 1745 bytes from udp/[192.168.2.50]:5060 at 02:05:50.220956:`
 * then a line of 72 dashes. FreeSWITCH ≥ 1.10 writes the message unindented, CRs removed, with no
 * closing line and cut at 16000 bytes; older versions indent every line (and both dash lines) by three
 * spaces and cut long lines (`*** message truncated at N ***`).
 */
import { MAX_ENVELOPE_LENGTH, isRepeatLine, type FormatReader } from './reader';
import { parseTimeOfDay } from './time';

const ENVELOPE =
  /^(recv|send) (\d+) bytes (?:from|to) (\w+)\/\[([^\]]+)\](?::(\d+))? at (\d\d:\d\d:\d\d\.\d{6}):$/;
const DASHES = 72;
/** sofia-sip stops printing a message after this many bytes (new layout). */
const PRINT_LIMIT = 16000;

/** Skips ANSI colour escapes (`ESC[…m`) that console captures put before `recv`. */
function skipAnsi(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && text.charCodeAt(s) === 27 && text.charCodeAt(s + 1) === 91) {
    let j = s + 2;
    while (j < end && j - s < 16 && text.charCodeAt(j) !== 109) j++;
    s = j + 1;
  }
  return s;
}

export const freeswitchReader: FormatReader = {
  format: 'freeswitch',
  firstChars: 'rs\u001b',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH) return false;
    const s = skipAnsi(text, start, end);
    // SDP `s=` lines and lower-case headers start with these letters too: only `recv ` / `send ` are
    // worth the pattern.
    if (text.charCodeAt(s + 4) !== 32 || !(text.startsWith('recv', s) || text.startsWith('send', s)))
      return false;
    return ENVELOPE.test(text.slice(s, end));
  },
  read(ctx, start, end) {
    const { text, lines, builder } = ctx;
    const m = ENVELOPE.exec(text.slice(skipAnsi(text, start, end), end));
    if (!m) return;
    ctx.countBlock('freeswitch');
    const received = m[1] === 'recv';
    const byteCount = Number(m[2]);
    const peer = ctx.endpointOf(m[4] as string, m[5] === undefined ? undefined : Number(m[5]));
    const envelope = {
      format: 'freeswitch' as const,
      start,
      end,
      time: parseTimeOfDay(m[6] as string),
      timeKind: 'time-of-day' as const,
      src: received ? peer : undefined,
      dst: received ? undefined : peer,
      transport: (m[3] as string).toUpperCase(),
      byteCount,
    };
    // The separator tells the layout: indented (old) or not (new).
    let old = false;
    if (lines.next()) {
      if (isRepeatLine(text, lines.start, lines.end, 45, DASHES)) old = false;
      else if (isRepeatLine(text, lines.start, lines.end, 45, DASHES, 3)) old = true;
      else lines.back();
    }
    builder.beginBlock({
      envelope,
      lineMode: old ? 'indent3' : 'plain',
      body: old ? 'region' : 'length',
      crlfLength: !old,
      quiet: true,
      toolTruncated: !old && byteCount > PRINT_LIMIT,
    });
    while (lines.next()) {
      let s = lines.start;
      const e = lines.end;
      if (old && isRepeatLine(text, s, e, 45, DASHES, 3)) break;
      if (ctx.isBoundary(s, e)) {
        lines.back();
        break;
      }
      if (old) {
        let k = 0;
        while (k < 3 && s < e && text.charCodeAt(s) === 32) {
          s++;
          k++;
        }
        if (text.startsWith('*** message truncated', s)) {
          builder.flagCurrent(512);
          continue;
        }
      }
      builder.line(s, e, lines.eol);
    }
    builder.endBlock();
  },
};
