/**
 * Reading a token as catalog codes: `503`, `SIP/2.0 503 Service Unavailable`, `Q.850;cause=34`,
 * `cause=34`, `Warning: 399`, `32011`, `ice_collection_timeout`, `MissedCallAgent`, `NetworkingError`,
 * `ccp/ice-collection-timeout`, `TurnNlb-….elb.us-east-1.amazonaws.com`. Also finding the token under a
 * cursor in a line. Inputs are cut to a few thousand characters; every pattern is linear.
 */
import {
  allAliases,
  allIndexedRows,
  findRow,
  NUMERIC_SYSTEMS,
  rowsByAlias,
  rowsByRule,
  systemRank,
  type IndexedRow,
} from './catalog';
import type { CodeSystem } from './types';

/** Longest token or line text looked at. */
const MAX_TOKEN = 4000;
/** Aliases shorter than this are only matched whole, never inside a longer text. */
const MIN_SUBSTRING_ALIAS = 10;

const NUMBER_SYSTEMS_BY_RANK: readonly CodeSystem[] = [
  'sip',
  'q850',
  'sip-warning',
  'twilio',
  'freeswitch-cause',
];

class Readings {
  readonly list: IndexedRow[] = [];
  add(system: CodeSystem, code: string | number): void {
    const row = findRow(system, code);
    if (row) this.addRow({ system, row });
  }
  addRow(r: IndexedRow): void {
    if (!this.list.some((x) => x.system === r.system && x.row.code === r.row.code)) this.list.push(r);
  }
  addAll(rows: readonly IndexedRow[]): void {
    for (const r of [...rows].sort((a, b) => systemRank(a.system) - systemRank(b.system))) this.addRow(r);
  }
}

/** Every reading of a bare number: SIP status, Q.850 cause, Warning code, Twilio code, FreeSWITCH cause. */
function numberReadings(n: string, out: Readings): void {
  const value = Number(n);
  for (const system of NUMBER_SYSTEMS_BY_RANK) {
    if (system === 'sip' && (value < 100 || value > 699)) continue;
    if (system === 'twilio' && n.length < 5) continue;
    if (system !== 'twilio' && n.length > 3) continue;
    out.add(system, n);
  }
}

