/** Hovers on contact ids and rtc call ids: that contact's or call's summary. */
import type { Finding } from '../../../findings';
import type { CallsightSettings } from '../../../settings';
import type { Call, Contact } from '../../model/contacts';
import type { CcpModel } from '../../model/model';
import { clockTime, formatDuration } from '../timeFormat';
import { h } from './text';
import { join, paragraph, row, title } from './render';

const MAX_LIST = 12;

function timesList(refs: readonly { name: string; time: number }[], settings: CallsightSettings): string {
  const parts = refs.slice(0, MAX_LIST).map((r) => `${r.name} ${clockTime(r.time, settings.timeZone)}`);
  if (refs.length > MAX_LIST) parts.push(`… (+${refs.length - MAX_LIST})`);
  return parts.join(', ');
}

/** Findings whose place falls within `[first, last]` (by the time of the entry they sit on). */
function problemsBetween(
  model: CcpModel,
  findings: readonly Finding[],
  first: number,
  last: number,
): string[] {
  const out: string[] = [];
  for (const f of findings) {
    const places = [f, ...(f.related ?? [])];
    const inside = places.some((p) => {
      const e = model.entryAt(p.start);
      return e !== undefined && e.timed && e.time >= first - 5_000 && e.time <= last + 35_000;
    });
    if (inside) out.push(`${f.rule}: ${f.message}`);
    if (out.length >= 6) break;
  }
  return out;
}

export function contactHover(
  model: CcpModel,
  contact: Contact,
  settings: CallsightSettings,
  findings: readonly Finding[],
): string {
  const z = settings.timeZone;
  const lines = [
    title(h.t('contactTitle', { contact: contact.id })),
    row(h.t('start'), clockTime(contact.first, z)),
    row(h.t('end'), clockTime(contact.last, z)),
    row(h.t('duration'), formatDuration(contact.last - contact.first)),
  ];
  if (contact.type) lines.push(row(h.t('type'), contact.type));
  if (contact.events.length > 0) lines.push(row(h.t('events'), timesList(contact.events, settings)));
  if (contact.states.length > 0) lines.push(row(h.t('states'), timesList(contact.states, settings)));
  if (contact.calls.length > 0) lines.push(row(h.t('calls'), contact.calls.map((c) => c.id).join(', ')));
  const problems = problemsBetween(model, findings, contact.first, contact.last);
  lines.push(row(h.t('problems'), problems.length > 0 ? problems.join(' · ') : h.t('noProblems')));
  return join(lines);
}

export function callHover(
  model: CcpModel,
  call: Call,
  settings: CallsightSettings,
  findings: readonly Finding[],
): string {
  const z = settings.timeZone;
  const lines = [title(h.t('callTitle', { call: call.id }))];
  if (call.contact && call.contact.id !== call.id) lines.push(row(h.t('contact'), call.contact.id));
  lines.push(row(h.t('start'), clockTime(call.first, z)), row(h.t('end'), clockTime(call.last, z)));
  lines.push(row(h.t('duration'), formatDuration(call.last - call.first)));
  if (call.transitions.length > 0) {
    lines.push(
      row(
        h.t('transitions'),
        timesList(
          call.transitions.map((t) => ({ name: t.to, time: t.time })),
          settings,
        ),
      ),
    );
  }
  if (call.failed) lines.push(paragraph(h.t('failedSetup')));
  const audio = model.metrics.byKey.get(call.id);
  if (audio)
    lines.push(
      paragraph(h.t('samples', { input: audio.streams[0].t.length, output: audio.streams[1].t.length })),
    );
  const problems = problemsBetween(model, findings, call.first, call.last);
  lines.push(row(h.t('problems'), problems.length > 0 ? problems.join(' · ') : h.t('noProblems')));
  lines.push(paragraph(h.t('categoryNote')));
  return join(lines);
}

export function categoryHover(category: string): string {
  return join([title(h.t('categoryTitle', { category })), paragraph(h.t('categoryNote'))]);
}
