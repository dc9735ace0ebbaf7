/**
 * The audio metrics panel: one webview per CCP log, beside the editor. The panel asks the server for the
 * log's metric series, posts them to the webview as typed arrays, marks the editor cursor's time, reveals
 * the log entry of a clicked point, refreshes when the log changes and exports CSV and PNG.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { metricsCsv } from '../../../server/src/analysis/metricsCsv';
import {
  AudioMetricsRequest,
  CloseDetachedTextNotification,
  OpenDetachedTextRequest,
  TimeAtOffsetRequest,
  type AudioMetricsParams,
  type AudioMetricsResult,
  type CloseDetachedTextParams,
  type OpenDetachedTextParams,
  type OpenDetachedTextResult,
  type TimeAtOffsetParams,
  type TimeAtOffsetResult,
} from '../../../server/src/protocol';
import type {
  FromWebviewMessage,
  RenderReport,
  ToWebviewMessage,
  WebviewViewState,
} from '../../../webview/src/messages';
import { text } from '../text';
import type { LineIndex } from './lineIndex';
import { buildPanelHtml, newNonce } from './panelHtml';
import { toMetricsPayload } from './payload';
import { parseFromWebview, pngBytes } from './webviewMessages';

export const AUDIO_METRICS_VIEW_TYPE = 'callsight.audioMetrics';

/** Where the panel's log lives: an editor document, or text read from disk because it is too big to sync. */
export type MetricsTarget =
  | { readonly kind: 'document'; readonly uri: vscode.Uri }
  | { readonly kind: 'detached'; readonly uri: vscode.Uri; readonly lines: LineIndex };

/** What tests and the state command can read about a panel. */
export interface AudioMetricsPanelState {
  readonly uri: string;
  readonly kind: MetricsTarget['kind'];
  readonly visible: boolean;
  readonly status: 'loading' | 'ready' | 'empty' | 'error';
  readonly calls: number;
  readonly lastRender: RenderReport | undefined;
  readonly viewState: WebviewViewState | undefined;
  readonly cursorTime: number | null;
}

/** workspaceState key: panel key → the log it shows, so a restored panel finds its log again. */
const PANEL_TARGETS_KEY = 'callsight.audioMetrics.panels';
const CHANGE_DEBOUNCE_MS = 500;
const CURSOR_DEBOUNCE_MS = 120;
const MAX_STORED_TARGETS = 32;

interface StoredTarget {
  readonly uri: string;
  readonly kind: MetricsTarget['kind'];
}

export interface PanelHost {
  readonly context: vscode.ExtensionContext;
  readonly client: () => LanguageClient | undefined;
}

export class AudioMetricsPanel {
  private static readonly panels = new Map<string, AudioMetricsPanel>();
  private static readonly changed = new vscode.EventEmitter<void>();
  /**
   * Fires when what {@link AudioMetricsPanel.state} reports may have changed (status, a render report,
   * view state, cursor time, a panel opened or closed): the in-editor tests wait on it.
   */
  static readonly onDidChangeState: vscode.Event<void> = AudioMetricsPanel.changed.event;

  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private seq = 0;
  private result: { version: number; data: AudioMetricsResult } | undefined;
  private stale = true;
  private status: AudioMetricsPanelState['status'] = 'loading';
  private statusMessage = '';
  private lastRender: RenderReport | undefined;
  private viewState: WebviewViewState | undefined;
  private cursorTime: number | null = null;
  private changeTimer: NodeJS.Timeout | undefined;
  private cursorTimer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;
  /** Editor column the log was in when the panel opened: clicked entries are revealed there. */
  private editorColumn: vscode.ViewColumn;

