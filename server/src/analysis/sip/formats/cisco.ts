/**
 * Cisco IOS / CUBE `debug ccsip messages`: `*Oct 11 21:40:26.175: //-1/xxxxxxxxxxxx/SIP/Msg/ccsipDisplayMsg:`
 * (syslog sequence numbers may lead), then `Sent:` or `Received:` (IOS-XE 17: `Received: SIP UDP
 * message from 8.41.17.71:5099 to 8.44.25.45:5060`), then the message up to a blank line.
 *
 * Log collectors and syslog relays may flatten each message onto one line: the envelope, the banner
 * and the message lines joined by literal `\r\n`/`\n` or syslog's `#015#012` escapes (split back
 * into lines here, as ranges between the escapes), or by plain spaces (which cannot be split
 * reliably: a header value may hold `Name: ` text and the header/body boundary is gone; reported as a
 * `flattened-message` problem instead of guessed at).
 */
import type { Envelope } from '../model/types';
import { readStartLine } from '../parse/startLine';
import { MAX_ENVELOPE_LENGTH, feedRegion, type FormatReader, type ReaderContext } from './reader';
import { parseMonthDayTime } from './time';

const ENVELOPE =
  /^(?:\d+: )?\*?([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,6})?)(?: [A-Z]{2,5})?: \/\/\S*\/SIP\/Msg\/ccsipDisplayMsg:$/;
/** The same envelope anywhere in a flattened line's head (a syslog prefix may come first). */
const FLAT_ENVELOPE =
  /\*?([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,6})?)(?: [A-Z]{2,5})?: \/\/\S*\/SIP\/Msg\/ccsipDisplayMsg:$/;
const DIRECTION = /^(Sent|Received):(?: SIP (\w+) message from (\S+) to (\S+))?\s*$/;
/** A flattened message's head: a start line followed by more text on the same line. */
const FLAT_START = /^(?:SIP\/2\.0 \d{3} |[A-Za-z][A-Za-z-]* \S+ SIP\/2\.0\s)/;
const SUFFIX = 'ccsipDisplayMsg:';
const MARKER = '/SIP/Msg/ccsipDisplayMsg:';
/** How far into a flattened line the envelope marker may sit (syslog prefix, IOS time, call ids). */
const MARKER_WINDOW = 240;
/** A flattened message is at least a start line and a few headers. */
const MIN_FLAT_LENGTH = 120;

export const ciscoReader: FormatReader = {
  format: 'cisco',
  firstChars: '*0123456789JFMASOND<',
  opens(text, start, end) {
    if (text.startsWith(SUFFIX, end - SUFFIX.length)) {
      return end - start <= MAX_ENVELOPE_LENGTH && ENVELOPE.test(text.slice(start, end));
    }
    return end - start >= MIN_FLAT_LENGTH && flatEnvelopeEnd(text, start, end) >= 0;
  },
  read(ctx, start, end) {
    const { text, lines } = ctx;
    if (!text.startsWith(SUFFIX, end - SUFFIX.length)) {
      readFlattened(ctx, start, end);
      return;
    }
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
    const envelope = envelopeOf(ctx, m[1] as string, start, envEnd, direction);
    // A collector may have flattened only the message, under a normal envelope and banner.
    const from = lines.pos;
    while (lines.next()) {
      if (lines.start === lines.end) continue;
      const s = lines.start;
      const e = lines.end;
      if (e - s >= MIN_FLAT_LENGTH && readStartLine(text, s, e) === undefined && !ctx.isBoundary(s, e)) {
        if (firstEscape(text, s, Math.min(e, s + MARKER_WINDOW * 4)) >= 0) {
          feedFlattened(ctx, envelope, s, e);
          return;
        }
        if (FLAT_START.test(text.slice(s, s + MARKER_WINDOW))) {
          ctx.problem('flattened-message', s, e);
          return;
        }
      }
      break;
    }
    lines.pos = from;
    feedRegion(ctx, { envelope, lineMode: 'plain', body: 'blank', quiet: true });
  },
};

function envelopeOf(
  ctx: ReaderContext,
  stamp: string,
  start: number,
  end: number,
  direction: RegExpExecArray | null,
): Envelope {
  const time = parseMonthDayTime(stamp);
  return {
    format: 'cisco',
    start,
    end,
    time,
    timeKind: time === undefined ? undefined : 'absolute',
    src: direction?.[3] ? ctx.endpoint(direction[3]) : undefined,
    dst: direction?.[4] ? ctx.endpoint(direction[4]) : undefined,
    transport: direction?.[2]?.toUpperCase(),
    byteCount: undefined,
  };
}

/**
 * Where the envelope of a flattened line ends (after `ccsipDisplayMsg:`), -1 when the line is not
 * one. Only the first characters are looked at, one `startsWith` per slash: lines of other formats
 * that reach this test cost a bounded scan and no allocation.
 */
