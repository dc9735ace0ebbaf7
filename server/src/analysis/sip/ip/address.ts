/**
 * IP address parsing and classification (RFC 1918 private, RFC 6598 CGNAT, loopback, link-local, IPv6
 * ULA and deprecated site-local, documentation ranges). Parsers are hand-written and linear: they read
 * text straight out of traces.
 */

/** How an address routes, as far as a SIP peer on the internet is concerned. */
export type AddressClass =
  'public' | 'private' | 'cgnat' | 'loopback' | 'link-local' | 'unspecified' | 'multicast' | 'documentation';

export interface ParsedAddress {
  readonly family: 4 | 6;
  readonly text: string;
  readonly class: AddressClass;
}

/** True for classes a peer on the internet cannot send packets to. */
export function isNonRoutable(c: AddressClass): boolean {
  return c === 'private' || c === 'cgnat' || c === 'loopback' || c === 'link-local' || c === 'unspecified';
}

/** True for classes that look routable from the internet (documentation ranges stand in for public ones in examples). */
export function isPublicLike(c: AddressClass): boolean {
  return c === 'public' || c === 'documentation';
}

/** Parses a dotted-quad IPv4 address; undefined when `text` is not exactly one. */
export function parseIpv4(text: string): number[] | undefined {
  if (text.length < 7 || text.length > 15) return undefined;
  const octets: number[] = [];
  let value = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c >= 48 && c <= 57) {
      value = value < 0 ? c - 48 : value * 10 + (c - 48);
      if (value > 255) return undefined;
    } else if (c === 46) {
      if (value < 0) return undefined;
      octets.push(value);
      value = -1;
    } else {
      return undefined;
    }
  }
  return octets.length === 4 ? octets : undefined;
}

/** Parses an IPv6 address (with optional embedded IPv4 tail and zone id) into eight 16-bit groups. */
export function parseIpv6(input: string): number[] | undefined {
  let text = input;
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (text.length < 2 || text.length > 45 || text.indexOf(':') < 0) return undefined;
  const parts = text.split(':');
  const groups: number[] = [];
  let gap = -1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part === '') {
      // A leading or trailing '::' yields two empty parts; only one gap is allowed.
      if (i === 0 || i === parts.length - 1) {
        if (parts.length < 3) return undefined;
        if ((i === 0 && parts[1] !== '') || (i === parts.length - 1 && parts[i - 1] !== '')) return undefined;
        if (gap < 0) gap = groups.length;
        continue;
      }
      if (gap >= 0 && gap !== groups.length) return undefined;
      gap = groups.length;
      continue;
    }
    if (i === parts.length - 1 && part.indexOf('.') >= 0) {
      const v4 = parseIpv4(part);
      if (!v4) return undefined;
      groups.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
      continue;
    }
    if (part.length > 4) return undefined;
    let value = 0;
    for (let j = 0; j < part.length; j++) {
      const d = hexDigit(part.charCodeAt(j));
      if (d < 0) return undefined;
      value = value * 16 + d;
    }
    groups.push(value);
  }
  if (gap >= 0) {
    if (groups.length > 7) return undefined;
    const fill = new Array<number>(8 - groups.length).fill(0);
    groups.splice(gap, 0, ...fill);
  }
  return groups.length === 8 ? groups : undefined;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

export function classifyIpv4(o: readonly number[]): AddressClass {
  const [a = 0, b = 0, c = 0] = o;
  if (a === 0) return 'unspecified';
  if (a === 10) return 'private';
  if (a === 172 && b >= 16 && b <= 31) return 'private';
  if (a === 192 && b === 168) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'cgnat';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a >= 224 && a <= 239) return 'multicast';
  if (a === 255) return 'unspecified';
  if (
    (a === 192 && b === 0 && c === 2) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113)
  )
    return 'documentation';
  return 'public';
}

