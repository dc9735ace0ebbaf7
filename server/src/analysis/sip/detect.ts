/**
 * Content sniffing for SIP traces: which export format the head of a text looks like, and whether it
 * holds SIP at all (a start line, as written by any of the exports, must appear).
 */
import type { ExportFormat } from './model/types';
import { cliPrefixLength } from './formats/reader';
import { flattenedHoldsStartLine } from './formats/cisco';
import { LineReader } from './parse/lineReader';
import { readFramedStartLine, readStartLine } from './parse/startLine';
import { openerOf } from './parse/traceParser';

/** Lines of the head that are examined. */
const SNIFF_LINES = 400;

/** True when the line carries a SIP start line in any export's decoration. */
function hasStartLine(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  if (text.startsWith('Session Initiation Protocol (', s)) return true;
  if (text.startsWith('Request-Line: ', s)) s += 14;
  else if (text.startsWith('Status-Line: ', s)) s += 13;
  s += cliPrefixLength(text, s, e);
  if (readStartLine(text, s, e) || readFramedStartLine(text, s, e)) return true;
  if (e > s && text.charCodeAt(e - 1) === 46) e--; // ngrep's CR-as-dot
  return readStartLine(text, s, e) !== undefined;
}

export interface SipSniff {
  /** The export format with the most envelopes in the head ('raw' when none). */
  readonly format: ExportFormat;
  /** Start lines seen in the head. */
  readonly startLines: number;
}

/** Examines the head of a text; undefined when it holds no SIP start line. */
export function sniffSipTrace(head: string): SipSniff | undefined {
  const lines = new LineReader(head);
  const counts = new Map<ExportFormat, number>();
  let startLines = 0;
  for (let n = 0; n < SNIFF_LINES && lines.next(); n++) {
    const s = lines.start;
    const e = lines.end;
    if (e === s || e - s > 2000) continue;
    const reader = openerOf(head, s, e);
    if (reader) counts.set(reader.format, (counts.get(reader.format) ?? 0) + 1);
    if (hasStartLine(head, s, e)) startLines++;
    else if (reader?.format === 'cisco' && flattenedHoldsStartLine(head, s, e)) startLines++;
  }
  if (startLines === 0) return undefined;
  let format: ExportFormat = 'raw';
  let best = 0;
  for (const [f, c] of counts) {
    if (c > best) {
      best = c;
      format = f;
    }
  }
  return { format, startLines };
}

export function looksLikeSipTrace(head: string): boolean {
  return sniffSipTrace(head) !== undefined;
}
