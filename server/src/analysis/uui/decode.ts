/**
 * Decoding one uui-value: encoding (hex, ascii, text with `%XX`), the protocol discriminator of the
 * ISDN package, UTF-8 or Latin-1 text, the Google CCAI payloads, and positioned problems for
 * everything malformed. Never throws.
 */
import {
  CCAI_CONVERSATION_PURPOSE,
  CCAI_SESSION_PURPOSE,
  parseConversationUrl,
  parseSessionParams,
  type TextProblem,
} from './ccai';
import { uuiMessages as m } from './messages';
import { decodeText, hex2, hexOctets, isHexDigit, printable, textOctets, toHex, type Octets } from './octets';
import { isKnownPd, pdMeaning } from './protocolDiscriminator';
import { splitValue, type RawParam, type RawValue } from './structure';
import type { UuiDecodeResult, UuiField, UuiProblem, UuiProblemCode, UuiSeverity } from './types';

/** Decoded octets above this may be cut by ISDN or carrier interworking (codes.md §5.2, unverified limit). */
export const UUI_SAFE_OCTETS = 128;
/** Runs of non-hex characters reported one by one before a summary. */
const MAX_HEX_PROBLEMS = 10;

const ISDN_PURPOSES = new Set(['isdn-uui', 'isdn-interwork']);

class Problems {
  readonly list: UuiProblem[] = [];
  add(offset: number, length: number, code: UuiProblemCode, severity: UuiSeverity, message: string): void {
    this.list.push({ offset, length: Math.max(1, length), code, severity, message });
  }
}

function paramRange(raw: RawValue, p: RawParam): { offset: number; length: number } {
  const offset = raw.source.offsetOf(p.valueStart);
  return { offset, length: Math.max(1, raw.source.offsetOf(p.valueEnd) - offset) };
}

