/**
 * Chart colours from the VS Code theme. Canvas cannot use CSS variables, so they are read with
 * getComputedStyle and read again when the theme changes (VS Code swaps the body's class and
 * `data-vscode-theme-id`).
 */
import type { ColorRole } from './chartSpec';

export interface Palette {
  readonly series: Readonly<Record<ColorRole, string>>;
  readonly foreground: string;
  readonly background: string;
  readonly axis: string;
  readonly grid: string;
  readonly threshold: string;
  readonly cursorMarker: string;
  readonly error: string;
  readonly warning: string;
  readonly information: string;
  readonly font: string;
  /** High-contrast themes: thicker lines, stronger shading. */
  readonly highContrast: boolean;
}

/** Fallbacks when a variable is missing (e.g. the page is opened outside VS Code). */
const FALLBACK = {
  blue: '#3794ff',
  red: '#f14c4c',
  green: '#89d185',
  yellow: '#cca700',
  orange: '#d18616',
  purple: '#b180d7',
  foreground: '#cccccc',
  background: '#1e1e1e',
  axis: '#9d9d9d',
  grid: 'rgba(128, 128, 128, 0.25)',
};

export function readPalette(): Palette {
  const style = getComputedStyle(document.body);
  const v = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const foreground = v('--vscode-editor-foreground', v('--vscode-foreground', FALLBACK.foreground));
  const highContrast =
    document.body.classList.contains('vscode-high-contrast') ||
    document.body.classList.contains('vscode-high-contrast-light');
  const family = v('--vscode-font-family', 'system-ui, sans-serif');
  const size = v('--vscode-font-size', '12px');
  return {
    series: {
      blue: v('--vscode-charts-blue', FALLBACK.blue),
      red: v('--vscode-charts-red', FALLBACK.red),
      green: v('--vscode-charts-green', FALLBACK.green),
      yellow: v('--vscode-charts-yellow', FALLBACK.yellow),
      orange: v('--vscode-charts-orange', FALLBACK.orange),
      purple: v('--vscode-charts-purple', FALLBACK.purple),
      foreground: v('--vscode-charts-foreground', foreground),
    },
    foreground,
    background: v('--vscode-editor-background', FALLBACK.background),
    axis: v('--vscode-descriptionForeground', FALLBACK.axis),
    grid: highContrast
      ? v('--vscode-contrastBorder', FALLBACK.grid)
      : v('--vscode-charts-lines', FALLBACK.grid),
    threshold: v('--vscode-editorWarning-foreground', FALLBACK.orange),
    cursorMarker: v('--vscode-editorCursor-foreground', v('--vscode-focusBorder', FALLBACK.blue)),
    error: v('--vscode-editorError-foreground', FALLBACK.red),
    warning: v('--vscode-editorWarning-foreground', FALLBACK.yellow),
    information: v('--vscode-editorInfo-foreground', FALLBACK.blue),
    font: `${smallerFont(size)} ${family}`,
    highContrast,
  };
}

/** Calls `onChange` whenever VS Code switches the theme. */
export function watchTheme(onChange: () => void): MutationObserver {
  const observer = new MutationObserver(() => onChange());
  observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-id'] });
  return observer;
}

/** Axis labels one pixel smaller than the UI font. */
function smallerFont(size: string): string {
  const px = Number.parseFloat(size);
  return Number.isFinite(px) && px > 8 ? `${px - 1}px` : '11px';
}

/**
 * Agent-state band colours, grouped as the AWS CCP Log Parser groups them (Available, pending/calling,
 * busy, after-call work, failed, missed), mapped onto theme colours.
 */
export function bandColor(name: string, palette: Palette): string | undefined {
  const n = name.toLowerCase();
  if (n === 'available') return palette.series.green;
  if (n === 'pendingbusy' || n === 'callingcustomer') return palette.series.yellow;
  if (n === 'busy') return palette.series.orange;
  if (n === 'aftercallwork') return palette.axis;
  if (n.startsWith('failedconnect')) return palette.series.red;
  if (n.startsWith('missedcall')) return palette.series.purple;
  return undefined;
}
