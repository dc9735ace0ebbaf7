/** Hovers on times: the chosen zone and UTC, the gap to the previous entry, the offset into a contact. */
import type { CallsightSettings } from '../../../settings';
import type { CcpEntry } from '../../model/entry';
import type { CcpModel } from '../../model/model';
import { formatDuration, formatInZone, formatUtc, isKnownZone } from '../timeFormat';
import { h } from './text';
import { join, paragraph, row, title } from './render';

function zoneName(settings: CallsightSettings): string {
  return settings.timeZone.trim() === '' ? 'local' : settings.timeZone.trim();
}

/** Local/UTC/epoch lines for any time value. */
export function timeLines(ms: number, settings: CallsightSettings): string[] {
  const zone = zoneName(settings);
  const lines = [
    row(h.t('local', { zone }), formatInZone(ms, settings.timeZone)),
    row(h.t('utc'), formatUtc(ms)),
  ];
  lines.push(row(h.t('epoch'), String(ms)));
  if (!isKnownZone(settings.timeZone)) lines.push(paragraph(h.t('unknownZone', { zone })));
  return lines;
}

export function entryTimeHover(model: CcpModel, e: CcpEntry, settings: CallsightSettings): string {
  if (!e.timed) return join([title(h.t('timeTitle')), paragraph(h.t('untimed'))]);
  const lines = [title(h.t('timeTitle')), ...timeLines(e.time, settings)];
  const prev = model.previousInTime(e);
  lines.push(prev ? row(h.t('gap'), formatDuration(e.time - prev.time)) : paragraph(h.t('gapFirst')));
  const contact = contactAround(model, e.time);
  if (contact) {
    lines.push(row(h.t('intoContact', { contact: contact.id }), formatDuration(e.time - contact.first)));
  }
  const skew = model.agent.medianSkew;
  if (!Number.isNaN(skew)) {
    lines.push(row(h.t('serverTime'), formatUtc(e.time + skew)));
    lines.push(paragraph(h.t('clockNote', { skew: formatDuration(skew) })));
  }
  return join(lines);
}

export function valueTimeHover(ms: number, settings: CallsightSettings): string {
  return join([title(h.t('timeTitle')), ...timeLines(ms, settings)]);
}

function contactAround(model: CcpModel, t: number): { id: string; first: number } | undefined {
  let best: { id: string; first: number } | undefined;
  for (const c of model.contacts.contacts) {
    if (c.first > t) break;
    if (t <= c.last) best = c;
  }
  return best;
}
