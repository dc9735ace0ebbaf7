/**
 * Building User-to-User headers: from plain text (ISDN package, with or without a protocol
 * discriminator), from Google CCAI conversation fields (also as the preferred Call-Info header), and
 * from Goog-Session-Param key=value pairs. Inputs are validated; errors make `ok` false.
 */
import {
  CCAI_API_VERSION,
  CCAI_CONVERSATION_PURPOSE,
  CCAI_ROLES,
  CCAI_SESSION_PURPOSE,
  checkConversationId,
  DIALOGFLOW_HOST,
} from './ccai';
import { uuiMessages as m } from './messages';
import { toHex, utf8Octets } from './octets';
import { UUI_SAFE_OCTETS } from './decode';

/** The fields a user fills in. */
export type UuiEncodeRequest =
  | {
      readonly kind: 'text';
      readonly text: string;
      /** Default `isdn-uui`; empty string for none. */
      readonly purpose?: string;
      /** Default: the purpose when it is `isdn-uui`, else none; empty string for none. */
      readonly content?: string;
      /** Octet put before the text; default 0x00 for the ISDN package, none otherwise; `null` for none. */
      readonly protocolDiscriminator?: number | null;
      readonly headerName?: 'User-to-User' | 'X-User-to-User';
    }
  | {
      readonly kind: 'ccai-conversation';
      readonly projectId: string;
      readonly conversationId: string;
      /** Roles in stream order (END_USER, HUMAN_AGENT); omitted for the default order. */
      readonly roles?: readonly string[];
      readonly location?: string;
    }
  | {
      readonly kind: 'session-params';
      readonly params: readonly { readonly key: string; readonly value: string }[];
    };

/** A validation problem on one input field. */
export interface UuiEncodeProblem {
  /** `text`, `purpose`, `content`, `protocolDiscriminator`, `projectId`, `conversationId`, `roles`, `location`, `params`. */
  readonly field: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface UuiEncodeResult {
  /** False when a problem is an error; `header` and `value` are still filled as far as possible. */
  readonly ok: boolean;
  /** The header value (what follows `User-to-User: `). */
  readonly value: string;
  /** The whole header line. */
  readonly header: string;
  /** The text that was encoded (for CCAI: the URL). */
  readonly text: string;
  /** For CCAI conversations: the preferred Call-Info header carrying the same URL. */
  readonly callInfo?: string;
  readonly problems: readonly UuiEncodeProblem[];
}

const TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;
/** Characters that would break a URL path segment: `/ ? #`, white space, control characters. */
function breaksSegment(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c === 0x7f || c === 0x2f || c === 0x3f || c === 0x23) return true;
  }
  return false;
}
/** Google Cloud project ids: 6–30 characters, lowercase letters, digits, hyphens; a letter first; no hyphen last. */
const GCP_PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/** Builds a header from the request. Never throws. */
export function encodeUui(request: UuiEncodeRequest): UuiEncodeResult {
  switch (request.kind) {
    case 'text':
      return encodeText(request);
    case 'ccai-conversation':
      return encodeConversation(request);
    case 'session-params':
      return encodeSessionParams(request.params);
  }
}

function finish(
  headerName: string,
  value: string,
  text: string,
  problems: UuiEncodeProblem[],
  callInfo?: string,
): UuiEncodeResult {
  return {
    ok: !problems.some((p) => p.severity === 'error'),
    value,
    header: `${headerName}: ${value}`,
    text,
    ...(callInfo !== undefined ? { callInfo } : {}),
    problems,
  };
}

function encodeText(r: Extract<UuiEncodeRequest, { kind: 'text' }>): UuiEncodeResult {
  const problems: UuiEncodeProblem[] = [];
  const purpose = r.purpose ?? 'isdn-uui';
  const isdn = purpose.toLowerCase() === 'isdn-uui' || purpose.toLowerCase() === 'isdn-interwork';
  const content = r.content ?? (isdn ? 'isdn-uui' : '');
  const pd = r.protocolDiscriminator === undefined ? (isdn ? 0 : null) : r.protocolDiscriminator;
  if (r.text.length === 0)
    problems.push({ field: 'text', severity: 'error', message: m.t('encodeTextEmpty') });
  if (purpose !== '' && !TOKEN.test(purpose))
    problems.push({
      field: 'purpose',
      severity: 'error',
      message: m.t('encodeBadToken', { value: purpose, name: 'purpose' }),
    });
  if (content !== '' && !TOKEN.test(content))
    problems.push({
      field: 'content',
      severity: 'error',
      message: m.t('encodeBadToken', { value: content, name: 'content' }),
    });
  if (pd !== null && !(Number.isInteger(pd) && pd >= 0 && pd <= 255))
    problems.push({ field: 'protocolDiscriminator', severity: 'error', message: m.t('encodeBadPd') });
  if (pd === null && purpose === '' && r.text.length > 0)
    problems.push({
      field: 'protocolDiscriminator',
      severity: 'warning',
      message: m.t('encodeNoPdNoPurpose'),
    });
  const octets = utf8Octets(r.text);
  const all = pd !== null && Number.isInteger(pd) && pd >= 0 && pd <= 255 ? [pd, ...octets] : octets;
  if (isdn && all.length > UUI_SAFE_OCTETS)
    problems.push({ field: 'text', severity: 'warning', message: m.t('tooLong', { count: all.length }) });
  let value = `${toHex(all)};encoding=hex`;
  if (purpose !== '') value += `;purpose=${purpose}`;
  if (content !== '') value += `;content=${content}`;
  return finish(r.headerName ?? 'User-to-User', value, r.text, problems);
}

