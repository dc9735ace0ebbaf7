/**
 * Header names: canonical lower-case ids, compact forms (RFC 3261 §7.3.3 and later RFCs) and the
 * list headers whose values may be split on commas. Lookups avoid allocating for the usual spellings.
 */

/** Compact form → canonical lower-case name. */
export const COMPACT_FORMS: Readonly<Record<string, string>> = {
  i: 'call-id',
  f: 'from',
  t: 'to',
  v: 'via',
  m: 'contact',
  l: 'content-length',
  c: 'content-type',
  k: 'supported',
  s: 'subject',
  e: 'content-encoding',
  o: 'event',
  u: 'allow-events',
  r: 'refer-to',
  b: 'referred-by',
  x: 'session-expires',
  y: 'identity',
  a: 'accept-contact',
  j: 'reject-contact',
  d: 'request-disposition',
  n: 'identity-info',
};

/** Canonical spelling (for display) of names Callsight knows, keyed by lower-case name. */
export const CANONICAL_SPELLING: Readonly<Record<string, string>> = {
  via: 'Via',
  from: 'From',
  to: 'To',
  'call-id': 'Call-ID',
  cseq: 'CSeq',
  contact: 'Contact',
  'max-forwards': 'Max-Forwards',
  'content-length': 'Content-Length',
  'content-type': 'Content-Type',
  'content-encoding': 'Content-Encoding',
  'content-disposition': 'Content-Disposition',
  route: 'Route',
  'record-route': 'Record-Route',
  supported: 'Supported',
  require: 'Require',
  'proxy-require': 'Proxy-Require',
  unsupported: 'Unsupported',
  allow: 'Allow',
  accept: 'Accept',
  'user-agent': 'User-Agent',
  server: 'Server',
  expires: 'Expires',
  'min-expires': 'Min-Expires',
  authorization: 'Authorization',
  'proxy-authorization': 'Proxy-Authorization',
  'www-authenticate': 'WWW-Authenticate',
  'proxy-authenticate': 'Proxy-Authenticate',
  'session-expires': 'Session-Expires',
  'min-se': 'Min-SE',
  reason: 'Reason',
  warning: 'Warning',
  'retry-after': 'Retry-After',
  'p-asserted-identity': 'P-Asserted-Identity',
  'p-preferred-identity': 'P-Preferred-Identity',
  'remote-party-id': 'Remote-Party-ID',
  privacy: 'Privacy',
  diversion: 'Diversion',
  'history-info': 'History-Info',
  'user-to-user': 'User-to-User',
  'x-user-to-user': 'X-User-to-User',
  'call-info': 'Call-Info',
  'refer-to': 'Refer-To',
  'referred-by': 'Referred-By',
  replaces: 'Replaces',
  event: 'Event',
  'allow-events': 'Allow-Events',
  'subscription-state': 'Subscription-State',
  'p-charging-vector': 'P-Charging-Vector',
  'session-id': 'Session-ID',
  identity: 'Identity',
  rack: 'RAck',
  rseq: 'RSeq',
  date: 'Date',
  subject: 'Subject',
  organization: 'Organization',
  'accept-language': 'Accept-Language',
  'accept-encoding': 'Accept-Encoding',
  'alert-info': 'Alert-Info',
  'error-info': 'Error-Info',
  'in-reply-to': 'In-Reply-To',
  'mime-version': 'MIME-Version',
  priority: 'Priority',
  'reply-to': 'Reply-To',
  timestamp: 'Timestamp',
  path: 'Path',
  'service-route': 'Service-Route',
  'p-associated-uri': 'P-Associated-URI',
  'accept-contact': 'Accept-Contact',
  'reject-contact': 'Reject-Contact',
  'request-disposition': 'Request-Disposition',
  'identity-info': 'Identity-Info',
  'x-call-id': 'X-Call-ID',
  'x-cid': 'X-CID',
};

/**
 * Headers whose value is a comma-separated list (RFC 3261 §7.3.1). Authentication headers, Date and
 * product headers are deliberately absent: their commas are not list separators.
 */
export const LIST_HEADERS: ReadonlySet<string> = new Set([
  'via',
  'route',
  'record-route',
  'contact',
  'allow',
  'supported',
  'require',
  'proxy-require',
  'unsupported',
  'accept',
  'accept-encoding',
  'accept-language',
  'allow-events',
  'warning',
  'p-asserted-identity',
  'p-associated-uri',
  'path',
  'service-route',
  'history-info',
  'diversion',
  'reason',
  'user-to-user',
]);

/** Mandatory in every request (RFC 3261 §8.1.1); responses need all but Max-Forwards. */
export const MANDATORY_REQUEST_HEADERS = ['via', 'from', 'to', 'call-id', 'cseq', 'max-forwards'] as const;
export const MANDATORY_RESPONSE_HEADERS = ['via', 'from', 'to', 'call-id', 'cseq'] as const;

const exactSpellings = new Map<string, string>();
for (const [lower, spelled] of Object.entries(CANONICAL_SPELLING)) {
  exactSpellings.set(spelled, lower);
  exactSpellings.set(lower, lower);
}
for (const [compact, lower] of Object.entries(COMPACT_FORMS)) {
  exactSpellings.set(compact, lower);
  exactSpellings.set(compact.toUpperCase(), lower);
}
// Spellings seen in the wild that differ from the canonical one only by case.
for (const extra of [
  'Call-Id',
  'CALL-ID',
  'Cseq',
  'CSEQ',
  'Www-Authenticate',
  'Content-length',
  'Content-type',
])
  exactSpellings.set(extra, extra.toLowerCase());

/** Canonical lower-case name for a header name as written (compact forms expanded). */
export function canonicalHeaderName(written: string): string {
  const hit = exactSpellings.get(written);
  if (hit !== undefined) return hit;
  const lower = written.toLowerCase();
  if (lower.length === 1) return COMPACT_FORMS[lower] ?? lower;
  return lower;
}

/** The display spelling of a canonical name (`call-id` → `Call-ID`); unknown names are title-cased. */
export function displayHeaderName(canonical: string): string {
  const known = CANONICAL_SPELLING[canonical];
  if (known) return known;
  return canonical.replace(/(^|-)([a-z])/g, (_m, dash: string, ch: string) => dash + ch.toUpperCase());
}

/** Canonical names of the known spellings, by spelling number (see {@link knownSpellingAt}). */
export const KNOWN_SPELLING_CANONICAL: readonly string[] = [...exactSpellings.values()];

/** Known spellings grouped by length (as spelling numbers), to name a header without slicing the text. */
const SPELLINGS_BY_LENGTH: readonly (readonly number[])[] = (() => {
  const table: number[][] = [];
  let k = 0;
  for (const spelled of exactSpellings.keys()) (table[spelled.length] ??= []).push(k++);
  return table;
})();

const KNOWN_SPELLINGS: readonly string[] = [...exactSpellings.keys()];

/**
 * The number of the known spelling written at `text[start, end)` (an index into
 * {@link KNOWN_SPELLING_CANONICAL}), or -1 when the name is spelled some other way.
 */
export function knownSpellingAt(text: string, start: number, end: number): number {
  const candidates = SPELLINGS_BY_LENGTH[end - start];
  if (candidates) {
    // Several spellings share a length: the first character rules most of them out without a call.
    const first = text.charCodeAt(start);
    for (let i = 0; i < candidates.length; i++) {
      const k = candidates[i] as number;
      const spelled = KNOWN_SPELLINGS[k] as string;
      if (spelled.charCodeAt(0) === first && text.startsWith(spelled, start)) return k;
    }
  }
  return -1;
}