  /** Shows the panel of `target`, creating it beside the active editor if there is none. */
  static createOrShow(host: PanelHost, target: MetricsTarget): AudioMetricsPanel {
    const key = target.uri.toString();
    const existing = AudioMetricsPanel.panels.get(key);
    if (existing) {
      existing.panel.reveal(undefined, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      AUDIO_METRICS_VIEW_TYPE,
      text.metricsPanelTitle(baseName(target.uri)),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(host.context.extensionUri),
    );
    return new AudioMetricsPanel(host, panel, target, newPanelKey());
  }

  /** Restores a panel VS Code kept across a window reload (see the serializer). */
  static async revive(
    host: PanelHost,
    panel: vscode.WebviewPanel,
    state: unknown,
    resolve: (stored: StoredTarget) => Promise<MetricsTarget | undefined>,
  ): Promise<void> {
    // Options are not persisted with the panel: set them again before the HTML.
    panel.webview.options = webviewOptions(host.context.extensionUri);
    const panelKey = isRecord(state) && typeof state['panelKey'] === 'string' ? state['panelKey'] : undefined;
    const stored = panelKey ? storedTargets(host.context)[panelKey] : undefined;
    const target = stored ? await resolve(stored).catch(() => undefined) : undefined;
    if (!panelKey || !target || AudioMetricsPanel.panels.has(target.uri.toString())) {
      panel.webview.html = '';
      void vscode.window.showWarningMessage(text.metricsRestoreLost());
      panel.dispose();
      return;
    }
    new AudioMetricsPanel(host, panel, target, panelKey);
  }

  /** Every open panel (for the state command and tests). */
  static all(): readonly AudioMetricsPanel[] {
    return [...AudioMetricsPanel.panels.values()];
  }

  private constructor(
    private readonly host: PanelHost,
    private readonly panel: vscode.WebviewPanel,
    private readonly target: MetricsTarget,
    private readonly panelKey: string,
  ) {
    this.editorColumn =
      vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.uri.toString())
        ?.viewColumn ??
      vscode.window.activeTextEditor?.viewColumn ??
      vscode.ViewColumn.One;
    AudioMetricsPanel.panels.set(target.uri.toString(), this);
    AudioMetricsPanel.changed.fire();
    void rememberTarget(host.context, panelKey, { uri: target.uri.toString(), kind: target.kind });
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      panel.onDidChangeViewState(() => {
        // A hidden webview is torn down (no retainContextWhenHidden); it says `ready` again when shown.
        if (!panel.visible) this.ready = false;
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.key && e.contentChanges.length > 0) this.scheduleRefresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('callsight.thresholds') || e.affectsConfiguration('callsight.time')) {
          this.scheduleRefresh();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() === this.key) this.scheduleCursor(e.textEditor);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.uri.toString() === this.key && editor.viewColumn) {
          this.editorColumn = editor.viewColumn;
        }
      }),
    );
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.key);
    if (editor) this.scheduleCursor(editor);
  }

  private get key(): string {
    return this.target.uri.toString();
  }

  state(): AudioMetricsPanelState {
    return {
      uri: this.key,
      kind: this.target.kind,
      visible: this.panel.visible,
      status: this.status,
      calls: this.result?.data.calls.length ?? 0,
      lastRender: this.lastRender,
      viewState: this.viewState,
      cursorTime: this.cursorTime,
    };
  }

  /** Test hook: makes the webview act as if point `index` of chart `chartId` were clicked. */
  simulateClick(chartId: string, index: number): Thenable<boolean> {
    return this.post({ type: 'simulateClick', chartId, index });
  }

  /** Re-reads the metrics now (the refresh that a document change schedules). */
  refresh(): Promise<void> {
    this.stale = true;
    return this.load();
  }

  private html(): string {
    const webview = this.panel.webview;
    const root = vscode.Uri.joinPath(this.host.context.extensionUri, 'dist', 'webview');
    return buildPanelHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'main.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'main.css')).toString(),
      nonce: newNonce(),
    });
  }

  private post(message: ToWebviewMessage): Thenable<boolean> {
    if (!this.ready) return Promise.resolve(false);
    return this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    const message = parseFromWebview(raw);
    if (!message) return;
    void this.handle(message).catch((error: unknown) => this.log(`audio metrics panel: ${describe(error)}`));
  }

  private async handle(message: FromWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.post({
          type: 'init',
          strings: text.webviewStrings(),
          panelKey: this.panelKey,
          locale: vscode.env.language,
        });
        if (this.result && !this.stale) await this.postData();
        else await this.load();
        if (this.cursorTime !== null) await this.post({ type: 'cursorTime', time: this.cursorTime });
        return;
      case 'reveal':
        await this.reveal(message.offset);
        return;
      case 'exportCsv':
        await this.exportCsv(message.callId);
        return;
      case 'exportPng':
        await this.exportPng(message.dataUrl);
        return;
      case 'rendered':
        this.lastRender = message.report;
        AudioMetricsPanel.changed.fire();
        return;
      case 'viewState':
        this.viewState = message.state;
        AudioMetricsPanel.changed.fire();
        return;
      case 'error':
        this.log(`audio metrics webview: ${message.message}`);
        return;
    }
  }

  private scheduleRefresh(): void {
    this.stale = true;
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      // While hidden there is no webview to update; it asks again (`ready`) when shown.
      if (this.ready) void this.load();
    }, CHANGE_DEBOUNCE_MS);
  }

  private scheduleCursor(editor: vscode.TextEditor): void {
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = undefined;
      const offset = editor.document.offsetAt(editor.selection.active);
      void this.updateCursor(offset);
    }, CURSOR_DEBOUNCE_MS);
  }

  private async updateCursor(offset: number): Promise<void> {
    const client = this.host.client();
    if (!client?.isRunning()) return;
    const params: TimeAtOffsetParams = { uri: this.key, offset };
    const answer = await client
      .sendRequest<TimeAtOffsetResult | null>(TimeAtOffsetRequest, params)
      .catch(() => null);
    this.cursorTime = answer?.time ?? null;
    await this.post({ type: 'cursorTime', time: this.cursorTime });
    AudioMetricsPanel.changed.fire();
  }

  /** Requests the metrics (once at a time) and posts them. */
  private load(): Promise<void> {
    if (this.loading) return this.loading;
    this.loading = (async () => {
      try {
        while (this.stale) {
          this.stale = false;
          await this.requestMetrics();
        }
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  private async requestMetrics(): Promise<void> {
    const client = await runningClient(this.host);
    if (!client) {
      await this.setStatus('error', text.metricsNoServer());
      return;
    }
    if (!this.result) await this.setStatus('loading', text.webviewStrings().loading);
    if (this.target.kind === 'document' && !this.openDocument()) {
      // The editor let go of a log nobody looked at: open it again so the server has its text.
      await vscode.workspace.openTextDocument(this.target.uri).then(undefined, () => undefined);
    }
    const version = this.documentVersion();
    const params: AudioMetricsParams = { uri: this.key };
    let data: AudioMetricsResult | null = null;
    try {
      // A document opened by the command reaches the server a moment later: ask again briefly.
      for (let attempt = 0; attempt < 4; attempt++) {
        data = await client.sendRequest<AudioMetricsResult | null>(AudioMetricsRequest, params);
        if (data || this.target.kind === 'detached') break;
        await delay(300);
      }
    } catch (error) {
      await this.setStatus('error', text.metricsRequestFailed(describe(error)));
      return;
    }
    if (!data) {
      this.result = undefined;
      await this.setStatus('empty', text.metricsNoneInLog());
      return;
    }
    this.result = { version, data };
    this.status = data.calls.length > 0 ? 'ready' : 'empty';
    AudioMetricsPanel.changed.fire();
    await this.postData();
  }

  private async postData(): Promise<void> {
    if (!this.result) return;
    this.seq += 1;
    await this.post({ type: 'data', seq: this.seq, payload: toMetricsPayload(this.result.data) });
  }

  private async setStatus(status: 'loading' | 'empty' | 'error', message: string): Promise<void> {
    this.status = status;
    this.statusMessage = message;
    AudioMetricsPanel.changed.fire();
    await this.post({ type: 'status', status, message: this.statusMessage });
  }

  private openDocument(): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.key);
  }

  private documentVersion(): number {
    if (this.target.kind === 'detached') return -1;
    return this.openDocument()?.version ?? -1;
  }

  /** Opens the log at the entry a clicked point came from. */
  private async reveal(offset: number): Promise<void> {
    if (this.target.kind === 'detached') {
      const { line, character } = this.target.lines.positionAt(offset);
      const position = new vscode.Position(line, character);
      await vscode.commands.executeCommand('vscode.open', this.target.uri, {
        selection: new vscode.Range(position, position),
        viewColumn: this.editorColumn,
      });
      return;
    }
    const document = this.openDocument() ?? (await vscode.workspace.openTextDocument(this.target.uri));
    if (this.result && document.version !== this.result.version) {
      // Offsets belong to the analysed version; a newer text may have moved them. Refresh and go anyway.
      this.scheduleRefresh();
    }
    const position = document.positionAt(Math.min(offset, document.getText().length));
    const line = document.lineAt(position.line);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: this.editorColumn,
      preserveFocus: false,
      selection: new vscode.Range(position, line.range.end),
    });
    editor.revealRange(line.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async exportCsv(callId: string | null): Promise<void> {
    if (!this.result) return;
    const csv = metricsCsv(this.result.data, callId !== null ? { callIds: [callId] } : {});
    await this.save(new TextEncoder().encode(csv), 'csv', text.metricsExportCsvTitle(), {
      [text.csvFilter()]: ['csv'],
    });
  }

  private async exportPng(dataUrl: string): Promise<void> {
    const bytes = pngBytes(dataUrl);
    if (!bytes) return;
    await this.save(bytes, 'png', text.metricsExportPngTitle(), { [text.pngFilter()]: ['png'] });
  }

  private async save(
    bytes: Uint8Array,
    extension: string,
    title: string,
    filters: Record<string, string[]>,
  ): Promise<void> {
    const name = `${baseName(this.target.uri).replace(/\.[^.]*$/, '')}.metrics.${extension}`;
    const folder =
      this.target.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(this.target.uri, '..');
    const destination = await vscode.window.showSaveDialog({
      title,
      filters,
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    });
    if (!destination) return;
    try {
      await vscode.workspace.fs.writeFile(destination, bytes);
      void vscode.window.setStatusBarMessage(text.metricsExported(baseName(destination)), 4000);
    } catch (error) {
      void vscode.window.showErrorMessage(text.metricsExportFailed(describe(error)));
    }
  }

  private log(line: string): void {
    this.host.client()?.outputChannel.appendLine(line);
  }

  private dispose(): void {
    AudioMetricsPanel.panels.delete(this.key);
    AudioMetricsPanel.changed.fire();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    if (this.target.kind === 'detached') {
      const params: CloseDetachedTextParams = { uri: this.key };
      void this.host.client()?.sendNotification(CloseDetachedTextNotification, params);
    }
    while (this.disposables.length > 0) this.disposables.pop()?.dispose();
  }
}

/** Sends the text of a file too big for the editor to the server (see `callsight/openDetachedText`). */
export async function openDetachedText(
  client: LanguageClient,
  uri: vscode.Uri,
  content: string,
): Promise<OpenDetachedTextResult | null> {
  const params: OpenDetachedTextParams = { uri: uri.toString(), languageId: 'ccp-log', text: content };
  return client.sendRequest<OpenDetachedTextResult | null>(OpenDetachedTextRequest, params);
}

/** Scripts on; resources only from the webview bundle folder (not the workspace, not the extension). */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
    enableFindWidget: false,
  };
}

