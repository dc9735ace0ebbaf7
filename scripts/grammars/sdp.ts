/**
 * Source of `syntaxes/sdp.tmLanguage.json` (`source.sdp`): SDP bodies (RFC 8866 `x=value` lines). Used
 * by the sip-trace grammar twice: whole `x=` lines in a message body, and the `value-*` rules for
 * tshark's labelled lines (`Media Description, name and address (m): audio 8000 RTP/AVP 0`).
 *
 * Line rules start with `(?:^[ \t]{0,3}|\G)`: at a line start (old FreeSWITCH traces indent by three
 * spaces), or right after a prefix another grammar already consumed (chan_sip's `[Mar 30 13:35:51] `).
 * Value rules start with `\G`, the end of the `x=` (or tshark label) that opened them.
 */
import { HOSTNAME, IPV4, IPV6 } from './fragments';
import { TM_SCHEMA, captures, include, type Grammar, type Rule } from './types';

const L = 'sdp';
const LINE_START = String.raw`(?:^[ \t]{0,3}|\G)`;

const address: Rule = {
  patterns: [
    { match: IPV4, name: `constant.numeric.ip-address.${L}` },
    { match: IPV6, name: `constant.numeric.ip-address.${L}` },
    {
      match: String.raw`(?<![\w.-])(?=[\w.-]{0,253}[A-Za-z])${HOSTNAME}(?![\w-])`,
      name: `string.unquoted.host.${L}`,
    },
  ],
};

const parameter: Rule = {
  comment: 'name=value pairs of a=fmtp (profile-level-id=42e01f;packetization-mode=1).',
  match: String.raw`([\w.-]{1,64})(=)([^;\s]{0,256})`,
  captures: captures({
    1: `entity.other.attribute-name.parameter.${L}`,
    2: `punctuation.separator.key-value.${L}`,
    3: `string.unquoted.parameter-value.${L}`,
  }),
};

const attributeName = `entity.other.attribute-name.${L}`;
const colon = `punctuation.separator.attribute.${L}`;

const attributeValue: Rule[] = [
  {
    match: String.raw`\G(rtpmap)(:)(\d{1,3})\s{1,4}([^\s/]{1,64})(?:(/)(\d{1,7}))?(?:(/)(\d{1,3}))?`,
    captures: captures({
      1: attributeName,
      2: colon,
      3: `constant.numeric.payload-type.${L}`,
      4: `support.type.codec.${L}`,
      5: `punctuation.separator.${L}`,
      6: `constant.numeric.clock-rate.${L}`,
      7: `punctuation.separator.${L}`,
      8: `constant.numeric.channels.${L}`,
    }),
  },
  {
    match: String.raw`\G(fmtp)(:)(\d{1,3})(?:\s{1,4}(.*))?`,
    captures: captures({
      1: attributeName,
      2: colon,
      3: `constant.numeric.payload-type.${L}`,
      4: { name: `meta.format-parameters.${L}`, patterns: [parameter] },
    }),
  },
  {
    comment: 'SDES keys (RFC 4568): a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:<key>|2^31|1:1',
    match: String.raw`\G(crypto)(:)(\d{1,10})\s{1,4}([A-Za-z0-9_]{1,64})(?:\s{1,4}(inline)(:)([^\s|]{1,256}))?`,
    captures: captures({
      1: attributeName,
      2: colon,
      3: `constant.numeric.tag.${L}`,
      4: `support.constant.crypto-suite.${L}`,
      5: `keyword.other.key-method.${L}`,
      6: colon,
      7: `string.other.key.${L}`,
    }),
  },
  {
    comment: 'Media direction: what decides hold versus one-way audio.',
    match: String.raw`\G(sendrecv|sendonly|recvonly|inactive)\b`,
    name: `keyword.control.direction.${L}`,
  },
  {
    match: String.raw`\G(rtcp)(:)(\d{1,5})(?:\s{1,4}(IN)\s{1,4}(IP[46])\s{1,4}(\S{1,256}))?`,
    captures: captures({
      1: attributeName,
      2: colon,
      3: `constant.numeric.port.${L}`,
      4: `keyword.other.network-type.${L}`,
      5: `keyword.other.address-type.${L}`,
      6: { patterns: [include('#address')] },
    }),
  },
  {
    comment:
      'ICE candidates: foundation component transport priority address port typ host|srflx|prflx|relay',
    match: String.raw`\G(candidate)(:)(\S{1,64})\s{1,4}(\d{1,3})\s{1,4}(\w{1,10})\s{1,4}(\d{1,10})\s{1,4}(\S{1,256})\s{1,4}(\d{1,5})\s{1,4}(typ)\s{1,4}(\w{1,10})`,
    captures: captures({
      1: attributeName,
      2: colon,
      3: `constant.other.foundation.${L}`,
      4: `constant.numeric.component.${L}`,
      5: `storage.type.transport.${L}`,
      6: `constant.numeric.priority.${L}`,
      7: { patterns: [include('#address')] },
      8: `constant.numeric.port.${L}`,
      9: `keyword.other.typ.${L}`,
      10: `support.constant.candidate-type.${L}`,
    }),
  },
  {
    match: String.raw`\G(ptime|maxptime|framerate|quality)(:)(\d{1,6}(?:\.\d{1,6})?)`,
    captures: captures({ 1: attributeName, 2: colon, 3: `constant.numeric.${L}` }),
  },
  {
    match: String.raw`\G([\w.-]{1,64})(?:(:)(.*))?`,
    captures: captures({ 1: attributeName, 2: colon, 3: `string.unquoted.attribute-value.${L}` }),
  },
];

