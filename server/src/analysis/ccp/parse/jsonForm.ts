/**
 * The downloaded form: one JSON array (ccp-log.md §2). An offset pass finds every entry and the value
 * range of each field it reads — line by line when the file is pretty-printed as the CCP writes it,
 * else with the tolerant scanner (cuts, garbage, concatenation). Fields are then decoded from their
 * ranges; `objects` only when a view needs them (decision 0011).
 */
import { throwIfCancelled, type CancellationToken } from '../../cancellation';
import type { CcpEntry } from '../model/entry';
import { CcpEntry as Entry } from '../model/entry';
import type { EntrySource } from '../model/classify';
import { finishEntry } from './buildEntry';
import { exceptionOf } from './exceptionValue';
import {
  decodeComponent,
  decodeLayer,
  decodeLevel,
  decodeString,
  decodeStringPrefix,
  decodeTime,
  EscapeFinder,
  LoggerIds,
  parseValue,
} from './fieldDecode';
import { ElementFlag, scanJsonArray, Slot, type ElementTable, type ScanResult } from './jsonScanner';
import type { ParsedLog, ParseProblem } from './parsedLog';
import { scanPrettyArray } from './prettyScan';
import { anchorShape } from '../../shapeAnchors';

/**
 * Escaped texts longer than this (metric batches, reports, telemetry) keep only their first
 * `KEPT_PREFIX` characters in the model (see `CcpEntry.textTruncated`); their kinds are decided by a prefix.
 */
const LONG_TEXT = 4096;
const KEPT_PREFIX = 1024;

export function parseJsonForm(text: string, token?: CancellationToken): ParsedLog {
  const bodyStart = skipBomAndSpace(text);
  const pretty = scanPrettyArray(text, bodyStart);
  const scan: ScanResult = pretty
    ? { elements: pretty, problems: [], arrays: 1, bodyStart }
    : scanJsonArray(text);
  const table = scan.elements;
  const count = table.count;
  const problems: ParseProblem[] = [];
  const entries: CcpEntry[] = [];
  const escapes = new EscapeFinder(text);
  const loggers = new LoggerIds();
  const source = new RangeSource();
  let nonEntries = 0;
  for (let k = 0; k < count; k++) {
    if ((k & 4095) === 4095 && token) throwIfCancelled(token);
    const flags = table.flags[k] as number;
    if ((flags & ElementFlag.Object) === 0) {
      nonEntries++;
      continue;
    }
    const built = entryFromRanges(text, table, k, entries.length, escapes, loggers, source);
    if (!built) {
      nonEntries++;
      continue;
    }
    const broken = (flags & ElementFlag.Complete) === 0;
    if (broken || built.damaged) built.entry.damaged = true;
    if (!broken && built.damaged) {
      problems.push({
        kind: 'damaged-entry',
        start: table.starts[k] as number,
        end: table.ends[k] as number,
      });
    }
    entries.push(built.entry);
  }
  for (const p of scan.problems) {
    problems.push(
      p.kind === 'truncated' || p.kind === 'broken-entry'
        ? { ...p, entriesBefore: countBefore(entries, p.start) }
        : p,
    );
  }
  const cut = scan.problems.some((p) => p.kind === 'truncated' || p.kind === 'broken-entry');
  if (count > 0 && entries.length === 0 && !cut) {
    problems.push({
      kind: 'not-ccp-json',
      start: scan.bodyStart,
      end: Math.min(text.length, scan.bodyStart + 1),
    });
  }
  problems.sort((a, b) => a.start - b.start);
  return { form: 'json', entries, table, problems, arrays: scan.arrays, nonEntries };
}

/** Builds an entry from its field ranges; undefined when the object has none of the core fields. */
function entryFromRanges(
  text: string,
  table: ElementTable,
  row: number,
  index: number,
  escapes: EscapeFinder,
  loggers: LoggerIds,
  source: RangeSource,
): { entry: CcpEntry; damaged: boolean } | undefined {
  const cs = table.fieldStart(row, Slot.component);
  const ls = table.fieldStart(row, Slot.level);
  const ts = table.fieldStart(row, Slot.text);
  if (cs < 0 && ls < 0 && ts < 0) return undefined;
  const e = new Entry(index, row, table.starts[row] as number, table.ends[row] as number);
  let damaged = false;
  if (cs >= 0) e.component = decodeComponent(text, cs, table.fieldEnd(row, Slot.component), escapes);
  if (ls >= 0) e.level = decodeLevel(text, ls, table.fieldEnd(row, Slot.level), escapes);
  if (ts >= 0) {
    const te = table.fieldEnd(row, Slot.text);
    const long = te - ts > LONG_TEXT && escapes.has(ts + 1, te - 1);
    const v = long ? decodeStringPrefix(text, ts, te, KEPT_PREFIX) : decodeString(text, ts, te, escapes);
    e.textTruncated = long && v !== undefined;
    if (v !== undefined) e.text = v;
    else {
      // Not a string: keep a readable form (a number, an object) and say the entry is odd.
      const parsed = parseValue(text, ts, te);
      e.text = parsed.ok && parsed.value !== null ? JSON.stringify(parsed.value).slice(0, 10_000) : '';
      damaged = !parsed.ok;
    }
  }
  const tms = table.fieldStart(row, Slot.time);
  if (tms >= 0) e.time = decodeTime(text, tms, table.fieldEnd(row, Slot.time));
  const lg = table.fieldStart(row, Slot.loggerId);
  if (lg >= 0) e.loggerId = loggers.decode(text, lg, table.fieldEnd(row, Slot.loggerId), escapes);
  const cl = table.fieldStart(row, Slot.contextLayer);
  if (cl >= 0) e.contextLayer = decodeLayer(text, cl, table.fieldEnd(row, Slot.contextLayer), escapes);
  const xs = table.fieldStart(row, Slot.exception);
  if (xs >= 0) {
    const x = parseValue(text, xs, table.fieldEnd(row, Slot.exception));
    e.exception = x.ok
      ? exceptionOf(x.value)
      : { raw: text.slice(xs, Math.min(table.fieldEnd(row, Slot.exception), xs + 2000)) };
  }
  source.set(text, table, row, e);
  finishEntry(e, source);
  return { entry: e, damaged };
}

/**
 * What classification may read beyond an entry's decoded fields, for the entry being built. One
 * instance serves every entry (classification reads it synchronously), so building an entry allocates
 * no closures.
 */
class RangeSource implements EntrySource {
  private text = '';
  private table: ElementTable | undefined;
  private row = 0;
  private entry: CcpEntry | undefined;

  set(text: string, table: ElementTable, row: number, entry: CcpEntry): void {
    this.text = text;
    this.table = table;
    this.row = row;
    this.entry = entry;
  }

  objects(): unknown {
    const table = this.table as ElementTable;
    const os = table.fieldStart(this.row, Slot.objects);
    return os < 0 ? undefined : parseValue(this.text, os, table.fieldEnd(this.row, Slot.objects)).value;
  }

  fullText(): string {
    const e = this.entry as CcpEntry;
    if (!e.textTruncated) return e.text;
    const table = this.table as ElementTable;
    const ts = table.fieldStart(this.row, Slot.text);
    const te = table.fieldEnd(this.row, Slot.text);
    return decodeString(this.text, ts, te, new EscapeFinder(this.text)) ?? e.text;
  }
}

anchorShape(new RangeSource());

/** Entries starting before `offset` (entries are in document order). */
function countBefore(entries: readonly CcpEntry[], offset: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as CcpEntry).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function skipBomAndSpace(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    i++;
  }
  return i;
}
