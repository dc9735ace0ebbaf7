/**
 * Hover for a position in a CCP log: finds the entry (binary search), the field under the cursor and the
 * word in it, and answers from the model. Every piece of document text is escaped.
 */
import type { Finding } from '../../findings';
import type { HoverResult } from '../../features';
import type { CallsightSettings } from '../../settings';
import { isKnownAgentState } from '../catalog/agentStates';
import { EntryKind, MarkKind, type CcpEntry, type SnapshotInfo } from '../model/entry';
import { marksOf } from '../model/entryMarks';
import type { CcpModel } from '../model/model';
import { timeValue } from '../parse/isoTime';
import { Slot } from '../parse/jsonScanner';
import { apiHover } from './hover/apiHover';
import { callHover, categoryHover, contactHover } from './hover/entityHover';
import {
  agentStateHover,
  codeHover,
  contactStateHover,
  errorTypeHover,
  eventHover,
  heartbeatHover,
  levelHover,
  redactedHover,
  skewHover,
  snapshotHover,
  sourceHover,
  streamHover,
} from './hover/meaningHover';
import { directionLine } from './hover/directionHover';
import { metricsBatchHover, reportHover, telemetryHover } from './hover/metricsHover';
import { entryTimeHover, valueTimeHover } from './hover/timeHover';
import { rollMarkerHover } from './hover/windowHover';
import { keyValueAt } from './jsonValueAt';
import { decodedIndex, sourceOffset, textContent } from './textPositions';

interface Range {
  start: number;
  end: number;
}

function inside(r: Range | undefined, offset: number): r is Range {
  return r !== undefined && offset >= r.start && offset < r.end;
}

export function hoverAt(
  model: CcpModel,
  offset: number,
  settings: CallsightSettings,
  findings: () => readonly Finding[],
): HoverResult | undefined {
  const e = model.entryAt(offset);
  if (!e) return undefined;
  const field = (slot: number): Range | undefined => model.fieldRange(e, slot);
  const time = field(Slot.time);
  if (inside(time, offset)) return { ...time, markdown: entryTimeHover(model, e, settings) };
  const level = field(Slot.level);
  if (inside(level, offset)) return { ...level, markdown: levelHover(e.level) };
  for (const slot of [Slot.contextLayer, Slot.loggerId, Slot.component]) {
    const r = field(slot);
    if (inside(r, offset)) return { ...r, markdown: sourceHover(e) };
  }
  const text = field(Slot.text);
  if (inside(text, offset)) return textHover(model, e, offset, settings, findings);
  const exception = field(Slot.exception);
  if (inside(exception, offset) && e.exception?.type) {
    return { ...exception, markdown: codeHover(e.exception.type, true) };
  }
  const objects = field(Slot.objects);
  if (inside(objects, offset)) return objectsHover(model, e, objects, offset, settings, findings);
  return undefined;
}

function textHover(
  model: CcpModel,
  e: CcpEntry,
  offset: number,
  settings: CallsightSettings,
  findings: () => readonly Finding[],
): HoverResult | undefined {
  const c = textContent(model, e);
  if (!c) return undefined;
  const i = decodedIndex(model, e, c, offset);
  for (const mark of marksOf(e)) {
    if (i < mark.at || i >= mark.at + mark.length) continue;
    const range = {
      start: sourceOffset(model, e, c, mark.at),
      end: sourceOffset(model, e, c, mark.at + mark.length),
    };
    const word = e.text.slice(mark.at, mark.at + mark.length);
    const markdown = markHover(model, e, mark.kind, word, settings, findings);
    if (markdown) return { ...range, markdown };
  }
  const markdown = entryHover(model, e, settings);
  return markdown ? { start: c.start, end: c.end, markdown } : undefined;
}