/** Decodes one value found by `splitInput`. */
export function decodeRawValue(raw: RawValue): UuiDecodeResult {
  const { source } = raw;
  const text = source.text;
  const problems = new Problems();
  problems.list.push(...raw.problems);
  const fields: UuiField[] = [];
  const field = (key: UuiField['key'], label: string, value: string): void => {
    fields.push({ key, label, value });
  };

  const parts = splitValue(text, raw.start, raw.end);
  const params: Record<string, string> = {};
  const paramByName = new Map<string, RawParam>();
  for (const p of parts.params) {
    params[p.name] = p.value;
    paramByName.set(p.name, p);
  }
  let dataStart = parts.dataStart;
  let dataEnd = parts.dataEnd;
  while (dataStart < dataEnd && /\s/.test(text[dataStart]!)) dataStart++;
  while (dataEnd > dataStart && /\s/.test(text[dataEnd - 1]!)) dataEnd--;
  if (dataEnd - dataStart >= 2 && text[dataStart] === '"' && text[dataEnd - 1] === '"') {
    dataStart++;
    dataEnd--;
  }
  const data = text.slice(dataStart, dataEnd);
  const base: {
    data: string;
    params: Record<string, string>;
    header?: string;
    start: number;
    end: number;
  } = {
    data,
    params,
    start: source.offsetOf(raw.start),
    end: source.offsetOf(raw.end),
    ...(raw.header ? { header: raw.header } : {}),
  };
  if (raw.header) field('header', m.t('fieldHeader'), raw.header);

  const purpose = params['purpose'];
  const purposeLower = purpose?.toLowerCase();
  const encodingParam = params['encoding'];
  const encodingLower = encodingParam?.toLowerCase();
  if (purpose !== undefined) field('purpose', m.t('fieldPurpose'), purpose);
  if (params['content'] !== undefined) field('content', m.t('fieldContent'), params['content']);
  for (const p of parts.params)
    if (!['purpose', 'content', 'encoding', 'pd'].includes(p.name))
      field('param', m.t('fieldParam', { name: p.name }), p.value);

  if (data.length === 0) {
    problems.add(source.offsetOf(raw.start), 1, 'uui-empty', 'error', m.t('empty'));
    return { ...base, fields, problems: problems.list, encoding: encodingLower ?? 'none' };
  }

  // --- octets -------------------------------------------------------------------------------------
  const dataIsHex = isAllHex(text, dataStart, dataEnd);
  let encoding: string;
  let octets: Octets | undefined;
  if (encodingLower === 'hex' || (encodingLower === undefined && dataIsHex && data.length % 2 === 0)) {
    encoding = 'hex';
    field('encoding', m.t('fieldEncoding'), encodingLower === 'hex' ? 'hex' : m.t('encodingAssumedHex'));
    if (encodingLower === undefined)
      problems.add(
        source.offsetOf(dataStart),
        data.length,
        'uui-encoding-assumed',
        'information',
        m.t('assumedHex'),
      );
    octets = readHex(raw, dataStart, dataEnd, problems);
  } else if (encodingLower === undefined || encodingLower === 'ascii' || encodingLower === 'text') {
    encoding = encodingLower ?? 'none';
    field('encoding', m.t('fieldEncoding'), encodingLower ?? m.t('encodingAssumedText'));
    if (encodingLower === undefined) {
      problems.add(
        source.offsetOf(dataStart),
        data.length,
        'uui-encoding-assumed',
        'information',
        m.t('assumedText'),
      );
    } else {
      const at = paramRange(raw, paramByName.get('encoding')!);
      problems.add(
        at.offset,
        at.length,
        'uui-nonstandard-encoding',
        'information',
        m.t('nonStandardEncoding', { encoding: encodingParam! }),
      );
    }
    const read = textOctets(text, dataStart, dataEnd, source.offsetOf, encodingLower === 'text');
    for (const bad of read.badEscapes) {
      const offset = source.offsetOf(bad.index);
      problems.add(
        offset,
        bad.length,
        'uui-bad-percent',
        'error',
        m.t('badPercent', { text: text.slice(bad.index, bad.index + bad.length) }),
      );
    }
    octets = read;
  } else {
    encoding = encodingParam!;
    field('encoding', m.t('fieldEncoding'), encodingParam!);
    const at = paramRange(raw, paramByName.get('encoding')!);
    problems.add(
      at.offset,
      at.length,
      'uui-unknown-encoding',
      'warning',
      m.t('unknownEncoding', { encoding: encodingParam! }),
    );
    octets = textOctets(text, dataStart, dataEnd, source.offsetOf, false);
  }

  if (!octets || octets.bytes.length === 0) return { ...base, fields, problems: problems.list, encoding };
  const bytes = octets.bytes;
  field('octets', m.t('fieldOctets'), String(bytes.length));
  if (encoding === 'hex') field('hex', m.t('fieldHex'), toHex(bytes));

  // --- protocol discriminator ------------------------------------------------------------------------
  const isGoogle = purposeLower !== undefined && purposeLower.startsWith('goog-');
  const isIsdn = purposeLower === undefined || ISDN_PURPOSES.has(purposeLower);
  let payloadFrom = 0;
  let protocolDiscriminator: UuiDecodeResult['protocolDiscriminator'];
  const pdParam = paramByName.get('pd');
  const octetRange = (i: number, n = 1): { offset: number; length: number } => ({
    offset: octets!.sources[i] ?? base.end,
    length: Math.max(1, (octets!.sources[i + n] ?? base.end) - (octets!.sources[i] ?? base.end)),
  });
  if (pdParam) {
    const v = pdParam.value;
    if (
      v.length >= 1 &&
      v.length <= 2 &&
      isHexDigit(v.charCodeAt(0)) &&
      (v.length === 1 || isHexDigit(v.charCodeAt(1)))
    ) {
      const value = parseInt(v, 16);
      protocolDiscriminator = { value, meaning: pdMeaning(value), from: 'param' };
      field('pd', m.t('fieldPd'), m.t('pdFromParam', { hex: `0x${hex2(value)}`, meaning: pdMeaning(value) }));
    } else {
      const at = paramRange(raw, pdParam);
      problems.add(at.offset, at.length, 'uui-bad-pd', 'error', m.t('badPd', { value: v }));
    }
  } else if (isIsdn && encoding === 'hex') {
    const value = bytes[0]!;
    const looksLikeText = !isKnownPd(value) && value >= 0x20 && value < 0x7f && mostlyPrintable(bytes);
    if (looksLikeText) {
      const at = octetRange(0);
      problems.add(
        at.offset,
        at.length,
        'uui-missing-pd',
        'warning',
        m.t('missingPd', { hex: `0x${hex2(value)}`, char: String.fromCharCode(value) }),
      );
    } else {
      protocolDiscriminator = { value, meaning: pdMeaning(value), from: 'data' };
      payloadFrom = 1;
      field('pd', m.t('fieldPd'), m.t('pdFromData', { hex: `0x${hex2(value)}`, meaning: pdMeaning(value) }));
    }
  } else if (isGoogle && encoding === 'hex' && (bytes[0] === 0x00 || bytes[0] === 0x04)) {
    const at = octetRange(0);
    problems.add(
      at.offset,
      at.length,
      'ccai-pd-present',
      'error',
      m.t('pdForGoogle', { hex: `0x${hex2(bytes[0]!)}` }),
    );
  } else if (!isIsdn && !isGoogle && encoding === 'hex' && isKnownPd(bytes[0]!) && bytes.length > 1) {
    const alt = decodeText(bytes.slice(1));
    field(
      'pd-alternative',
      m.t('fieldPdAlternative'),
      `0x${hex2(bytes[0]!)} (${pdMeaning(bytes[0]!)}): ${printable(alt.text)}`,
    );
  }

  if (isIsdn && bytes.length > UUI_SAFE_OCTETS) {
    const at = octetRange(UUI_SAFE_OCTETS, bytes.length - UUI_SAFE_OCTETS);
    problems.add(at.offset, at.length, 'uui-too-long', 'warning', m.t('tooLong', { count: bytes.length }));
  }

  // --- text ----------------------------------------------------------------------------------------
  const payload = bytes.slice(payloadFrom);
  const decoded = decodeText(payload);
  if (!decoded.utf8 && payload.length > 0) {
    const at = octetRange(payloadFrom, payload.length);
    if (isGoogle) problems.add(at.offset, at.length, 'ccai-url-invalid', 'error', m.t('notUtf8Ccai'));
    else problems.add(at.offset, at.length, 'uui-not-utf8', 'information', m.t('notUtf8'));
  }
  /** Input range of decoded characters `[index, index + length)`. */
  const textRange = (index: number, length: number): { offset: number; length: number } => {
    const first = payloadFrom + (decoded.octetOf[index] ?? payload.length);
    const lastChar = Math.min(index + length, decoded.octetOf.length);
    const after =
      payloadFrom + (lastChar < decoded.octetOf.length ? decoded.octetOf[lastChar]! : payload.length);
    const offset = octets!.sources[first] ?? base.end;
    return { offset, length: Math.max(1, (octets!.sources[after] ?? base.end) - offset) };
  };
  const fromText = (p: TextProblem): void => {
    const at = textRange(p.index, p.length);
    problems.add(at.offset, at.length, p.code, p.severity, p.message);
  };

  const result: {
    ccai?: UuiDecodeResult['ccai'];
    sessionParams?: UuiDecodeResult['sessionParams'];
  } = {};
  if (purposeLower === CCAI_CONVERSATION_PURPOSE.toLowerCase()) {
    const { conversation, problems: urlProblems } = parseConversationUrl(decoded.text);
    urlProblems.forEach(fromText);
    result.ccai = conversation;
    field('url', m.t('fieldUrl'), printable(conversation.url));
    if (conversation.apiVersion !== undefined)
      field('api-version', m.t('fieldApiVersion'), conversation.apiVersion);
    if (conversation.projectId !== undefined)
      field('project-id', m.t('fieldProject'), conversation.projectId);
    if (conversation.location !== undefined) field('location', m.t('fieldLocation'), conversation.location);
    if (conversation.conversationId !== undefined)
      field('conversation-id', m.t('fieldConversation'), conversation.conversationId);
    field(
      'roles',
      m.t('fieldRoles'),
      conversation.roles ? conversation.roles.join(', ') : m.t('fieldRolesDefault'),
    );
  } else if (purposeLower === CCAI_SESSION_PURPOSE.toLowerCase()) {
    const parsed = parseSessionParams(decoded.text);
    parsed.problems.forEach(fromText);
    result.sessionParams = parsed.params;
    for (const p of parsed.params)
      field('session-param', m.t('fieldSessionParam', { key: printable(p.key) }), printable(p.value));
  }

  problems.list.sort((a, b) => a.offset - b.offset);
  return {
    ...base,
    text: printable(decoded.text),
    fields,
    problems: problems.list,
    encoding,
    hex: toHex(bytes),
    octets: bytes.length,
    ...(protocolDiscriminator ? { protocolDiscriminator } : {}),
    ...result,
  };
}