function flatEnvelopeEnd(text: string, start: number, end: number): number {
  const limit = Math.min(end - MARKER.length, start + MARKER_WINDOW);
  for (let i = start; i < limit; i++) {
    if (text.charCodeAt(i) !== 47 || !text.startsWith(MARKER, i)) continue;
    const markerEnd = i + MARKER.length;
    return FLAT_ENVELOPE.test(text.slice(start, markerEnd)) ? markerEnd : -1;
  }
  return -1;
}

/** Content sniffing: a flattened envelope line with a SIP start line in the text after it. */
export function flattenedHoldsStartLine(text: string, start: number, end: number): boolean {
  if (text.startsWith(SUFFIX, end - SUFFIX.length)) return false;
  const markerEnd = flatEnvelopeEnd(text, start, end);
  return markerEnd >= 0 && text.slice(markerEnd, Math.min(end, markerEnd + 400)).includes(' SIP/2.0');
}

function readFlattened(ctx: ReaderContext, start: number, end: number): void {
  const { text } = ctx;
  const markerEnd = flatEnvelopeEnd(text, start, end);
  const m = markerEnd < 0 ? null : FLAT_ENVELOPE.exec(text.slice(start, markerEnd));
  if (!m) return;
  ctx.countBlock('cisco');
  // The banner (`Sent:` / `Received: SIP UDP message from a to b`) is the first piece.
  let s = skipBlanks(text, markerEnd, end);
  let sep = nextEscape(text, s, end);
  if (sep.at < 0) {
    // Joined by spaces only: recognised, but not guessed at (see the module comment).
    ctx.problem('flattened-message', s, end);
    return;
  }
  let direction: RegExpExecArray | null = null;
  while (sep.at >= 0 && sep.at === s) {
    s = sep.at + sep.length;
    sep = nextEscape(text, s, end);
  }
  const bannerEnd = sep.at < 0 ? end : sep.at;
  if (bannerEnd - s < 200) direction = DIRECTION.exec(text.slice(s, bannerEnd));
  const envelope = envelopeOf(ctx, m[1] as string, start, direction ? bannerEnd : markerEnd, direction);
  if (direction) s = sep.at < 0 ? end : sep.at + sep.length;
  // `Sent: INVITE …` with only a space between the banner and the start line.
  else if (text.startsWith('Sent:', s)) s = skipBlanks(text, s + 5, end);
  else if (text.startsWith('Received:', s)) s = skipBlanks(text, s + 9, end);
  feedFlattened(ctx, envelope, s, end);
}

/** Feeds the pieces of a flattened message `[from, end)` between its escapes as lines. */
function feedFlattened(ctx: ReaderContext, envelope: Envelope, from: number, end: number): void {
  const { builder, text } = ctx;
  builder.beginBlock({ envelope, lineMode: 'plain', body: 'region', quiet: true });
  let s = from;
  while (s <= end) {
    const sep = nextEscape(text, s, end);
    if (sep.at < 0) {
      const e = trimEndBlanks(text, s, end);
      if (e > s) builder.line(s, e, 0);
      break;
    }
    builder.line(s, sep.at, sep.octets);
    s = sep.at + sep.length;
  }
  builder.endBlock();
}

interface Escape {
  /** Offset of the escape, -1 when there is none. */
  at: number;
  /** Characters the escape takes in the text. */
  length: number;
  /** Octets of line end it stands for. */
  octets: number;
}

const NO_ESCAPE: Escape = { at: -1, length: 0, octets: 0 };

/** The first line-end escape in `[from, end)`: `\r\n`, `\n`, `\r`, `#015#012`, `#012`, `#015`. */
function nextEscape(text: string, from: number, end: number): Escape {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      const n = text.charCodeAt(i + 1);
      if (n === 114) {
        const crlf = text.charCodeAt(i + 2) === 92 && text.charCodeAt(i + 3) === 110;
        return { at: i, length: crlf ? 4 : 2, octets: crlf ? 2 : 1 };
      }
      if (n === 110) return { at: i, length: 2, octets: 1 };
    } else if (c === 35 && text.charCodeAt(i + 1) === 48 && text.charCodeAt(i + 2) === 49) {
      const d = text.charCodeAt(i + 3);
      if (d === 53) {
        const crlf = text.startsWith('#012', i + 4);
        return { at: i, length: crlf ? 8 : 4, octets: crlf ? 2 : 1 };
      }
      if (d === 50) return { at: i, length: 4, octets: 1 };
    }
  }
  return NO_ESCAPE;
}

/** Offset of the first line-end escape in `[from, end)`, -1 when none. */
function firstEscape(text: string, from: number, end: number): number {
  return nextEscape(text, from, end).at;
}

function skipBlanks(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

function trimEndBlanks(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return e;
}
