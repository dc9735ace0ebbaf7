/**
 * Decides what an entry's text is (ccp-log.md §8–§11), once, after {@link shapeText}: an ordered table of
 * prefixes (first match wins, as in the AWS CCP Log Parser) plus a few substring signatures, each filling
 * `kind`, `detail`/`detail2`, the payload the views need, and marks for hovers and tokens.
 */
import { matchAt } from '../parse/matchAt';
import { EntryKind, MarkKind, type CcpEntry } from './entry';
import { extractJson, looseJsonField } from './payload';
import { snapshotFromObjects } from './snapshotInfo';
import { findUuid, isUuidAt } from './uuid';
import { detached } from '../../text/detached';

/** Substring signatures are looked for only in the head of long texts (telemetry lines can be megabytes). */
const HEAD = 4096;

/** What some kinds need beyond the text: the parsed `objects`, the whole text when `text` is only its start. */
export interface EntrySource {
  objects(): unknown;
  fullText(): string;
}

type Handler = (e: CcpEntry, msg: string, at: number, source: EntrySource) => void;

interface PrefixRule {
  readonly prefix: string;
  readonly handle: Handler;
}

function kindOnly(kind: EntryKind): Handler {
  return (e) => {
    e.kind = kind;
  };
}

/** Error codes worth marking wherever they appear in a failing entry. */
export const KNOWN_ERROR_CODES = [
  'NetworkingError',
  'UnauthorizedException',
  'AccessDeniedException',
  'InvalidStateException',
  'BadEndpointException',
  'InvalidAgentARNException',
  'InvalidConfigurationException',
  'InvalidContactTypeException',
  'PaginationException',
  'RefreshTokenExpiredException',
  'SendDataFailedException',
  'QuotaExceededException',
  'CallNotFoundException',
  'ResourceNotFoundException',
  'ThrottlingException',
  'NotAllowedError',
  'NotFoundError',
  'NotReadableError',
  'AbortError',
] as const;

/** Operation names repeat thousands of times; equal names share one string. Their marks are derived (entryMarks). */
const opNames: string[] = [];

function opName(msg: string, start: number, end: number): string {
  const len = end - start;
  for (const n of opNames) if (n.length === len && matchAt(msg, start, n)) return n;
  const name = msg.slice(start, end);
  if (opNames.length < 256) opNames.push(detached(name));
  return name;
}

/** `AWSClient: --> Calling operation 'x'` and `AWSClient: <-- Operation 'x' …` (§8.2, tolerant like pickles). */
const apiClient: Handler = (e, msg, at) => {
  let i = 'AWSClient: '.length;
  const out = matchAt(msg, i, '-->');
  const back = matchAt(msg, i, '<--');
  if (!out && !back) return;
  i += 3;
  while (msg.charCodeAt(i) === 32) i++;
  if (out && matchAt(msg, i, 'Calling operation')) i += 'Calling operation'.length;
  if (back && matchAt(msg, i, 'Operation')) i += 'Operation'.length;
  while (msg.charCodeAt(i) === 32) i++;
  const quoted = msg.charCodeAt(i) === 39;
  if (quoted) i++;
  const opStart = i;
  while (i < msg.length && i - opStart < 80) {
    const c = msg.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) break;
    i++;
  }
  if (i === opStart) return;
  e.detail = opName(msg, opStart, i);
  if (quoted && msg.charCodeAt(i) === 39) i++;
  if (out) {
    e.kind = EntryKind.ApiSend;
    return;
  }
  while (msg.charCodeAt(i) === 32) i++;
  if (matchAt(msg, i, 'succeeded')) {
    e.kind = EntryKind.ApiSucceeded;
  } else if (matchAt(msg, i, 'failed with unauthorized error')) {
    e.kind = EntryKind.ApiUnauthorizedRetry;
    e.detail2 = 'UnauthorizedException';
  } else if (matchAt(msg, i, 'exhausted') && msg.includes('access denied', i)) {
    e.kind = EntryKind.ApiAccessDeniedExhausted;
    e.detail2 = 'AccessDeniedException';
  } else if (matchAt(msg, i, 'failed')) {
    e.kind = EntryKind.ApiFailed;
    apiError(e, msg, at, i + 'failed'.length);
  }
};