function isAllHex(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!isHexDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Valid UTF-8 with at most a quarter of control characters: text rather than binary data. */
function mostlyPrintable(bytes: readonly number[]): boolean {
  let controls = 0;
  for (const b of bytes) if (b < 0x20 || b === 0x7f) controls++;
  return controls * 4 <= bytes.length && decodeText(bytes).utf8;
}

/** Hex data to octets, reporting runs of non-hex characters and an odd digit count. */
function readHex(raw: RawValue, start: number, end: number, problems: Problems): Octets | undefined {
  const { text, offsetOf } = raw.source;
  let runs = 0;
  let i = start;
  while (i < end) {
    if (isHexDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && !isHexDigit(text.charCodeAt(i))) i++;
    runs++;
    if (runs <= MAX_HEX_PROBLEMS) {
      const chars = text.slice(runStart, Math.min(i, runStart + 20));
      problems.add(
        offsetOf(runStart),
        offsetOf(i) - offsetOf(runStart),
        'uui-not-hex',
        'error',
        m.t('notHex', { chars: JSON.stringify(printable(chars)) }),
      );
    }
  }
  if (runs > MAX_HEX_PROBLEMS)
    problems.add(
      offsetOf(start),
      offsetOf(end) - offsetOf(start),
      'uui-not-hex',
      'error',
      m.t('notHexMore', { count: runs - MAX_HEX_PROBLEMS }),
    );
  if (runs > 0) return undefined;
  const count = end - start;
  if (count % 2 === 1)
    problems.add(offsetOf(end - 1), 1, 'uui-odd-length', 'error', m.t('oddLength', { count }));
  return hexOctets(text, start, end - (count % 2), offsetOf);
}