function encodeConversation(r: Extract<UuiEncodeRequest, { kind: 'ccai-conversation' }>): UuiEncodeResult {
  const problems: UuiEncodeProblem[] = [];
  const projectId = r.projectId.trim();
  const conversationId = r.conversationId.trim();
  if (projectId.length === 0)
    problems.push({ field: 'projectId', severity: 'error', message: m.t('encodeProjectEmpty') });
  else if (breaksSegment(projectId))
    problems.push({ field: 'projectId', severity: 'error', message: m.t('encodeProjectChars') });
  else if (!GCP_PROJECT_ID.test(projectId))
    problems.push({ field: 'projectId', severity: 'warning', message: m.t('encodeProjectShape') });
  if (conversationId.length === 0)
    problems.push({ field: 'conversationId', severity: 'error', message: m.t('encodeIdEmpty') });
  else
    for (const p of checkConversationId(conversationId))
      problems.push({ field: 'conversationId', severity: 'error', message: p.message });
  const location = r.location?.trim();
  if (location !== undefined && location !== '' && breaksSegment(location))
    problems.push({ field: 'location', severity: 'error', message: m.t('encodeLocationChars') });
  const roles = (r.roles ?? []).map((x) => x.trim().toUpperCase()).filter((x) => x.length > 0);
  for (const role of roles)
    if (!(CCAI_ROLES as readonly string[]).includes(role))
      problems.push({ field: 'roles', severity: 'error', message: m.t('ccaiRoleUnknown', { role }) });
  const locationPart = location ? `/locations/${location}` : '';
  const query = roles.length > 0 ? `?roles=${roles.join(',')}` : '';
  const url = `http://${DIALOGFLOW_HOST}/${CCAI_API_VERSION}/projects/${projectId}${locationPart}/conversations/${conversationId}${query}`;
  const value = `${toHex(utf8Octets(url), true)};encoding=hex;purpose=${CCAI_CONVERSATION_PURPOSE}`;
  const callInfo = `Call-Info: <${url}>;purpose=${CCAI_CONVERSATION_PURPOSE}`;
  return finish('User-to-User', value, url, problems, callInfo);
}

function encodeSessionParams(params: readonly { key: string; value: string }[]): UuiEncodeResult {
  const problems: UuiEncodeProblem[] = [];
  const pairs = params.filter((p) => p.key.trim().length > 0 || p.value.length > 0);
  if (pairs.length === 0)
    problems.push({ field: 'params', severity: 'error', message: m.t('encodeSessionNone') });
  for (const p of pairs) {
    if (p.key.trim().length === 0)
      problems.push({ field: 'params', severity: 'error', message: m.t('encodeSessionKeyEmpty') });
    if (p.key.includes(';') || p.key.includes('='))
      problems.push({
        field: 'params',
        severity: 'error',
        message: m.t('encodeSessionChars', { text: p.key }),
      });
    if (p.value.includes(';'))
      problems.push({
        field: 'params',
        severity: 'error',
        message: m.t('encodeSessionChars', { text: p.value }),
      });
  }
  const text = pairs.map((p) => `${p.key.trim()}=${p.value}`).join(';');
  const value = `${toHex(utf8Octets(text), true)};encoding=hex;purpose=${CCAI_SESSION_PURPOSE}`;
  return finish('User-to-User', value, text, problems);
}

/** Parses `key1=value1;key2=value2` typed by a user into pairs for {@link encodeUui}. */
export function sessionPairsFromText(text: string): { key: string; value: string }[] {
  return text
    .split(';')
    .filter((piece) => piece.trim().length > 0)
    .map((piece) => {
      const eq = piece.indexOf('=');
      return eq < 0
        ? { key: piece.trim(), value: '' }
        : { key: piece.slice(0, eq).trim(), value: piece.slice(eq + 1) };
    });
}
