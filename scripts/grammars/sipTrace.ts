/**
 * Source of `syntaxes/sip-trace.tmLanguage.json`: SIP messages as the common tools export them. Every
 * envelope of `shared/reference/sip-traces.md` §1, start lines, headers (compact forms too), URIs,
 * parameters, addresses, and SDP bodies through `source.sdp` (decision 0043).
 *
 * SIP line rules start with `(?:^[ ]{0,3}|\G)`: at a line start (old FreeSWITCH indents every line by
 * three spaces) or right after a prefix a region consumed (chan_sip's `[Mar 30 13:35:51] `, tshark's
 * 8-space header indent).
 */
import { HOSTNAME, IPV4, IPV6, IPV6_BRACKETED_INNER, ISO_TIME, palette } from './fragments';
import { TM_SCHEMA, captures, include, type Captures, type Grammar, type Rule } from './types';

const L = 'sip-trace';
const LINE_START = String.raw`(?:^[ ]{0,3}|\G)`;

const KNOWN_METHODS =
  'INVITE|ACK|BYE|CANCEL|OPTIONS|REGISTER|PRACK|SUBSCRIBE|NOTIFY|PUBLISH|INFO|REFER|MESSAGE|UPDATE';

// ---------------------------------------------------------------------------------------------
// Scopes used in many places

const S = {
  ip: `constant.numeric.ip-address.${L}`,
  port: `constant.numeric.port.${L}`,
  host: `string.unquoted.host.${L}`,
  date: `constant.numeric.date.${L}`,
  time: `constant.numeric.time.${L}`,
  arrow: `keyword.operator.arrow.${L}`,
  direction: `keyword.control.direction.${L}`,
  transport: `storage.type.transport.${L}`,
  count: `constant.numeric.byte-count.${L}`,
  unit: `keyword.other.unit.${L}`,
  number: `constant.numeric.${L}`,
  bracketOpen: `punctuation.definition.bracket.begin.${L}`,
  bracketClose: `punctuation.definition.bracket.end.${L}`,
  colon: `punctuation.separator.${L}`,
  headerName: `support.type.property-name.header.${L}`,
  compactName: `support.type.property-name.header.compact.${L}`,
  headerColon: `punctuation.separator.header.${L}`,
  tool: (tool: string) => `comment.line.${tool}.${L}`,
  separator: `comment.line.separator.${L}`,
} as const;

// ---------------------------------------------------------------------------------------------
// Addresses, URIs, parameters

const address: Rule = {
  comment:
    'host[:port] as envelopes write it: 1.2.3.4:5060, [2001:db8::1]:5060, fe80::1, sip.example.com:5060',
  patterns: [
    {
      match: String.raw`(\[)(${IPV6_BRACKETED_INNER})(\])(?:(:)(\d{1,5}))?`,
      captures: captures({ 1: S.bracketOpen, 2: S.ip, 3: S.bracketClose, 4: S.colon, 5: S.port }),
    },
    {
      match: String.raw`(${IPV4})(?:(:)(\d{1,5})(?!\d))?`,
      captures: captures({ 1: S.ip, 2: S.colon, 3: S.port }),
    },
    { match: IPV6, name: S.ip },
    {
      match: String.raw`(?<![\w.-])(?=[\w.-]{0,253}[A-Za-z])(${HOSTNAME})(?:(:)(\d{1,5})(?!\d))?(?![\w-])`,
      captures: captures({ 1: S.host, 2: S.colon, 3: S.port }),
    },
  ],
};

/** Only IP literals (with an optional port): for free text, where bare words must stay uncoloured. */
const ipAddress: Rule = {
  patterns: [
    {
      match: String.raw`(\[)(${IPV6_BRACKETED_INNER})(\])(?:(:)(\d{1,5}))?`,
      captures: captures({ 1: S.bracketOpen, 2: S.ip, 3: S.bracketClose, 4: S.colon, 5: S.port }),
    },
    {
      match: String.raw`(${IPV4})(?:(:)(\d{1,5})(?!\d))?`,
      captures: captures({ 1: S.ip, 2: S.colon, 3: S.port }),
    },
    { match: IPV6, name: S.ip },
  ],
};

const uri: Rule = {
  patterns: [
    {
      comment: 'sip:/sips: URIs: scheme, user@, host (IPv6 in brackets, or bare as some UAs write it), :port',
      match:
        String.raw`\b(sips?)(:)(?:([^@\s;>?"<,]{1,256})(@))?` +
        String.raw`(?:(\[)(${IPV6_BRACKETED_INNER})(\])|(${IPV4})(?![\w.])|((?:[0-9A-Fa-f]{1,4}:){2,8}[0-9A-Fa-f]{1,4}(?=[;>\s?,]|$))|(${HOSTNAME}))` +
        String.raw`(?:(:)(\d{1,5})(?!\d))?`,
      captures: captures({
        1: `keyword.other.scheme.${L}`,
        2: S.colon,
        3: `variable.other.user.${L}`,
        4: `punctuation.separator.at.${L}`,
        5: S.bracketOpen,
        6: S.ip,
        7: S.bracketClose,
        8: S.ip,
        9: S.ip,
        10: S.host,
        11: S.colon,
        12: S.port,
      }),
    },
    {
      match: String.raw`\b(tel)(:)([+\d][\d().*#A-Fa-fpwPW-]{0,63})`,
      captures: captures({
        1: `keyword.other.scheme.${L}`,
        2: S.colon,
        3: `constant.numeric.phone-number.${L}`,
      }),
    },
    {
      match: String.raw`\b(https?|urn|mailto)(:)([^\s<>";,]{1,1024})`,
      captures: captures({
        1: `keyword.other.scheme.${L}`,
        2: S.colon,
        3: `markup.underline.link.${L}`,
      }),
    },
  ],
};

