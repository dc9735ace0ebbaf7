/**
 * One uPlot chart from a {@link ChartSpec}: series, threshold lines, shaded problem spans, agent-state
 * bands, the editor cursor's time, a tooltip with the values under the mouse, zoom by drag and click to
 * reveal a point's log entry. Everything from the log is drawn on canvas or set as `textContent`.
 */
import uPlot from 'uplot';
import { hasValueAt, nearestUsableIndex, toChartValues, yRange, type Column } from '../columns';
import { t } from '../strings';
import { el } from '../ui/dom';
import type { ChartSpec } from './chartSpec';
import { bandColor, type Palette } from './theme';
import type { Tooltip } from './tooltip';

/** Charts with the same key share the cursor (uPlot matches them by x value). */
export const SYNC_KEY = 'callsight-metrics';

export interface ChartHost {
  readonly palette: Palette;
  readonly formatTime: (ms: number) => string;
  /** The time the editor cursor is at, marked on every chart. */
  readonly cursorTime: () => number | null;
  readonly tooltip: Tooltip;
  /** Uses the timezone for the axis; undefined for the machine's zone. */
  readonly tzDate: ((ms: number) => Date) | undefined;
  /** Tick labels of the time axis (24-hour clock in the chosen zone). */
  readonly axisLabels: (ticks: readonly number[], spacingMs: number) => string[];
  onZoom(min: number, max: number): void;
  onResetZoom(): void;
  /** A point was clicked (or a test simulated it): `index` into the spec's columns. */
  onPick(view: ChartView, index: number): void;
  onDrawn(view: ChartView): void;
}

const CHART_HEIGHT = 150;
const STRIP_HEIGHT = 46;
/** Pixels the mouse may move between press and release for a click (more is a drag-zoom). */
const CLICK_SLOP = 4;

export class ChartView {
  readonly element: HTMLElement;
  readonly plot: uPlot;
  private hovered = false;
  private pressX = NaN;
  private readonly valueColumns: readonly Column[];

  constructor(
    readonly spec: ChartSpec,
    parent: HTMLElement,
    width: number,
    window: readonly [number, number],
    private readonly host: ChartHost,
  ) {
    this.valueColumns = spec.series.map((s) => s.values);
    const plotHolder = el('div', {
      className: 'plot',
      attributes: {
        role: 'img',
        tabindex: '0',
        'aria-label': t('chartLabel', spec.title, spec.time.length),
      },
    });
    plotHolder.addEventListener('keydown', (e) => this.onKey(e));
    this.element = el(
      'section',
      { className: `chart chart-${spec.shape}`, attributes: { 'data-chart-id': spec.id } },
      [this.header(), plotHolder],
    );
    parent.append(this.element);
    const data: uPlot.AlignedData = [spec.time, ...spec.series.map((s) => toChartValues(s.values))];
    this.plot = new uPlot(this.options(width), data, plotHolder);
    this.plot.setScale('x', { min: window[0], max: window[1] });
    if (spec.shape === 'strip') this.plot.setScale('y', { min: 0, max: 1 });
    this.bindPointer();
  }

  setWidth(width: number): void {
    this.plot.setSize({ width, height: this.height() });
  }

  setWindow(min: number, max: number): void {
    this.plot.setScale('x', { min, max });
  }

  /** Redraws overlays (cursor mark) without recomputing paths. */
  redraw(): void {
    this.plot.redraw(false, false);
  }

  /** Treats point `index` as clicked: the nearest point with a log entry. */
  pick(index: number): void {
    if (index < 0 || index >= this.spec.time.length) return;
    const found = nearestUsableIndex(this.spec.time, this.spec.time[index] as number, (i) => this.usable(i));
    if (found >= 0) this.host.onPick(this, found);
  }

  destroy(): void {
    if (this.hovered) this.host.tooltip.hide();
    this.plot.destroy();
    this.element.remove();
  }

  /** Points drawn with a value in at least one series. */
  usable(i: number): boolean {
    return hasValueAt(this.valueColumns, i) && Number.isFinite(this.spec.entryOffset[i] as number);
  }

