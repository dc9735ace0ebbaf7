/** The end-of-call report of the selected call, as a compact list of labelled figures (text only). */
import type { CallColumns } from '../messages';
import { t } from '../strings';
import { el } from './dom';

export function renderReport(target: HTMLElement, call: CallColumns | undefined): void {
  const rows = call?.report ?? [];
  if (rows.length === 0) {
    target.replaceChildren();
    target.hidden = true;
    return;
  }
  const list = el('dl');
  for (const row of rows) list.append(el('dt', { text: row.label }), el('dd', { text: row.value }));
  target.replaceChildren(el('h2', { text: t('callReport') }), list);
  target.hidden = false;
}