export function storedTargets(context: vscode.ExtensionContext): Readonly<Record<string, StoredTarget>> {
  const raw = context.workspaceState.get<unknown>(PANEL_TARGETS_KEY);
  return isRecord(raw) ? (raw as Record<string, StoredTarget>) : {};
}

/**
 * Remembers which log a panel key stands for. Entries are not removed when a panel closes (a window
 * reload may dispose panels it is about to restore); the oldest go once there are more than
 * {@link MAX_STORED_TARGETS}.
 */
async function rememberTarget(
  context: vscode.ExtensionContext,
  key: string,
  target: StoredTarget,
): Promise<void> {
  const entries = Object.entries(storedTargets(context)).filter(([k]) => k !== key);
  entries.push([key, target]);
  await context.workspaceState.update(
    PANEL_TARGETS_KEY,
    Object.fromEntries(entries.slice(-MAX_STORED_TARGETS)),
  );
}

/** A random key (not a secret: it only names the panel's entry in the workspace state). */
function newPanelKey(): string {
  return newNonce().replace(/[^A-Za-z0-9]/g, '');
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The language client once it runs: a panel restored at startup may ask before the server is up, so wait
 * a little (not forever: a server that fails to start is reported).
 */
export async function runningClient(
  host: PanelHost,
  timeoutMs = 15_000,
): Promise<LanguageClient | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = host.client();
    if (client?.isRunning()) return client;
    if (Date.now() >= deadline) return undefined;
    await delay(200);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
