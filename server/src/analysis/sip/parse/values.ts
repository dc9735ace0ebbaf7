/**
 * Parsers for SIP header values: lists, parameters, name-addr (From/To/Contact), Via, CSeq and URIs.
 * Each walks its input once; none uses a regular expression with nested quantifiers.
 */
import { detached } from '../../text/detached';
import { KNOWN_METHODS } from './startLine';

/** Splits a list header value on commas outside quotes and angle brackets. */
export function splitList(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (quoted) {
      if (c === 92) i++;
      else if (c === 34) quoted = false;
    } else if (c === 34) quoted = true;
    else if (c === 60) depth++;
    else if (c === 62 && depth > 0) depth--;
    else if (c === 44 && depth === 0) {
      const part = value.slice(from, i).trim();
      if (part) out.push(part);
      from = i + 1;
    }
  }
  const last = value.slice(from).trim();
  if (last) out.push(last);
  return out;
}

/** `;a=b;c` parameters (names lower-cased; valueless parameters map to ''). Quotes are kept stripped. */
export function parseParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    while (i < text.length && (text[i] === ';' || text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= text.length) break;
    let j = i;
    let quoted = false;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (quoted) {
        if (c === 34) quoted = false;
      } else if (c === 34) quoted = true;
      else if (c === 59) break;
      j++;
    }
    const part = text.slice(i, j);
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    let val = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (val.length >= 2 && val.startsWith('"') && val.endsWith('"')) val = val.slice(1, -1);
    if (name && !params.has(name)) params.set(name, val);
    i = j + 1;
  }
  return params;
}

export interface NameAddr {
  readonly display: string;
  readonly uri: string;
  readonly params: Map<string, string>;
}

/** `"Alice" <sip:alice@example.com>;tag=1` or `sip:alice@example.com;tag=1`. */
export function parseNameAddr(value: string): NameAddr {
  const v = value.trim();
  const lt = indexOutsideQuotes(v, 60);
  if (lt >= 0) {
    const gt = v.indexOf('>', lt + 1);
    const uri = v.slice(lt + 1, gt < 0 ? v.length : gt).trim();
    let display = v.slice(0, lt).trim();
    if (display.startsWith('"') && display.endsWith('"') && display.length >= 2)
      display = display.slice(1, -1);
    const rest = gt < 0 ? '' : v.slice(gt + 1);
    return { display, uri, params: parseParams(rest) };
  }
  // addr-spec form: header parameters start at the first ';' (URI parameters cannot appear here).
  const semi = v.indexOf(';');
  return {
    display: '',
    uri: (semi < 0 ? v : v.slice(0, semi)).trim(),
    params: parseParams(semi < 0 ? '' : v.slice(semi)),
  };
}

function indexOutsideQuotes(s: string, code: number): number {
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quoted) {
      if (c === 92) i++;
      else if (c === 34) quoted = false;
    } else if (c === 34) quoted = true;
    else if (c === code) return i;
  }
  return -1;
}

/** The `tag` parameter of a From/To value, without building the whole parse. */
export function tagOf(value: string): string {
  return tagAt(value, 0, value.length);
}

/** The `tag` parameter of the From/To value at `text[start, end)` (only the tag is sliced). */
export function tagAt(text: string, start: number, end: number): string {
  const from = tagStartAt(text, start, end);
  return from < 0 ? '' : text.slice(from, tagEndAt(text, from, end));
}

/** Where the `tag` parameter's value starts in a From/To value at `text[start, end)`, -1 when absent. */
export function tagStartAt(text: string, start: number, end: number): number {
  let from = start;
  for (let i = end - 1; i >= start; i--) {
    if (text.charCodeAt(i) === 62) {
      from = i;
      break;
    }
  }
  for (let i = from + 1; i + 4 <= end; i++) {
    if (text.charCodeAt(i) !== 116 || !text.startsWith('tag=', i)) continue;
    const before = text.charCodeAt(i - 1);
    if (before === 59 || before === 32 || before === 9) return i + 4;
  }
  return -1;
}

