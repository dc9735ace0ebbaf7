/**
 * Reads a whole trace once: every line is offered to the format readers (first-character dispatch
 * keeps that cheap); a line that opens a block hands control to its reader; every other line is raw
 * SIP text for the message builder. Formats can mix within one file (people paste several tools'
 * output into one buffer), so detection is per block, not per file.
 */
import { throwIfCancelled, type CancellationToken } from '../../cancellation';
import { acmeReader } from '../formats/acme';
import { chanSipReader } from '../formats/chanSip';
import { ciscoReader } from '../formats/cisco';
import { followReader } from '../formats/follow';
import { freeswitchReader } from '../formats/freeswitch';
import { homerReader } from '../formats/homer';
import { kamailioReader } from '../formats/kamailio';
import { ngrepReader, settleRelativeTimes } from '../formats/ngrep';
import { opensipsReader } from '../formats/opensips';
import { pjsipReader } from '../formats/pjsip';
import { parseHostPort, type FormatReader, type ReaderContext, type RelativeStamp } from '../formats/reader';
import { sngrepReader } from '../formats/sngrep';
import { tsharkReader } from '../formats/tshark';
import {
  MessageColumns,
  type Endpoint,
  type ExportFormat,
  type ParseProblem,
  type SipMessage,
} from '../model/types';
import { parseAddress } from '../ip/address';
import { HeaderStore } from './headerStore';
import { LineReader } from './lineReader';
import { MessageBuilder, type BlockOptions } from './messageBuilder';
import { isToolChatter } from './toolChatter';
import { anchorShape } from '../../shapeAnchors';

/** Every reader, in the order they are tried for a line. */
export const FORMAT_READERS: readonly FormatReader[] = [
  tsharkReader,
  sngrepReader,
  ngrepReader,
  followReader,
  kamailioReader,
  pjsipReader,
  chanSipReader,
  freeswitchReader,
  opensipsReader,
  homerReader,
  acmeReader,
  ciscoReader,
];

const DISPATCH: readonly (readonly FormatReader[])[] = (() => {
  const table: FormatReader[][] = Array.from({ length: 128 }, () => []);
  for (const reader of FORMAT_READERS) {
    for (const ch of reader.firstChars) table[ch.charCodeAt(0)]?.push(reader);
  }
  return table;
})();

const RAW_BLOCK: BlockOptions = { envelope: undefined, lineMode: 'plain', body: 'length' };

/** What the parser found, before dialogs and transactions are worked out. */
export interface ParsedText {
  readonly messages: SipMessage[];
  readonly headers: HeaderStore;
  readonly problems: ParseProblem[];
  /** Messages per export format. */
  readonly formats: Map<ExportFormat, number>;
  /** Blocks (envelopes) per export format, whether or not they held SIP. */
  readonly blocks: Map<ExportFormat, number>;
}

/** Which reader opens a block at this line, if any. */
export function openerOf(text: string, start: number, end: number): FormatReader | undefined {
  let s = start;
  while (s < end && text.charCodeAt(s) === 12) s++;
  const c = text.charCodeAt(s);
  if (c >= 128 || s >= end) return undefined;
  const candidates = DISPATCH[c] as readonly FormatReader[];
  for (let i = 0; i < candidates.length; i++) {
    const reader = candidates[i] as FormatReader;
    if (reader.opens(text, s, end)) return reader;
  }
  return undefined;
}

/**
 * What format readers get while one text is parsed: the line reader, the message builder, shared
 * endpoints and block counts. A class rather than an object of closures, so that the readers' calls
 * reach the same functions in every parse (fresh closures would be new call targets for their
 * optimized code at every analysis).
 */
