/**
 * Google CCAI payloads: the Dialogflow conversation URL (from UUI or Call-Info) with its project id,
 * conversation id and `roles`, the conversation-id rules, and `Goog-Session-Param` key=value text.
 * Problems are given as index ranges into the text that was parsed.
 */
import { uuiMessages as m } from './messages';
import type { UuiProblemCode, UuiSeverity } from './types';

export const DIALOGFLOW_HOST = 'dialogflow.googleapis.com';
export const CCAI_API_VERSION = 'v2beta1';
export const CCAI_ROLES = ['END_USER', 'HUMAN_AGENT'] as const;
export const CCAI_CONVERSATION_PURPOSE = 'Goog-ContactCenter-Conversation';
export const CCAI_SESSION_PURPOSE = 'Goog-Session-Param';

/** A problem at `[index, index + length)` of the parsed text. */
export interface TextProblem {
  readonly index: number;
  readonly length: number;
  readonly code: UuiProblemCode;
  readonly severity: UuiSeverity;
  readonly message: string;
}

/** A parsed Dialogflow conversation URL. */
export interface CcaiConversation {
  readonly url: string;
  readonly apiVersion?: string;
  readonly projectId?: string;
  readonly location?: string;
  readonly conversationId?: string;
  /** Roles in stream order, when the URL has a `roles` parameter. */
  readonly roles?: readonly string[];
  /** True when the URL has the expected shape and the id and roles pass the checks. */
  readonly valid: boolean;
}