const PARAM_NAME = String.raw`[A-Za-z0-9_.!%*+'~-]{1,64}`;
const PARAM_VALUE = String.raw`"(?:[^"\\]|\\.){0,512}"|[^;,\s>"?&]{1,512}`;

function specialParam(names: string, valueScope: string | Rule[]): Rule {
  return {
    match: String.raw`(;)\s{0,4}(${names})\s{0,4}(=)\s{0,4}(${PARAM_VALUE})`,
    captures: captures({
      1: `punctuation.separator.parameter.${L}`,
      2: `entity.other.attribute-name.parameter.${L}`,
      3: `keyword.operator.assignment.${L}`,
      4: typeof valueScope === 'string' ? valueScope : { patterns: valueScope },
    }),
  };
}

const parameter: Rule = {
  comment: ';name=value after a URI or a header value: ;tag= and ;branch= get their own scopes.',
  patterns: [
    specialParam('(?i:tag)', `variable.other.constant.tag.${L}`),
    specialParam('(?i:branch)', `variable.other.constant.branch.${L}`),
    specialParam('(?i:received|maddr)', [include('#ip-address')]),
    specialParam('(?i:cause)', `constant.numeric.cause.${L}`),
    specialParam('(?i:transport)', S.transport),
    {
      match: String.raw`(;)\s{0,4}(${PARAM_NAME})(?:\s{0,4}(=)\s{0,4}(?:("(?:[^"\\]|\\.){0,512}")|([^;,\s>"?&]{1,512})))?`,
      captures: captures({
        1: `punctuation.separator.parameter.${L}`,
        2: `entity.other.attribute-name.parameter.${L}`,
        3: `keyword.operator.assignment.${L}`,
        4: `string.quoted.double.parameter-value.${L}`,
        5: `string.unquoted.parameter-value.${L}`,
      }),
    },
  ],
};

const quotedString: Rule = {
  match: String.raw`"(?:[^"\\]|\\.){0,1024}"`,
  name: `string.quoted.double.${L}`,
};

const angleUri: Rule = {
  begin: '<',
  end: String.raw`>|$`,
  beginCaptures: captures({ 0: `punctuation.definition.uri.begin.${L}` }),
  endCaptures: captures({ 0: `punctuation.definition.uri.end.${L}` }),
  name: `meta.uri.${L}`,
  patterns: [include('#uri'), include('#parameter'), include('#ip-address')],
};

const genericValue: Rule = {
  patterns: [
    include('#angle-uri'),
    include('#uri'),
    include('#parameter'),
    include('#quoted-string'),
    include('#ip-address'),
  ],
};

// ---------------------------------------------------------------------------------------------
// Start lines

const knownMethod: Rule = {
  match: String.raw`\b(?:${KNOWN_METHODS})\b`,
  name: `keyword.control.method.${L}`,
};

/** A method where the position says it is one (start line, CSeq): unknown methods are legal. */
const method: Rule = {
  patterns: [knownMethod, { match: String.raw`[A-Za-z][A-Za-z-]{0,30}`, name: `keyword.other.method.${L}` }],
};

const version: Captures = captures({
  1: `keyword.other.protocol.${L}`,
  2: `punctuation.separator.version.${L}`,
  3: `constant.numeric.version.${L}`,
});

const requestLine: Rule = {
  comment: 'Method SP Request-URI SP SIP/2.0 (the trailing dot is how ngrep shows the CR).',
  match: String.raw`${LINE_START}([A-Za-z][A-Za-z-]{0,30})\s(\S{1,4096})\s(SIP)(/)(2\.0)(\.?)\s*$`,
  name: `meta.request-line.${L}`,
  captures: captures({
    1: { patterns: [method] },
    2: { name: `meta.request-uri.${L}`, patterns: [include('#uri'), include('#parameter')] },
    3: `keyword.other.protocol.${L}`,
    4: `punctuation.separator.version.${L}`,
    5: `constant.numeric.version.${L}`,
  }),
};

/** Status classes: distinct scopes, coloured by outcome (decision 0040). */
const STATUS_CLASSES: readonly {
  readonly digit: string;
  readonly kind: string;
  readonly scope: (w: string) => string;
}[] = [
  { digit: '1', kind: 'provisional', scope: palette.progress },
  { digit: '2', kind: 'success', scope: palette.success },
  { digit: '3', kind: 'redirection', scope: palette.warning },
  { digit: '4', kind: 'client-error', scope: palette.error },
  { digit: '5', kind: 'server-error', scope: palette.error },
  { digit: '6', kind: 'global-failure', scope: palette.error },
];

const statusLine: Rule = {
  patterns: [
    ...STATUS_CLASSES.map(({ digit, kind, scope }): Rule => ({
      match: String.raw`${LINE_START}(SIP)(/)(2\.0)\s(${digit}\d\d)(?:\s(.*))?$`,
      name: `meta.status-line.${digit}xx.${L}`,
      captures: captures({
        ...version,
        4: scope(`status-code.${kind}.${digit}xx.${L}`),
        5: scope(`reason-phrase.${kind}.${digit}xx.${L}`),
      }),
    })),
    {
      match: String.raw`${LINE_START}(SIP)(/)(2\.0)\s(\d{3})(?:\s(.*))?$`,
      name: `meta.status-line.${L}`,
      captures: captures({
        ...version,
        4: `invalid.illegal.status-code.${L}`,
        5: `string.unquoted.reason-phrase.${L}`,
      }),
    },
  ],
};