  private height(): number {
    return this.spec.shape === 'strip' ? STRIP_HEIGHT : CHART_HEIGHT;
  }

  private header(): HTMLElement {
    const { spec, host } = this;
    const legend = el('div', { className: 'legend' });
    if (spec.shape === 'chart') {
      for (const s of spec.series) {
        const swatch = el('span', { className: `swatch swatch-${s.kind}` });
        swatch.style.backgroundColor = host.palette.series[s.color];
        legend.append(el('span', { className: 'legend-item' }, [swatch, document.createTextNode(s.label)]));
      }
    }
    for (const th of spec.thresholds) {
      const swatch = el('span', { className: 'swatch swatch-threshold' });
      swatch.style.borderColor = host.palette.threshold;
      legend.append(
        el('span', { className: 'legend-item threshold', title: th.source, attributes: { tabindex: '0' } }, [
          swatch,
          document.createTextNode(`${th.label}${spec.unit ? ` ${spec.unit}` : ''}`),
        ]),
      );
    }
    const title = el('h3', { text: spec.title, ...(spec.note ? { title: spec.note } : {}) });
    const children: Node[] = [title, legend];
    if (spec.note) children.push(el('p', { className: 'note', text: spec.note }));
    return el('header', {}, children);
  }

  private options(width: number): uPlot.Options {
    const { spec, host } = this;
    const palette = host.palette;
    const lineWidth = palette.highContrast ? 2 : 1.25;
    const axisCommon = {
      stroke: palette.axis,
      font: palette.font,
      grid: { stroke: palette.grid, width: 1 },
      ticks: { stroke: palette.grid, width: 1 },
    };
    const thresholds = spec.thresholds.map((th) => th.value);
    return {
      width,
      height: this.height(),
      ms: 1,
      ...(host.tzDate ? { tzDate: host.tzDate } : {}),
      legend: { show: false },
      // Fixed padding (top, right, bottom, left) so every chart's plot area has the same width and the
      // charts line up in time.
      padding: [8, 24, spec.shape === 'strip' ? 4 : 0, 0],
      cursor: {
        sync: { key: SYNC_KEY, setSeries: false, scales: ['x', null] },
        drag: { x: true, y: false, setScale: false },
        points: { size: 7 },
        bind: {
          dblclick: () => () => {
            host.onResetZoom();
            return null;
          },
        },
      },
      scales: {
        x: { time: true },
        // The strip has no values: a fixed range keeps its (empty) y axis, so it lines up with the charts.
        y:
          spec.shape === 'strip'
            ? { auto: false, range: [0, 1] }
            : { range: (_u: uPlot, min: number, max: number) => yRange(min, max, thresholds, spec.yFloor) },
      },
      axes: [
        {
          ...axisCommon,
          show: spec.shape === 'chart',
          values: (_u: uPlot, ticks: number[], _axis: number, _space: number, spacing: number) =>
            host.axisLabels(ticks, spacing),
        },
        spec.shape === 'chart'
          ? { ...axisCommon, size: 56 }
          : { ...axisCommon, size: 56, values: () => [], grid: { show: false }, ticks: { show: false } },
      ],
      series: [
        {},
        ...spec.series.map((s): uPlot.Series => ({
          label: s.label,
          stroke: palette.series[s.color],
          width: lineWidth,
          spanGaps: false,
          ...(s.kind === 'points'
            ? {
                paths: () => null,
                points: { show: true, size: palette.highContrast ? 7 : 5, fill: palette.series[s.color] },
              }
            : {}),
        })),
      ],
      hooks: {
        drawClear: [(u) => this.drawBackground(u)],
        draw: [
          (u) => {
            this.drawOverlays(u);
            host.onDrawn(this);
          },
        ],
        setSelect: [(u) => this.onSelect(u)],
        setCursor: [(u) => this.onCursor(u)],
      },
    };
  }

