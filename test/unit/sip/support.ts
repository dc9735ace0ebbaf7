/**
 * Test support for the SIP trace language: locating the shared corpus, building small traces from
 * call flows (sngrep layout, CRLF messages, Content-Length computed) and running the analysis.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../../server/src/analysis/findings';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { SipDocumentAnalysis, sipAnalyzer } from '../../../server/src/analysis/sip/analyzer';

export const REPO_ROOT = resolve(__dirname, '../../..');

/** `../shared/corpus/sip` beside the repository (CI), else `/work/shared/corpus/sip`; undefined when absent. */
export function corpusDir(): string | undefined {
  for (const candidate of [resolve(REPO_ROOT, '..', 'shared', 'corpus', 'sip'), '/work/shared/corpus/sip']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export const FIXTURES = resolve(REPO_ROOT, 'test', 'fixtures', 'sip');

export function analyze(text: string): SipDocumentAnalysis {
  return sipAnalyzer.analyze(text) as SipDocumentAnalysis;
}

export function findingsOf(text: string): Finding[] {
  return [...analyze(text).findings(DEFAULT_SETTINGS)];
}

export function ruleIds(text: string): string[] {
  return findingsOf(text).map((f) => f.rule);
}

export function withRule(text: string, rule: string): Finding[] {
  return findingsOf(text).filter((f) => f.rule === rule);
}

/** One message of a flow: start line, headers (without Content-Length), optional body lines. */
export interface Msg {
  /** Seconds after the flow's start. */
  readonly at: number;
  readonly src: string;
  readonly dst: string;
  readonly lines: readonly string[];
  readonly body?: readonly string[];
  /** Override the computed Content-Length (null: leave the header out). */
  readonly contentLength?: number | null;
}

const BASE = Date.UTC(2024, 2, 1, 10, 0, 0);

function stamp(seconds: number): string {
  const ms = BASE + seconds * 1000;
  const d = new Date(Math.floor(ms));
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const micros = Math.round((ms % 1000) * 1000);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(micros, 6)}`;
}

/** The message text (CRLF, Content-Length from the body's octets). */
export function messageText(m: Pick<Msg, 'lines' | 'body' | 'contentLength'>): string {
  const body = m.body && m.body.length > 0 ? m.body.join('\r\n') + '\r\n' : '';
  const length = m.contentLength === undefined ? Buffer.byteLength(body, 'utf8') : m.contentLength;
  const head = [...m.lines, ...(length === null ? [] : [`Content-Length: ${length}`])];
  return head.join('\r\n') + '\r\n\r\n' + body;
}

/** A trace in sngrep's layout. */
export function sngrep(messages: readonly Msg[]): string {
  return messages.map((m) => `${stamp(m.at)} ${m.src} -> ${m.dst}\n${messageText(m)}\n\n`).join('');
}

/** Bare messages one after another (no envelope). */
export function raw(messages: readonly Pick<Msg, 'lines' | 'body' | 'contentLength'>[]): string {
  return messages.map((m) => messageText(m) + '\r\n').join('');
}

export const PBX = '198.51.100.20:5060';
export const CARRIER = '203.0.113.10:5060';

export interface CallOptions {
  readonly callId?: string;
  readonly caller?: string;
  readonly callee?: string;
  readonly uac?: string;
  readonly uas?: string;
  readonly contact?: string;
  readonly uasContact?: string;
}

/** Builds the messages of one dialog between a UAC and a UAS. */
export class Call {
  readonly callId: string;
  readonly uac: string;
  readonly uas: string;
  readonly caller: string;
  readonly callee: string;
  readonly contact: string;
  readonly uasContact: string;

  constructor(o: CallOptions = {}) {
    this.callId = o.callId ?? 'a84b4c76e66710@pbx.example';
    this.uac = o.uac ?? PBX;
    this.uas = o.uas ?? CARRIER;
    this.caller = o.caller ?? '+15557654321';
    this.callee = o.callee ?? '+15551234567';
    this.contact = o.contact ?? `sip:${this.caller}@${this.uac}`;
    this.uasContact = o.uasContact ?? `sip:${this.callee}@${this.uas}`;
  }

  private uacHost(): string {
    return this.uac.split(':')[0] as string;
  }

  /** A request from the UAC. */
  request(
    at: number,
    method: string,
    o: {
      cseq?: number;
      branch?: string;
      toTag?: string;
      uri?: string;
      headers?: readonly string[];
      body?: readonly string[];
      noContact?: boolean;
      contentLength?: number | null;
    } = {},
  ): Msg {
    const lines = [
      `${method} ${o.uri ?? `sip:${this.callee}@${this.uas.split(':')[0]}`} SIP/2.0`,
      `Via: SIP/2.0/UDP ${this.uac};rport;branch=${o.branch ?? `z9hG4bK${method.toLowerCase()}${o.cseq ?? 1}`}`,
      'Max-Forwards: 70',
      `From: <sip:${this.caller}@${this.uacHost()}>;tag=uac1`,
      `To: <sip:${this.callee}@${this.uas.split(':')[0]}>${o.toTag ? `;tag=${o.toTag}` : ''}`,
      `Call-ID: ${this.callId}`,
      `CSeq: ${o.cseq ?? 1} ${method}`,
      ...(o.noContact || method === 'ACK' || method === 'BYE' || method === 'CANCEL'
        ? []
        : [`Contact: <${this.contact}>`]),
      ...(o.headers ?? []),
      ...(o.body ? ['Content-Type: application/sdp'] : []),
    ];
    return {
      at,
      src: this.uac,
      dst: this.uas,
      lines,
      ...(o.body ? { body: o.body } : {}),
      ...(o.contentLength !== undefined ? { contentLength: o.contentLength } : {}),
    };
  }

  /** A response from the UAS to a request of this call. */
  response(
    at: number,
    status: number,
    phrase: string,
    method: string,
    o: {
      cseq?: number;
      branch?: string;
      toTag?: string | null;
      headers?: readonly string[];
      body?: readonly string[];
      contact?: boolean;
    } = {},
  ): Msg {
    const withTag = o.toTag === undefined ? status > 100 : o.toTag !== null;
    const lines = [
      `SIP/2.0 ${status} ${phrase}`,
      `Via: SIP/2.0/UDP ${this.uac};received=${this.uacHost()};rport=5060;branch=${o.branch ?? `z9hG4bK${method.toLowerCase()}${o.cseq ?? 1}`}`,
      `From: <sip:${this.caller}@${this.uacHost()}>;tag=uac1`,
      `To: <sip:${this.callee}@${this.uas.split(':')[0]}>${withTag ? `;tag=${o.toTag ?? 'uas1'}` : ''}`,
      `Call-ID: ${this.callId}`,
      `CSeq: ${o.cseq ?? 1} ${method}`,
      ...((o.contact ?? (method === 'INVITE' && status >= 180 && status < 300))
        ? [`Contact: <${this.uasContact}>`]
        : []),
      ...(o.headers ?? []),
      ...(o.body ? ['Content-Type: application/sdp'] : []),
    ];
    return { at, src: this.uas, dst: this.uac, lines, ...(o.body ? { body: o.body } : {}) };
  }
}

/** An SDP body (lines). */
export function sdp(
  o: {
    address?: string;
    port?: number;
    proto?: string;
    codecs?: readonly (readonly [number, string])[];
    direction?: string;
    extra?: readonly string[];
  } = {},
): string[] {
  const codecs = o.codecs ?? [
    [0, 'PCMU/8000'],
    [8, 'PCMA/8000'],
    [101, 'telephone-event/8000'],
  ];
  return [
    'v=0',
    `o=- 1 1 IN IP4 ${o.address ?? '198.51.100.20'}`,
    's=-',
    `c=IN IP4 ${o.address ?? '198.51.100.20'}`,
    't=0 0',
    `m=audio ${o.port ?? 10000} ${o.proto ?? 'RTP/AVP'} ${codecs.map(([pt]) => pt).join(' ')}`,
    ...codecs.map(([pt, c]) => `a=rtpmap:${pt} ${c}`),
    ...(o.extra ?? []),
    `a=${o.direction ?? 'sendrecv'}`,
  ];
}

/** A complete, healthy outbound call (INVITE … BYE/200) between the PBX and the carrier. */
export function healthyCall(call = new Call()): Msg[] {
  return [
    call.request(0, 'INVITE', { body: sdp() }),
    call.response(0.02, 100, 'Trying', 'INVITE'),
    call.response(0.5, 180, 'Ringing', 'INVITE'),
    call.response(3, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10', port: 20000 }) }),
    call.request(3.05, 'ACK', { branch: 'z9hG4bKack1', toTag: 'uas1', uri: call.uasContact }),
    call.request(60, 'BYE', { cseq: 2, toTag: 'uas1', uri: call.uasContact }),
    call.response(60.05, 200, 'OK', 'BYE', { cseq: 2 }),
  ];
}