/** The catalog entries a token stands for, most likely reading first. Empty when none. */
export function readToken(token: string): IndexedRow[] {
  const out = new Readings();
  const t = stripWrapping(token.slice(0, MAX_TOKEN));
  if (t.length === 0) return out.list;

  // A status line, wherever the export puts it ("Status-Line: SIP/2.0 503 …").
  const status = /SIP\/2\.0 +([1-6]\d\d)\b/i.exec(t);
  if (status && !/^[A-Z]+ +\S+ +SIP\/2\.0\s*$/i.test(t.trim())) {
    out.add('sip', status[1]!);
    return out.list;
  }
  // Reason header causes: `SIP;cause=487`, `Q.850;cause=16;text="…"`, possibly several.
  const reason = /(SIP|Q\.?850)\s*;\s*cause\s*=\s*"?(\d{1,3})/gi;
  let m: RegExpExecArray | null;
  let sawReason = false;
  while ((m = reason.exec(t)) !== null) {
    sawReason = true;
    out.add(m[1]!.toUpperCase() === 'SIP' ? 'sip' : 'q850', m[2]!);
  }
  if (sawReason) return out.list;
  const warning = /^Warning\s*:\s*(\d{3})\b/i.exec(t);
  if (warning) {
    out.add('sip-warning', warning[1]!);
    return out.list;
  }
  const cause = /(?:^|[^A-Za-z])cause(?:_q850)?\s*(?:[=:#]\s*)?(\d{1,3})\b/i.exec(t);
  if (cause) {
    const n = cause[1]!;
    if (findRow('q850', n)) out.add('q850', n);
    else out.add('sip', n);
    return out.list;
  }
  const q850 = /^Q\.?850\s*(?:[:#]\s*)?(\d{1,3})$/i.exec(t);
  if (q850) {
    out.add('q850', q850[1]!);
    return out.list;
  }
  // Every `\s*` follows a required word or sign: adjacent optional runs would backtrack cubically.
  const twilio = /^\s*(?:twilio\s*)?(?:(?:error|warning)\s*)?(?:code\s*)?(?:[:#-]\s*)?(\d{5})$/i.exec(t);
  if (twilio) {
    out.add('twilio', twilio[1]!);
    return out.list;
  }
  if (/^\d{1,5}$/.test(t)) {
    numberReadings(t, out);
    // Ports are numbers too (`3478`, `5672`).
    out.addAll(rowsByAlias(t));
    return out.list;
  }
  if (/^(?:ccp|sip|twilio|ccai)\/[a-z0-9-]+$/.test(t)) {
    out.addAll(rowsByRule(t));
    return out.list;
  }
  namedReadings(t, out);
  if (out.list.length > 0) return out.list;
  hostReadings(t, out);
  if (out.list.length > 0) return out.list;
  scanText(t, out);
  return out.list;
}

/** Removes quotes, brackets and trailing punctuation around a selected token. */
function stripWrapping(token: string): string {
  let start = 0;
  let end = token.length;
  const wrap = ' \t\r\n"\'`()[]{}<>,;';
  while (start < end && wrap.includes(token[start]!)) start++;
  while (end > start && (wrap.includes(token[end - 1]!) || token[end - 1] === ':')) end--;
  return token.slice(start, end);
}

/** A code or alias written out: `ice_collection_timeout`, `MissedCallAgent`, `NORMAL_CLEARING`. */
function namedReadings(t: string, out: Readings): void {
  for (const { system, row } of allIndexedRows()) {
    if (NUMERIC_SYSTEMS.has(system)) continue;
    if (row.code === t) out.addRow({ system, row });
  }
  if (out.list.length === 0) {
    const lower = t.toLowerCase();
    for (const { system, row } of allIndexedRows()) {
      if (!NUMERIC_SYSTEMS.has(system) && row.code.toLowerCase() === lower) out.addRow({ system, row });
    }
  }
  out.addAll(rowsByAlias(t));
}

/** Host names against the endpoint patterns (`*` and `<region>` stand for one or more name characters). */
function hostReadings(t: string, out: Readings): void {
  if (t.length > 300 || !t.includes('.') || /\s/.test(t)) return;
  const host = t.replace(/^[a-z]+:\/\//i, '').replace(/[/:].*$/, '');
  for (const { system, row } of allIndexedRows()) {
    if (system !== 'connect-endpoint') continue;
    if (globMatches(row.code, host)) out.addRow({ system, row });
  }
}

/**
 * Matches a host against an endpoint pattern whose `*` and `<name>` parts stand for one or more host
 * characters. Hosts are at most 300 characters and patterns hold at most three wildcards, so the
 * regular expression stays cheap.
 */
export function globMatches(pattern: string, host: string): boolean {
  const parts = pattern.split(/\*|<[^<>]*>/);
  if (parts.length === 1) return pattern.toLowerCase() === host.toLowerCase();
  const source = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[a-z0-9_.-]+');
  return new RegExp(`^${source}$`, 'i').test(host);
}

/** Looks inside a longer text: identifiers that look like codes, Twilio numbers, and log texts. */
function scanText(t: string, out: Readings): void {
  const word = /[A-Za-z][A-Za-z0-9_]{3,}|\b(?:13|32)\d{3}\b/g;
  let m: RegExpExecArray | null;
  while ((m = word.exec(t)) !== null) {
    const w = m[0];
    if (/^\d+$/.test(w)) {
      out.add('twilio', w);
      continue;
    }
    const capitals = w.replace(/[^A-Z]/g, '').length;
    if (!w.includes('_') && capitals < 2) continue;
    for (const { system, row } of allIndexedRows()) {
      if (!NUMERIC_SYSTEMS.has(system) && row.code === w) out.addRow({ system, row });
    }
    out.addAll(rowsByAlias(w));
  }
  for (const [alias, rows] of allAliases()) {
    if (alias.length >= MIN_SUBSTRING_ALIAS && t.toLowerCase().includes(alias)) out.addAll(rows);
  }
}

const WORD = /[A-Za-z0-9_]/;
const RULE_CHAR = /[A-Za-z0-9_/-]/;
const HOST_CHAR = /[A-Za-z0-9_.*<>-]/;

/**
 * The code-like token under a cursor in one line: a status line's `SIP/2.0 503`, a Reason cause
 * (`Q.850;cause=16`), `Warning: 399`, `cause=34`, a rule id, a host name, or the word itself.
 */
export function codeTokenAt(line: string, character: number): string | undefined {
  // Look at a window around the cursor only: lines can be megabytes long.
  const from = Math.max(0, character - 1000);
  const text = line.slice(from, character + 1000);
  const at = Math.min(Math.max(0, character - from), text.length);

  const status = /SIP\/2\.0 +([1-6]\d\d)\b/.exec(text);
  if (status && !/^\s*[A-Z]+ +\S+ +SIP\/2\.0\s*$/.test(text)) return `SIP/2.0 ${status[1]}`;
  if (/Reason\s*:/i.test(text)) {
    const cause = /(SIP|Q\.?850)\s*;\s*cause\s*=\s*"?(\d{1,3})/gi;
    let best: string | undefined;
    let bestDistance = Number.MAX_SAFE_INTEGER;
    let m: RegExpExecArray | null;
    while ((m = cause.exec(text)) !== null) {
      const distance = Math.abs(m.index - at);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = `${m[1]};cause=${m[2]}`;
      }
    }
    if (best) return best;
  }
  const warning = /^\s*Warning\s*:\s*(\d{3})\b/i.exec(text);
  if (warning) return `Warning: ${warning[1]}`;

  let start = at;
  let end = at;
  if (start > 0 && !WORD.test(text[start] ?? '') && WORD.test(text[start - 1] ?? '')) {
    start--;
    end--;
  }
  while (start > 0 && WORD.test(text[start - 1]!)) start--;
  while (end < text.length && WORD.test(text[end]!)) end++;
  if (end <= start) return undefined;
  const word = text.slice(start, end);

  const before = text.slice(Math.max(0, start - 40), start);
  const causePrefix = /((?:SIP|Q\.?850)\s*;\s*)?cause\s*=\s*"?$/i.exec(before);
  if (causePrefix && /^\d+$/.test(word)) return `${causePrefix[1] ?? ''}cause=${word}`;

  const rule = expand(text, start, end, RULE_CHAR);
  if (/^(?:ccp|sip|twilio|ccai)\/[a-z0-9-]+$/.test(rule)) return rule;
  const host = expand(text, start, end, HOST_CHAR).replace(/^[.-]+|[.-]+$/g, '');
  if (host.includes('.') && /[a-z]/i.test(host) && !/^\d+(?:\.\d+)*$/.test(host)) {
    const out = new Readings();
    hostReadings(host, out);
    if (out.list.length > 0) return host;
  }
  return word;
}

function expand(text: string, start: number, end: number, chars: RegExp): string {
  let s = start;
  let e = end;
  while (s > 0 && chars.test(text[s - 1]!)) s--;
  while (e < text.length && chars.test(text[e]!)) e++;
  return text.slice(s, e);
}