/** Error JSON after a failed reply: code and message, also from JSON cut by redaction. */
function apiError(e: CcpEntry, msg: string, at: number, from: number): void {
  const p = extractJson(msg, from, 200_000);
  if (p.status === 'none') return;
  let code: string | undefined;
  let message: string | undefined;
  let status: string | undefined;
  if (p.status === 'ok' && typeof p.value === 'object' && p.value !== null) {
    const o = p.value as Record<string, unknown>;
    code = typeof o['code'] === 'string' ? o['code'] : typeof o['type'] === 'string' ? o['type'] : undefined;
    message = typeof o['message'] === 'string' ? o['message'] : undefined;
    status = typeof o['statusCode'] === 'number' ? String(o['statusCode']) : undefined;
  } else {
    const raw = msg.slice(p.start, Math.min(msg.length, p.start + 20_000));
    code = looseJsonField(raw, 'code') ?? looseJsonField(raw, 'type');
    message = looseJsonField(raw, 'message');
    status = looseJsonField(raw, 'statusCode');
    if (p.status === 'truncated' && msg.includes('[redacted]', p.start)) {
      e.redactionTruncated = true;
      e.addMark(at + p.start, msg.length - p.start, MarkKind.Redacted);
    }
  }
  if (code === undefined && status === '401') code = 'UnauthorizedException';
  if (code === undefined && status === '403') code = 'AccessDeniedException';
  if (code === undefined && message === 'Network Failure') code = 'NetworkingError';
  e.detail2 = code ?? '';
  e.payload = { code, message, statusCode: status };
  if (code && !e.redactionTruncated) {
    const k = msg.indexOf(code, p.start);
    if (k >= 0) e.addMark(at + k, code.length, MarkKind.ErrorCode);
  }
}

/** Event names repeat thousands of times; equal names share one string (looked up by length and last letter). */
const eventNames = new Map<number, string[]>();
let eventNameCount = 0;

function eventName(msg: string, start: number, end: number): string {
  const len = end - start;
  const key = len * 65536 + msg.charCodeAt(end - 1);
  const list = eventNames.get(key);
  if (list) for (const n of list) if (matchAt(msg, start, n)) return n;
  const name = msg.slice(start, end);
  if (eventNameCount < 512) {
    eventNameCount++;
    const kept = detached(name);
    if (list) list.push(kept);
    else eventNames.set(key, [kept]);
  }
  return name;
}

/** Event names and contact ids of events are found from `detail`/`detail2` (see entryMarks), not stored. */
const publishEvent: Handler = (e, msg) => {
  const start = 'Publishing event: '.length;
  let end = msg.indexOf(' ', start);
  if (end < 0 || end > start + 200) end = Math.min(msg.length, start + 200);
  e.kind = EntryKind.PublishEvent;
  // contact::<event>::<contactId>
  const last = msg.lastIndexOf('::', end);
  if (last > start && isUuidAt(msg, last + 2)) {
    e.detail = eventName(msg, start, last);
    e.detail2 = msg.slice(last + 2, last + 38);
  } else {
    e.detail = eventName(msg, start, end);
  }
};

/** `Softphone call detected: contactId <uuid> agent connectionId <uuid>` (older: `…detected:  <uuid>`). */
const callDetected: Handler = (e, msg, at) => {
  e.kind = EntryKind.CallDetected;
  const c = findUuid(msg, 0, Math.min(msg.length, 400));
  if (c < 0) return;
  e.detail = msg.slice(c, c + 36);
  e.addMark(at + c, 36, MarkKind.ContactId);
  const k = msg.indexOf('connectionId', c + 36);
  if (k > 0) {
    const d = findUuid(msg, k, Math.min(msg.length, k + 80));
    if (d >= 0) e.detail2 = msg.slice(d, d + 36);
  }
};

const softphoneError: Handler = (e, msg, at) => {
  e.kind = EntryKind.SoftphoneError;
  let i = msg.indexOf(':');
  if (i < 0) return;
  i++;
  while (msg.charCodeAt(i) === 32) i++;
  const s = i;
  while (i < msg.length && i - s < 80) {
    const c = msg.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57))) break;
    i++;
  }
  e.detail = msg.slice(s, i);
  e.detail2 = msg.slice(i, i + 2000).trim();
  e.addMark(at + s, i - s, MarkKind.ErrorType);
};

