/**
 * The toolbar: call picker (when the log has several calls), series source (when the call has a
 * per-second report), time range, reset zoom, export. Built from `@vscode-elements/elements` controls;
 * every label is text.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import type { SeriesSource } from '../charts/chartSpec';
import { t } from '../strings';
import { custom, el } from './dom';

export interface ControlHandlers {
  onCall(id: string): void;
  onSource(source: SeriesSource): void;
  onRange(range: 'call' | 'log'): void;
  onResetZoom(): void;
  onExportCsv(): void;
  onExportPng(): void;
}

export interface ControlState {
  readonly calls: readonly { readonly id: string; readonly label: string }[];
  readonly callId: string | undefined;
  readonly hasPerSecond: boolean;
  readonly source: SeriesSource;
  readonly range: 'call' | 'log';
  readonly zoneText: string;
}

interface SelectElement extends HTMLElement {
  value: string;
}

export class Controls {
  readonly element: HTMLElement;
  private readonly callSelect: SelectElement;
  private readonly sourceSelect: SelectElement;
  private readonly rangeSelect: SelectElement;
  private readonly callField: HTMLElement;
  private readonly sourceField: HTMLElement;
  private readonly zone: HTMLElement;

  constructor(handlers: ControlHandlers) {
    this.callSelect = select('call-select', t('call'));
    this.sourceSelect = select('source-select', t('series'));
    this.rangeSelect = select('range-select', t('range'));
    this.callSelect.addEventListener('change', () => handlers.onCall(this.callSelect.value));
    this.sourceSelect.addEventListener('change', () =>
      handlers.onSource(this.sourceSelect.value === 'perSecond' ? 'perSecond' : 'samples'),
    );
    this.rangeSelect.addEventListener('change', () =>
      handlers.onRange(this.rangeSelect.value === 'log' ? 'log' : 'call'),
    );
    setOptions(this.sourceSelect, [
      { value: 'samples', label: t('seriesSamples') },
      { value: 'perSecond', label: t('seriesPerSecond') },
    ]);
    setOptions(this.rangeSelect, [
      { value: 'call', label: t('rangeCall') },
      { value: 'log', label: t('rangeLog') },
    ]);
    this.callField = field(t('call'), this.callSelect);
    this.sourceField = field(t('series'), this.sourceSelect);
    const rangeField = field(t('range'), this.rangeSelect);
    const reset = button('reset-zoom', t('resetZoom'), handlers.onResetZoom, true);
    const csv = button('export-csv', t('exportCsv'), handlers.onExportCsv, true);
    const png = button('export-png', t('exportPng'), handlers.onExportPng, true);
    this.zone = el('span', { className: 'zone' });
    this.element = el('div', { className: 'toolbar', attributes: { role: 'toolbar' } }, [
      this.callField,
      this.sourceField,
      rangeField,
      el('span', { className: 'buttons' }, [reset, csv, png]),
      this.zone,
      el('p', { className: 'hint', text: t('clickHint') }),
    ]);
  }

  update(state: ControlState): void {
    setOptions(
      this.callSelect,
      state.calls.map((c) => ({ value: c.id, label: c.label })),
      state.callId,
    );
    this.callField.hidden = state.calls.length < 2;
    this.sourceField.hidden = !state.hasPerSecond;
    if (state.callId !== undefined) this.callSelect.value = state.callId;
    this.sourceSelect.value = state.source;
    this.rangeSelect.value = state.range;
    this.zone.textContent = state.zoneText;
  }
}

function select(id: string, label: string): SelectElement {
  return custom('vscode-single-select', { attributes: { id, 'aria-label': label } }) as SelectElement;
}

/**
 * Gives `target` these options, marking `selected`. Unchanged options are kept: the select reads new ones
 * only on its next slot change, after any `value` set now, and would then show its first option.
 */
function setOptions(
  target: SelectElement,
  options: readonly { value: string; label: string }[],
  selected?: string,
): void {
  const current = [...target.children];
  const unchanged =
    current.length === options.length &&
    options.every(
      (o, i) => current[i]?.getAttribute('value') === o.value && current[i]?.textContent === o.label,
    );
  if (unchanged) return;
  target.replaceChildren(
    ...options.map((o) =>
      custom('vscode-option', {
        text: o.label,
        attributes: { value: o.value, ...(o.value === selected ? { selected: '' } : {}) },
      }),
    ),
  );
}

function field(label: string, control: HTMLElement): HTMLElement {
  return el('span', { className: 'field' }, [
    el('label', { text: label, attributes: { for: control.id } }),
    control,
  ]);
}

function button(id: string, label: string, onClick: () => void, secondary: boolean): HTMLElement {
  const b = custom('vscode-button', {
    text: label,
    attributes: { id, ...(secondary ? { secondary: '' } : {}) },
  });
  b.addEventListener('click', onClick);
  return b;
}