/** Rules for each line type's value; also included by the sip-trace grammar for tshark's labelled lines. */
const values: Record<string, Rule> = {
  'value-v': { match: String.raw`\G\d{1,4}`, name: `constant.numeric.version.${L}` },
  'value-o': {
    comment: 'o=<username> <sess-id> <sess-version> IN IP4 <address>',
    match: String.raw`\G(\S{1,256})\s{1,4}(\d{1,24})\s{1,4}(\d{1,24})\s{1,4}(IN)\s{1,4}(IP[46])\s{1,4}(\S{1,256})`,
    captures: captures({
      1: `variable.other.username.${L}`,
      2: `constant.numeric.session-id.${L}`,
      3: `constant.numeric.session-version.${L}`,
      4: `keyword.other.network-type.${L}`,
      5: `keyword.other.address-type.${L}`,
      6: { patterns: [include('#address')] },
    }),
  },
  'value-c': {
    comment: 'c=IN IP4 <address>[/ttl[/count]]',
    match: String.raw`\G(IN)\s{1,4}(IP[46])\s{1,4}([^\s/]{1,256})(?:(/)(\d{1,3}))?(?:(/)(\d{1,3}))?`,
    captures: captures({
      1: `keyword.other.network-type.${L}`,
      2: `keyword.other.address-type.${L}`,
      3: { patterns: [include('#address')] },
      4: `punctuation.separator.${L}`,
      5: `constant.numeric.ttl.${L}`,
      6: `punctuation.separator.${L}`,
      7: `constant.numeric.count.${L}`,
    }),
  },
  'value-m': {
    patterns: [
      {
        comment: 'm=<media> <port>[/<count>] <proto> <fmt> …',
        match: String.raw`\G([a-z][\w-]{0,20})\s{1,4}(\d{1,5})(?:(/)(\d{1,5}))?\s{1,4}([A-Za-z0-9][\w/.-]{0,40})`,
        captures: captures({
          1: `support.type.media.${L}`,
          2: `constant.numeric.port.${L}`,
          3: `punctuation.separator.${L}`,
          4: `constant.numeric.count.${L}`,
          5: `keyword.other.transport-protocol.${L}`,
        }),
      },
      {
        match: String.raw`(?<=\s)\d{1,3}(?![\w.])|(?<=\s)\d{1,3}(?=\.$)`,
        name: `constant.numeric.payload-type.${L}`,
      },
    ],
  },
  'value-a': { patterns: attributeValue },
  'value-b': {
    match: String.raw`\G([\w-]{1,16})(:)(\d{1,12})`,
    captures: captures({
      1: `keyword.other.bandwidth-type.${L}`,
      2: colon,
      3: `constant.numeric.bandwidth.${L}`,
    }),
  },
  'value-t': { match: String.raw`\b\d{1,20}\b`, name: `constant.numeric.time.${L}` },
  'value-r': { match: String.raw`\b-?\d{1,20}[dhms]?\b`, name: `constant.numeric.time.${L}` },
  'value-text': { match: '.+', name: `string.unquoted.value.${L}` },
};

interface LineType {
  readonly letter: string;
  readonly field: string;
  readonly value: string;
}

const LINE_TYPES: readonly LineType[] = [
  { letter: 'v', field: 'version', value: 'value-v' },
  { letter: 'o', field: 'origin', value: 'value-o' },
  { letter: 's', field: 'session-name', value: 'value-text' },
  { letter: 'i', field: 'information', value: 'value-text' },
  { letter: 'u', field: 'uri', value: 'value-text' },
  { letter: 'e', field: 'email', value: 'value-text' },
  { letter: 'p', field: 'phone', value: 'value-text' },
  { letter: 'c', field: 'connection', value: 'value-c' },
  { letter: 'b', field: 'bandwidth', value: 'value-b' },
  { letter: 't', field: 'timing', value: 'value-t' },
  { letter: 'r', field: 'repeat', value: 'value-r' },
  { letter: 'z', field: 'time-zone', value: 'value-r' },
  { letter: 'k', field: 'key', value: 'value-text' },
  { letter: 'm', field: 'media', value: 'value-m' },
  { letter: 'a', field: 'attribute', value: 'value-a' },
];

function lineRule({ letter, field, value }: LineType): Rule {
  return {
    name: `meta.field.${field}.${L}`,
    begin: `${LINE_START}(${letter})(=)`,
    end: '$',
    beginCaptures: captures({
      1: `keyword.other.field.${letter}.${L}`,
      2: `punctuation.separator.key-value.${L}`,
    }),
    patterns: [include(`#${value}`)],
  };
}

const otherLine: Rule = {
  comment: 'A line type this grammar has no special rule for.',
  match: String.raw`${LINE_START}([a-z])(=)(.*)$`,
  name: `meta.field.other.${L}`,
  captures: captures({
    1: `keyword.other.field.${L}`,
    2: `punctuation.separator.key-value.${L}`,
    3: `string.unquoted.value.${L}`,
  }),
};

export const sdpGrammar: Grammar = {
  $schema: TM_SCHEMA,
  name: 'SDP',
  scopeName: 'source.sdp',
  comment:
    'Generated by scripts/grammars/build.ts from scripts/grammars/sdp.ts: edit the source, then run npm run build:grammars.',
  patterns: [include('#line')],
  repository: {
    line: { patterns: [...LINE_TYPES.map(lineRule), otherLine] },
    address,
    ...values,
  },
};