/**
 * Metric samples are parsed when the metrics view is built (they are many small objects); here only
 * where the JSON starts is kept. Without JSON in the text the samples are in `objects` (§6.2).
 */
const metricsSuccess: Handler = (e, msg, at) => {
  e.kind = EntryKind.MetricsSuccess;
  const k = msg.indexOf('[', 'sendSoftphoneMetrics success'.length);
  e.detail = k >= 0 ? String(at + k) : '';
};

const reportSuccess: Handler = (e, shown, at, source) => {
  e.kind = EntryKind.ReportSuccess;
  const msg = e.textTruncated ? source.fullText().slice(at) : shown;
  const p = extractJson(msg, 'sendSoftphoneReport success'.length, 2_000_000);
  if (p.status === 'ok') e.payload = p.value;
  else if (p.status === 'truncated' && msg.includes('[redacted]', p.start)) {
    e.redactionTruncated = true;
    e.addMark(at + p.start, msg.length - p.start, MarkKind.Redacted);
  }
};

/** Telemetry reports are parsed lazily (they can be megabytes); remember where the JSON starts. */
const telemetry: Handler = (e, msg, at) => {
  e.kind = EntryKind.TelemetryReport;
  const brace = msg.indexOf('{');
  e.detail = brace >= 0 ? String(at + brace) : '';
};

const snapshot: Handler = (e, _msg, _at, source) => {
  e.kind = EntryKind.Snapshot;
  const info = snapshotFromObjects(source.objects());
  if (info) e.payload = info;
};

const failedAcceptCall: Handler = (e, msg, at) => {
  e.kind = EntryKind.FailedAcceptCall;
  apiError(e, msg, at, 'Failed to accept call'.length);
};

const apiHandleFailed: Handler = (e, msg) => {
  e.kind = EntryKind.ApiHandleFailed;
  const prefix = 'Failed to handle AWS API request for method '.length;
  let end = prefix;
  while (end < msg.length && end - prefix < 80 && /\w/.test(msg[end] as string)) end++;
  e.detail = opName(msg, prefix, end);
};

const agentConnectTimeout: Handler = (e, msg) => {
  e.kind = EntryKind.AgentConnectTimeout;
  const m = /^Agent\.connect timed out after (\d{1,9})/.exec(msg.slice(0, 80));
  e.detail = m?.[1] ?? '';
};

const micPermission: Handler = (e, msg) => {
  e.kind = EntryKind.MicPermission;
  e.detail = msg.slice('Microphone Permission: '.length, 'Microphone Permission: '.length + 20).trim();
};

const ccpVersion: Handler = (e, msg) => {
  e.kind = EntryKind.CcpVersion;
  e.detail = msg.slice('isCCPV2: '.length, 'isCCPV2: '.length + 10).trim();
};

