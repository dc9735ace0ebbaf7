/**
 * User-to-User (UUI) header codec: RFC 7433 parameters (`encoding`, `purpose`, `content`), hex,
 * ASCII and `%XX` text encodings, the ISDN package's protocol discriminator (RFC 7434), vendor
 * variants (X-User-to-User, `pd=`, `isdn-interwork`, UUI inside URIs), and Google CCAI payloads
 * (Dialogflow conversation URLs, session parameters). Decoding never throws; every malformed part
 * becomes a positioned problem.
 */
import { decodeRawValue } from './decode';
import { uuiMessages } from './messages';
import { MAX_INPUT, splitInput } from './structure';
import type { UuiDecodeResult, UuiProblem } from './types';

export type {
  UuiDecodeResult,
  UuiField,
  UuiFieldKey,
  UuiProblem,
  UuiProblemCode,
  UuiSeverity,
} from './types';
export {
  CCAI_API_VERSION,
  CCAI_CONVERSATION_PURPOSE,
  CCAI_ROLES,
  CCAI_SESSION_PURPOSE,
  checkConversationId,
  isValidConversationId,
  parseConversationUrl,
  parseSessionParams,
  type CcaiConversation,
  type SessionParam,
  type TextProblem,
} from './ccai';
export { UUI_SAFE_OCTETS } from './decode';
export {
  encodeUui,
  sessionPairsFromText,
  type UuiEncodeProblem,
  type UuiEncodeRequest,
  type UuiEncodeResult,
} from './encode';
export { findUuiHeaderAt, type UuiHeaderLocation } from './headerAt';
export { isKnownPd, KNOWN_PDS, pdMeaning } from './protocolDiscriminator';
export { uuiMarkdown, uuiText } from './render';

/**
 * Decodes a User-to-User header value (with or without the header name). When the input holds
 * several values (commas, several lines), this is the first; use {@link decodeUuiAll} for all.
 * Offsets in problems are relative to `value`. Never throws.
 */
export function decodeUui(value: string): UuiDecodeResult {
  const all = decodeUuiAll(value);
  return (
    all[0] ?? decodeRawValue({ source: { text: value, offsetOf: (i) => i }, start: 0, end: 0, problems: [] })
  );
}

/**
 * Decodes every User-to-User value in the input: comma-separated values, several header lines
 * (several `Goog-Session-Param` headers give several entries), or a URI holding `User-to-User=`.
 * Offsets are relative to `input`. Never throws.
 */
export function decodeUuiAll(input: string): UuiDecodeResult[] {
  const results = splitInput(input).map(decodeRawValue);
  const last = results[results.length - 1];
  if (input.length > MAX_INPUT && last) {
    const cut: UuiProblem = {
      offset: MAX_INPUT,
      length: input.length - MAX_INPUT,
      code: 'uui-input-cut',
      severity: 'warning',
      message: uuiMessages.t('inputCut', { max: MAX_INPUT }),
    };
    results[results.length - 1] = { ...last, problems: [...last.problems, cut] };
  }
  return results;
}
