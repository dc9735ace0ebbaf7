/**
 * The text forms users paste (ccp-log.md §3): the DevTools console form
 * `[<ISO time>] [<LEVEL>] [<agentResourceId>]: <text>` (optionally prefixed `[CCP] `) and the CCP Log
 * Parser display form `+ <time> <component> <LEVEL> <text>`, whose expanded (`-`) entries are followed by
 * the original JSON object indented by two spaces. Other lines continue the previous entry.
 */
import { throwIfCancelled, type CancellationToken } from '../../cancellation';
import { CcpEntry } from '../model/entry';
import { finishEntry } from './buildEntry';
import { exceptionOf } from './exceptionValue';
import { parseIsoTime } from './isoTime';
import { ElementTable, scanObjectAt, Slot } from './jsonScanner';
import type { LogForm, ParsedLog, ParseProblem } from './parsedLog';

// Anchored (sticky) at a line start; simple classes, no nested quantifiers.
const CONSOLE = /(?:\[CCP\] )?\[(\d{4}-\d\d-\d\dT[\d:.]{5,20}Z)\] \[([A-Z]{1,12})\] \[([^\]\n]{0,80})\]: ?/dy;
const DISPLAY =
  /(?:([+-]) )?(\d{4}-\d\d-\d\dT[\d:.]{5,20}Z) (\S{1,40}) (TRACE|DEBUG|INFO|LOG|WARN|ERROR|CRITICAL|TEST) ?/dy;

export function parseLineForms(text: string, token?: CancellationToken): ParsedLog {
  const table = new ElementTable();
  const entries: CcpEntry[] = [];
  const problems: ParseProblem[] = [];
  const n = text.length;
  let consoleLines = 0;
  let displayLines = 0;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let last: CcpEntry | undefined;
  let lineNo = 0;
  while (pos < n) {
    if ((++lineNo & 8191) === 0 && token) throwIfCancelled(token);
    let lineEnd = text.indexOf('\n', pos);
    const next = lineEnd < 0 ? n : lineEnd + 1;
    if (lineEnd < 0) lineEnd = n;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const e = matchLine(text, pos, lineEnd, entries.length, table);
    if (e) {
      if (e.component === '') consoleLines++;
      else displayLines++;
      let objects: unknown;
      let after = next;
      if (text.charCodeAt(pos) === 45 /* - */) {
        const block = expandedBlock(text, next, e.row, table);
        if (block) {
          objects = block.value['objects'];
          applyBlock(e, block.value);
          e.end = block.end;
          after = block.next;
        }
      }
      finishEntry(e, { objects: () => objects, fullText: () => e.text });
      entries.push(e);
      last = e;
      pos = after;
      continue;
    }
    if (last && lineEnd > pos) last.end = lineEnd;
    pos = next;
  }
  if (entries.length === 0 && n > 0) {
    let s = 0;
    while (s < n && text.charCodeAt(s) <= 32) s++;
    if (s < n) problems.push({ kind: 'no-entries', start: s, end: Math.min(n, lineEndOf(text, s)) });
  }
  const form: LogForm = entries.length === 0 ? 'empty' : displayLines >= consoleLines ? 'display' : 'console';
  return { form, entries, table, problems, arrays: 0, nonEntries: 0 };
}

function lineEndOf(text: string, s: number): number {
  const k = text.indexOf('\n', s);
  return k < 0 ? text.length : k;
}

function matchLine(
  text: string,
  pos: number,
  lineEnd: number,
  index: number,
  table: ElementTable,
): CcpEntry | undefined {
  const c = text.charCodeAt(pos);
  let m: RegExpExecArray | null = null;
  let display = false;
  if (c === 91 /* [ */) {
    CONSOLE.lastIndex = pos;
    m = CONSOLE.exec(text);
  } else if (c === 43 || c === 45 || (c >= 48 && c <= 57)) {
    DISPLAY.lastIndex = pos;
    m = DISPLAY.exec(text);
    display = true;
  }
  if (!m || !m.indices || m.index + m[0].length > lineEnd) return undefined;
  const row = table.add(pos);
  const e = new CcpEntry(index, row, pos, lineEnd);
  const idx = m.indices;
  const timeAt = idx[display ? 2 : 1] as [number, number];
  const levelAt = idx[display ? 4 : 2] as [number, number];
  table.setField(row, Slot.time, timeAt[0], timeAt[1]);
  table.setField(row, Slot.level, levelAt[0], levelAt[1]);
  e.time = parseIsoTime(text.slice(timeAt[0], timeAt[1]));
  e.level = text.slice(levelAt[0], levelAt[1]);
  if (display) {
    const compAt = idx[3] as [number, number];
    table.setField(row, Slot.component, compAt[0], compAt[1]);
    e.component = text.slice(compAt[0], compAt[1]);
  } else {
    const agentAt = idx[3] as [number, number];
    table.setField(row, Slot.agentResourceId, agentAt[0], agentAt[1]);
  }
  let textStart = m.index + m[0].length;
  if (display) textStart = skipDecoration(text, textStart, lineEnd);
  table.setField(row, Slot.text, textStart, lineEnd);
  e.text = text.slice(textStart, lineEnd);
  table.ends[row] = lineEnd;
  return e;
}

/** The AWS parser's display adds emoji markers (💬, ❗) before some texts; skip them. */
function skipDecoration(text: string, at: number, end: number): number {
  let i = at;
  let skipped = 0;
  while (i < end && skipped < 4) {
    const c = text.charCodeAt(i);
    if (c >= 0x2000 && c !== 0xfeff) {
      i++;
      skipped++;
      while (i < end && text.charCodeAt(i) === 32) i++;
    } else break;
  }
  return i;
}

interface Block {
  readonly value: Record<string, unknown>;
  readonly end: number;
  readonly next: number;
}

/** The indented JSON object after an expanded display line, if there is one. */
function expandedBlock(text: string, from: number, row: number, table: ElementTable): Block | undefined {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === from || text.charCodeAt(i) !== 123) return undefined;
  // Record the object's field ranges in a scratch table, then copy the ones the line does not have.
  const scratch = new ElementTable();
  const scratchRow = scratch.add(i);
  const end = scanObjectAt(text, i, scratch, scratchRow);
  if (end < 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text.slice(i, end));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  for (const slot of [Slot.exception, Slot.objects, Slot.loggerId, Slot.contextLayer, Slot.tabId]) {
    const s = scratch.fieldStart(scratchRow, slot);
    if (s >= 0) table.setField(row, slot, s, scratch.fieldEnd(scratchRow, slot));
  }
  const nl = text.indexOf('\n', end);
  table.ends[row] = end;
  return { value: value as Record<string, unknown>, end, next: nl < 0 ? text.length : nl + 1 };
}

function applyBlock(e: CcpEntry, o: Record<string, unknown>): void {
  if (typeof o['loggerId'] === 'string') e.loggerId = o['loggerId'];
  if (typeof o['contextLayer'] === 'string') e.contextLayer = o['contextLayer'];
  e.exception = exceptionOf(o['exception']);
}
