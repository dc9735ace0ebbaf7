/**
 * Source of `syntaxes/ccp-log.tmLanguage.json`: Amazon Connect CCP logs in their three forms (the
 * downloaded JSON array, the DevTools console form, the CCP Log Parser display form). Facts from
 * `shared/reference/ccp-log.md` §2, §3, §5, §8–§12. JSON is tokenized line by line, and a "text" value
 * is highlighted inside its string like the text of the line forms (decision 0044).
 */
import { allEntries, type CodeSystem } from '../../server/src/analysis/knowledge';
import { CCP_LEVELS, EPOCH_MS, IPV4, ISO_TIME, UUID, palette } from './fragments';
import { TM_SCHEMA, captures, include, type Grammar, type Rule } from './types';

const L = 'ccp-log';

/**
 * Names coloured as errors come from the knowledge base, so the grammar and the catalog cannot drift.
 * Catalog codes that are everyday words (`other`, `Default`, `Error`) are left out: coloured everywhere
 * they would mark ordinary log text.
 */
const EVERYDAY_WORDS = new Set(['other', 'Default', 'Error']);

function catalogCodes(system: CodeSystem): string[] {
  return allEntries()
    .filter((e) => e.system === system && !EVERYDAY_WORDS.has(e.code))
    .map((e) => e.code);
}

const SOFTPHONE_ERROR_TYPES = catalogCodes('ccp-softphone-error');
const AGENT_ERROR_STATES = catalogCodes('ccp-agent-state');
const CTI_EXCEPTIONS = catalogCodes('cti-exception');

const SOFTPHONE_CATEGORIES = String.raw`SESSION|SIGNALING|RtcPeerConnectionManager(?:V2)?|CallSession|SharedMedia\w{0,40}|\w{1,40}VDIStrategy`;

/** Characters that end a token inside a text, whether the text is raw or a JSON string (`\"`). */
const STOP = String.raw`\s"'\\<>(){}\[\],`;

const levelWord: Rule[] = [
  { match: String.raw`\b(?:ERROR)\b`, name: palette.error(`level.error.${L}`) },
  { match: String.raw`\b(?:CRITICAL)\b`, name: palette.error(`level.critical.${L}`) },
  { match: String.raw`\bWARN(?:ING)?\b`, name: palette.warning(`level.warn.${L}`) },
  { match: String.raw`\bINFO\b`, name: palette.info(`level.info.${L}`) },
  { match: String.raw`\bDEBUG\b`, name: palette.dim(`level.debug.${L}`) },
  { match: String.raw`\bTRACE\b`, name: palette.dim(`level.trace.${L}`) },
  { match: String.raw`\bLOG\b`, name: palette.dim(`level.log.${L}`) },
  { match: String.raw`\bTEST\b`, name: palette.dim(`level.test.${L}`) },
];

const isoTime: Rule = { match: ISO_TIME, name: `constant.numeric.time.iso8601.${L}` };
const epochMs: Rule = { match: EPOCH_MS, name: `constant.numeric.time.epoch-ms.${L}` };
const uuid: Rule = { match: UUID, name: `constant.language.uuid.${L}` };

const redacted: Rule = {
  comment: 'What the CCP redaction left in place of removed data (§2.4).',
  match: String.raw`\[redacted\]|\[obfuscated value\](?: [0-9a-f]{32})?`,
  name: `comment.other.redacted.${L} markup.italic.redacted.${L}`,
};

const url: Rule = {
  comment: 'Endpoints: wss:// signalling, https:// APIs, turn:/stun: media relays (host:3478?transport=udp).',
  match: String.raw`\b(?:(?:wss?|https?)://|(?:turns?|stuns?):(?=[A-Za-z0-9\[]))[^${STOP}]{0,2047}[^${STOP}.;:]`,
  name: `markup.underline.link.${L}`,
};

const agentErrorState: Rule = {
  match: String.raw`\b(?:${AGENT_ERROR_STATES.join('|')})\b`,
  name: palette.error(`agent-error-state.${L}`),
};

