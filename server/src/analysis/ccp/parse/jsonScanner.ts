/**
 * A tolerant, string-aware scanner over the downloaded CCP log (one JSON array of entry objects,
 * ccp-log.md §2). It walks the text once and records, for every element of the array, its character
 * range and the value ranges of the entry fields Callsight reads. It never builds values: the caller
 * parses (the whole text when it is valid JSON, else each entry on its own).
 *
 * Damage it survives (§2.3): a download cut mid-entry, trailing garbage, two downloads concatenated
 * (`][`), a BOM, CRLF line ends. A JSON string cannot hold a raw line break, so a string that runs past
 * a line end marks a cut; the scanner then resumes at the next line that starts an entry at the same
 * indentation (or a new array at column 0).
 */

import { anchorShape } from '../../shapeAnchors';

/** Entry fields whose value ranges are recorded, in slot order. */
export const ENTRY_FIELDS = [
  'component',
  'level',
  'text',
  'time',
  'exception',
  'objects',
  'loggerId',
  'contextLayer',
  'tabId',
  'agentResourceId',
  'line',
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];
export const SLOT_COUNT = ENTRY_FIELDS.length;
export const Slot: Readonly<Record<EntryField, number>> = Object.fromEntries(
  ENTRY_FIELDS.map((f, i) => [f, i]),
) as Record<EntryField, number>;

/** Element flags. */
export const ElementFlag = {
  /** The element is an object (an entry candidate). */
  Object: 1,
  /** The scanner saw the element's end. */
  Complete: 2,
  /** The element was cut (a string ran past a line end, an unexpected character). */
  Broken: 4,
  /** The text ended inside the element. */
  Truncated: 8,
} as const;

export type ScanProblemKind =
  'truncated' | 'broken-entry' | 'garbage' | 'concatenated' | 'unclosed-array' | 'not-array';

export interface ScanProblem {
  readonly kind: ScanProblemKind;
  readonly start: number;
  readonly end: number;
}

/** Growable per-element columns. */
export class ElementTable {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /** `count × SLOT_COUNT × 2` value ranges (start, end), -1 when the field is absent. */
  fields: Int32Array;

  /** `capacity`: expected number of elements (it grows as needed). */
  constructor(capacity = 1024) {
    const size = Math.max(16, Math.min(capacity, 1 << 22));
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.fields = new Int32Array(size * SLOT_COUNT * 2).fill(-1);
  }

  add(start: number): number {
    if (this.count === this.starts.length) this.grow();
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = start;
    this.flags[k] = 0;
    return k;
  }

  fieldStart(element: number, slot: number): number {
    return this.fields[(element * SLOT_COUNT + slot) * 2] as number;
  }

  fieldEnd(element: number, slot: number): number {
    return this.fields[(element * SLOT_COUNT + slot) * 2 + 1] as number;
  }

  setField(element: number, slot: number, start: number, end: number): void {
    const at = (element * SLOT_COUNT + slot) * 2;
    this.fields[at] = start;
    this.fields[at + 1] = end;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    const fields = new Int32Array(size * SLOT_COUNT * 2).fill(-1);
    fields.set(this.fields);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.fields = fields;
  }
}

export interface ScanResult {
  readonly elements: ElementTable;
  readonly problems: ScanProblem[];
  /** Top-level arrays seen (2 or more: concatenated downloads). */
  readonly arrays: number;
  /** Where the JSON starts (after a BOM and leading white space). */
  readonly bodyStart: number;
}