class ParseRun implements ReaderContext {
  readonly blocks = new Map<ExportFormat, number>();
  readonly relativeStamps: RelativeStamp[] = [];
  private readonly endpoints = new Map<string, Endpoint>();
  private readonly endpointsByText = new Map<string, Endpoint>();
  // A block's envelope line is asked about up to three times (a reader's look-ahead, the end of the
  // previous block, the main loop): the answer for the last line asked is kept.
  private askedStart = -1;
  private askedEnd = -1;
  private askedReader: FormatReader | undefined;

  constructor(
    readonly text: string,
    readonly lines: LineReader,
    readonly builder: MessageBuilder,
    private readonly problems: ParseProblem[],
  ) {}

  problem(kind: ParseProblem['kind'], start: number, end: number): void {
    this.problems.push({ kind, start, end, message: -1 });
  }

  /** The reader whose block opens at the line `[start, end)`, if any. */
  openerAt(start: number, end: number): FormatReader | undefined {
    if (start !== this.askedStart || end !== this.askedEnd) {
      this.askedReader = openerOf(this.text, start, end);
      this.askedStart = start;
      this.askedEnd = end;
    }
    return this.askedReader;
  }

  endpointOf(host: string, port: number | undefined): Endpoint {
    const key = port === undefined ? host : `${host}|${port}`;
    let known = this.endpoints.get(key);
    if (!known) {
      known = { host, port, addressClass: parseAddress(host)?.class };
      this.endpoints.set(key, known);
    }
    return known;
  }

  endpoint(hostPort: string): Endpoint | undefined {
    if (!hostPort) return undefined;
    const known = this.endpointsByText.get(hostPort);
    if (known) return known;
    const { host, port } = parseHostPort(hostPort);
    if (!host) return undefined;
    const endpoint = this.endpointOf(host, port);
    this.endpointsByText.set(hostPort, endpoint);
    return endpoint;
  }

  isBoundary(start: number, end: number): boolean {
    return this.openerAt(start, end) !== undefined;
  }

  countBlock(format: ExportFormat): void {
    this.blocks.set(format, (this.blocks.get(format) ?? 0) + 1);
  }
}

// Keeps the maps of a parse run, its line reader and its message builder between parses (decision 0086).
anchorShape(new ParseRun('', new LineReader(''), new MessageBuilder('', new HeaderStore(16), [], []), []));

export function parseSipText(text: string, token?: CancellationToken): ParsedText {
  // About one header per 64 characters in compact exports; dissections have fewer (slack is trimmed).
  const headers = new HeaderStore(Math.min(1 << 22, Math.max(1024, Math.floor(text.length / 64))));
  const messages: SipMessage[] = [];
  const problems: ParseProblem[] = [];
  // About one message per 600 characters (slack is trimmed).
  const columns = new MessageColumns(text, headers, Math.max(64, Math.floor(text.length / 600)));
  const builder = new MessageBuilder(text, headers, messages, problems, columns);
  const lines = new LineReader(text);
  const ctx = new ParseRun(text, lines, builder, problems);

  builder.beginBlock(RAW_BLOCK);
  let count = 0;
  while (lines.next()) {
    if (token && (++count & 0x3fff) === 0) throwIfCancelled(token);
    const s = lines.start;
    const e = lines.end;
    const reader = ctx.openerAt(s, e);
    if (reader) {
      builder.endBlock();
      let from = s;
      while (from < e && text.charCodeAt(from) === 12) from++;
      reader.read(ctx, from, e);
      builder.beginBlock(RAW_BLOCK);
      continue;
    }
    if (builder.idle && isToolChatter(text, s, e)) continue;
    builder.line(s, e, lines.eol);
  }
  builder.endBlock();
  builder.finish();
  if (ctx.relativeStamps.length > 0) settleRelativeTimes(ctx.relativeStamps);
  headers.trim();
  columns.trim();

  const formats = new Map<ExportFormat, number>();
  for (const m of messages) {
    const format = m.envelope?.format ?? 'raw';
    formats.set(format, (formats.get(format) ?? 0) + 1);
  }
  return { messages, headers, problems, formats, blocks: ctx.blocks };
}