const softphoneErrorType: Rule = {
  match: String.raw`\b(?:${SOFTPHONE_ERROR_TYPES.join('|')})\b`,
  name: palette.error(`softphone-error-type.${L}`),
};

const exceptionName: Rule[] = [
  { match: String.raw`\b(?:${CTI_EXCEPTIONS.join('|')})\b`, name: palette.error(`exception.cti.${L}`) },
  {
    comment: 'Other error names: NetworkingError, NotAllowedError, SyntaxError, CallNotFoundException…',
    match: String.raw`\b[A-Z][A-Za-z]{0,60}(?:Exception|Error)\b`,
    name: palette.error(`exception.${L}`),
  },
];

/** Values of generic JSON strings: only the facts worth a colour anywhere. */
const valueCore: Rule[] = [
  isoTime,
  uuid,
  redacted,
  url,
  softphoneErrorType,
  agentErrorState,
  ...exceptionName,
];

const embeddedKey: Rule = {
  comment: 'A JSON key inside a text (escaped in the JSON form, raw in the line forms): \\"packetsLost\\":',
  match: String.raw`(\\?")([A-Za-z_$][\w$.-]{0,63})(\\?")(?=\s{0,4}:)`,
  captures: captures({
    1: `punctuation.definition.string.begin.embedded.${L}`,
    2: `support.type.property-name.embedded.${L}`,
    3: `punctuation.definition.string.end.embedded.${L}`,
  }),
};

const jsonEscape: Rule = {
  match: String.raw`\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})`,
  name: 'constant.character.escape.json',
};

/** Rules anchored at the start of a text (`\G`): what only a text's beginning can hold. */
const textStart: Rule[] = [
  {
    comment: 'Softphone texts: " <callId> <CATEGORY> message" (§5).',
    match: String.raw`\G\s{0,2}([0-9A-Za-z][\w.-]{0,63}) (${SOFTPHONE_CATEGORIES})(?=[\s"\\]|$)`,
    captures: captures({
      1: `variable.other.constant.call-id.${L}`,
      2: `entity.name.tag.category.${L}`,
    }),
  },
  {
    comment:
      'WebSocket-manager texts with their own time and level: [<ISO>][<LEVEL>]AMZ_WEB_SOCKET_MANAGER: (§3.4).',
    match: String.raw`\G\s{0,2}(\[)(${ISO_TIME})(\])(\[)([A-Z]{1,10})(\])(AMZ_WEB_SOCKET_MANAGER)(:)`,
    captures: captures({
      1: `punctuation.definition.bracket.begin.${L}`,
      2: `constant.numeric.time.iso8601.${L}`,
      3: `punctuation.definition.bracket.end.${L}`,
      4: `punctuation.definition.bracket.begin.${L}`,
      5: { patterns: levelWord },
      6: `punctuation.definition.bracket.end.${L}`,
      7: `entity.name.tag.component.${L}`,
      8: `punctuation.separator.${L}`,
    }),
  },
  {
    comment: 'Hosted-CCP subsystem tags: [Audio Device Settings], [SharedWorker]… (§3.3).',
    match: String.raw`\G\s{0,2}(\[)([A-Za-z][A-Za-z ]{1,39})(\])`,
    captures: captures({
      1: `punctuation.definition.bracket.begin.${L}`,
      2: `entity.name.tag.subsystem.${L}`,
      3: `punctuation.definition.bracket.end.${L}`,
    }),
  },
];