/** Slot of the key `text[at, at+len)`, or -1 when Callsight does not record it. */
export function slotOfKey(t: string, at: number, len: number): number {
  switch (len) {
    case 4:
      if (t.startsWith('text', at)) return Slot.text;
      if (t.startsWith('time', at)) return Slot.time;
      if (t.startsWith('line', at)) return Slot.line;
      return -1;
    case 5:
      if (t.startsWith('level', at)) return Slot.level;
      if (t.startsWith('tabId', at)) return Slot.tabId;
      return -1;
    case 7:
      return t.startsWith('objects', at) ? Slot.objects : -1;
    case 8:
      return t.startsWith('loggerId', at) ? Slot.loggerId : -1;
    case 9:
      if (t.startsWith('component', at)) return Slot.component;
      if (t.startsWith('exception', at)) return Slot.exception;
      return -1;
    case 12:
      return t.startsWith('contextLayer', at) ? Slot.contextLayer : -1;
    case 15:
      return t.startsWith('agentResourceId', at) ? Slot.agentResourceId : -1;
    default:
      return -1;
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const COLON = 58;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;

/** Failure codes returned instead of an index. */
const EOF = -1;
const BROKEN = -2;

class Scanner {
  private readonly n: number;
  private nextNewline = -1;
  /** Where the last BROKEN result was detected. */
  brokenAt = 0;
  /** Indentation of entries (columns before `{`), -1 until the first entry is seen. */
  indent = -1;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  get length(): number {
    return this.n;
  }

  private newlineAfter(i: number): number {
    if (this.nextNewline < i) {
      const k = this.text.indexOf('\n', i);
      this.nextNewline = k < 0 ? this.n : k;
    }
    return this.nextNewline;
  }

  /** Index of the closing quote of the string opened at `open`; EOF or BROKEN (ran past a line end). */
  stringEnd(open: number): number {
    const text = this.text;
    const limit = this.newlineAfter(open + 1);
    let i = open + 1;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q < 0 || q > limit) {
        if (limit < this.n) {
          this.brokenAt = limit;
          return BROKEN;
        }
        return EOF;
      }
      let b = q - 1;
      while (b > open && text.charCodeAt(b) === BACKSLASH) b--;
      if (((q - 1 - b) & 1) === 0) return q;
      i = q + 1;
    }
  }

  skipWs(i: number): number {
    const text = this.text;
    const n = this.n;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== SPACE && c !== LF && c !== CR && c !== TAB) break;
      i++;
    }
    return i;
  }

  /**
   * Like skipWs inside an entry, but a `[` or `]` at column 0 means the entry was cut and a new array (or
   * the end of one) begins: pretty-printed entries are indented.
   */
  private skipWsInEntry(i: number): number {
    const text = this.text;
    const n = this.n;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF) {
        if (this.indent > 0 && i + 1 < n) {
          const next = text.charCodeAt(i + 1);
          if (next === LBRACKET || next === RBRACKET) {
            this.brokenAt = i + 1;
            return BROKEN;
          }
        }
      } else if (c !== SPACE && c !== CR && c !== TAB) {
        break;
      }
      i++;
    }
    return i >= n ? EOF : i;
  }

  /** Index after the value starting at `i`, or EOF / BROKEN. */
  skipValue(i: number): number {
    const c = this.text.charCodeAt(i);
    if (c === QUOTE) {
      const e = this.stringEnd(i);
      return e < 0 ? e : e + 1;
    }
    if (c === LBRACE || c === LBRACKET) return this.skipNested(i);
    const text = this.text;
    const n = this.n;
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === COMMA || d === RBRACE || d === RBRACKET || d === SPACE || d === LF || d === CR || d === TAB)
        break;
      if (d === QUOTE || d === LBRACE || d === LBRACKET || d === COLON) {
        this.brokenAt = j;
        return BROKEN;
      }
      j++;
    }
    if (j === i) {
      this.brokenAt = i;
      return BROKEN;
    }
    return j >= n ? EOF : j;
  }

  private skipNested(i: number): number {
    const text = this.text;
    const n = this.n;
    let depth = 0;
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === QUOTE) {
        const e = this.stringEnd(j);
        if (e < 0) return e;
        j = e + 1;
        continue;
      }
      if (c === LBRACE || c === LBRACKET) depth++;
      else if (c === RBRACE || c === RBRACKET) {
        depth--;
        if (depth === 0) return j + 1;
      } else if (c === LF && this.indent > 0 && j + 1 < n) {
        const next = text.charCodeAt(j + 1);
        if (next === LBRACKET || next === RBRACKET) {
          this.brokenAt = j + 1;
          return BROKEN;
        }
      }
      j++;
    }
    return EOF;
  }

  /**
   * Scans the object opened at `s` into element `k`. Returns the index after it, or EOF / BROKEN (the
   * recorded fields are the ones complete before the failure).
   */
  scanEntry(s: number, k: number, table: ElementTable): number {
    const text = this.text;
    let j = s + 1;
    for (;;) {
      j = this.skipWsInEntry(j);
      if (j < 0) return j;
      const c = text.charCodeAt(j);
      if (c === RBRACE) return j + 1;
      if (c === COMMA) {
        j++;
        continue;
      }
      if (c !== QUOTE) {
        this.brokenAt = j;
        return BROKEN;
      }
      const keyEnd = this.stringEnd(j);
      if (keyEnd < 0) return keyEnd;
      const keyStart = j + 1;
      j = this.skipWsInEntry(keyEnd + 1);
      if (j < 0) return j;
      if (text.charCodeAt(j) !== COLON) {
        this.brokenAt = j;
        return BROKEN;
      }
      j = this.skipWsInEntry(j + 1);
      if (j < 0) return j;
      const valueEnd = this.skipValue(j);
      if (valueEnd < 0) return valueEnd;
      const slot = this.slotOf(keyStart, keyEnd - keyStart);
      if (slot >= 0) table.setField(k, slot, j, valueEnd);
      j = valueEnd;
    }
  }

  private slotOf(at: number, len: number): number {
    return slotOfKey(this.text, at, len);
  }

  /** The next line start after `p` that opens an entry at the known indentation, or an array at column 0. */
  resync(p: number): number {
    const text = this.text;
    let k = text.indexOf('\n', p);
    while (k >= 0) {
      const ls = k + 1;
      let m = ls;
      while (m < this.n && (text.charCodeAt(m) === SPACE || text.charCodeAt(m) === TAB)) m++;
      const c = text.charCodeAt(m);
      if (c === LBRACE && (this.indent < 0 || m - ls === this.indent)) return m;
      if (c === LBRACKET && m === ls) return m;
      k = text.indexOf('\n', ls);
    }
    return this.n;
  }

  columnOf(i: number): number {
    const ls = this.text.lastIndexOf('\n', i - 1) + 1;
    return i - ls;
  }
}