function isLetter(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

function isIdChar(c: string): boolean {
  return isLetter(c) || (c >= '0' && c <= '9') || c === '_' || c === '-';
}

/** Checks a conversation id: a letter, then letters, digits, `_` or `-`; 3 to 64 characters. */
export function checkConversationId(id: string, at = 0): TextProblem[] {
  const problems: TextProblem[] = [];
  const bad = (index: number, length: number, code: UuiProblemCode, message: string): void => {
    problems.push({ index, length, code, severity: 'error', message });
  };
  if (id.length < 3 || id.length > 64)
    bad(
      at,
      Math.max(1, id.length),
      'ccai-conversation-id-invalid',
      m.t('ccaiIdLength', { length: id.length }),
    );
  if (id.length > 0 && !isLetter(id[0]!))
    bad(at, 1, 'ccai-conversation-id-invalid', m.t('ccaiIdFirst', { char: id[0]! }));
  let reported = 0;
  for (let i = 1; i < id.length && reported < 5; i++) {
    if (!isIdChar(id[i]!)) {
      bad(at + i, 1, 'ccai-conversation-id-invalid', m.t('ccaiIdChar', { char: id[i]! }));
      reported++;
    }
  }
  return problems;
}

/** Whether a conversation id passes Google's rules. */
export function isValidConversationId(id: string): boolean {
  return checkConversationId(id).length === 0;
}

/** Parses `http(s)://dialogflow.googleapis.com/<version>/projects/<p>[/locations/<l>]/conversations/<id>[?roles=…]`. */
export function parseConversationUrl(url: string): {
  conversation: CcaiConversation;
  problems: TextProblem[];
} {
  const problems: TextProblem[] = [];
  const error = (index: number, length: number, code: UuiProblemCode, message: string): void => {
    problems.push({ index, length: Math.max(1, length), code, severity: 'error', message });
  };
  const schemeEnd = url.indexOf('://');
  const scheme = schemeEnd > 0 ? url.slice(0, schemeEnd).toLowerCase() : '';
  if (scheme !== 'http' && scheme !== 'https') {
    error(0, Math.min(url.length, 8), 'ccai-url-invalid', m.t('ccaiNotUrl'));
    return { conversation: { url, valid: false }, problems };
  }
  const hostStart = schemeEnd + 3;
  let hostEnd = hostStart;
  while (hostEnd < url.length && url[hostEnd] !== '/' && url[hostEnd] !== '?' && url[hostEnd] !== '#')
    hostEnd++;
  const host = url.slice(hostStart, hostEnd);
  if (host.toLowerCase() !== DIALOGFLOW_HOST)
    error(hostStart, host.length, 'ccai-url-invalid', m.t('ccaiHost', { host }));

  let pathEnd = hostEnd;
  while (pathEnd < url.length && url[pathEnd] !== '?' && url[pathEnd] !== '#') pathEnd++;
  const segments: { text: string; index: number }[] = [];
  let at = hostEnd;
  while (at < pathEnd) {
    if (url[at] === '/') {
      at++;
      continue;
    }
    const start = at;
    while (at < pathEnd && url[at] !== '/') at++;
    segments.push({ text: url.slice(start, at), index: start });
  }
  const conversation: {
    url: string;
    apiVersion?: string;
    projectId?: string;
    location?: string;
    conversationId?: string;
    roles?: string[];
  } = { url };
  const names = segments.map((s) => s.text);
  const withLocation =
    names.length === 7 && names[1] === 'projects' && names[3] === 'locations' && names[5] === 'conversations';
  const plain = names.length === 5 && names[1] === 'projects' && names[3] === 'conversations';
  if (!plain && !withLocation) {
    error(hostEnd, pathEnd - hostEnd, 'ccai-url-invalid', m.t('ccaiPath'));
  } else {
    const version = segments[0]!;
    conversation.apiVersion = version.text;
    if (version.text !== CCAI_API_VERSION)
      problems.push({
        index: version.index,
        length: version.text.length,
        code: 'ccai-url-invalid',
        severity: 'warning',
        message: m.t('ccaiVersion', { version: version.text }),
      });
    conversation.projectId = segments[2]!.text;
    if (withLocation) conversation.location = segments[4]!.text;
    const id = segments[segments.length - 1]!;
    conversation.conversationId = id.text;
    problems.push(...checkConversationId(id.text, id.index));
  }

  if (pathEnd < url.length && url[pathEnd] === '?') {
    const queryEnd = url.indexOf('#', pathEnd) < 0 ? url.length : url.indexOf('#', pathEnd);
    let p = pathEnd + 1;
    while (p < queryEnd) {
      let q = url.indexOf('&', p);
      if (q < 0 || q > queryEnd) q = queryEnd;
      const pair = url.slice(p, q);
      const eq = pair.indexOf('=');
      if (eq > 0 && pair.slice(0, eq) === 'roles') {
        const roles: string[] = [];
        const valueStart = p + eq + 1;
        const value = pair.slice(eq + 1);
        if (value.length === 0) error(p, pair.length, 'ccai-roles-invalid', m.t('ccaiRolesEmpty'));
        let r = 0;
        while (value.length > 0 && r <= value.length) {
          let comma = value.indexOf(',', r);
          if (comma < 0) comma = value.length;
          const role = value.slice(r, comma);
          roles.push(role);
          if (!(CCAI_ROLES as readonly string[]).includes(role))
            error(valueStart + r, role.length, 'ccai-roles-invalid', m.t('ccaiRoleUnknown', { role }));
          r = comma + 1;
        }
        conversation.roles = roles;
      }
      p = q + 1;
    }
  }
  const valid = !problems.some((x) => x.severity === 'error');
  return { conversation: { ...conversation, valid }, problems };
}

/** One `key=value` pair of a Goog-Session-Param payload. */
export interface SessionParam {
  readonly key: string;
  readonly value: string;
}

/** Splits `key1=value1;key2=value2` into pairs; pieces without `=` are reported. */
export function parseSessionParams(text: string): { params: SessionParam[]; problems: TextProblem[] } {
  const params: SessionParam[] = [];
  const problems: TextProblem[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf(';', start);
    if (end < 0) end = text.length;
    const piece = text.slice(start, end);
    if (piece.trim().length > 0) {
      const eq = piece.indexOf('=');
      if (eq < 0) {
        problems.push({
          index: start,
          length: piece.length,
          code: 'session-param-invalid',
          severity: 'warning',
          message: m.t('sessionNoEquals', { text: piece }),
        });
      } else {
        const key = piece.slice(0, eq).trim();
        if (key.length === 0)
          problems.push({
            index: start,
            length: Math.max(1, eq),
            code: 'session-param-invalid',
            severity: 'warning',
            message: m.t('sessionEmptyKey'),
          });
        params.push({ key, value: piece.slice(eq + 1) });
      }
    }
    start = end + 1;
  }
  return { params, problems };
}