/** Everything a text can hold anywhere (§8–§12). */
const textCore: Rule[] = [
  {
    comment: "API request: AWSClient: --> Calling operation 'x' (§8.2).",
    match: String.raw`(-->)\s{1,4}(Calling operation)\s{1,4}(')(\w{1,80})(')`,
    captures: captures({
      1: `keyword.operator.arrow.request.${L}`,
      2: `keyword.other.api.${L}`,
      3: `punctuation.definition.quote.begin.${L}`,
      4: `entity.name.function.api-operation.${L}`,
      5: `punctuation.definition.quote.end.${L}`,
    }),
  },
  {
    comment: "API reply: <-- Operation 'x' succeeded / failed, also unquoted retry forms (§8.2).",
    match: String.raw`(<--)\s{1,4}(Operation)\s{1,4}('?)(\w{1,80})('?)\s{1,4}(?:(succeeded)|(failed|exhausted))\b`,
    captures: captures({
      1: `keyword.operator.arrow.reply.${L}`,
      2: `keyword.other.api.${L}`,
      3: `punctuation.definition.quote.begin.${L}`,
      4: `entity.name.function.api-operation.${L}`,
      5: `punctuation.definition.quote.end.${L}`,
      6: palette.success(`outcome.success.${L}`),
      7: palette.error(`outcome.failure.${L}`),
    }),
  },
  {
    comment: "'acceptContact' API request failed (§8.2).",
    match: String.raw`(')(\w{1,80})(')\s{1,4}(API request failed)`,
    captures: captures({
      1: `punctuation.definition.quote.begin.${L}`,
      2: `entity.name.function.api-operation.${L}`,
      3: `punctuation.definition.quote.end.${L}`,
      4: palette.error(`outcome.failure.${L}`),
    }),
  },
  {
    match: String.raw`(Failed to handle AWS API request for method)\s{1,4}(\w{1,80})`,
    captures: captures({
      1: palette.error(`outcome.failure.${L}`),
      2: `entity.name.function.api-operation.${L}`,
    }),
  },
  {
    comment: 'Metric and report uploads: sendSoftphoneMetrics success[…] / failed (§6.2).',
    match: String.raw`\b(sendSoftphone(?:Call)?(?:Metrics|Report))\s{0,4}(?:(success)|(failed))\b`,
    captures: captures({
      1: `entity.name.function.api-operation.${L}`,
      2: palette.success(`outcome.success.${L}`),
      3: palette.error(`outcome.failure.${L}`),
    }),
  },
  { match: String.raw`\bTelemetryCallReport\b`, name: `entity.name.function.report.${L}` },
  {
    comment: 'Softphone error occurred :  <errorType> — any type name, known or not (§10).',
    match: String.raw`(Softphone error occurred)\s{0,4}(:)\s{0,4}([A-Za-z_]\w{0,60})`,
    captures: captures({
      1: palette.error(`message.softphone-error.${L}`),
      2: `punctuation.separator.${L}`,
      3: palette.error(`softphone-error-type.${L}`),
    }),
  },
  {
    comment: 'A level in brackets inside a text: [ERROR].',
    match: String.raw`(\[)(${CCP_LEVELS})(\])`,
    captures: captures({
      1: `punctuation.definition.bracket.begin.${L}`,
      2: { patterns: levelWord },
      3: `punctuation.definition.bracket.end.${L}`,
    }),
  },
  {
    comment: 'Logger prefixes inside texts.',
    match: String.raw`\b(AWSClient|AMZ_WEB_SOCKET_MANAGER|WebSocketManager)(:)`,
    captures: captures({ 1: `entity.name.tag.component.${L}`, 2: `punctuation.separator.${L}` }),
  },
  {
    comment: 'Event names on the bus: contact::connected::<uuid>, agent::softphone_error (§12).',
    match: String.raw`\b(?:contact|agent|webSocket|connection|softphone)::[A-Za-z_]{1,60}`,
    name: `entity.name.function.event.${L}`,
  },
  {
    comment: 'State transitions: ConnectSignalingAndIceCollectionState => FailedState (§5).',
    match: String.raw`\b([A-Za-z]\w{0,80})(\s{1,4})(=>)(\s{1,4})([A-Za-z]\w{0,80})\b`,
    captures: captures({
      1: { name: `entity.name.type.state.${L}`, patterns: [agentErrorState] },
      3: `keyword.operator.transition.${L}`,
      5: { name: `entity.name.type.state.${L}`, patterns: [agentErrorState] },
    }),
  },
  isoTime,
  url,
  uuid,
  redacted,
  softphoneErrorType,
  agentErrorState,
  ...exceptionName,
  epochMs,
  { match: IPV4, name: `constant.numeric.ip-address.${L}` },
  { match: String.raw`\b(?:true|false|null)\b`, name: `constant.language.${L}` },
  {
    match: String.raw`(?<![\w.-])-?\d{1,20}(?:\.\d{1,20})?(?![\w-]|\.\d)`,
    name: `constant.numeric.${L}`,
  },
];