/** Where a tag value starting at `from` ends. */
export function tagEndAt(text: string, from: number, end: number): number {
  let j = from;
  while (j < end && text.charCodeAt(j) !== 59 && text.charCodeAt(j) > 32) j++;
  return j;
}

/** The URI inside a name-addr or addr-spec (no parameters outside `<…>`). */
export function uriOf(value: string): string {
  const r = uriRangeAt(value, 0, value.length);
  return value.slice(r.start, r.end);
}

const uriRange = { start: 0, end: 0 };

/** End of the first value of a list header at `text[start, end)` (the first comma outside quotes and brackets). */
export function listValueEnd(text: string, start: number, end: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) quoted = false;
    } else if (c === 34) quoted = true;
    else if (c === 60) depth++;
    else if (c === 62 && depth > 0) depth--;
    else if (c === 44 && depth === 0) return i;
  }
  return end;
}

/**
 * Where the URI of the name-addr or addr-spec at `text[start, end)` is. Returns a shared object:
 * read it before the next call.
 */
export function uriRangeAt(text: string, start: number, end: number): { start: number; end: number } {
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 92) i++;
      else if (c === 34) quoted = false;
    } else if (c === 34) quoted = true;
    else if (c === 60) {
      let gt = i + 1;
      while (gt < end && text.charCodeAt(gt) !== 62) gt++;
      let s = i + 1;
      let e = gt;
      while (s < e && text.charCodeAt(s) <= 32) s++;
      while (e > s && text.charCodeAt(e - 1) <= 32) e--;
      uriRange.start = s;
      uriRange.end = e;
      return uriRange;
    }
  }
  let s = start;
  while (s < end && text.charCodeAt(s) <= 32) s++;
  let e = s;
  while (e < end && text.charCodeAt(e) !== 59) e++;
  while (e > s && text.charCodeAt(e - 1) <= 32) e--;
  uriRange.start = s;
  uriRange.end = e;
  return uriRange;
}

export interface Via {
  /** `SIP/2.0/UDP` */
  readonly protocol: string;
  /** Upper case transport (`UDP`, `TCP`, `TLS`, `WS`, `WSS`, `SCTP`). */
  readonly transport: string;
  readonly host: string;
  readonly port: number | undefined;
  readonly params: Map<string, string>;
}

/** One Via value (`SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK…;rport`). */
export function parseVia(value: string): Via {
  const v = value.trim();
  let i = 0;
  while (i < v.length && v.charCodeAt(i) > 32) i++;
  const protocol = v.slice(0, i);
  const slash = protocol.lastIndexOf('/');
  const transport = (slash >= 0 ? protocol.slice(slash + 1) : '').toUpperCase();
  while (i < v.length && v.charCodeAt(i) <= 32) i++;
  const semi = v.indexOf(';', i);
  const sentBy = (semi < 0 ? v.slice(i) : v.slice(i, semi)).trim();
  const hp = splitHostPort(sentBy);
  return {
    protocol,
    transport,
    host: hp.host,
    port: hp.port,
    params: parseParams(semi < 0 ? '' : v.slice(semi)),
  };
}

const TRANSPORTS = ['UDP', 'TCP', 'TLS', 'WSS', 'WS', 'SCTP'];

/** The transport token at `value[start, end)` in upper case, sharing the common spellings. */
function transportAt(value: string, start: number, end: number): string {
  for (const t of TRANSPORTS) if (end - start === t.length && value.startsWith(t, start)) return t;
  return value.slice(start, end).toUpperCase();
}

/** Transport and sent-by of one Via value, without its parameters. */
export function viaSentBy(value: string): { transport: string; host: string; port: number | undefined } {
  return viaSentByAt(value, 0, value.length);
}

/** Transport and sent-by of the Via value at `text[start, end)`. */
export function viaSentByAt(
  text: string,
  start: number,
  end: number,
): { transport: string; host: string; port: number | undefined } {
  const protocol = { transport: '' };
  const i = readViaProtocol(text, start, end, protocol);
  let j = i;
  while (j < end && text.charCodeAt(j) !== 59 && text.charCodeAt(j) > 32) j++;
  const hp = splitHostPort(text.slice(i, j));
  return { transport: protocol.transport, host: hp.host, port: hp.port };
}

