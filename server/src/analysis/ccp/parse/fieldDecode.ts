/**
 * Reads entry fields straight from their value ranges in the document, without parsing the whole
 * array: strings without escapes become slices, known levels/components/layers become shared constants,
 * times are decoded in place, and only what a view needs (a snapshot's `objects`, an `exception`) goes
 * through `JSON.parse`. See docs/decisions/0011-selective-decoding.md.
 */
import type { ElementTable } from './jsonScanner';
import { Slot } from './jsonScanner';
import { parseIsoTimeAt } from './isoTime';
import { matchAt } from './matchAt';
import { detached } from '../../text/detached';
import { anchorShape } from '../../shapeAnchors';

/** Finds backslashes forward through the text once, so escape checks stay linear. */
export class EscapeFinder {
  private next = -1;
  private last = -1;

  constructor(private readonly text: string) {}

  /** True when `[start, end)` contains a backslash. Linear over calls with non-decreasing `start`. */
  has(start: number, end: number): boolean {
    if (this.next < start || start < this.last) {
      const k = this.text.indexOf('\\', start);
      this.next = k < 0 ? this.text.length : k;
    }
    this.last = start;
    return this.next < end;
  }
}

anchorShape(new EscapeFinder(''));

/** The string value in `[s, e)` (quotes included), or undefined when it is not a string or does not decode. */
export function decodeString(text: string, s: number, e: number, escapes: EscapeFinder): string | undefined {
  if (e - s < 2 || text.charCodeAt(s) !== 34 || text.charCodeAt(e - 1) !== 34) return undefined;
  if (!escapes.has(s + 1, e - 1)) return text.slice(s + 1, e - 1);
  try {
    const v: unknown = JSON.parse(text.slice(s, e));
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first ~`max` characters of the escaped string value in `[s, e)`, cut where no escape is split.
 * Undefined when it does not decode.
 */
export function decodeStringPrefix(text: string, s: number, e: number, max: number): string | undefined {
  let c = Math.min(e - 1, s + 1 + max);
  for (let k = c - 1; k >= Math.max(s + 1, c - 6); k--) {
    if (text.charCodeAt(k) !== 92) continue;
    let run = 0;
    for (let b = k - 1; b > s && text.charCodeAt(b) === 92; b--) run++;
    // An even run before it: this backslash starts an escape (\uXXXX is 6 characters, others 2).
    if (run % 2 === 0) {
      const len = text.charCodeAt(k + 1) === 117 ? 6 : 2;
      if (k + len > c) c = k;
    }
    break;
  }
  try {
    const v: unknown = JSON.parse(`"${text.slice(s + 1, c)}"`);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** `word` if the string value in `[s, e)` equals it (checked in place), else undefined. */
function is(text: string, s: number, e: number, word: string): string | undefined {
  return e - s - 2 === word.length && matchAt(text, s + 1, word) ? word : undefined;
}

export function decodeLevel(text: string, s: number, e: number, escapes: EscapeFinder): string {
  if (text.charCodeAt(s) === 34) {
    let k: string | undefined;
    switch (text.charCodeAt(s + 1)) {
      case 73: // I
        k = is(text, s, e, 'INFO');
        break;
      case 84: // T
        k = is(text, s, e, 'TRACE') ?? is(text, s, e, 'TEST');
        break;
      case 68: // D
        k = is(text, s, e, 'DEBUG');
        break;
      case 76: // L
        k = is(text, s, e, 'LOG');
        break;
      case 87: // W
        k = is(text, s, e, 'WARN');
        break;
      case 69: // E
        k = is(text, s, e, 'ERROR');
        break;
      case 67: // C
        k = is(text, s, e, 'CRITICAL');
        break;
    }
    if (k !== undefined) return k;
  }
  return (decodeString(text, s, e, escapes) ?? text.slice(s, Math.min(e, s + 20))).toUpperCase();
}

export function decodeComponent(text: string, s: number, e: number, escapes: EscapeFinder): string {
  if (text.charCodeAt(s) === 34) {
    let k: string | undefined;
    switch (text.charCodeAt(s + 1)) {
      case 99: // c
        k = is(text, s, e, 'ccp') ?? is(text, s, e, 'chat');
        break;
      case 115: // s
        k = is(text, s, e, 'softphone');
        break;
      case 116: // t
        k = is(text, s, e, 'task');
        break;
      case 67: // C
        k = is(text, s, e, 'CCP');
        break;
      case 83: // S
        k = is(text, s, e, 'SharedWorker');
        break;
    }
    if (k !== undefined) return k;
  }
  return decodeString(text, s, e, escapes) ?? '';
}

export function decodeLayer(text: string, s: number, e: number, escapes: EscapeFinder): string | undefined {
  if (text.charCodeAt(s) === 34) {
    const k =
      text.charCodeAt(s + 1) === 83
        ? is(text, s, e, 'SharedWorker')
        : (is(text, s, e, 'CCP') ?? is(text, s, e, 'CRM'));
    if (k !== undefined) return k;
  }
  return decodeString(text, s, e, escapes);
}

/** Entry times share their minute with the previous entry most of the time. */
let minuteStart = -1;
let minuteText = '';
let minuteEpoch = NaN;

/** Epoch ms of an ISO time `YYYY-MM-DDTHH:MM:SS.mmmZ` in `[s, e)`, reusing the previous entry's minute. */
function isoTimeAt(text: string, s: number, e: number): number {
  if (e - s === 24 && minuteStart >= 0 && text.charCodeAt(e - 1) === 90 && matchAt(text, s, minuteText)) {
    const sec = (text.charCodeAt(s + 17) - 48) * 10 + (text.charCodeAt(s + 18) - 48);
    const ms =
      (text.charCodeAt(s + 20) - 48) * 100 +
      (text.charCodeAt(s + 21) - 48) * 10 +
      (text.charCodeAt(s + 22) - 48);
    if (sec >= 0 && sec < 61 && ms >= 0 && ms < 1000 && text.charCodeAt(s + 19) === 46)
      return minuteEpoch + sec * 1000 + ms;
  }
  const t = parseIsoTimeAt(text, s, e);
  if (e - s === 24 && !Number.isNaN(t)) {
    minuteStart = s;
    minuteText = detached(text.slice(s, s + 17));
    minuteEpoch = t - (((t % 60_000) + 60_000) % 60_000);
  }
  return t;
}

/** Epoch ms of a `time` value range: an ISO string or a number. */
export function decodeTime(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  if (c === 34) return isoTimeAt(text, s + 1, e - 1);
  if (c >= 48 && c <= 57 && e - s <= 16) {
    const v = Number(text.slice(s, e));
    return Number.isFinite(v) && v > 0 ? v : NaN;
  }
  return NaN;
}

/** Parses any JSON value range; undefined when absent or invalid. */
export function parseValue(text: string, s: number, e: number): { ok: boolean; value: unknown } {
  if (s < 0) return { ok: true, value: undefined };
  const c = text.charCodeAt(s);
  if (e - s === 4 && c === 110 && text.startsWith('null', s)) return { ok: true, value: null };
  if (e - s === 2 && (c === 91 || c === 123)) return { ok: true, value: c === 91 ? [] : {} };
  try {
    return { ok: true, value: JSON.parse(text.slice(s, e)) as unknown };
  } catch {
    return { ok: false, value: undefined };
  }
}

/** Small cache of logger ids (a file has a handful), compared in place. */
export class LoggerIds {
  private readonly seen: string[] = [];

  decode(text: string, s: number, e: number, escapes: EscapeFinder): string | undefined {
    const len = e - s - 2;
    // Logger ids share their leading digits (an epoch); their last character tells them apart fastest.
    const last = text.charCodeAt(e - 2);
    for (const id of this.seen) {
      if (id.length === len && id.charCodeAt(len - 1) === last && matchAt(text, s + 1, id)) return id;
    }
    const v = decodeString(text, s, e, escapes);
    if (v !== undefined && this.seen.length < 64) this.seen.push(v);
    return v;
  }
}

anchorShape(new LoggerIds());

/** Field range helper. */
export function field(table: ElementTable, row: number, slot: number): [number, number] {
  return [table.fieldStart(row, slot), table.fieldEnd(row, slot)];
}

export { Slot };