/** The body of a line form once its header is consumed: from `\G` (the text start) to the end of line. */
function lineText(): Rule[] {
  return [include('#text-start'), include('#embedded-key'), include('#text-core')];
}

const consoleLine: Rule = {
  comment: '[CCP] [<ISO>] [<LEVEL>] [<agentResourceId>]: <text> — LogEntry.toString() in DevTools (§3.1).',
  name: `meta.entry.console.${L}`,
  begin: String.raw`^(?:(\[)(CCP)(\])\s)?(\[)(${ISO_TIME})(\])\s(\[)([A-Z]{1,10})(\])\s(\[)([^\]]{0,80})(\])(:)\s?`,
  end: '$',
  beginCaptures: captures({
    1: `punctuation.definition.bracket.begin.${L}`,
    2: `entity.name.tag.component.${L}`,
    3: `punctuation.definition.bracket.end.${L}`,
    4: `punctuation.definition.bracket.begin.${L}`,
    5: `constant.numeric.time.iso8601.${L}`,
    6: `punctuation.definition.bracket.end.${L}`,
    7: `punctuation.definition.bracket.begin.${L}`,
    8: { patterns: levelWord },
    9: `punctuation.definition.bracket.end.${L}`,
    10: `punctuation.definition.bracket.begin.${L}`,
    11: { name: `meta.agent-id.${L}`, patterns: [uuid] },
    12: `punctuation.definition.bracket.end.${L}`,
    13: `punctuation.separator.${L}`,
  }),
  patterns: lineText(),
};

const displayLine: Rule = {
  comment:
    '+ <ISO> <component> <LEVEL> <text> — the CCP Log Parser view; the +/- fold marker is optional (§3.2).',
  name: `meta.entry.display.${L}`,
  begin: String.raw`^(?:([+-])\s)?(${ISO_TIME})\s(\S{1,60})\s(${CCP_LEVELS})(?:\s|$)`,
  end: '$',
  beginCaptures: captures({
    1: `punctuation.definition.fold-marker.${L}`,
    2: `constant.numeric.time.iso8601.${L}`,
    3: `entity.name.tag.component.${L}`,
    4: { patterns: levelWord },
  }),
  patterns: lineText(),
};

const bareDisplayLine: Rule = {
  comment: 'softphone ERROR <text> — the display form without time, as in the snippets README (§3.2).',
  name: `meta.entry.display.${L}`,
  begin: String.raw`^([A-Za-z][\w-]{0,40})\s(${CCP_LEVELS})(?:\s|$)`,
  end: '$',
  beginCaptures: captures({
    1: `entity.name.tag.component.${L}`,
    2: { patterns: levelWord },
  }),
  patterns: lineText(),
};

/** `"key": ` with the key's quotes and colon scoped as VS Code's JSON grammar scopes them. */
function keyPrefix(key: string): string {
  return String.raw`(")(${key})(")\s{0,8}(:)\s{0,8}`;
}
const keyCaptures = {
  1: 'support.type.property-name.json punctuation.support.type.property-name.begin.json',
  2: 'support.type.property-name.json',
  3: 'support.type.property-name.json punctuation.support.type.property-name.end.json',
  4: 'punctuation.separator.dictionary.key-value.json',
} as const;
const STRING_BEGIN = 'string.quoted.double.json punctuation.definition.string.begin.json';
const STRING_END = 'string.quoted.double.json punctuation.definition.string.end.json';

const jsonTextMember: Rule = {
  comment: 'The "text" value: a JSON string whose content is highlighted like a text.',
  begin: keyPrefix('text') + '(")',
  end: String.raw`(")|$`,
  beginCaptures: captures({ ...keyCaptures, 5: STRING_BEGIN }),
  endCaptures: captures({ 1: STRING_END }),
  contentName: `string.quoted.double.json meta.text.${L}`,
  patterns: [include('#text-start'), include('#embedded-key'), jsonEscape, include('#text-core')],
};

