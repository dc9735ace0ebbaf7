/**
 * The audio metrics page: receives the client's messages, keeps the view state (selected call, series,
 * range, zoom) with `setState`, renders the charts and reports how long that took.
 */
import uPlot from 'uplot';
import { ChartGroup, type GroupOptions } from './charts/chartGroup';
import { buildSections, timeWindow, type SeriesSource } from './charts/chartSpec';
import { readPalette, watchTheme, type Palette } from './charts/theme';
import { Tooltip } from './charts/tooltip';
import type { CallColumns, MetricsPayload, ToWebviewMessage, WebviewViewState } from './messages';
import { setStrings, t } from './strings';
import { axisLabeler, resolveZone, timeFormatter, type ResolvedZone } from './timeZone';
import { Controls } from './ui/controls';
import { el } from './ui/dom';
import { renderReport } from './ui/report';
import { loadViewState, post, saveViewState } from './vscodeApi';

const MIN_CHART_WIDTH = 320;

export class App {
  private view: WebviewViewState | undefined = loadViewState();
  private payload: MetricsPayload | undefined;
  private seq = 0;
  private palette: Palette = readPalette();
  private zone: ResolvedZone = resolveZone('local');
  private cursorTime: number | null = null;
  private controls: Controls | undefined;
  private group: ChartGroup | undefined;
  private readonly status = el('p', { className: 'status', attributes: { role: 'status' } });
  private readonly report = el('section', { className: 'report' });
  private readonly charts = el('div', { className: 'charts' });
  private readonly tooltip: Tooltip;
  private renderToken = 0;
  private width = 0;

  constructor(private readonly root: HTMLElement) {
    this.tooltip = new Tooltip(document.body);
    watchTheme(() => {
      this.palette = readPalette();
      if (this.payload) void this.render(performance.now());
    });
    new ResizeObserver(() => this.onResize()).observe(this.charts);
  }

  handle(message: ToWebviewMessage): void {
    switch (message.type) {
      case 'init':
        this.init(message.strings, message.panelKey, message.locale);
        return;
      case 'status':
        this.showStatus(message.message);
        if (message.status !== 'loading') {
          this.payload = undefined;
          this.group?.clear();
          this.report.hidden = true;
        }
        return;
      case 'data': {
        const received = performance.now();
        this.payload = message.payload;
        this.seq = message.seq;
        this.zone = resolveZone(message.payload.timeZone);
        void this.render(received);
        return;
      }
      case 'cursorTime':
        this.cursorTime = message.time;
        this.group?.setCursorTime(message.time);
        return;
      case 'simulateClick':
        this.group?.simulateClick(message.chartId, message.index);
        return;
    }
  }

