/**
 * ngrep `-W byline` (also sipgrep): `U 2005/07/04 09:32:52.841120 src -> dst #19`, optional TCP flags
 * and fragment ids, then the payload with every non-printable byte shown as `.`: each CRLF line ends
 * in a dot. The dot is stripped only when every line of the block has one.
 */
import type { Envelope } from '../model/types';
import {
  MAX_ENVELOPE_LENGTH,
  feedRegion,
  type FormatReader,
  type Mutable,
  type RelativeStamp,
} from './reader';
import { parseDateTime, parseSeconds } from './time';

const ENVELOPE =
  /^([UTI?]) (?:(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{6}|\+\d+\.\d{6}) )?(\S+) -> (\S+)(?: \[[ASRFUPEC.]+\])?(?: \+\S+)?(?: #\d+)?$/;

const TRANSPORTS: Readonly<Record<string, string>> = { U: 'UDP', T: 'TCP' };

export const ngrepReader: FormatReader = {
  format: 'ngrep',
  firstChars: 'UTI?',
  opens(text, start, end) {
    if (end - start > MAX_ENVELOPE_LENGTH || text.charCodeAt(start + 1) !== 32) return false;
    return ENVELOPE.test(text.slice(start, end));
  },
  read(ctx, start, end) {
    const m = ENVELOPE.exec(ctx.text.slice(start, end));
    if (!m) return;
    ctx.countBlock('ngrep');
    const { lines, text } = ctx;
    // First pass: where the block ends and whether the lines carry the CR-as-dot. A body whose last
    // line has no CRLF is common, so the last line with text may lack the dot.
    const from = lines.pos;
    let dotted = 0;
    let undotted = 0;
    let lastUndotted = false;
    let until = Infinity;
    while (lines.next()) {
      if (ctx.isBoundary(lines.start, lines.end)) break;
      // In dotted output every payload line ends in a dot, so an empty line ends the packet.
      if (lines.end === lines.start && dotted > 0 && (undotted === 0 || (undotted === 1 && lastUndotted))) {
        until = lines.start;
        break;
      }
      if (lines.end > lines.start) {
        lastUndotted = text.charCodeAt(lines.end - 1) !== 46;
        if (lastUndotted) undotted++;
        else dotted++;
      }
    }
    lines.pos = from;
    const stamp = m[2];
    const transport = TRANSPORTS[m[1] as string];
    const stripDots = dotted > 0 && (undotted === 0 || (undotted === 1 && lastUndotted));
    const relative = stamp !== undefined && stamp.startsWith('+');
    const envelope: Mutable<Envelope> = {
      format: 'ngrep',
      start,
      end,
      time: stamp === undefined ? undefined : relative ? parseSeconds(stamp) : parseDateTime(stamp),
      timeKind: stamp === undefined ? undefined : relative ? 'relative' : 'absolute',
      src: ctx.endpoint(m[3] as string),
      dst: ctx.endpoint(m[4] as string),
      transport,
      byteCount: undefined,
    };
    // `-T` prints the time since the previous packet: the offset is only known once all are read.
    if (relative) ctx.relativeStamps.push(envelope);
    feedRegion(
      ctx,
      {
        envelope,
        lineMode: stripDots ? 'ngrep-dot' : 'plain',
        body: 'region',
        stream: transport === 'TCP',
      },
      undefined,
      until,
    );
  },
};

/** Beyond this a first `-T` delta is a time since the epoch (no previous packet), not a gap. */
const EPOCH_LIKE_MS = 1e11;

/**
 * Turns ngrep's printed relative times into offsets from the first packet, once the whole trace is
 * read. `-TT` prints the time since the first packet (never decreasing, kept as printed); `-T` prints
 * the time since the previous packet, so its values go down (a 100 Trying right after a long gap) or
 * repeat (a retransmission timer at its cap) and are summed. Both print `+S.uuuuuu`: a trace whose
 * deltas only ever grow (0.5, 1, 2, 4 s of INVITE retransmissions) cannot be told from `-TT`.
 */
export function settleRelativeTimes(stamps: readonly RelativeStamp[]): void {
  let sinceFirst = true;
  let previous = -1;
  for (const stamp of stamps) {
    const t = stamp.time;
    if (t === undefined) continue;
    if (previous >= 0 && (t < previous || (t === previous && t > 0))) {
      sinceFirst = false;
      break;
    }
    previous = t;
  }
  if (sinceFirst) return;
  let offset = 0;
  let first = true;
  for (const stamp of stamps) {
    const t = stamp.time;
    if (t === undefined) continue;
    if (!(first && t > EPOCH_LIKE_MS)) offset += t;
    first = false;
    stamp.time = offset;
  }
}