/**
 * Reads the protocol of the Via value at `text[start, end)` (`SIP/2.0/UDP`): sets `out.transport` and
 * returns where the sent-by starts.
 */
function readViaProtocol(text: string, start: number, end: number, out: { transport: string }): number {
  let i = start;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  const protocolStart = i;
  let slash = -1;
  while (i < end && text.charCodeAt(i) > 32) {
    if (text.charCodeAt(i) === 47) slash = i;
    i++;
  }
  out.transport = slash >= protocolStart ? transportAt(text, slash + 1, i) : '';
  while (i < end && text.charCodeAt(i) <= 32) i++;
  return i;
}

/** The branch parameter of a Via value, quickly (the parser calls this for every message). */
export function viaBranch(value: string): string {
  return viaBranchAt(value, 0, value.length);
}

/** The sent-by of a Via value with the host as a range into the text (see {@link readViaSentByAt}). */
export interface ViaSentByRange {
  transport: string;
  hostStart: number;
  hostEnd: number;
  port: number | undefined;
}

/**
 * `viaSentByAt` without slicing the host, for the parser (which shares host strings): fills `out` and
 * returns true for the usual `host` or `host:port` sent-by; returns false (`out` unspecified) for
 * bracketed or unbracketed IPv6 and for characters outside printable ASCII, which `viaSentByAt` reads.
 */
export function readViaSentByAt(text: string, start: number, end: number, out: ViaSentByRange): boolean {
  const i = readViaProtocol(text, start, end, out);
  let j = i;
  let colon = -1;
  for (; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 59 || c <= 32) break;
    if (c > 126 || c === 91) return false;
    if (c === 58) {
      if (colon >= 0) return false;
      colon = j;
    }
  }
  out.hostStart = i;
  out.hostEnd = colon >= 0 ? colon : j;
  out.port = colon >= 0 ? portAt(text, colon + 1, j) : undefined;
  return true;
}

/** `toPort` of `text[start, end)` without slicing. */
function portAt(text: string, start: number, end: number): number | undefined {
  const length = end - start;
  if (length === 0 || length > 5) return undefined;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    n = n * 10 + c - 48;
  }
  return n <= 65535 ? n : undefined;
}

/** The branch parameter of the Via value at `text[start, end)`. */
export function viaBranchAt(text: string, start: number, end: number): string {
  const from = viaBranchStartAt(text, start, end);
  return from < 0 ? '' : text.slice(from, viaBranchEndAt(text, from, end));
}

/** Where the `branch` parameter's value starts in a Via value at `text[start, end)`, -1 when absent. */
export function viaBranchStartAt(text: string, start: number, end: number): number {
  for (let i = start + 1; i + 7 <= end; i++) {
    if (text.charCodeAt(i) !== 98 || !text.startsWith('branch=', i)) continue;
    const before = text.charCodeAt(i - 1);
    if (before === 59 || before === 32 || before === 9) return i + 7;
  }
  return -1;
}

/** Where a branch value starting at `from` ends. */
export function viaBranchEndAt(text: string, from: number, end: number): number {
  let j = from;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 59 || c === 44 || c <= 32) break;
    j++;
  }
  return j;
}

/** `host[:port]`, `[v6]:port`, or an unbracketed IPv6 literal (then no port is split off). */
export function splitHostPort(text: string): { host: string; port: number | undefined } {
  const t = text.trim();
  if (t.startsWith('[')) {
    const close = t.indexOf(']');
    const host = t.slice(1, close < 0 ? t.length : close);
    const rest = close < 0 ? '' : t.slice(close + 1);
    return { host, port: rest.startsWith(':') ? toPort(rest.slice(1)) : undefined };
  }
  const first = t.indexOf(':');
  if (first < 0) return { host: t, port: undefined };
  if (t.indexOf(':', first + 1) >= 0) return { host: t, port: undefined };
  return { host: t.slice(0, first), port: toPort(t.slice(first + 1)) };
}

function toPort(s: string): number | undefined {
  if (s.length === 0 || s.length > 5) return undefined;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    n = n * 10 + c - 48;
  }
  return n <= 65535 ? n : undefined;
}