export function classifyIpv6(g: readonly number[]): AddressClass {
  const first = g[0] ?? 0;
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  // IPv4-mapped ::ffff:a.b.c.d
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    const hi = g[6] ?? 0;
    const lo = g[7] ?? 0;
    return classifyIpv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  }
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((first & 0xfe00) === 0xfc00) return 'private'; // unique local
  if ((first & 0xff00) === 0xff00) return 'multicast';
  if (first === 0x2001 && g[1] === 0x0db8) return 'documentation';
  if (first === 0x0064 && g[1] === 0xff9b) return 'public'; // NAT64 well-known prefix
  return 'public';
}

/** Parses and classifies an IP literal (IPv4, IPv6, or bracketed IPv6); undefined for host names. */
export function parseAddress(text: string): ParsedAddress | undefined {
  let t = text;
  if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1);
  const v4 = parseIpv4(t);
  if (v4) return { family: 4, text: t, class: classifyIpv4(v4) };
  const v6 = parseIpv6(t);
  if (v6) return { family: 6, text: t, class: classifyIpv6(v6) };
  return undefined;
}

/** An address found inside a longer text (a header value, an envelope line). */
export interface AddressMatch extends ParsedAddress {
  /** Offset of the address inside the scanned text (brackets excluded). */
  readonly index: number;
  readonly length: number;
}

function isAddressChar(c: number): boolean {
  return (c >= 48 && c <= 58) || c === 46 || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Every IP literal in `text`, scanning once. Host names are ignored; `host:port` and unbracketed
 * IPv6-with-port (ngrep writes `fe80::1:5060`) are split sensibly.
 */
export function findAddresses(text: string, limit = 64): AddressMatch[] {
  const out: AddressMatch[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && out.length < limit) {
    const c = text.charCodeAt(i);
    if (!isAddressChar(c) || c === 58 || c === 46) {
      i++;
      continue;
    }
    // A candidate must not continue a word (e.g. the hex tail of a branch id or a host name).
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    let j = i;
    while (j < n && isAddressChar(text.charCodeAt(j))) j++;
    if (isWordChar(prev) || (j < n && isWordChar(text.charCodeAt(j)))) {
      i = j + 1;
      continue;
    }
    // '::1' style candidates start with a colon: include a directly preceding '::'
    let start = i;
    if (start >= 2 && text.charCodeAt(start - 1) === 58 && text.charCodeAt(start - 2) === 58) {
      const before = start >= 3 ? text.charCodeAt(start - 3) : 32;
      if (!isAddressChar(before)) start -= 2;
    }
    const match = matchCandidate(text.slice(start, j), start);
    if (match) out.push(match);
    i = j + 1;
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 103 && c <= 122) || (c >= 71 && c <= 90) || c === 95 || c === 45;
}

function matchCandidate(candidate: string, offset: number): AddressMatch | undefined {
  let s = candidate;
  while (s.endsWith('.') || (s.endsWith(':') && !s.endsWith('::'))) s = s.slice(0, -1);
  const colons = countChar(s, 58);
  if (colons === 0) {
    const v4 = parseIpv4(s);
    return v4 ? { family: 4, text: s, class: classifyIpv4(v4), index: offset, length: s.length } : undefined;
  }
  if (colons === 1) {
    const head = s.slice(0, s.indexOf(':'));
    const v4 = parseIpv4(head);
    return v4
      ? { family: 4, text: head, class: classifyIpv4(v4), index: offset, length: head.length }
      : undefined;
  }
  const v6 = parseIpv6(s);
  if (v6) return { family: 6, text: s, class: classifyIpv6(v6), index: offset, length: s.length };
  const last = s.lastIndexOf(':');
  const head = s.slice(0, last);
  const v6b = parseIpv6(head);
  return v6b
    ? { family: 6, text: head, class: classifyIpv6(v6b), index: offset, length: head.length }
    : undefined;
}

function countChar(s: string, code: number): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) count++;
  return count;
}