function markHover(
  model: CcpModel,
  e: CcpEntry,
  kind: MarkKind,
  word: string,
  settings: CallsightSettings,
  findings: () => readonly Finding[],
): string | undefined {
  switch (kind) {
    case MarkKind.CallId: {
      const call = model.contacts.callById.get(word);
      return call ? callHover(model, call, settings, findings()) : undefined;
    }
    case MarkKind.ContactId: {
      const contact = model.contacts.byId.get(word);
      return contact ? contactHover(model, contact, settings, findings()) : undefined;
    }
    case MarkKind.ErrorType:
      return errorTypeHover(model, word);
    case MarkKind.ApiOperation:
      return apiHover(model, e, word);
    case MarkKind.EventName:
      return eventHover(word);
    case MarkKind.AgentState:
      return agentStateHover(word);
    case MarkKind.ErrorCode:
      return codeHover(word);
    case MarkKind.Redacted:
      return redactedHover();
    case MarkKind.Category:
      return categoryHover(word);
    default:
      return undefined;
  }
}

/** What the whole text is about, when no word in it has its own hover. */
function entryHover(model: CcpModel, e: CcpEntry, settings: CallsightSettings): string | undefined {
  switch (e.kind) {
    case EntryKind.RollMarker:
      return rollMarkerHover(model, settings);
    case EntryKind.MetricsSuccess:
      return metricsBatchHover(model, e, settings);
    case EntryKind.ReportSuccess:
      return reportHover(model, e);
    case EntryKind.TelemetryReport:
      return telemetryHover(model, e);
    case EntryKind.HeartbeatReceived:
    case EntryKind.HeartbeatSend:
      return heartbeatHover(model, e);
    case EntryKind.Snapshot: {
      const info = e.payload as SnapshotInfo | undefined;
      return info ? snapshotHover(info.stateName, info.skew) : undefined;
    }
    default:
      return undefined;
  }
}

const TIME_KEYS = new Set([
  'snapshotTimestamp',
  'localTimestamp',
  'startTimestamp',
  'timestamp',
  'timeStamp',
  'callStartTime',
  'callEndTime',
]);
const CONTACT_STATES = new Set([
  'init',
  'incoming',
  'pending',
  'connecting',
  'connected',
  'missed',
  'error',
  'ended',
  'rejected',
  'paused',
  'hold',
  'disconnected',
  'silent_monitor',
  'barge',
]);

function objectsHover(
  model: CcpModel,
  e: CcpEntry,
  objects: Range,
  offset: number,
  settings: CallsightSettings,
  findings: () => readonly Finding[],
): HoverResult | undefined {
  const kv = keyValueAt(model.text, offset, objects.start, objects.end);
  if (!kv) return undefined;
  const range = kv.value;
  const { key, raw } = kv;
  let markdown: string | undefined;
  if (key === 'skew') {
    const skew = Number(raw);
    if (Number.isFinite(skew)) markdown = skewHover(model, skew, settings);
  } else if (TIME_KEYS.has(key)) {
    const t = timeValue(/^\d+$/.test(raw) ? Number(raw) : raw);
    if (!Number.isNaN(t)) markdown = valueTimeHover(t, settings);
  } else if (key === 'contactId' || key === 'initialContactId') {
    const contact = model.contacts.byId.get(raw);
    if (contact) markdown = contactHover(model, contact, settings, findings());
  } else if (key === 'name' && (isKnownAgentState(raw) || e.kind === EntryKind.Snapshot)) {
    markdown = agentStateHover(raw);
  } else if (key === 'type' && CONTACT_STATES.has(raw)) {
    markdown = contactStateHover(raw);
  } else if (key === 'softphoneStreamType') {
    markdown = streamHover(raw, directionLine(model, model.metrics.byEntry.get(e.index), settings));
  } else if ((key === 'type' || key === 'code') && /^[A-Z]\w+(?:Exception|Error)$/.test(raw)) {
    markdown = codeHover(raw, key === 'type');
  }
  return markdown ? { ...range, markdown } : undefined;
}
