/**
 * The one handle on the VS Code webview API: `acquireVsCodeApi` may be called only once per page, and the
 * handle stays private to this module.
 */
import type { FromWebviewMessage, WebviewViewState } from './messages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

export function post(message: FromWebviewMessage): void {
  api.postMessage(message);
}

/** The saved view state, when it has the expected shape. */
export function loadViewState(): WebviewViewState | undefined {
  const raw = api.getState();
  if (typeof raw !== 'object' || raw === null) return undefined;
  const state = raw as Partial<WebviewViewState>;
  return typeof state.panelKey === 'string' ? (state as WebviewViewState) : undefined;
}

export function saveViewState(state: WebviewViewState): void {
  api.setState(state);
}
