/**
 * Hovers that explain a word: softphone error types, error codes and exceptions, agent states, contact
 * events and states, levels, sources, streams, skew values, redaction. The shared knowledge catalog
 * (lookupCode/explainToken) is added when it knows the word.
 */
import { explainToken, type KnowledgeEntry } from '../../../knowledge';
import type { CallsightSettings } from '../../../settings';
import { describeAgentState, isAgentErrorState } from '../../catalog/agentStates';
import { describeContactEvent } from '../../catalog/contactEvents';
import { describeErrorCode } from '../../catalog/errorCodes';
import { describeSoftphoneError } from '../../catalog/softphoneErrors';
import type { CcpEntry } from '../../model/entry';
import type { CcpModel } from '../../model/model';
import { endpointsFor } from '../../rules/endpoints';
import { signatureAdvice } from '../../rules/softphone';
import { formatDuration } from '../timeFormat';
import { h, type HoverKey } from './text';
import { escapeMarkdown, join, paragraph, row, title } from './render';

/** Knowledge-catalog entries for a word, rendered (empty until the catalog lands). */
function knowledge(token: string): string | undefined {
  let entries: KnowledgeEntry[];
  try {
    entries = explainToken(token);
  } catch {
    return undefined;
  }
  if (entries.length === 0) return undefined;
  return entries
    .slice(0, 2)
    .map((k) =>
      join([
        `_${escapeMarkdown(k.title, 200)}_`,
        paragraph(k.meaning),
        k.causes.length > 0 ? paragraph(k.causes.join(' ')) : undefined,
        k.fixes.length > 0 ? paragraph(k.fixes.join(' ')) : undefined,
      ]),
    )
    .join('\n\n');
}

export function errorTypeHover(model: CcpModel, type: string): string {
  const endpoints = endpointsFor(model.environment);
  const info = describeSoftphoneError(type, endpoints);
  const advice = signatureAdvice(info.rule, endpoints);
  return join([
    title(h.t('errorTypeTitle', { type })),
    paragraph(info.meaning),
    advice ? row(h.t('cause'), advice.cause) : undefined,
    advice ? row(h.t('fix'), advice.fix) : undefined,
    paragraph(h.t('reportedAs', { rule: info.rule })),
    knowledge(type),
  ]);
}

export function codeHover(code: string, exception = false): string {
  return join([
    title(exception ? h.t('exceptionTitle', { type: code }) : h.t('codeTitle', { code })),
    paragraph(describeErrorCode(code)),
    knowledge(code),
  ]);
}

export function agentStateHover(name: string): string {
  return join([
    title(h.t('agentStateTitle', { state: name })),
    paragraph(describeAgentState(name)),
    isAgentErrorState(name) ? paragraph(h.t('agentErrorState')) : undefined,
    knowledge(name),
  ]);
}

/** `contact::connected`, `agent::websocket_connection_lost`, `update_connected_ccps`… */
export function eventHover(event: string): string {
  if (event.startsWith('contact::')) {
    const name = event.slice('contact::'.length);
    return join([title(h.t('contactEventTitle', { event: name })), paragraph(describeContactEvent(name))]);
  }
  return join([title(h.t('agentEventTitle', { event })), paragraph(h.t('eventGeneric'))]);
}

export function contactStateHover(state: string): string {
  return join([title(h.t('contactStateTitle', { state })), paragraph(describeContactEvent(state))]);
}

const LEVEL_KEYS: Readonly<Record<string, HoverKey>> = {
  TRACE: 'levelTRACE',
  DEBUG: 'levelDEBUG',
  INFO: 'levelINFO',
  LOG: 'levelLOG',
  WARN: 'levelWARN',
  ERROR: 'levelERROR',
};

export function levelHover(level: string): string {
  return join([
    title(h.t('levelTitle', { level })),
    paragraph(h.t(LEVEL_KEYS[level] ?? 'levelOther')),
    paragraph(h.t('levelOrder')),
  ]);
}

export function sourceHover(e: CcpEntry): string {
  const layer = e.contextLayer ?? e.loggerId ?? '?';
  const key: HoverKey =
    e.contextLayer === 'CCP'
      ? 'sourceCCP'
      : e.contextLayer === 'SharedWorker'
        ? 'sourceSharedWorker'
        : e.contextLayer === 'CRM'
          ? 'sourceCRM'
          : 'sourceOther';
  return join([
    title(h.t('sourceTitle', { layer })),
    paragraph(h.t(key, { logger: e.loggerId ?? '?' })),
    e.component ? paragraph(h.t('componentNote', { component: e.component })) : undefined,
  ]);
}

/** The stream name's meaning, and what this file shows about it (`fileLine`, plain text). */
export function streamHover(stream: string, fileLine?: string): string {
  return join([
    title(h.t('streamTitle', { stream })),
    paragraph(h.t('directionNote')),
    fileLine !== undefined ? paragraph(fileLine) : undefined,
  ]);
}

export function skewHover(model: CcpModel, skew: number, settings: CallsightSettings): string {
  const amount = formatDuration(Math.abs(skew));
  const median = model.agent.medianSkew;
  return join([
    title(h.t('skewTitle', { skew: `${skew} ms` })),
    paragraph(skew >= 0 ? h.t('skewAhead', { amount }) : h.t('skewBehind', { amount })),
    paragraph(
      h.t('skewThreshold', {
        threshold: settings.thresholds.clockSkewMs,
        median: Number.isNaN(median) ? '—' : `${median} ms`,
      }),
    ),
  ]);
}

export function redactedHover(): string {
  return join([title(h.t('redactedTitle')), paragraph(h.t('redactedBody'))]);
}

export function heartbeatHover(model: CcpModel, e: CcpEntry): string | undefined {
  const beat = model.webSocket.heartbeats.find((b) => b.reply === e.index || b.send === e.index);
  if (!beat) return undefined;
  return join([
    title(h.t('heartbeatTitle')),
    paragraph(h.t('heartbeatRtt', { rtt: formatDuration(beat.rtt) })),
  ]);
}

export function snapshotHover(state: string, skew: number): string {
  return join([
    title(h.t('snapshotTitle', { state: state || '?' })),
    paragraph(describeAgentState(state)),
    Number.isNaN(skew) ? undefined : row(h.t('skewTitle', { skew: '' }).trim(), `${skew} ms`),
  ]);
}
