/**
 * The contract of an export-format reader and the helpers they share. A reader recognises the line
 * that opens one of its blocks (the envelope), then reads the block: it builds the envelope and hands
 * the message lines, freed of the export's decoration, to the message builder.
 */
import type { BlockOptions, MessageBuilder } from '../parse/messageBuilder';
import type { LineReader } from '../parse/lineReader';
import type { Endpoint, ExportFormat, ParseProblem } from '../model/types';
import { splitHostPort } from '../parse/values';

export interface ReaderContext {
  readonly text: string;
  readonly lines: LineReader;
  readonly builder: MessageBuilder;
  /** A shared endpoint for `host:port`, `[v6]:port` or ngrep's `v6:port`. */
  endpoint(hostPort: string): Endpoint | undefined;
  endpointOf(host: string, port: number | undefined): Endpoint;
  /** Whether a line opens a block of any format (ends the current block). */
  isBoundary(start: number, end: number): boolean;
  /** Counts one block (envelope) of a format. */
  countBlock(format: ExportFormat): void;
  /** Records text the parser recognised but could not read as messages. */
  problem(kind: ParseProblem['kind'], start: number, end: number): void;
  /** Envelopes whose relative time is settled after the whole text is read (ngrep `-T`/`-TT`). */
  readonly relativeStamps: RelativeStamp[];
}

/** An envelope time that can still be rewritten while the text is parsed. */
export interface RelativeStamp {
  time: number | undefined;
}

/** A readonly model type, writable while its reader builds it. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface FormatReader {
  readonly format: ExportFormat;
  /** Characters a line opening one of this format's blocks can start with (a cheap first filter). */
  readonly firstChars: string;
  opens(text: string, start: number, end: number): boolean;
  /** Reads the block opened by the line `[start, end)`, which `ctx.lines` has just returned. */
  read(ctx: ReaderContext, start: number, end: number): void;
}

/** Envelope lines are short; longer lines are never tested against envelope patterns. */
export const MAX_ENVELOPE_LENGTH = 400;

/**
 * Feeds lines to the builder until a line that opens another block (left unread), a terminator
 * (consumed, returns true) or the end of the text. The block's line mode says what decoration to strip
 * from each line: ngrep's trailing dot (the CR), a CLI time prefix, sofia's three-space indent.
 */
export function feedRegion(
  ctx: ReaderContext,
  options: BlockOptions,
  isTerminator?: (text: string, start: number, end: number) => boolean,
  until = Infinity,
): boolean {
  const { lines, builder, text } = ctx;
  const mode = options.lineMode;
  builder.beginBlock(options);
  let terminated = false;
  while (lines.pos < until && lines.next()) {
    let s = lines.start;
    let e = lines.end;
    let eol = lines.eol;
    if (isTerminator && isTerminator(text, s, e)) {
      terminated = true;
      break;
    }
    if (ctx.isBoundary(s, e)) {
      lines.back();
      break;
    }
    if (mode === 'ngrep-dot') {
      if (e > s && text.charCodeAt(e - 1) === 46) {
        e--;
        eol = 2;
      }
    } else if (mode === 'cli-prefix') {
      s += cliPrefixLength(text, s, e);
    } else if (mode === 'indent3') {
      let k = 0;
      while (k < 3 && s < e && text.charCodeAt(s) === 32) {
        s++;
        k++;
      }
    }
    builder.line(s, e, eol);
  }
  builder.endBlock();
  return terminated;
}

/** Length of an Asterisk CLI prefix `[Mar 30 13:35:51] ` at `start`, 0 if none. */
export function cliPrefixLength(text: string, start: number, end: number): number {
  if (text.charCodeAt(start) !== 91 || end - start < 18) return 0;
  const close = text.indexOf('] ', start);
  if (close < 0 || close - start > 40) return 0;
  return CLI_PREFIX.test(text.slice(start, close + 2)) ? close + 2 - start : 0;
}

const CLI_PREFIX = /^\[(?:[A-Z][a-z]{2} [ \d]\d|\d{4}-\d\d-\d\d) \d\d:\d\d:\d\d(?:\.\d+)?\] $/;

/** True when `text[start, end)` is `count` repetitions of `char` (optionally after `indent` spaces). */
export function isRepeatLine(
  text: string,
  start: number,
  end: number,
  char: number,
  count: number,
  maxIndent = 0,
): boolean {
  let s = start;
  let indent = 0;
  while (s < end && text.charCodeAt(s) === 32 && indent < maxIndent) {
    s++;
    indent++;
  }
  if (end - s !== count) return false;
  for (let i = s; i < end; i++) if (text.charCodeAt(i) !== char) return false;
  return true;
}

/** `TRANSPORT:host:port` (Asterisk) → transport and endpoint text. */
export function splitTransportAddress(text: string): { transport: string; address: string } {
  const colon = text.indexOf(':');
  const head = colon > 0 ? text.slice(0, colon) : '';
  if (/^(?:UDP|TCP|TLS|WSS?|SCTP)$/i.test(head))
    return { transport: head.toUpperCase(), address: text.slice(colon + 1) };
  return { transport: '', address: text };
}

/** Parses `host:port`, `[v6]:port` and ngrep's unbracketed `v6:port`. */
export function parseHostPort(text: string): { host: string; port: number | undefined } {
  const t = text.trim();
  if (!t.startsWith('[')) {
    const colons = t.split(':').length - 1;
    if (colons > 1) {
      // ngrep writes IPv6 without brackets and appends the port after the last colon.
      const last = t.lastIndexOf(':');
      const port = Number(t.slice(last + 1));
      if (Number.isInteger(port) && port > 0 && port <= 65535 && t.slice(last + 1).length <= 5)
        return { host: t.slice(0, last), port };
      return { host: t, port: undefined };
    }
  }
  return splitHostPort(t);
}
