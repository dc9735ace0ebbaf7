/**
 * All charts of the panel as one group: they share the time window (zooming one zooms all), the cursor,
 * the editor cursor's mark, the width of the panel and the theme. Also measures how long a render takes
 * and composes the PNG export.
 */
import { countValued } from '../columns';
import type { ChartReport } from '../messages';
import { el } from '../ui/dom';
import type { SectionSpec } from './chartSpec';
import { ChartView, type ChartHost } from './chartView';
import type { Palette } from './theme';
import type { Tooltip } from './tooltip';

export interface GroupOptions {
  readonly palette: Palette;
  readonly formatTime: (ms: number) => string;
  readonly tzDate: ((ms: number) => Date) | undefined;
  readonly axisLabels: (ticks: readonly number[], spacingMs: number) => string[];
  readonly tooltip: Tooltip;
  onPick(offset: number): void;
  onZoomChange(zoom: { min: number; max: number } | undefined): void;
}

export interface RenderResult {
  /** From the start of `render` to every chart drawn once, ms. */
  readonly drawnMs: number;
  readonly charts: readonly ChartReport[];
}

export class ChartGroup {
  private views: ChartView[] = [];
  private window: [number, number] = [0, 1];
  private zoom: [number, number] | undefined;
  private cursorTime: number | null = null;
  private syncing = false;
  private pendingDraws = new Set<ChartView>();
  private allDrawn: (() => void) | undefined;

  constructor(
    private readonly root: HTMLElement,
    private options: GroupOptions,
  ) {}

  /** Replaces every chart; resolves once each has drawn. */
  async render(
    sections: readonly SectionSpec[],
    window: [number, number],
    zoom: { min: number; max: number } | undefined,
    width: number,
  ): Promise<RenderResult> {
    const started = performance.now();
    this.clear();
    this.window = window;
    this.zoom = zoom && zoom.min < zoom.max ? [zoom.min, zoom.max] : undefined;
    const [min, max] = this.zoom ?? this.window;
    const drawn = new Promise<void>((resolve) => (this.allDrawn = resolve));
    const host = this.host();
    for (const section of sections) {
      const heading = el('h2', { text: section.title, ...(section.note ? { title: section.note } : {}) });
      const children: Node[] = [heading];
      if (section.note) children.push(el('p', { className: 'note', text: section.note }));
      const block = el(
        'section',
        { className: 'metrics-section', attributes: { 'data-section-id': section.id } },
        children,
      );
      this.root.append(block);
      for (const spec of section.charts) {
        const view = new ChartView(spec, block, width, [min, max], host);
        this.views.push(view);
        this.pendingDraws.add(view);
      }
    }
    if (this.views.length === 0) this.allDrawn?.();
    await drawn;
    const drawnMs = performance.now() - started;
    return {
      drawnMs,
      charts: this.views.map((v) => ({
        id: v.spec.id,
        points: v.spec.time.length,
        valuedPoints:
          v.spec.shape === 'strip'
            ? v.spec.bands.length
            : countValued(
                v.spec.series.map((s) => s.values),
                v.spec.time.length,
              ),
        series: v.spec.series.length,
        thresholdLines: v.spec.thresholds.length,
        findingSpans: v.spec.spans.length,
      })),
    };
  }

  /** New theme colours: charts are rebuilt by the caller (uPlot bakes colours into its options). */
  setOptions(options: GroupOptions): void {
    this.options = options;
  }

  setCursorTime(time: number | null): void {
    this.cursorTime = time;
    for (const v of this.views) v.redraw();
  }

  resetZoom(): void {
    this.applyWindow(this.window[0], this.window[1]);
    this.zoom = undefined;
    this.options.onZoomChange(undefined);
  }

  setWidth(width: number): void {
    for (const v of this.views) v.setWidth(width);
  }

  /** Acts as if point `index` of chart `chartId` were clicked; false when there is no such chart. */
  simulateClick(chartId: string, index: number): boolean {
    const view = this.views.find((v) => v.spec.id === chartId);
    if (!view) return false;
    view.pick(index);
    return true;
  }

  /** Every chart stacked on one canvas with its title, as a PNG data URL. */
  toPng(title: string): string {
    const px = window.devicePixelRatio || 1;
    const palette = this.options.palette;
    const margin = Math.round(8 * px);
    const lineHeight = Math.round(18 * px);
    const canvases = this.views.map((v) => ({ view: v, canvas: v.plot.ctx.canvas }));
    const width = Math.max(1, ...canvases.map((c) => c.canvas.width)) + 2 * margin;
    const height =
      margin + lineHeight + canvases.reduce((sum, c) => sum + lineHeight + c.canvas.height + margin, 0);
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const ctx = out.getContext('2d');
    if (!ctx) return '';
    ctx.fillStyle = palette.background;
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = palette.foreground;
    ctx.textBaseline = 'top';
    ctx.font = `bold ${Math.round(13 * px)}px sans-serif`;
    ctx.fillText(title, margin, margin);
    let y = margin + lineHeight;
    ctx.font = `${Math.round(12 * px)}px sans-serif`;
    for (const { view, canvas } of canvases) {
      ctx.fillStyle = palette.foreground;
      ctx.fillText(view.spec.title, margin, y);
      y += lineHeight;
      ctx.drawImage(canvas, margin, y);
      y += canvas.height + margin;
    }
    return out.toDataURL('image/png');
  }

  clear(): void {
    // Release a render still waiting for draws that will now never come.
    this.allDrawn?.();
    this.allDrawn = undefined;
    for (const v of this.views) v.destroy();
    this.views = [];
    this.pendingDraws.clear();
    this.root.replaceChildren();
  }

  private applyWindow(min: number, max: number): void {
    this.syncing = true;
    try {
      for (const v of this.views) v.setWindow(min, max);
    } finally {
      this.syncing = false;
    }
  }

  private host(): ChartHost {
    return {
      palette: this.options.palette,
      formatTime: this.options.formatTime,
      tzDate: this.options.tzDate,
      axisLabels: this.options.axisLabels,
      tooltip: this.options.tooltip,
      cursorTime: () => this.cursorTime,
      onZoom: (min, max) => {
        if (this.syncing || !(min < max)) return;
        this.zoom = [min, max];
        this.applyWindow(min, max);
        this.options.onZoomChange({ min, max });
      },
      onResetZoom: () => this.resetZoom(),
      onPick: (view, index) => {
        const offset = view.spec.entryOffset[index];
        if (offset !== undefined && Number.isFinite(offset)) this.options.onPick(offset);
      },
      onDrawn: (view) => {
        if (!this.pendingDraws.delete(view)) return;
        if (this.pendingDraws.size === 0) this.allDrawn?.();
      },
    };
  }
}