  private init(strings: Parameters<typeof setStrings>[0], panelKey: string, locale: string): void {
    setStrings(strings);
    if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(locale)) document.documentElement.lang = locale;
    this.updateView({ ...(this.view?.panelKey === panelKey ? this.view : {}), panelKey });
    this.controls = new Controls({
      onCall: (id) => this.choose({ callId: id, zoom: undefined }),
      onSource: (source) => this.choose({ series: source }),
      onRange: (range) => this.choose({ range, zoom: undefined }),
      onResetZoom: () => this.group?.resetZoom(),
      onExportCsv: () => post({ type: 'exportCsv', callId: this.selectedCall()?.id ?? null }),
      onExportPng: () => {
        const png = this.group?.toPng(this.selectedCall()?.label ?? '');
        if (png) post({ type: 'exportPng', dataUrl: png });
      },
    });
    this.group = new ChartGroup(this.charts, this.groupOptions());
    this.root.replaceChildren(this.controls.element, this.status, this.report, this.charts);
    this.showStatus(t('loading'));
  }

  private groupOptions(): GroupOptions {
    const zone = this.zone;
    const iana = zone.iana;
    return {
      palette: this.palette,
      formatTime: timeFormatter(zone),
      tzDate: iana ? memoizedTzDate(iana) : undefined,
      axisLabels: axisLabeler(zone),
      tooltip: this.tooltip,
      onPick: (offset) => post({ type: 'reveal', offset }),
      onZoomChange: (zoom) => this.updateView({ zoom }),
    };
  }

  private choose(change: Partial<WebviewViewState>): void {
    this.updateView(change);
    if (this.payload) void this.render(performance.now());
  }

  private updateView(change: Partial<WebviewViewState>): void {
    const panelKey = change.panelKey ?? this.view?.panelKey;
    if (panelKey === undefined) return;
    const next: WebviewViewState = { ...this.view, ...change, panelKey };
    if (next.zoom === undefined) delete (next as { zoom?: unknown }).zoom;
    this.view = next;
    saveViewState(next);
    post({ type: 'viewState', state: next });
  }

  private selectedCall(): CallColumns | undefined {
    const calls = this.payload?.calls ?? [];
    return calls.find((c) => c.id === this.view?.callId) ?? calls[0];
  }

  private async render(started: number): Promise<void> {
    const payload = this.payload;
    const group = this.group;
    if (!payload || !group || !this.controls) return;
    const token = ++this.renderToken;
    const call = this.selectedCall();
    const hasPerSecond = (call?.perSecond.length ?? 0) > 0;
    const source: SeriesSource =
      this.view?.series ?? (call && call.streams.length === 0 ? 'perSecond' : 'samples');
    const range = this.view?.range ?? 'call';
    this.controls.update({
      calls: payload.calls.map((c) => ({ id: c.id, label: c.label })),
      callId: call?.id,
      hasPerSecond,
      source,
      range,
      zoneText: this.zone.unknown
        ? t('timeZoneUnknown', this.zone.display)
        : t('timeZone', this.zone.display),
    });
    this.showStatus(payload.calls.length === 0 ? t('noCalls') : '');
    renderReport(this.report, call);
    group.setOptions(this.groupOptions());
    const sections = buildSections(payload, { call, source });
    const window = timeWindow(payload, call, range);
    if (!window) {
      group.clear();
      return;
    }
    const zoom = this.view?.zoom;
    const result = await group.render(sections, window, zoom, this.chartWidth());
    const renderMs = performance.now() - started;
    group.setCursorTime(this.cursorTime);
    if (token !== this.renderToken) return;
    await nextFrame();
    if (token !== this.renderToken) return;
    const frameMs = performance.now() - started;
    const streams = call ? (source === 'perSecond' && hasPerSecond ? call.perSecond : call.streams) : [];
    post({
      type: 'rendered',
      report: {
        seq: this.seq,
        renderMs,
        frameMs,
        samplesPerStream: Math.max(0, ...streams.map((s) => s.time.length)),
        charts: result.charts,
      },
    });
  }

  private chartWidth(): number {
    this.width = Math.max(MIN_CHART_WIDTH, Math.floor(this.charts.clientWidth || window.innerWidth - 32));
    return this.width;
  }

  private onResize(): void {
    const width = Math.max(MIN_CHART_WIDTH, Math.floor(this.charts.clientWidth));
    if (width !== this.width && this.group) {
      this.width = width;
      this.group.setWidth(width);
    }
  }

  private showStatus(message: string): void {
    this.status.textContent = message;
    this.status.hidden = message === '';
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * uPlot's zone conversion goes through `toLocaleString` for every tick; all charts share the same ticks,
 * so remember the answers (bounded, cleared when full).
 */
function memoizedTzDate(iana: string): (ms: number) => Date {
  const cache = new Map<number, Date>();
  return (ms) => {
    let date = cache.get(ms);
    if (!date) {
      if (cache.size > 4096) cache.clear();
      date = uPlot.tzDate(new Date(ms), iana);
      cache.set(ms, date);
    }
    // uPlot may adjust the Date it gets: hand out a copy.
    return new Date(date.getTime());
  };
}