const jsonLevelMember: Rule = {
  match: keyPrefix('level') + String.raw`(")([^"\\]{0,40})(")`,
  captures: captures({
    ...keyCaptures,
    5: STRING_BEGIN,
    6: { name: 'string.quoted.double.json', patterns: levelWord },
    7: STRING_END,
  }),
};

const jsonTimeMember: Rule = {
  comment: '"time" is an ISO string or a number of epoch milliseconds (§2.2).',
  match: keyPrefix('time') + String.raw`(?:(")([^"\\]{0,60})(")|(-?\d{1,20}(?:\.\d{1,20})?))`,
  captures: captures({
    ...keyCaptures,
    5: STRING_BEGIN,
    6: { name: 'string.quoted.double.json', patterns: [isoTime] },
    7: STRING_END,
    8: { name: 'constant.numeric.json', patterns: [epochMs] },
  }),
};

const jsonComponentMember: Rule = {
  match: keyPrefix('component|contextLayer') + String.raw`(")([^"\\]{0,80})(")`,
  captures: captures({
    ...keyCaptures,
    5: STRING_BEGIN,
    6: `entity.name.tag.component.${L}`,
    7: STRING_END,
  }),
};

const jsonKey: Rule = {
  match: String.raw`(")((?:[^"\\]|\\.){0,200})(")\s{0,8}(:)`,
  captures: captures(keyCaptures),
};

const jsonString: Rule = {
  comment:
    'Other string values; JSON strings never span lines, so an unterminated one stops at the line end.',
  begin: '"',
  end: String.raw`"|$`,
  beginCaptures: captures({ 0: { name: 'punctuation.definition.string.begin.json' } }),
  endCaptures: captures({ 0: { name: 'punctuation.definition.string.end.json' } }),
  name: 'string.quoted.double.json',
  patterns: [include('#embedded-key'), jsonEscape, ...valueCore],
};

const jsonScalars: Rule[] = [
  { match: EPOCH_MS, name: `constant.numeric.json constant.numeric.time.epoch-ms.${L}` },
  {
    match: String.raw`(?<![\w.])-?(?:0|[1-9]\d{0,30})(?:\.\d{1,30})?(?:[eE][+-]?\d{1,5})?(?![\w.])`,
    name: 'constant.numeric.json',
  },
  { match: String.raw`\b(?:true|false|null)\b`, name: 'constant.language.json' },
  { match: String.raw`\{`, name: 'punctuation.definition.dictionary.begin.json' },
  { match: String.raw`\}`, name: 'punctuation.definition.dictionary.end.json' },
  { match: String.raw`\[`, name: 'punctuation.definition.array.begin.json' },
  { match: String.raw`\]`, name: 'punctuation.definition.array.end.json' },
  { match: ',', name: 'punctuation.separator.comma.json' },
];

export const ccpLogGrammar: Grammar = {
  $schema: TM_SCHEMA,
  name: 'CCP Log',
  scopeName: 'source.ccp-log',
  comment:
    'Generated by scripts/grammars/build.ts from scripts/grammars/ccpLog.ts: edit the source, then run npm run build:grammars. Line-local by design (decision 0044): no rule spans lines, so truncated or concatenated downloads never leak state.',
  patterns: [
    include('#console-line'),
    include('#display-line'),
    include('#bare-display-line'),
    include('#json'),
  ],
  repository: {
    'console-line': consoleLine,
    'display-line': displayLine,
    'bare-display-line': bareDisplayLine,
    json: {
      patterns: [
        jsonTextMember,
        jsonLevelMember,
        jsonTimeMember,
        jsonComponentMember,
        jsonKey,
        jsonString,
        ...jsonScalars,
      ],
    },
    'text-start': { patterns: textStart },
    'embedded-key': embeddedKey,
    'text-core': { patterns: textCore },
  },
};
