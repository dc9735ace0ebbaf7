/**
 * Checks messages from the metrics webview before the client acts on them: a webview is a browser page,
 * so its messages are validated like any other input.
 */
import type { FromWebviewMessage, RenderReport, WebviewViewState } from '../../../webview/src/messages';

/** The message as a {@link FromWebviewMessage}, or undefined when it is not one. */
export function parseFromWebview(raw: unknown): FromWebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw['type'] !== 'string') return undefined;
  switch (raw['type']) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal': {
      const offset = raw['offset'];
      return typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0
        ? { type: 'reveal', offset }
        : undefined;
    }
    case 'exportCsv': {
      const callId = raw['callId'];
      return callId === null || typeof callId === 'string' ? { type: 'exportCsv', callId } : undefined;
    }
    case 'exportPng': {
      const dataUrl = raw['dataUrl'];
      return typeof dataUrl === 'string' && dataUrl.startsWith(PNG_DATA_URL_PREFIX)
        ? { type: 'exportPng', dataUrl }
        : undefined;
    }
    case 'rendered':
      return isRenderReport(raw['report']) ? { type: 'rendered', report: raw['report'] } : undefined;
    case 'viewState':
      return isViewState(raw['state']) ? { type: 'viewState', state: raw['state'] } : undefined;
    case 'error': {
      const message = raw['message'];
      return typeof message === 'string' ? { type: 'error', message: message.slice(0, 2000) } : undefined;
    }
    default:
      return undefined;
  }
}

export const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';

/** The bytes of a PNG data URL, or undefined when it is not a base64 PNG. */
export function pngBytes(dataUrl: string): Uint8Array | undefined {
  if (!dataUrl.startsWith(PNG_DATA_URL_PREFIX)) return undefined;
  const bytes = Buffer.from(dataUrl.slice(PNG_DATA_URL_PREFIX.length), 'base64');
  // The PNG signature: 0x89 'P' 'N' 'G' CR LF 0x1A LF.
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < signature.length || signature.some((b, i) => bytes[i] !== b)) return undefined;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isRenderReport(v: unknown): v is RenderReport {
  return (
    isRecord(v) &&
    typeof v['seq'] === 'number' &&
    typeof v['renderMs'] === 'number' &&
    typeof v['frameMs'] === 'number' &&
    typeof v['samplesPerStream'] === 'number' &&
    Array.isArray(v['charts']) &&
    v['charts'].every(
      (c) =>
        isRecord(c) &&
        typeof c['id'] === 'string' &&
        typeof c['points'] === 'number' &&
        typeof c['valuedPoints'] === 'number' &&
        typeof c['series'] === 'number' &&
        typeof c['thresholdLines'] === 'number' &&
        typeof c['findingSpans'] === 'number',
    )
  );
}

function isViewState(v: unknown): v is WebviewViewState {
  if (!isRecord(v) || typeof v['panelKey'] !== 'string') return false;
  if (v['callId'] !== undefined && typeof v['callId'] !== 'string') return false;
  if (v['series'] !== undefined && v['series'] !== 'samples' && v['series'] !== 'perSecond') return false;
  if (v['range'] !== undefined && v['range'] !== 'call' && v['range'] !== 'log') return false;
  const zoom = v['zoom'];
  if (
    zoom !== undefined &&
    !(isRecord(zoom) && typeof zoom['min'] === 'number' && typeof zoom['max'] === 'number')
  )
    return false;
  return true;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
