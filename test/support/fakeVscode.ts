/**
 * A small stand-in for the `vscode` module, enough to drive the audio metrics panel's client code in Node:
 * events can be fired, and what the code asks of the editor (messages posted, files written, editors
 * shown, dialogs) is recorded in {@link fake}. Not a general VS Code mock.
 */

type Listener<T> = (e: T) => unknown;

export class Disposable {
  constructor(private readonly onDispose: () => void = () => undefined) {}
  dispose(): void {
    this.onDispose();
  }
}

/** An event source with `event` (subscribe) and `fire`. */
export class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  get size(): number {
    return this.listeners.size;
  }
}

/** `vscode.EventEmitter`: the same shape as {@link Emitter}. */
export { Emitter as EventEmitter };

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static parse(value: string): Uri {
    const colon = value.indexOf(':');
    return new Uri(value.slice(0, colon), value.slice(colon + 1).replace(/^\/\//, ''));
  }
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    const parts = base.path.split('/');
    for (const s of segments) {
      if (s === '..') parts.pop();
      else parts.push(s);
    }
    return new Uri(base.scheme, parts.join('/'));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
  Two = 2,
}

export enum TextEditorRevealType {
  Default = 0,
  InCenter = 1,
  InCenterIfOutsideViewport = 2,
}

export class ThemeIcon {
  constructor(readonly id: string) {}
}

export class TabInputText {
  constructor(readonly uri: Uri) {}
}

/** A text document over a string, with the offset/position conversions the panel uses. */
export class FakeDocument {
  constructor(
    readonly uri: Uri,
    public text: string,
    public languageId = 'ccp-log',
    public version = 1,
  ) {}
  getText(): string {
    return this.text;
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
    const lines = before.split('\n');
    return new Position(lines.length - 1, (lines[lines.length - 1] ?? '').length);
  }
  offsetAt(position: Position): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < position.line; i++) offset += (lines[i] ?? '').length + 1;
    return offset + position.character;
  }
  lineAt(line: number): { range: Range } {
    const text = this.text.split('\n')[line] ?? '';
    return { range: new Range(new Position(line, 0), new Position(line, text.length)) };
  }
}

export interface FakePanel {
  readonly viewType: string;
  title: string;
  visible: boolean;
  disposed: boolean;
  readonly webview: {
    options: unknown;
    html: string;
    readonly cspSource: string;
    readonly posted: unknown[];
    asWebviewUri(uri: Uri): Uri;
    postMessage(message: unknown): Promise<boolean>;
    onDidReceiveMessage: Emitter<unknown>['event'];
  };
  readonly received: Emitter<unknown>;
  readonly viewState: Emitter<unknown>;
  readonly disposeEmitter: Emitter<void>;
  onDidDispose: Emitter<void>['event'];
  onDidChangeViewState: Emitter<unknown>['event'];
  reveal(): void;
  dispose(): void;
}

export function createFakePanel(viewType: string, title: string, options: unknown): FakePanel {
  const received = new Emitter<unknown>();
  const viewState = new Emitter<unknown>();
  const disposeEmitter = new Emitter<void>();
  const posted: unknown[] = [];
  const panel: FakePanel = {
    viewType,
    title,
    visible: true,
    disposed: false,
    webview: {
      options,
      html: '',
      cspSource: 'https://webview.fake',
      posted,
      asWebviewUri: (uri) => Uri.parse(`https://webview.fake${uri.path}`),
      postMessage: async (message) => {
        if (!panel.visible) return false;
        posted.push(message);
        return true;
      },
      onDidReceiveMessage: received.event,
    },
    received,
    viewState,
    disposeEmitter,
    onDidDispose: disposeEmitter.event,
    onDidChangeViewState: viewState.event,
    reveal: () => undefined,
    dispose: () => {
      if (panel.disposed) return;
      panel.disposed = true;
      disposeEmitter.fire();
    },
  };
  return panel;
}

