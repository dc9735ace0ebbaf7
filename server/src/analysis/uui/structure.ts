/**
 * The structure of User-to-User input: header lines (`User-to-User:`, `X-User-to-User:`, `UUI:`),
 * bare values, UUI inside a URI (`?User-to-User=…%3Bencoding%3Dhex`), comma-separated values, and
 * each value's data and `;name=value` parameters, read from the right (RFC 7433 §7). One pass each.
 */
import { uuiMessages as m } from './messages';
import { textOctets } from './octets';
import type { UuiProblem } from './types';

/** Text to decode, with the input offset of each of its characters. */
export interface SourceText {
  readonly text: string;
  offsetOf(index: number): number;
}

/** One uui-value: `[start, end)` of its source text. */
export interface RawValue {
  readonly source: SourceText;
  readonly start: number;
  readonly end: number;
  readonly header?: string;
  /** Problems found before decoding (URI escaping). */
  readonly problems: readonly UuiProblem[];
}

/** One `;name=value` parameter, by indexes into the source text. */
export interface RawParam {
  readonly name: string;
  readonly value: string;
  /** Index of the `;` that introduces it. */
  readonly semicolon: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** Data and parameters of one value. */
export interface ValueParts {
  readonly dataStart: number;
  readonly dataEnd: number;
  /** Left to right. */
  readonly params: readonly RawParam[];
}

/** Parameters that belong to UUI itself (kept even when the data is free text). */
const KNOWN_PARAMS = new Set(['purpose', 'content', 'encoding', 'pd']);

/** Longest input looked at (UUI values are small; this only bounds pathological input). */
export const MAX_INPUT = 1_000_000;

function isTokenChar(c: string): boolean {
  return /[A-Za-z0-9\-.!%*_+`'~]/.test(c);
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** Reads `name=value` in `text[start, end)` (whitespace around both allowed; value a token or quoted string). */
function readParam(text: string, start: number, end: number, semicolon: number): RawParam | undefined {
  let i = start;
  while (i < end && isSpace(text[i])) i++;
  const nameStart = i;
  while (i < end && isTokenChar(text[i]!)) i++;
  if (i === nameStart) return undefined;
  const name = text.slice(nameStart, i);
  while (i < end && isSpace(text[i])) i++;
  if (text[i] !== '=') return undefined;
  i++;
  while (i < end && isSpace(text[i])) i++;
  let valueStart = i;
  let valueEnd: number;
  let value: string;
  if (text[i] === '"') {
    const close = text.indexOf('"', i + 1);
    if (close < 0 || close >= end) return undefined;
    valueStart = i + 1;
    valueEnd = close;
    value = text.slice(valueStart, valueEnd);
    i = close + 1;
  } else {
    while (i < end && isTokenChar(text[i]!)) i++;
    if (i === valueStart) return undefined;
    valueEnd = i;
    value = text.slice(valueStart, valueEnd);
  }
  while (i < end && isSpace(text[i])) i++;
  if (i !== end) return undefined;
  return { name: name.toLowerCase(), value, semicolon, valueStart, valueEnd };
}

/** Positions of `;` outside double quotes in `text[start, end)`. */
function semicolons(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && quoted) i++;
    else if (c === ';' && !quoted) out.push(i);
  }
  return out;
}

/**
 * Splits a value into data and parameters, from the right. When the encoding is not hex (free text
 * may hold `;` and `=`), only the last run of UUI's own parameters counts (codes.md §5.3).
 */
export function splitValue(text: string, start: number, end: number): ValueParts {
  const semis = semicolons(text, start, end);
  const fromRight: RawParam[] = [];
  let limit = end;
  for (let k = semis.length - 1; k >= 0; k--) {
    const semi = semis[k]!;
    const param = readParam(text, semi + 1, limit, semi);
    if (!param) break;
    fromRight.push(param);
    limit = semi;
  }
  const encoding = fromRight.find((p) => p.name === 'encoding')?.value.toLowerCase();
  let kept = fromRight;
  if (encoding !== undefined && encoding !== 'hex') {
    const firstUnknown = fromRight.findIndex((p) => !KNOWN_PARAMS.has(p.name));
    if (firstUnknown >= 0) kept = fromRight.slice(0, firstUnknown);
  }
  const dataEnd = kept.length > 0 ? kept[kept.length - 1]!.semicolon : end;
  return { dataStart: start, dataEnd, params: kept.slice().reverse() };
}

function isAllHex(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!/[0-9A-Fa-f]/.test(text[i]!)) return false;
  return true;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Splits one header value at commas outside quotes, but only where the part before the comma is a
 * complete hex value (hex data, or parameters with hex or no encoding): in free text a comma is data.
 */
function splitCommas(source: SourceText, start: number, end: number): [number, number][] {
  const text = source.text;
  const out: [number, number][] = [];
  // The parameters at the very end tell whether the header holds free text (where a comma is data).
  const tailEncoding = splitValue(text, start, end)
    .params.find((p) => p.name === 'encoding')
    ?.value.toLowerCase();
  const hexTail = tailEncoding === undefined || tailEncoding === 'hex';
  let segmentStart = start;
  let quoted = false;
  // Free text can hold many commas: give up splitting a segment after a few failed tries (linear time).
  let failures = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && quoted) i++;
    else if (c === ',' && !quoted && failures < MAX_COMMA_TRIES) {
      const [s, e] = trimRange(text, segmentStart, i);
      const parts = splitValue(text, s, e);
      const encoding = parts.params.find((p) => p.name === 'encoding')?.value.toLowerCase();
      const [ds, de] = trimRange(text, parts.dataStart, parts.dataEnd);
      const complete =
        (parts.params.length > 0 && (encoding === undefined || encoding === 'hex')) ||
        (parts.params.length === 0 && hexTail && (de - ds) % 2 === 0 && isAllHex(text, ds, de));
      if (complete) {
        out.push([s, e]);
        segmentStart = i + 1;
        failures = 0;
      } else {
        failures++;
      }
    }
  }
  out.push(trimRange(text, segmentStart, end));
  return out.filter(([s, e]) => e > s);
}

/** Commas tried per value before the rest is taken as data. */
const MAX_COMMA_TRIES = 32;

const HEADER = /^(x-user-to-user|user-to-user|uui|x-uui)[ \t]*:/i;

/** The value of `User-to-User=` inside a URI (`?` or `&` before it), percent-decoded. */
function uriValue(input: string, lineStart: number, lineEnd: number): RawValue | undefined {
  const lower = input.slice(lineStart, lineEnd).toLowerCase();
  let at = lower.indexOf('user-to-user=');
  while (at >= 0 && at > 0 && lower[at - 1] !== '?' && lower[at - 1] !== '&')
    at = lower.indexOf('user-to-user=', at + 1);
  if (at <= 0) return undefined;
  const valueStart = lineStart + at + 'user-to-user='.length;
  let valueEnd = valueStart;
  while (valueEnd < lineEnd && !/[&>\s]/.test(input[valueEnd]!)) valueEnd++;
  const problems: UuiProblem[] = [];
  for (const char of [';', '=']) {
    const raw = input.indexOf(char, valueStart);
    if (raw >= 0 && raw < valueEnd)
      problems.push({
        offset: raw,
        length: 1,
        code: 'uui-unescaped-in-uri',
        severity: 'error',
        message: m.t('unescapedInUri', { char, escaped: char === ';' ? '%3B' : '%3D' }),
      });
  }
  // Percent-decode to characters (UUI in a URI is ASCII), keeping each character's input offset.
  const decoded = textOctets(input, valueStart, valueEnd, (i) => i, true);
  for (const bad of decoded.badEscapes)
    problems.push({
      offset: bad.index,
      length: bad.length,
      code: 'uui-bad-percent',
      severity: 'error',
      message: m.t('badPercent', { text: input.slice(bad.index, bad.index + bad.length) }),
    });
  let text = '';
  const offsets: number[] = [];
  // Octets back to characters: ASCII stays one to one; other octets become Latin-1 characters.
  for (let i = 0; i < decoded.bytes.length; i++) {
    text += String.fromCharCode(decoded.bytes[i]!);
    offsets.push(decoded.sources[i]!);
  }
  offsets.push(valueEnd);
  const source: SourceText = { text, offsetOf: (i) => offsets[Math.min(i, offsets.length - 1)] ?? valueEnd };
  return {
    source,
    start: 0,
    end: text.length,
    header: input.slice(lineStart + at, lineStart + at + 12),
    problems,
  };
}

/**
 * Every uui-value in the input: one or more header lines, bare values, or a URI holding
 * `User-to-User=`. Offsets stay relative to the input.
 */
export function splitInput(input: string): RawValue[] {
  const text = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  const plain: SourceText = { text, offsetOf: (i) => i };
  const values: RawValue[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let end = lineEnd;
    if (end > lineStart && text[end - 1] === '\r') end--;
    // tshark -V prints the line end as the four characters \r\n.
    if (end - lineStart >= 4 && text.slice(end - 4, end) === '\\r\\n') end -= 4;
    const [s, e] = trimRange(text, lineStart, end);
    if (e > s) {
      const inUri = uriValue(text, s, e);
      if (inUri) {
        values.push(inUri);
      } else {
        const header = HEADER.exec(text.slice(s, Math.min(e, s + 40)));
        const valueStart = header ? s + header[0].length : s;
        const name = header ? header[1] : undefined;
        const parts = splitCommas(plain, valueStart, e);
        for (const [vs, ve] of parts)
          values.push({ source: plain, start: vs, end: ve, ...(name ? { header: name } : {}), problems: [] });
        if (name && parts.length === 0)
          values.push({ source: plain, start: valueStart, end: valueStart, header: name, problems: [] });
      }
    }
    lineStart = lineEnd + 1;
  }
  return values;
}