  /** Agent-state bands and problem spans, behind the series. */
  private drawBackground(u: uPlot): void {
    const { spec, host } = this;
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    const strip = spec.shape === 'strip';
    for (const band of spec.bands) {
      // Unknown states get a neutral band on the timeline (so they still show) and none behind charts.
      const color = bandColor(band.name, host.palette) ?? (strip ? host.palette.grid : undefined);
      if (!color) continue;
      const x0 = u.valToPos(band.start, 'x', true);
      const x1 = u.valToPos(band.end, 'x', true);
      if (x1 < left || x0 > left + width) continue;
      ctx.globalAlpha = strip ? 0.55 : host.palette.highContrast ? 0.3 : 0.14;
      ctx.fillStyle = color;
      ctx.fillRect(x0, top, Math.max(1, x1 - x0), height);
    }
    for (const span of spec.spans) {
      const x0 = u.valToPos(span.start, 'x', true);
      const x1 = u.valToPos(Math.max(span.start, span.end), 'x', true);
      if (x1 < left || x0 > left + width) continue;
      const color =
        span.severity === 'error'
          ? host.palette.error
          : span.severity === 'warning'
            ? host.palette.warning
            : host.palette.information;
      ctx.globalAlpha = host.palette.highContrast ? 0.3 : 0.16;
      ctx.fillStyle = color;
      ctx.fillRect(x0, top, Math.max(2, x1 - x0), height);
      ctx.globalAlpha = 1;
      ctx.fillRect(x0, top, Math.max(2, x1 - x0), 3 * uPlot.pxRatio);
    }
    ctx.restore();
  }

  /** Threshold lines, band names on the strip, the editor cursor's time. */
  private drawOverlays(u: uPlot): void {
    const { spec, host } = this;
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    const px = uPlot.pxRatio;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    ctx.font = host.palette.font.replace(/^(\d+(?:\.\d+)?)px/, (_m, n: string) => `${Number(n) * px}px`);
    ctx.textBaseline = 'bottom';
    for (const th of spec.thresholds) {
      const y = Math.round(u.valToPos(th.value, 'y', true)) + 0.5;
      if (y < top || y > top + height) continue;
      ctx.strokeStyle = host.palette.threshold;
      ctx.lineWidth = (host.palette.highContrast ? 2 : 1) * px;
      ctx.setLineDash([6 * px, 4 * px]);
      ctx.beginPath();
      ctx.moveTo(left, y);
      ctx.lineTo(left + width, y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = host.palette.threshold;
      ctx.textAlign = 'right';
      ctx.fillText(String(th.value), left + width - 4 * px, y - 2 * px);
    }
    if (spec.shape === 'strip') {
      ctx.fillStyle = host.palette.foreground;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      for (const band of spec.bands) {
        const x0 = Math.max(left, u.valToPos(band.start, 'x', true));
        const x1 = Math.min(left + width, u.valToPos(band.end, 'x', true));
        if (x1 - x0 < 24 * px) continue;
        ctx.save();
        ctx.beginPath();
        ctx.rect(x0, top, x1 - x0, height);
        ctx.clip();
        ctx.fillText(band.name, x0 + 3 * px, top + height / 2);
        ctx.restore();
      }
    }
    const mark = host.cursorTime();
    if (mark !== null) {
      const x = Math.round(u.valToPos(mark, 'x', true)) + 0.5;
      if (x >= left && x <= left + width) {
        ctx.strokeStyle = host.palette.cursorMarker;
        ctx.lineWidth = 2 * px;
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, top + height);
        ctx.stroke();
      }
    }
    ctx.restore();
  }

  /** A drag selected a time range: zoom every chart to it. */
  private onSelect(u: uPlot): void {
    const { left, width } = u.select;
    if (width < CLICK_SLOP) return;
    const min = u.posToVal(left, 'x');
    const max = u.posToVal(left + width, 'x');
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    this.host.onZoom(min, max);
  }