/** Ordered by how often they occur; first match wins. */
const PREFIX_RULES: readonly PrefixRule[] = [
  { prefix: 'Publishing event: ', handle: publishEvent },
  { prefix: 'AWSClient: ', handle: apiClient },
  { prefix: 'Sending heartbeat', handle: kindOnly(EntryKind.HeartbeatSend) },
  { prefix: 'Heartbeat response received', handle: kindOnly(EntryKind.HeartbeatReceived) },
  { prefix: 'GET_AGENT_SNAPSHOT succeeded', handle: snapshot },
  { prefix: 'sendSoftphoneMetrics success', handle: metricsSuccess },
  { prefix: 'sendSoftphoneMetrics failed', handle: kindOnly(EntryKind.MetricsFailed) },
  { prefix: 'sendSoftphoneReport success', handle: reportSuccess },
  { prefix: 'sendSoftphoneReport failed', handle: kindOnly(EntryKind.MetricsFailed) },
  { prefix: 'sent TelemetryCallReport', handle: telemetry },
  { prefix: 'Log roll interval occurred', handle: kindOnly(EntryKind.RollMarker) },
  { prefix: 'Heartbeat response not received', handle: kindOnly(EntryKind.HeartbeatMissed) },
  { prefix: 'Failed to send heartbeat', handle: kindOnly(EntryKind.HeartbeatSendFailed) },
  { prefix: 'WebSocketManager Error', handle: kindOnly(EntryKind.WsManagerError) },
  { prefix: 'Initializing Websocket Manager', handle: kindOnly(EntryKind.WsInitializing) },
  { prefix: 'WebSocket Initialization failed', handle: kindOnly(EntryKind.WsInitFailed) },
  {
    prefix: 'Failed to fetch webSocket connection configuration',
    handle: kindOnly(EntryKind.WsConfigFailed),
  },
  { prefix: 'WebSocket connection is closed', handle: kindOnly(EntryKind.WsClosed) },
  { prefix: 'Network offline', handle: kindOnly(EntryKind.NetworkOffline) },
  { prefix: 'WebSocket connection established', handle: kindOnly(EntryKind.WsEstablished) },
  { prefix: 'Softphone call detected', handle: callDetected },
  { prefix: 'Contact detected', handle: callDetected },
  { prefix: 'Softphone error occurred', handle: softphoneError },
  { prefix: 'Softphone call failed due to CallNotFoundException', handle: kindOnly(EntryKind.CallNotFound) },
  { prefix: 'Agent has muted', handle: kindOnly(EntryKind.Muted) },
  { prefix: 'Agent has unmuted', handle: kindOnly(EntryKind.Unmuted) },
  { prefix: 'Microphone Permission: ', handle: micPermission },
  { prefix: 'Ringtone Playback Failure', handle: kindOnly(EntryKind.RingtoneFailure) },
  { prefix: 'Ringtone Retries Exhausted', handle: kindOnly(EntryKind.RingtoneExhausted) },
  { prefix: 'AUTH_FAIL occurred', handle: kindOnly(EntryKind.AuthFail) },
  { prefix: 'Get new auth token failed', handle: kindOnly(EntryKind.AuthFail) },
  { prefix: 'We have exhausted our authorization retries', handle: kindOnly(EntryKind.AuthExhausted) },
  { prefix: 'Agent.connect timed out after ', handle: agentConnectTimeout },
  { prefix: 'Failed to get agent data', handle: kindOnly(EntryKind.FailedGetAgentData) },
  { prefix: 'Failed to accept call', handle: failedAcceptCall },
  { prefix: 'Failed to handle AWS API request for method ', handle: apiHandleFailed },
  { prefix: 'isCCPV2: ', handle: ccpVersion },
  { prefix: 'Browser unable to establish media channel', handle: kindOnly(EntryKind.MediaChannelFailed) },
];

/** Prefix rules by first character, to test only the few that can match. */
const BY_FIRST = new Map<number, PrefixRule[]>();
for (const r of PREFIX_RULES) {
  const c = r.prefix.charCodeAt(0);
  const list = BY_FIRST.get(c) ?? [];
  list.push(r);
  BY_FIRST.set(c, list);
}

/** rtc-js messages after `<callId> <CATEGORY> ` (§10). */
function classifyRtc(e: CcpEntry, msg: string): void {
  e.kind = EntryKind.Rtc;
  if (matchAt(msg, 0, 'ICE collection timed out')) e.kind = EntryKind.RtcIceTimeout;
  else if (matchAt(msg, 0, 'No ICE candidate') || matchAt(msg, 0, 'No remote ICE candidate'))
    e.kind = EntryKind.RtcNoIceCandidate;
  else if (matchAt(msg, 0, 'Failed connecting to signaling server')) e.kind = EntryKind.RtcSignalingFailed;
  else if (matchAt(msg, 0, 'Failed handshaking with signaling server')) e.kind = EntryKind.RtcHandshakeFailed;
  else if (matchAt(msg, 0, 'User Busy')) e.kind = EntryKind.RtcUserBusy;
  else if (matchAt(msg, 0, 'Local media initialization failed')) e.kind = EntryKind.RtcLocalMediaFailed;
  else if (matchAt(msg, 0, 'Lost ICE connection')) e.kind = EntryKind.RtcIceLost;
  else if (matchAt(msg, 0, 'ICE Connection State:') || matchAt(msg, 0, 'Peer Connection State:')) {
    const state = msg.slice(msg.indexOf(':') + 1, msg.indexOf(':') + 30).trim();
    if (state.startsWith('disconnected') || state.startsWith('failed')) {
      e.kind = EntryKind.RtcIceLost;
      e.detail = state.startsWith('failed') ? 'failed' : 'disconnected';
    }
  } else if (matchAt(msg, 0, 'onicecandidate')) e.kind = EntryKind.RtcCandidate;
  else {
    const arrow = msg.indexOf(' => ');
    if (arrow > 0 && arrow < 120) {
      const from = matchAt(msg, 0, 'Substate: ') ? 'Substate: '.length : 0;
      e.detail = msg.slice(from, arrow).trim();
      const toEnd = msg.indexOf(' ', arrow + 4);
      e.detail2 = msg.slice(arrow + 4, toEnd < 0 ? Math.min(msg.length, arrow + 84) : toEnd).trim();
      e.kind = e.detail2 === 'FailedState' ? EntryKind.RtcFailedState : EntryKind.RtcTransition;
    }
  }
}