/** `CSeq: 102 INVITE`. */
export function parseCSeq(value: string): { num: number; method: string } {
  return parseCSeqAt(value, 0, value.length);
}

/** The CSeq value at `text[start, end)`; common methods come back as shared strings. */
export function parseCSeqAt(text: string, start: number, end: number): { num: number; method: string } {
  let i = start;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  let num = 0;
  let digits = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (digits < 15) num = num * 10 + (c - 48);
    digits++;
    i++;
  }
  while (i < end && text.charCodeAt(i) <= 32) i++;
  let j = i;
  while (j < end && text.charCodeAt(j) > 32) j++;
  return { num: digits === 0 ? -1 : num, method: methodAt(text, i, j) };
}

/** The known methods as a list, tried in turn so that common method tokens share one string. */
const METHODS: readonly string[] = [...KNOWN_METHODS];

/** The method token at `text[start, end)`, sharing the strings of the common methods. */
export function methodAt(text: string, start: number, end: number): string {
  for (const m of METHODS) if (end - start === m.length && text.startsWith(m, start)) return m;
  return text.slice(start, end);
}

export interface SipUri {
  readonly scheme: string;
  readonly user: string;
  readonly host: string;
  readonly port: number | undefined;
  readonly params: Map<string, string>;
}

/** Parsed URIs: the same few URIs repeat through a dialog (Contact, To, Request-URI). */
const uriCache = new Map<string, SipUri>();

/** `sip:user@host:port;params?headers`, `tel:+1…`. Tolerant of unbracketed IPv6 hosts. Results are shared: do not mutate. */
export function parseUri(uri: string): SipUri {
  const cached = uriCache.get(uri);
  if (cached) return cached;
  const own = detached(uri);
  const parsed = parseUriUncached(own);
  if (uriCache.size >= 4096) uriCache.clear();
  uriCache.set(own, parsed);
  return parsed;
}

function parseUriUncached(uri: string): SipUri {
  const colon = uri.indexOf(':');
  const scheme = colon > 0 ? uri.slice(0, colon).toLowerCase() : '';
  let rest = colon > 0 ? uri.slice(colon + 1) : uri;
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  if (scheme === 'tel') {
    const semi = rest.indexOf(';');
    return {
      scheme,
      user: semi < 0 ? rest : rest.slice(0, semi),
      host: '',
      port: undefined,
      params: parseParams(semi < 0 ? '' : rest.slice(semi)),
    };
  }
  const at = rest.lastIndexOf('@');
  const user = at >= 0 ? rest.slice(0, at) : '';
  let hostPart = at >= 0 ? rest.slice(at + 1) : rest;
  let params = '';
  const semi = hostPart.indexOf(';');
  if (semi >= 0) {
    params = hostPart.slice(semi);
    hostPart = hostPart.slice(0, semi);
  }
  let hp = splitHostPort(hostPart);
  // Unbracketed IPv6 with a trailing port (seen in the wild): keep the port only if the rest is IPv6.
  if (hp.port === undefined && !hostPart.startsWith('[') && hostPart.split(':').length > 2) {
    const last = hostPart.lastIndexOf(':');
    const tail = hostPart.slice(last + 1);
    if (/^\d{2,5}$/.test(tail) && hostPart.split(':').length === 9) {
      hp = { host: hostPart.slice(0, last), port: Number(tail) };
    }
  }
  const userSemi = user.indexOf(';');
  return {
    scheme,
    user: userSemi >= 0 ? user.slice(0, userSemi) : user,
    host: hp.host,
    port: hp.port,
    params: parseParams(params),
  };
}

/** Compares two URIs as routing targets: scheme, user, host (case-insensitive) and port (default 5060). */
export function sameRoutingTarget(a: string, b: string): boolean {
  const ua = parseUri(a);
  const ub = parseUri(b);
  return (
    ua.scheme === ub.scheme &&
    ua.user === ub.user &&
    ua.host.toLowerCase() === ub.host.toLowerCase() &&
    (ua.port ?? 5060) === (ub.port ?? 5060)
  );
}
