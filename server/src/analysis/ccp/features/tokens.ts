/**
 * Semantic tokens for a range (the editor asks for the viewport): what a grammar cannot know — call ids
 * and contact ids that correlate, error types and codes (error modifier), API operations, event names,
 * agent error states in snapshots, and JSON cut by redaction (redacted modifier). Read from the model's
 * marks; inside `objects`, only the visible lines are looked at.
 */
import type { OffsetRange } from '../../findings';
import type { SemanticToken } from '../../features';
import { tokenModifiers, tokenType, type TokenModifier, type TokenType } from '../../semanticTokenLegend';
import { isAgentErrorState } from '../catalog/agentStates';
import { EntryKind, MarkKind, type CcpEntry } from '../model/entry';
import { marksOf } from '../model/entryMarks';
import type { CcpModel } from '../model/model';
import { Slot } from '../parse/jsonScanner';
import { sourceOffset, textContent } from './textPositions';

const FAILED_KINDS: ReadonlySet<EntryKind> = new Set([
  EntryKind.ApiFailed,
  EntryKind.ApiRequestFailed,
  EntryKind.ApiHandleFailed,
  EntryKind.ApiUnauthorizedRetry,
  EntryKind.ApiAccessDeniedExhausted,
]);

/** Texts longer than this only get tokens near their start (the editor does not render beyond). */
const MAX_TEXT_FOR_TOKENS = 20_000;

function styleOf(e: CcpEntry, kind: MarkKind): { type: TokenType; modifiers: TokenModifier[] } | undefined {
  const severity: TokenModifier[] = e.level === 'ERROR' ? ['error'] : e.level === 'WARN' ? ['warning'] : [];
  switch (kind) {
    case MarkKind.CallId:
      return { type: 'callId', modifiers: [] };
    case MarkKind.ContactId:
      return { type: 'contactId', modifiers: [] };
    case MarkKind.ErrorType:
    case MarkKind.ErrorCode:
      return { type: 'errorCode', modifiers: severity.length > 0 ? severity : ['error'] };
    case MarkKind.ApiOperation:
      return { type: 'function', modifiers: FAILED_KINDS.has(e.kind) ? ['error'] : [] };
    case MarkKind.EventName:
      return { type: 'event', modifiers: [] };
    case MarkKind.AgentState:
      return { type: 'enumMember', modifiers: severity };
    case MarkKind.Redacted:
      return { type: 'string', modifiers: ['redacted'] };
    case MarkKind.Category:
      return { type: 'keyword', modifiers: [] };
    default:
      return undefined;
  }
}

export function semanticTokens(model: CcpModel, range: OffsetRange): SemanticToken[] {
  const out: SemanticToken[] = [];
  const entries = model.entries;
  for (let i = model.firstEntryFrom(range.start); i < entries.length; i++) {
    const e = entries[i] as CcpEntry;
    if (e.start >= range.end) break;
    textTokens(model, e, range, out);
    objectTokens(model, e, range, out);
  }
  out.sort((a, b) => a.start - b.start);
  // Tokens must not overlap.
  const kept: SemanticToken[] = [];
  let end = -1;
  for (const t of out) {
    if (t.start < end) continue;
    kept.push(t);
    end = t.start + t.length;
  }
  return kept;
}

function textTokens(model: CcpModel, e: CcpEntry, range: OffsetRange, out: SemanticToken[]): void {
  const c = textContent(model, e);
  if (!c || c.end <= range.start || c.start >= range.end) return;
  for (const mark of marksOf(e)) {
    if (mark.at > MAX_TEXT_FOR_TOKENS) break;
    const style = styleOf(e, mark.kind);
    if (!style) continue;
    const start = sourceOffset(model, e, c, mark.at);
    const end = Math.min(sourceOffset(model, e, c, mark.at + mark.length), start + MAX_TEXT_FOR_TOKENS);
    if (end <= range.start || start >= range.end || end <= start) continue;
    out.push({
      start,
      length: end - start,
      type: tokenType(style.type),
      modifiers: tokenModifiers(...style.modifiers),
    });
  }
}

const CONTACT_KEY = '"contactId": "';
const NAME_KEY = '"name": "';

/** Contact ids and agent error states on the visible lines of an entry's `objects`. */
function objectTokens(model: CcpModel, e: CcpEntry, range: OffsetRange, out: SemanticToken[]): void {
  if (
    e.kind !== EntryKind.Snapshot &&
    e.kind !== EntryKind.RingtoneFailure &&
    e.kind !== EntryKind.RingtoneExhausted
  )
    return;
  const r = model.fieldRange(e, Slot.objects);
  if (!r) return;
  const from = Math.max(r.start, range.start);
  const to = Math.min(r.end, range.end);
  const text = model.text;
  for (let k = text.indexOf(CONTACT_KEY, from); k >= 0 && k < to; k = text.indexOf(CONTACT_KEY, k + 1)) {
    const v = k + CONTACT_KEY.length;
    const close = text.indexOf('"', v);
    if (close > v && close - v <= 64) {
      out.push({ start: v, length: close - v, type: tokenType('contactId'), modifiers: 0 });
    }
  }
  for (let k = text.indexOf(NAME_KEY, from); k >= 0 && k < to; k = text.indexOf(NAME_KEY, k + 1)) {
    const v = k + NAME_KEY.length;
    const close = text.indexOf('"', v);
    if (close > v && close - v <= 64 && isAgentErrorState(text.slice(v, close))) {
      out.push({
        start: v,
        length: close - v,
        type: tokenType('errorCode'),
        modifiers: tokenModifiers('error'),
      });
    }
  }
}