/** Classifies an entry whose text was shaped. */
export function classify(e: CcpEntry, source: EntrySource): void {
  const t = e.text;
  const at = e.msgAt;
  const msg = at === 0 ? t : t.slice(at);
  if (e.callId !== undefined) {
    classifyRtc(e, msg);
  } else {
    const rules = BY_FIRST.get(msg.charCodeAt(0));
    if (rules) {
      for (const r of rules) {
        if (matchAt(msg, 0, r.prefix)) {
          r.handle(e, msg, at, source);
          break;
        }
      }
    }
    if (e.kind === 0 && msg.charCodeAt(0) === 39 /* ' */) {
      // '<m>' API request failed
      const close = msg.indexOf("'", 1);
      if (close > 1 && close < 80 && msg.startsWith(' API request failed', close + 1)) {
        e.kind = EntryKind.ApiRequestFailed;
        e.detail = opName(msg, 1, close);
      }
    }
    if (e.kind === 0) classifyBySubstring(e, msg, at);
  }
  if (e.level === 'ERROR' || e.level === 'WARN' || e.kind === EntryKind.ApiRequestFailed)
    markErrorCodes(e, msg, at);
}

function classifyBySubstring(e: CcpEntry, msg: string, at: number): void {
  const head = msg.length > HEAD ? msg.slice(0, HEAD) : msg;
  if (head.includes('NetworkError when attempting to fetch resource') || head.includes('Network Failure')) {
    e.kind = EntryKind.NetworkFailure;
    return;
  }
  if (head.includes('Browser unable to establish media channel')) {
    e.kind = EntryKind.MediaChannelFailed;
    return;
  }
  // A bare softphone error type somewhere in an error text (hosted-CCP toasts, relayed errors).
  if (e.level === 'ERROR') {
    for (const type of BARE_ERROR_TYPES) {
      const k = head.indexOf(type);
      if (k >= 0) {
        e.kind = EntryKind.SoftphoneError;
        e.detail = type;
        e.detail2 = head.slice(k + type.length, k + type.length + 500).trim();
        e.addMark(at + k, type.length, MarkKind.ErrorType);
        return;
      }
    }
  }
}

const BARE_ERROR_TYPES = [
  'signalling_connection_failure',
  'signalling_handshake_failure',
  'ice_collection_timeout',
  'microphone_not_shared',
  'user_busy_error',
  'unsupported_browser',
  'realtime_communication_error',
  'webrtc_error',
];

/** Marks known error codes in the head of a failing entry's text and records the first in `detail2`. */
function markErrorCodes(e: CcpEntry, msg: string, at: number): void {
  if (e.redactionTruncated || e.kind === EntryKind.MetricsSuccess || e.kind === EntryKind.TelemetryReport)
    return;
  const head = msg.length > HEAD ? msg.slice(0, HEAD) : msg;
  if (head.indexOf('Exception') < 0 && head.indexOf('Error') < 0) return;
  for (const code of KNOWN_ERROR_CODES) {
    const k = head.indexOf(code);
    if (k < 0) continue;
    if (e.detail2 === '') e.detail2 = code;
    if (!hasMarkAt(e, at + k)) e.addMark(at + k, code.length, MarkKind.ErrorCode);
  }
}

function hasMarkAt(e: CcpEntry, at: number): boolean {
  const m = e.marks;
  if (!m) return false;
  for (let i = 0; i < m.length; i += 3) if (m[i] === at) return true;
  return false;
}
