/**
 * All marks of an entry: the stored ones (error types, API operations, codes, redaction) plus those
 * that follow from the entry's shape and kind (the rtc-js call id and category, event names and the
 * contact id of `contact::<event>::<id>`), which are not stored to keep the model small.
 */
import { EntryKind, MarkKind, type CcpEntry } from './entry';

export interface Mark {
  /** Index into the entry's text. */
  readonly at: number;
  readonly length: number;
  readonly kind: MarkKind;
}

const PUBLISH = 'Publishing event: '.length;

/** Kinds whose `detail` is a CTI API operation named in the text. */
const API_KINDS: ReadonlySet<EntryKind> = new Set([
  EntryKind.ApiSend,
  EntryKind.ApiSucceeded,
  EntryKind.ApiFailed,
  EntryKind.ApiUnauthorizedRetry,
  EntryKind.ApiAccessDeniedExhausted,
  EntryKind.ApiRequestFailed,
  EntryKind.ApiHandleFailed,
]);

export function marksOf(e: CcpEntry): Mark[] {
  const out: Mark[] = [];
  if (e.callId !== undefined && e.category !== undefined) {
    const at = e.text.indexOf(e.callId);
    if (at >= 0) {
      out.push({ at, length: e.callId.length, kind: MarkKind.CallId });
      out.push({ at: at + e.callId.length + 1, length: e.category.length, kind: MarkKind.Category });
    }
  }
  if (e.kind === EntryKind.PublishEvent && e.detail !== '') {
    const at = e.msgAt + PUBLISH;
    out.push({ at, length: e.detail.length, kind: MarkKind.EventName });
    if (e.detail2 !== '')
      out.push({ at: at + e.detail.length + 2, length: e.detail2.length, kind: MarkKind.ContactId });
  }
  if (API_KINDS.has(e.kind) && e.detail !== '') {
    const at = e.text.indexOf(e.detail, e.msgAt);
    if (at >= 0) out.push({ at, length: e.detail.length, kind: MarkKind.ApiOperation });
  }
  const m = e.marks;
  if (m)
    for (let k = 0; k < m.length; k += 3)
      out.push({ at: m[k] as number, length: m[k + 1] as number, kind: m[k + 2] as MarkKind });
  return out.sort((a, b) => a.at - b.at);
}
