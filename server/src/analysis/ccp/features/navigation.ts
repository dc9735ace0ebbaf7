/** Go to Definition / Find References on contact ids and rtc call ids: the contact's or call's entries. */
import type { OffsetRange } from '../../findings';
import { MarkKind } from '../model/entry';
import { marksOf } from '../model/entryMarks';
import type { CcpModel } from '../model/model';
import { Slot } from '../parse/jsonScanner';
import { keyValueAt } from './jsonValueAt';
import { decodedIndex, textContent } from './textPositions';

const MAX_REFERENCES = 2000;

/** The contact or call id under `offset`, if any. */
function idAt(model: CcpModel, offset: number): { kind: 'contact' | 'call'; id: string } | undefined {
  const e = model.entryAt(offset);
  if (!e) return undefined;
  const c = textContent(model, e);
  if (c && offset >= c.start && offset < c.end) {
    const i = decodedIndex(model, e, c, offset);
    for (const mark of marksOf(e)) {
      if (i < mark.at || i >= mark.at + mark.length) continue;
      const word = e.text.slice(mark.at, mark.at + mark.length);
      if (mark.kind === MarkKind.ContactId) return { kind: 'contact', id: word };
      if (mark.kind === MarkKind.CallId) return { kind: 'call', id: word };
    }
    return undefined;
  }
  const objects = model.fieldRange(e, Slot.objects);
  if (objects && offset >= objects.start && offset < objects.end) {
    const kv = keyValueAt(model.text, offset, objects.start, objects.end);
    if (kv && kv.key === 'contactId') return { kind: 'contact', id: kv.raw };
  }
  return undefined;
}

function entriesOf(model: CcpModel, offset: number): number[] {
  const found = idAt(model, offset);
  if (!found) return [];
  const contacts = model.contacts;
  if (found.kind === 'call') {
    const call = contacts.callById.get(found.id);
    return call ? [...call.entries] : [];
  }
  const contact = contacts.byId.get(found.id);
  if (!contact) return [];
  const list = [...contact.events.map((e) => e.entry), ...contact.states.map((s) => s.entry)];
  for (const call of contact.calls) list.push(...call.entries);
  return [...new Set(list)].sort((a, b) => model.entry(a).start - model.entry(b).start);
}

function rangeOf(model: CcpModel, i: number): OffsetRange {
  const e = model.entry(i);
  return model.fieldRange(e, Slot.text) ?? { start: e.start, end: Math.min(e.end, e.start + 1) };
}

export function contactDefinition(model: CcpModel, offset: number): OffsetRange[] {
  const list = entriesOf(model, offset);
  return list.length > 0 ? [rangeOf(model, list[0] as number)] : [];
}

export function contactReferences(model: CcpModel, offset: number): OffsetRange[] {
  return entriesOf(model, offset)
    .slice(0, MAX_REFERENCES)
    .map((i) => rangeOf(model, i));
}