  private onCursor(u: uPlot): void {
    if (!this.hovered) return;
    const left = u.cursor.left ?? -1;
    if (left < 0) {
      this.host.tooltip.hide();
      return;
    }
    const time = u.posToVal(left, 'x');
    const index = nearestUsableIndex(this.spec.time, time, (i) => hasValueAt(this.valueColumns, i), 2000);
    const lines: string[] = [];
    const { spec, host } = this;
    const shownTime = index >= 0 ? (spec.time[index] as number) : time;
    if (spec.shape === 'strip') {
      const band = spec.bands.find((b) => b.start <= time && time < b.end);
      if (band) lines.push(`${t('agentStates')}: ${band.name}`);
    } else if (index >= 0) {
      for (const s of spec.series) {
        const v = s.values[index] as number;
        if (!Number.isNaN(v)) lines.push(`${s.label}: ${formatValue(v)}${spec.unit ? ` ${spec.unit}` : ''}`);
      }
      const label = spec.pointLabels?.[index];
      if (label) lines.push(label);
    }
    for (const span of spec.spans) {
      if (span.start <= time && time <= span.end) lines.push(`${t('findingSpan')}: ${span.message}`);
    }
    const rect = u.over.getBoundingClientRect();
    host.tooltip.show(host.formatTime(shownTime), lines, rect.left + left, rect.top + (u.cursor.top ?? 0));
  }

  /** Zooms (factor < 1 zooms in) around `center`, or pans by `shift` (a fraction of the visible span). */
  private moveWindow(factor: number, shift: number, center?: number): void {
    const { min, max } = this.plot.scales['x'] ?? {};
    if (min === undefined || max === undefined || !(min < max)) return;
    const span = max - min;
    const at = center ?? (min + max) / 2;
    const ratio = (at - min) / span;
    const next = Math.max(span * factor, 10); // never narrower than 10 ms
    const from = at - ratio * next + shift * span;
    this.host.onZoom(from, from + next);
  }

  /** Keyboard: ←/→ pan, +/− zoom, 0 resets, Enter reveals the entry nearest the middle. */
  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowLeft') this.moveWindow(1, -0.1);
    else if (e.key === 'ArrowRight') this.moveWindow(1, 0.1);
    else if (e.key === '+' || e.key === '=') this.moveWindow(0.5, 0);
    else if (e.key === '-') this.moveWindow(2, 0);
    else if (e.key === '0') this.host.onResetZoom();
    else if (e.key === 'Enter') {
      const { min, max } = this.plot.scales['x'] ?? {};
      if (min === undefined || max === undefined) return;
      const index = nearestUsableIndex(this.spec.time, (min + max) / 2, (i) => this.usable(i));
      if (index >= 0) this.host.onPick(this, index);
    } else return;
    e.preventDefault();
  }

  private bindPointer(): void {
    const over = this.plot.over;
    // Ctrl/⌘+wheel zooms at the mouse, Shift+wheel or a sideways swipe pans; a plain wheel scrolls the page.
    over.addEventListener(
      'wheel',
      (e) => {
        const left = this.plot.cursor.left ?? -1;
        const at = left >= 0 ? this.plot.posToVal(left, 'x') : undefined;
        if (e.ctrlKey || e.metaKey) this.moveWindow(e.deltaY < 0 ? 0.8 : 1.25, 0, at);
        else if (e.shiftKey) this.moveWindow(1, Math.sign(e.deltaY || e.deltaX) * 0.1);
        else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) this.moveWindow(1, Math.sign(e.deltaX) * 0.05);
        else return;
        e.preventDefault();
      },
      { passive: false },
    );
    over.addEventListener('mouseenter', () => (this.hovered = true));
    over.addEventListener('mouseleave', () => {
      this.hovered = false;
      this.host.tooltip.hide();
    });
    over.addEventListener('mousedown', (e) => (this.pressX = e.clientX));
    over.addEventListener('click', (e) => {
      if (!(Math.abs(e.clientX - this.pressX) < CLICK_SLOP)) return;
      const left = this.plot.cursor.left ?? -1;
      if (left < 0) return;
      const time = this.plot.posToVal(left, 'x');
      const index = nearestUsableIndex(this.spec.time, time, (i) => this.usable(i));
      if (index >= 0) this.host.onPick(this, index);
    });
  }
}

/** Values as the tooltip shows them: integers plainly, others with up to two decimals. */
export function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, '');
}