const httpStartLine: Rule = {
  comment: 'The HTTP upgrade before SIP over WebSocket, as follow-stream exports show it.',
  patterns: [
    {
      match: String.raw`^([A-Z]{3,10})\s(\S{1,4096})\s(HTTP)(/)(1\.[01])\.?\s*$`,
      name: `meta.request-line.http.${L}`,
      captures: captures({
        1: `keyword.other.method.http.${L}`,
        2: `markup.underline.link.${L}`,
        3: `keyword.other.protocol.${L}`,
        4: `punctuation.separator.version.${L}`,
        5: `constant.numeric.version.${L}`,
      }),
    },
    {
      match: String.raw`^(HTTP)(/)(1\.[01])\s(\d{3})(?:\s(.*))?$`,
      name: `meta.status-line.http.${L}`,
      captures: captures({
        ...version,
        4: `constant.numeric.status-code.http.${L}`,
        5: `string.unquoted.reason-phrase.${L}`,
      }),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Header lines

interface HeaderKind {
  readonly key: string;
  readonly full: string;
  readonly compact?: string;
  readonly value: Rule[];
}

const nameAddrValue: Rule[] = [
  {
    match: String.raw`\G\s{0,8}("(?:[^"\\]|\\.){0,256}")`,
    captures: captures({ 1: `string.quoted.double.display-name.${L}` }),
  },
  {
    match: String.raw`\G\s{0,8}([^<"\s][^<"]{0,255}?)\s{0,8}(?=<)`,
    captures: captures({ 1: `string.unquoted.display-name.${L}` }),
  },
  include('#generic-value'),
];

const HEADER_KINDS: readonly HeaderKind[] = [
  {
    key: 'via',
    full: 'Via',
    compact: 'v',
    value: [
      {
        comment: 'SIP/2.0/UDP sent-by',
        match: String.raw`\b(SIP)(/)(2\.0)(/)([A-Za-z]{1,10})\s{1,8}([^\s;,]{1,300})`,
        captures: captures({
          1: `keyword.other.protocol.${L}`,
          2: `punctuation.separator.version.${L}`,
          3: `constant.numeric.version.${L}`,
          4: `punctuation.separator.version.${L}`,
          5: S.transport,
          6: { name: `meta.sent-by.${L}`, patterns: [include('#address')] },
        }),
      },
      include('#generic-value'),
    ],
  },
  {
    key: 'name-addr',
    full: String.raw`From|To|Contact|Route|Record-Route|Refer-To|Referred-By|Reply-To|P-Asserted-Identity|P-Preferred-Identity|P-Called-Party-ID|Remote-Party-ID|Diversion|History-Info|Path|Service-Route`,
    compact: '[ftmrb]',
    value: nameAddrValue,
  },
  {
    key: 'call-id',
    full: 'Call-ID',
    compact: 'i',
    value: [{ match: String.raw`\G\S{1,1024}`, name: `variable.other.constant.call-id.${L}` }],
  },
  {
    key: 'cseq',
    full: 'CSeq',
    value: [
      {
        match: String.raw`\G(\d{1,10})\s{1,8}([A-Za-z][A-Za-z-]{0,30})`,
        captures: captures({ 1: `constant.numeric.cseq.${L}`, 2: { patterns: [method] } }),
      },
    ],
  },
  {
    key: 'content-type',
    full: 'Content-Type|Accept',
    compact: 'c',
    value: [
      {
        match: String.raw`[\w.+-]{1,64}/[\w+-]{1,64}(?:\.[\w+-]{1,64}){0,8}`,
        name: `support.type.media-type.${L}`,
      },
      include('#parameter'),
    ],
  },
  {
    key: 'number',
    full: String.raw`Content-Length|Max-Forwards|Expires|Min-Expires|Min-SE|Session-Expires|RSeq|RAck|Retry-After`,
    compact: '[lx]',
    value: [
      { match: String.raw`\b\d{1,10}\b`, name: S.number },
      include('#parameter'),
      include('#known-method'),
    ],
  },
  {
    key: 'text',
    full: 'User-Agent|Server|Subject|Organization|Date',
    compact: 's',
    value: [{ match: String.raw`\G.+`, name: `string.unquoted.header-value.${L}` }],
  },
  {
    key: 'allow',
    full: 'Allow',
    value: [include('#known-method')],
  },
  {
    key: 'reason',
    full: 'Reason',
    value: [
      {
        match: String.raw`\G(Q\.850|SIP|[A-Za-z][\w.-]{0,30})`,
        name: `support.constant.reason-protocol.${L}`,
      },
      include('#parameter'),
    ],
  },
  {
    key: 'warning',
    full: 'Warning',
    value: [
      {
        match: String.raw`(?:\G|,\s{0,8})(\d{3})\s{1,8}(\S{1,256})\s{1,8}("(?:[^"\\]|\\.){0,1024}")`,
        captures: captures({
          1: `constant.numeric.warning-code.${L}`,
          2: { patterns: [include('#address')] },
          3: `string.quoted.double.${L}`,
        }),
      },
    ],
  },
  {
    key: 'auth',
    full: 'Authorization|Proxy-Authorization|WWW-Authenticate|Proxy-Authenticate',
    value: [
      { match: String.raw`\G(Digest|Basic|Bearer|NTLM|Kerberos)\b`, name: `storage.type.auth-scheme.${L}` },
      {
        match: String.raw`([\w-]{1,64})\s{0,4}(=)\s{0,4}(?:("(?:[^"\\]|\\.){0,2048}")|([^,\s]{1,2048}))`,
        captures: captures({
          1: `entity.other.attribute-name.parameter.${L}`,
          2: `keyword.operator.assignment.${L}`,
          3: `string.quoted.double.parameter-value.${L}`,
          4: `string.unquoted.parameter-value.${L}`,
        }),
      },
    ],
  },
];

function headerRule({ key, full, compact, value }: HeaderKind): Rule {
  const names = compact ? String.raw`(?i:(${full})|(${compact}))` : String.raw`(?i:(${full}))`;
  const colonGroup = compact ? 3 : 2;
  return {
    name: `meta.header.${key}.${L}`,
    begin: String.raw`${LINE_START}${names}[ \t]{0,8}(:)[ \t]{0,8}`,
    end: '$',
    beginCaptures: captures(
      compact
        ? { 1: S.headerName, 2: S.compactName, [colonGroup]: S.headerColon }
        : { 1: S.headerName, [colonGroup]: S.headerColon },
    ),
    patterns: value,
  };
}

const otherHeader: Rule = {
  name: `meta.header.${L}`,
  begin: String.raw`${LINE_START}([A-Za-z][A-Za-z0-9!%'*+._~-]{0,80})[ \t]{0,8}(:)[ \t]{0,8}`,
  end: '$',
  beginCaptures: captures({ 1: S.headerName, 2: S.headerColon }),
  patterns: [include('#generic-value')],
};

const header: Rule = { patterns: [...HEADER_KINDS.map(headerRule), otherHeader] };

/** Everything a line of a SIP message can be, from `^` or from `\G` after a prefix. */
const sipLine: Rule = {
  patterns: [include('#request-line'), include('#status-line'), include('#header')],
};

// ---------------------------------------------------------------------------------------------
// SDP bodies (decision 0043)

/**
 * Lines only SDP has: v=0, o=… IN IP4 …, c=IN IP4 …, m=audio 8000 …, a=name[:value], t=0 0, b=AS:64. A
 * body usually starts with v=0; the other shapes pick up bodies split across TCP segments or packets.
 */
const SDP_LINE_SHAPE = String.raw`(?:v=\d|o=\S{1,256} \d{1,24} \d{1,24} IN IP[46] |c=IN IP[46] |m=[a-z]{1,20} \d{1,5}[/ ]|a=[\w.-]{1,64}(?::|\.?$)|t=\d{1,20} \d|b=[\w-]{1,16}:\d)`;

const sdpBlock: Rule = {
  comment:
    'An SDP body: starts at a line only SDP has, lasts while lines keep the x= shape; source.sdp tokenizes it (decision 0043).',
  name: 'meta.embedded.block.sdp',
  begin: String.raw`^(?=[ ]{0,3}${SDP_LINE_SHAPE})`,
  while: String.raw`^(?=[ ]{0,3}[a-z]=)`,
  patterns: [include('source.sdp')],
};

// ---------------------------------------------------------------------------------------------
// Envelopes, one per export format (sip-traces.md §1)

const DATE_SLASH = String.raw`\d{4}/\d\d/\d\d`;
const TIME_US = String.raw`\d\d:\d\d:\d\d\.\d{6}`;
const SYSLOG_DATE = String.raw`[A-Z][a-z]{2}\s[ \d]\d`;
const ADDR = String.raw`\S{1,128}`;
const addr = { patterns: [include('#address')] } as const;

function envelope(format: string, comment: string, match: string, caps: Record<number, string | Rule>): Rule {
  const out: Record<number, string | { patterns: Rule[] }> = {};
  for (const [group, value] of Object.entries(caps)) {
    out[Number(group)] = typeof value === 'string' ? value : { patterns: [value] };
  }
  return { comment, match, name: `meta.envelope.${format}.${L}`, captures: captures(out) };
}

const addressRule: Rule = include('#address');

const envelopes: Rule[] = [
  envelope(
    'sngrep',
    'sngrep .txt export: 2005/07/04 09:32:52.841120 192.168.1.2:5060 -> 212.242.33.35:5060',
    String.raw`^(${DATE_SLASH})\s(${TIME_US})\s(${ADDR})\s(->)\s(${ADDR})\s*$`,
    { 1: S.date, 2: S.time, 3: addressRule, 4: S.arrow, 5: addressRule },
  ),
  envelope(
    'ngrep',
    'ngrep -W byline: U 2005/07/04 09:32:52.841120 1.2.3.4:5060 -> 5.6.7.8:5060 [AP] #19 (time, flags, fragment and frame optional)',
    String.raw`^([UTI?])\s(?:(${DATE_SLASH})\s(${TIME_US})\s|(\+\d{1,10}\.\d{6})\s)?(${ADDR})\s(->)\s(${ADDR})(?:\s(\[[A-Z.]{1,10}\]))?(?:\s(\+\S{1,40}))?(?:\s(#\d{1,12}))?\s*$`,
    {
      1: S.transport,
      2: S.date,
      3: S.time,
      4: S.time,
      5: addressRule,
      6: S.arrow,
      7: addressRule,
      8: `constant.other.tcp-flags.${L}`,
      9: `constant.other.fragment.${L}`,
      10: `constant.numeric.frame.${L}`,
    },
  ),
  envelope(
    'asterisk-pjsip',
    'Asterisk pjsip logger: <--- Received SIP request (N bytes) from UDP:1.2.3.4:5060 --->, optionally after the full-log prefix',
    String.raw`^(?:(\[)([^\]]{1,40})(\])\s(VERBOSE)(\[)(\d{1,10})(\])(?:(\[)(C-[0-9a-f]{1,16})(\]))?\s(res_pjsip_logger\.c)(:)\s)?(<---)\s(Transmitting|Received)\s(SIP)\s(request|response)\s(\()(\d{1,10})\s(bytes)(\))\s(to|from)\s(\w{1,10})(:)(${ADDR})\s(--->)\s*$`,
    {
      1: S.bracketOpen,
      2: S.time,
      3: S.bracketClose,
      4: `keyword.other.log-level.${L}`,
      5: S.bracketOpen,
      6: S.number,
      7: S.bracketClose,
      8: S.bracketOpen,
      9: `variable.other.constant.channel.${L}`,
      10: S.bracketClose,
      11: `entity.name.tag.logger.${L}`,
      12: S.colon,
      13: S.arrow,
      14: S.direction,
      15: `keyword.other.protocol.${L}`,
      16: `keyword.other.${L}`,
      17: S.bracketOpen,
      18: S.count,
      19: S.unit,
      20: S.bracketClose,
      21: S.direction,
      22: S.transport,
      23: S.colon,
      24: addressRule,
      25: S.arrow,
    },
  ),
  envelope(
    'asterisk-chan-sip',
    'chan_sip: <--- SIP read from UDP:10.49.0.1:5064 --->',
    String.raw`^(?:(\[)(${SYSLOG_DATE}\s\d\d:\d\d:\d\d)(\])\s)?(<---)\s(SIP read from)\s(\w{1,10})(:)(${ADDR})\s(--->)\s*$`,
    {
      1: S.bracketOpen,
      2: S.time,
      3: S.bracketClose,
      4: S.arrow,
      5: S.direction,
      6: S.transport,
      7: S.colon,
      8: addressRule,
      9: S.arrow,
    },
  ),
  envelope(
    'asterisk-chan-sip',
    'chan_sip: <--- Transmitting (no NAT) to 85.31.193.210:5060 ---> and the request forms ending in a colon',
    String.raw`^(?:(\[)(${SYSLOG_DATE}\s\d\d:\d\d:\d\d)(\])\s)?(?:(<---)\s)?((?:Reliably\s)?Transmitting|Retransmitting\s#\d{1,4})\s(\()(NAT|no NAT|[^)]{0,40})(\))\s(to)\s(\S{1,128}?)(?:\s(--->)|(:))\s*$`,
    {
      1: S.bracketOpen,
      2: S.time,
      3: S.bracketClose,
      4: S.arrow,
      5: S.direction,
      6: S.bracketOpen,
      7: `constant.language.nat.${L}`,
      8: S.bracketClose,
      9: S.direction,
      10: addressRule,
      11: S.arrow,
      12: S.colon,
    },
  ),
  envelope(
    'freeswitch',
    'FreeSWITCH siptrace: recv 1745 bytes from udp/[192.168.2.50]:5060 at 02:05:50.220956:',
    String.raw`^[ ]{0,3}(?:\x1b\[[0-9;]{0,16}m){0,4}(recv|send)\s(\d{1,10})\s(bytes)\s(from|to)\s(\w{1,10})(/)(\S{1,128}?)\s(at)\s(\d\d:\d\d:\d\d\.\d{1,6})(:)\s*$`,
    {
      1: S.direction,
      2: S.count,
      3: S.unit,
      4: S.direction,
      5: S.transport,
      6: S.colon,
      7: addressRule,
      8: `keyword.other.${L}`,
      9: S.time,
      10: S.colon,
    },
  ),
  envelope(
    'opensips',
    'OpenSIPS tracer: in udp 2024-01-15 12:00:00 10.0.0.1:5060 -> 10.0.0.2:5060',
    String.raw`^(in|out)\s(\w{1,10})\s(\d{4}-\d\d-\d\d)\s(\d\d:\d\d:\d\d)\s(${ADDR})\s(->)\s(${ADDR})\s*$`,
    { 1: S.direction, 2: S.transport, 3: S.date, 4: S.time, 5: addressRule, 6: S.arrow, 7: addressRule },
  ),
  envelope(
    'homer',
    'Homer text export: proto:UDP 2024-01-15T12:00:00.123456Z  10.0.0.1:5060 ---> 10.0.0.2:5060',
    String.raw`^(proto)(:)(\w{1,10})\s(${ISO_TIME})\s{1,4}(${ADDR})\s(--->)\s(${ADDR})\s*$`,
    {
      1: `keyword.other.${L}`,
      2: S.colon,
      3: S.transport,
      4: S.time,
      5: addressRule,
      6: S.arrow,
      7: addressRule,
    },
  ),
  envelope(
    'acme',
    'Oracle/Acme sipmsg.log: Mar  6 13:34:49.416 On [6:0]10.102.130.185:5060 received from 10.102.130.150:5060',
    String.raw`^(?:(${SYSLOG_DATE})\s)?(\d\d:\d\d:\d\d\.\d{3})\s(On)\s(\[)(\d{1,5}:\d{1,5})(\])(${ADDR})\s(received from|sent to)\s(${ADDR})\s*$`,
    {
      1: S.date,
      2: S.time,
      3: `keyword.other.${L}`,
      4: S.bracketOpen,
      5: `constant.other.realm.${L}`,
      6: S.bracketClose,
      7: addressRule,
      8: S.direction,
      9: addressRule,
    },
  ),
  envelope(
    'cisco',
    'Cisco CUBE debug ccsip messages: [125670: ][0: ]*Oct 11 21:40:26.175: //-1/xxxxxxxxxxxx/SIP/Msg/ccsipDisplayMsg:',
    String.raw`^((?:\d{1,10}:\s){0,2})(\*)?(${SYSLOG_DATE}\s\d\d:\d\d:\d\d\.\d{3})(:)\s(//\S{0,200}/SIP/Msg/ccsipDisplayMsg)(:)\s*$`,
    {
      1: { match: String.raw`\d{1,10}`, name: S.number },
      2: `punctuation.definition.syslog.${L}`,
      3: S.time,
      4: S.colon,
      5: `entity.name.tag.logger.${L}`,
      6: S.colon,
    },
  ),
  envelope(
    'cisco',
    'Cisco IOS-XE 17: Received: SIP UDP message from 8.41.17.71:5099 to 8.44.25.45:5060',
    String.raw`^(Sent|Received)(:)\s(SIP)\s(\w{1,10})\s(message)\s(from)\s(${ADDR})\s(to)\s(${ADDR})\s*$`,
    {
      1: S.direction,
      2: S.colon,
      3: `keyword.other.protocol.${L}`,
      4: S.transport,
      5: `keyword.other.${L}`,
      6: S.direction,
      7: addressRule,
      8: S.direction,
      9: addressRule,
    },
  ),
  envelope('cisco', 'Cisco: Sent: / Received: before the message', String.raw`^(Sent|Received)(:)\s*$`, {
    1: S.direction,
    2: S.colon,
  }),
];

const followStream: Rule[] = [
  {
    comment: 'tshark -z follow banner: Follow: udp,ascii / Filter: udp.stream eq 0',
    match: String.raw`^(Follow|Filter)(:)\s(.*)$`,
    name: `meta.envelope.follow.${L}`,
    captures: captures({ 1: `keyword.other.${L}`, 2: S.colon, 3: `string.unquoted.banner.${L}` }),
  },
  {
    match: String.raw`^(Node)\s([01])(:)\s(.*)$`,
    name: `meta.envelope.follow.${L}`,
    captures: captures({ 1: `keyword.other.${L}`, 2: S.number, 3: S.colon, 4: addr }),
  },
  {
    comment: 'Chunk lengths: a TAB before the count is the only sign a chunk came from node 1.',
    match: String.raw`^(\t)(\d{1,10})\s*$`,
    name: `meta.envelope.follow.node-1.${L}`,
    captures: captures({ 2: `constant.numeric.byte-count.node-1.${L}` }),
  },
  {
    match: String.raw`^(\d{1,10})\s*$`,
    name: `meta.envelope.follow.node-0.${L}`,
    captures: captures({ 1: `constant.numeric.byte-count.node-0.${L}` }),
  },
];

const kamailio: Rule = {
  comment: 'Kamailio sipdump: a ==== line, key: value metadata, then ~~~~ before the message',
  name: `meta.envelope.kamailio.${L}`,
  begin: String.raw`^(={20})\s*$`,
  end: String.raw`^(?:(~{20})\s*$|(?![a-z]{1,16}:\s))`,
  beginCaptures: captures({ 1: S.separator }),
  endCaptures: captures({ 1: S.separator }),
  patterns: [
    {
      match: String.raw`^(time)(:)\s(\d{1,12}(?:\.\d{1,9})?)\s*$`,
      captures: captures({ 1: `keyword.other.${L}`, 2: S.colon, 3: S.time }),
    },
    {
      match: String.raw`^(tag)(:)\s(rcv|snd|\S{1,64})\s*$`,
      captures: captures({ 1: `keyword.other.${L}`, 2: S.colon, 3: S.direction }),
    },
    {
      match: String.raw`^(proto)(:)\s(\w{1,10})(?:\s(ipv[46]))?\s*$`,
      captures: captures({ 1: `keyword.other.${L}`, 2: S.colon, 3: S.transport, 4: `keyword.other.${L}` }),
    },
    {
      match: String.raw`^(srcip|dstip)(:)\s(.*)$`,
      captures: captures({ 1: `keyword.other.${L}`, 2: S.colon, 3: { patterns: [include('#address')] } }),
    },
    {
      match: String.raw`^(srcport|dstport)(:)\s(\d{1,5})\s*$`,
      captures: captures({ 1: `keyword.other.${L}`, 2: S.colon, 3: S.port }),
    },
    {
      match: String.raw`^([a-z]{1,16})(:)\s(.*)$`,
      captures: captures({ 1: `keyword.other.${L}`, 2: S.colon, 3: `string.unquoted.${L}` }),
    },
  ],
};

const dtmfRelay: Rule = {
  comment: 'application/dtmf-relay bodies of SIP INFO: Signal=5 / Duration=160',
  match: String.raw`^(Signal|Duration)(=)\s{0,8}(\S{1,32})`,
  name: `meta.dtmf-relay.${L}`,
  captures: captures({
    1: `entity.other.attribute-name.dtmf.${L}`,
    2: `punctuation.separator.key-value.${L}`,
    3: S.number,
  }),
};

const toolNoise: Rule[] = [
  {
    comment: 'multipart body boundaries: --boundary and the closing --boundary--',
    match: String.raw`^(--)([0-9A-Za-z'()+_,./:=?-]{1,70}?)(--)?\s*$`,
    name: `meta.boundary.${L}`,
    captures: captures({
      1: `punctuation.definition.boundary.${L}`,
      2: `keyword.other.boundary.${L}`,
      3: `punctuation.definition.boundary.${L}`,
    }),
  },
  {
    comment: 'ngrep banner and trailer lines',
    match: String.raw`^(interface|input|filter|match)(:)\s(.*)$`,
    name: S.tool('ngrep'),
  },
  { match: String.raw`^(?:#{1,1000}|exit|\d{1,12} received, \d{1,12} matched)\s*$`, name: S.tool('ngrep') },
  {
    comment: 'ngrep shows the CR of the empty line between headers and body as a lone dot',
    match: String.raw`^\.$`,
    name: S.tool('ngrep'),
  },
  {
    comment: 'Asterisk console lines interleaved with pjsip/chan_sip output:     -- Executing …,  == …',
    match: String.raw`^\s{0,8}(?:--|==)\s.*$`,
    name: S.tool('asterisk'),
  },
  {
    comment: 'Acme sipmsg.log noise: file markers, MBCD hex dumps, pre/post-NAT copies',
    match: String.raw`^(?:File opened\.?|.{0,200}\s(?:OPENED|CLOSED)|\s{1,8}[0-9a-fA-F]{4}:(?:\s[0-9a-fA-F]{2}){1,16}.*|(?:Pre-NAT to|Post-NAT from) private<[^>]{0,200}>\s(?:decode|encoded):)\s*$`,
    name: S.tool('acme'),
  },
  {
    match: String.raw`^\s{0,3}\*\*\* message truncated at \d{1,10} \*\*\*\s*$`,
    name: S.tool('freeswitch'),
  },
  {
    comment:
      'Separators: ==== (follow, Kamailio), ---- (FreeSWITCH, Acme, chan_sip), ~~~~, |||| and <------------->',
    match: String.raw`^[ ]{0,3}(?:={3,}|-{3,}|~{3,}|\|{3,}|<-{3,}>)\s*$`,
    name: S.separator,
  },
];

const chanSipPrefix: Rule = {
  comment: 'chan_sip CLI captures prefix every line with [Mon dd hh:mm:ss]; the SIP line follows (\\G).',
  name: `meta.prefixed-line.${L}`,
  begin: String.raw`^(\[)(${SYSLOG_DATE}\s\d\d:\d\d:\d\d)(\])\s`,
  end: '$',
  beginCaptures: captures({ 1: S.bracketOpen, 2: S.time, 3: S.bracketClose }),
  patterns: [
    { match: String.raw`\G(?:<-{3,}>|-{3,})\s*$`, name: S.separator },
    include('#sip-line'),
    include('source.sdp'),
  ],
};

// ---------------------------------------------------------------------------------------------
// Wireshark / tshark dissections

const LAYERS = [
  'Ethernet II',
  String.raw`Linux cooked capture v[12]`,
  String.raw`Internet Protocol Version [46]`,
  'User Datagram Protocol',
  'Transmission Control Protocol',
  'Stream Control Transmission Protocol',
  'PPP-over-Ethernet Session',
  'Point-to-Point Protocol',
  String.raw`802\.1Q Virtual LAN`,
  'WebSocket',
  'Hypertext Transfer Protocol',
  'Null/Loopback',
  'Raw packet data',
  'Transport Layer Security',
].join('|');

const tsharkSummaryField: Rule = {
  patterns: [
    {
      match: String.raw`\b(Src Port|Dst Port)(:)\s(\d{1,5})\b`,
      captures: captures({ 1: `entity.other.attribute-name.field.tshark.${L}`, 2: S.colon, 3: S.port }),
    },
    {
      match: String.raw`\b(Src|Dst|Seq|Ack|Len)(:)`,
      captures: captures({ 1: `entity.other.attribute-name.field.tshark.${L}`, 2: S.colon }),
    },
    include('#ip-address'),
  ],
};

const annotation: Rule = {
  patterns: [
    {
      comment: '[Resent Packet: True] marks a retransmission',
      match: String.raw`^\s{0,64}(\[)(Resent Packet)(:)\s(True)(\])\s*$`,
      name: `comment.line.annotation.tshark.${L}`,
      captures: captures({ 4: palette.warning(`retransmission.${L}`) }),
    },
    {
      comment:
        "tshark's own annotations: [Request Frame: 1], [Response Time (ms): 3], [2 Reassembled TCP Segments …]",
      match: String.raw`^\s{0,64}\[.*\]\s*$`,
      name: `comment.line.annotation.tshark.${L}`,
    },
  ],
};

const SDP_LABELLED_LETTERS: readonly { readonly letter: string; readonly value: string }[] = [
  { letter: 'v', value: 'value-v' },
  { letter: 'o', value: 'value-o' },
  { letter: 'c', value: 'value-c' },
  { letter: 'm', value: 'value-m' },
  { letter: 'a', value: 'value-a' },
  { letter: 'b', value: 'value-b' },
  { letter: 't', value: 'value-t' },
  { letter: 'r', value: 'value-r' },
  { letter: '[a-z]', value: 'value-text' },
];

const tsharkSdpLine: Rule = {
  comment: 'tshark prints SDP as "Label (x): value"; the letter picks the source.sdp value rule.',
  patterns: SDP_LABELLED_LETTERS.map(({ letter, value }): Rule => ({
    name: 'meta.embedded.line.sdp',
    begin: String.raw`^(\s{4,64})([^()\n]{1,80}?)\s(\()(${letter})(\))(:)\s`,
    end: '$',
    beginCaptures: captures({
      2: `entity.other.attribute-name.field.tshark.${L}`,
      3: S.bracketOpen,
      4: `keyword.other.field.sdp`,
      5: S.bracketClose,
      6: S.colon,
    }),
    patterns: [include(`source.sdp#${value}`)],
  })),
};

const tsharkField: Rule = {
  patterns: [
    {
      comment: 'bit-field lines: .... ..0. .... = LG bit: Globally unique address',
      match: String.raw`^\s{4,64}[01.]{4}(?: [01.]{4}){0,15} = .*$`,
      name: `comment.line.bitfield.tshark.${L}`,
    },
    {
      match: String.raw`^(\s{4,64})([^:\[\]\s][^:\[\]]{0,80}?)(:)(?:\s(.*))?$`,
      name: `meta.field.tshark.${L}`,
      captures: captures({
        2: `entity.other.attribute-name.field.tshark.${L}`,
        3: S.colon,
        4: { patterns: [include('#generic-value')] },
      }),
    },
  ],
};

const tsharkSip: Rule = {
  comment:
    'One SIP PDU of a dissection, up to the next line at column 0. Real headers are exactly 8 spaces deep; deeper lines are sub-fields.',
  name: `meta.dissection.sip.tshark.${L}`,
  begin: String.raw`^(Session Initiation Protocol)(?:\s(\()([^)]{1,40})(\)))?\s*$`,
  end: String.raw`^(?=\S)`,
  beginCaptures: captures({
    1: `entity.name.type.layer.tshark.${L}`,
    2: S.bracketOpen,
    3: { patterns: [method, { match: String.raw`\d{3}`, name: S.number }] },
    4: S.bracketClose,
  }),
  patterns: [
    {
      name: `meta.start-line.tshark.${L}`,
      begin: String.raw`^\s{4}(Request-Line|Status-Line)(:)\s`,
      end: '$',
      beginCaptures: captures({ 1: `entity.other.attribute-name.field.tshark.${L}`, 2: S.colon }),
      patterns: [include('#request-line'), include('#status-line')],
    },
    {
      match: String.raw`^\s{4}(Message Body)\s*$`,
      captures: captures({ 1: `markup.heading.section.tshark.${L}` }),
    },
    {
      comment: 'The headers: lines exactly 8 spaces deep until the next section (4 spaces or less).',
      name: `meta.message-header.tshark.${L}`,
      begin: String.raw`^\s{4}(Message Header)\s*$`,
      end: String.raw`^(?=[ ]{0,4}\S)`,
      beginCaptures: captures({ 1: `markup.heading.section.tshark.${L}` }),
      patterns: [
        annotation,
        {
          name: `meta.header-line.tshark.${L}`,
          begin: String.raw`^([ ]{8})(?=[A-Za-z][A-Za-z0-9!%'*+._~-]{0,80}[ \t]{0,8}:)`,
          end: '$',
          patterns: [include('#header')],
        },
        tsharkField,
      ],
    },
    annotation,
    tsharkSdpLine,
    tsharkField,
  ],
};

const tshark: Rule[] = [
  {
    match: String.raw`^(Frame)\s(\d{1,12})(:)\s(.*)$`,
    name: `meta.envelope.tshark.${L}`,
    captures: captures({
      1: `keyword.other.frame.${L}`,
      2: `constant.numeric.frame.${L}`,
      3: S.colon,
      4: { patterns: [{ match: String.raw`\b\d{1,12}\b`, name: S.number }] },
    }),
  },
  {
    comment: 'Summary header: No.  Time  Source  Destination  Protocol  Length  Info',
    match: String.raw`^No\.\s{1,16}Time\s{1,32}Source\s{1,32}Destination\s{1,32}Protocol\s{1,16}Length\s{1,8}Info\s*$`,
    name: `markup.heading.summary.tshark.${L}`,
  },
  {
    comment: 'Summary rows: number, relative time, source, destination, protocol, length, info',
    match: String.raw`^\s{0,12}(\d{1,12})\s{1,16}(-?\d{1,12}\.\d{1,9})\s{1,40}(\S{1,64})\s{1,40}(\S{1,64})\s{1,40}([A-Za-z][\w/.-]{0,31})\s{1,16}(\d{1,10})\s{1,8}(.*)$`,
    name: `meta.summary.tshark.${L}`,
    captures: captures({
      1: `constant.numeric.frame.${L}`,
      2: S.time,
      3: addr,
      4: addr,
      5: `keyword.other.protocol.${L}`,
      6: S.number,
      7: { patterns: [include('#uri'), include('#known-method')] },
    }),
  },
  tsharkSip,
  {
    match: String.raw`^(${LAYERS})\b(.*)$`,
    name: `meta.layer.tshark.${L}`,
    captures: captures({ 1: `entity.name.type.layer.tshark.${L}`, 2: { patterns: [tsharkSummaryField] } }),
  },
  annotation,
  tsharkField,
];

// ---------------------------------------------------------------------------------------------
// Flow ladders (VoIP Calls / SIP Flows export)

const flowLadder: Rule = {
  comment: 'tshark -z flow ladders: |Time | 10.0.0.1 | … and arrows ------------------>',
  name: `meta.flow.${L}`,
  begin: String.raw`^(?=\|)`,
  end: '$',
  patterns: [
    { match: String.raw`<?-{2,1000}>?`, name: S.arrow },
    { match: String.raw`(\()(\d{1,5})(\))`, captures: captures({ 2: S.port }) },
    include('#ip-address'),
    { match: String.raw`(?<![\w.])\d{1,10}\.\d{1,9}(?![\w.])`, name: S.time },
    include('#known-method'),
    { match: String.raw`\|`, name: `punctuation.separator.column.${L}` },
  ],
};

// ---------------------------------------------------------------------------------------------

const continuation: Rule = {
  comment: 'A folded header line (starts with 1–3 spaces or a tab) continues the previous value.',
  name: `meta.header.continuation.${L}`,
  begin: String.raw`^(?:[ ]{1,3}|\t)(?=\S)`,
  end: '$',
  patterns: [include('#generic-value')],
};

export const sipTraceGrammar: Grammar = {
  $schema: TM_SCHEMA,
  name: 'SIP Trace',
  scopeName: 'source.sip-trace',
  comment:
    'Generated by scripts/grammars/build.ts from scripts/grammars/sipTrace.ts: edit the source, then run npm run build:grammars.',
  patterns: [
    include('#sdp-block'),
    ...envelopes,
    kamailio,
    ...followStream,
    ...toolNoise,
    chanSipPrefix,
    ...tshark,
    flowLadder,
    include('#http-start-line'),
    include('#sip-line'),
    dtmfRelay,
    continuation,
  ],
  repository: {
    'sdp-block': sdpBlock,
    'sip-line': sipLine,
    'request-line': requestLine,
    'status-line': statusLine,
    'http-start-line': httpStartLine,
    header,
    method,
    'known-method': knownMethod,
    address,
    'ip-address': ipAddress,
    uri,
    parameter,
    'quoted-string': quotedString,
    'angle-uri': angleUri,
    'generic-value': genericValue,
  },
};