anchorShape(new Scanner(''));

/**
 * Records the field ranges of the JSON object opened at `start` (the display form's expanded entries).
 * Returns the index after the object, or -1 when it does not close.
 */
export function scanObjectAt(text: string, start: number, table: ElementTable, row: number): number {
  const sc = new Scanner(text);
  const end = sc.scanEntry(start, row, table);
  return end >= 0 ? end : -1;
}

/** Scans a downloaded CCP log. Never throws; problems are reported with their ranges. */
export function scanJsonArray(text: string): ScanResult {
  const elements = new ElementTable(text.length / 600);
  const problems: ScanProblem[] = [];
  const sc = new Scanner(text);
  const n = sc.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  i = sc.skipWs(i);
  const bodyStart = i;
  if (i >= n) return { elements, problems, arrays: 0, bodyStart };
  if (text.charCodeAt(i) !== LBRACKET) {
    problems.push({ kind: 'not-array', start: i, end: Math.min(n, i + 1) });
    return { elements, problems, arrays: 0, bodyStart };
  }
  let arrays = 1;
  let inArray = true;
  i++;
  for (;;) {
    i = sc.skipWs(i);
    if (i >= n) {
      if (inArray && !problems.some((p) => p.kind === 'truncated'))
        problems.push({ kind: 'unclosed-array', start: n, end: n });
      break;
    }
    const c = text.charCodeAt(i);
    if (inArray) {
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === RBRACKET) {
        inArray = false;
        i++;
        continue;
      }
      if (c === LBRACE) {
        if (sc.indent < 0) sc.indent = sc.columnOf(i);
        const k = elements.add(i);
        const end = sc.scanEntry(i, k, elements);
        if (end >= 0) {
          elements.ends[k] = end;
          elements.flags[k] = ElementFlag.Object | ElementFlag.Complete;
          i = end;
          continue;
        }
        if (end === EOF) {
          elements.ends[k] = n;
          elements.flags[k] = ElementFlag.Object | ElementFlag.Truncated;
          problems.push({ kind: 'truncated', start: i, end: n });
          break;
        }
        const at = sc.brokenAt;
        elements.ends[k] = at;
        elements.flags[k] = ElementFlag.Object | ElementFlag.Broken;
        problems.push({ kind: 'broken-entry', start: i, end: at });
        i = sc.resync(at > i ? at - 1 : i);
        if (i < n && text.charCodeAt(i) === LBRACKET) inArray = false;
        continue;
      }
      // A non-object element (a CCP log has none; a JSON file of something else has many).
      const end =
        c === QUOTE ||
        c === LBRACKET ||
        c === 45 ||
        (c >= 48 && c <= 57) ||
        c === 116 ||
        c === 102 ||
        c === 110
          ? sc.skipValue(i)
          : BROKEN;
      if (end >= 0) {
        const k = elements.add(i);
        elements.ends[k] = end;
        elements.flags[k] = ElementFlag.Complete;
        i = end;
        continue;
      }
      if (end === EOF) {
        problems.push({ kind: 'truncated', start: i, end: n });
        break;
      }
      const next = sc.resync(i);
      problems.push({ kind: 'garbage', start: i, end: next });
      i = next;
      if (i < n && text.charCodeAt(i) === LBRACKET) inArray = false;
      continue;
    }
    if (c === LBRACKET) {
      arrays++;
      problems.push({ kind: 'concatenated', start: i, end: i + 1 });
      inArray = true;
      i++;
      continue;
    }
    const next = sc.resync(i);
    problems.push({ kind: 'garbage', start: i, end: next });
    i = next;
    if (i < n && text.charCodeAt(i) === LBRACE) inArray = true;
  }
  // A cut entry with nothing readable after it is a truncated download, not a damaged entry.
  const last = problems.length - 1;
  const cut = problems[last]?.kind === 'unclosed-array' ? last - 1 : last;
  const lastElement = elements.count - 1;
  if (
    cut >= 0 &&
    problems[cut]?.kind === 'broken-entry' &&
    lastElement >= 0 &&
    ((elements.flags[lastElement] as number) & ElementFlag.Broken) !== 0 &&
    problems[cut]?.start === elements.starts[lastElement]
  ) {
    const p = problems[cut] as ScanProblem;
    problems.splice(cut, problems.length - cut, { kind: 'truncated', start: p.start, end: n });
    elements.flags[lastElement] = ElementFlag.Object | ElementFlag.Truncated;
    elements.ends[lastElement] = n;
  }
  return { elements, problems, arrays, bodyStart };
}