/** Everything the fake records, and the knobs tests turn. */
export const fake = {
  panels: [] as FakePanel[],
  documents: [] as FakeDocument[],
  written: [] as { uri: Uri; bytes: Uint8Array }[],
  shown: [] as { document: FakeDocument; options: { selection?: Range; viewColumn?: number } }[],
  warnings: [] as string[],
  executed: [] as { command: string; args: unknown[] }[],
  saveTarget: undefined as Uri | undefined,
  configuration: new Emitter<{ affectsConfiguration(section: string): boolean }>(),
  documentChanged: new Emitter<{ document: FakeDocument; contentChanges: unknown[] }>(),
  selectionChanged: new Emitter<{
    textEditor: { document: FakeDocument; selection: { active: Position } };
  }>(),
  activeEditorChanged: new Emitter<unknown>(),
  reset(): void {
    this.panels.length = 0;
    this.documents.length = 0;
    this.written.length = 0;
    this.shown.length = 0;
    this.warnings.length = 0;
    this.executed.length = 0;
    this.saveTarget = undefined;
  },
};

export const l10n = {
  t: (message: string, ...args: unknown[]): string =>
    message.replace(/\{(\d+)\}/g, (whole, i: string) =>
      args[Number(i)] === undefined ? whole : String(args[Number(i)]),
    ),
};

export const env = { language: 'en' };

export const window = {
  get activeTextEditor(): undefined {
    return undefined;
  },
  get visibleTextEditors(): { document: FakeDocument; viewColumn: number }[] {
    return [];
  },
  tabGroups: { activeTabGroup: { activeTab: undefined } },
  createWebviewPanel(viewType: string, title: string, _show: unknown, options: unknown): FakePanel {
    const panel = createFakePanel(viewType, title, options);
    fake.panels.push(panel);
    return panel;
  },
  onDidChangeTextEditorSelection: fake.selectionChanged.event,
  onDidChangeActiveTextEditor: fake.activeEditorChanged.event,
  showWarningMessage: async (message: string) => {
    fake.warnings.push(message);
    return undefined;
  },
  showErrorMessage: async (message: string) => {
    fake.warnings.push(message);
    return undefined;
  },
  showSaveDialog: async () => fake.saveTarget,
  setStatusBarMessage: () => new Disposable(),
  showTextDocument: async (document: FakeDocument, options: { selection?: Range; viewColumn?: number }) => {
    fake.shown.push({ document, options });
    return { revealRange: () => undefined, document };
  },
  registerWebviewPanelSerializer: () => new Disposable(),
  withProgress: async <T>(_o: unknown, task: (p: unknown, t: unknown) => Promise<T>) =>
    task(
      { report: () => undefined },
      { isCancellationRequested: false, onCancellationRequested: () => new Disposable() },
    ),
};

export const workspace = {
  get textDocuments(): FakeDocument[] {
    return fake.documents;
  },
  onDidChangeTextDocument: fake.documentChanged.event,
  onDidChangeConfiguration: fake.configuration.event,
  openTextDocument: async (uri: Uri) => {
    const found = fake.documents.find((d) => d.uri.toString() === uri.toString());
    if (!found) throw new Error(`cannot open ${uri.toString()}`);
    return found;
  },
  getConfiguration: () => ({ get: <T>(_k: string, d: T) => d }),
  fs: {
    writeFile: async (uri: Uri, bytes: Uint8Array) => {
      fake.written.push({ uri, bytes });
    },
    stat: async () => ({ size: 0 }),
    readFile: async () => new Uint8Array(),
  },
};

export const commands = {
  registerCommand: () => new Disposable(),
  executeCommand: async (command: string, ...args: unknown[]) => {
    fake.executed.push({ command, args });
    return undefined;
  },
};

export const languages = {
  setTextDocumentLanguage: async (document: FakeDocument, languageId: string) => {
    document.languageId = languageId;
    return document;
  },
};

export enum ProgressLocation {
  Notification = 15,
}
