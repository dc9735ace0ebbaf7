/**
 * Starts the built language server (dist/server.js) over stdio and speaks LSP to it, as an editor would.
 * Used by the protocol tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  InitializeResult,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';

export const SERVER_PATH = resolve(__dirname, '../../dist/server.js');

export interface LspSession {
  readonly connection: MessageConnection;
  readonly initializeResult: InitializeResult;
  readonly process: ChildProcess;
  /** Opens a document and returns its URI. */
  open(uri: string, languageId: string, text: string, version?: number): Promise<void>;
  change(uri: string, text: string, version: number): Promise<void>;
  /** Resolves with the next diagnostics pushed for `uri`. */
  nextPushedDiagnostics(uri: string, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Server log lines (window/logMessage). */
  readonly logs: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Client capabilities; defaults advertise pull diagnostics, hover markdown, hierarchical symbols. */
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: unknown;
  /** Answers to `workspace/configuration` for the `callsight` section. */
  readonly configuration?: unknown;
  /** Extra Node options before the server script (e.g. `--require` a preload). */
  readonly nodeArgs?: readonly string[];
  /** Extra environment for the server process. */
  readonly env?: Readonly<Record<string, string>>;
}

export const PULL_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { rangeLimit: 5000, lineFoldingOnly: true },
    semanticTokens: {
      requests: { range: true, full: false },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
    publishDiagnostics: { relatedInformation: true },
  },
};

export const PUSH_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: false },
  textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown'] } },
};

export async function startSession(options: SessionOptions = {}): Promise<LspSession> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_PATH, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const logs: string[] = [];
  const waiting = new Map<string, ((p: PublishDiagnosticsParams) => void)[]>();
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = waiting.get(p.uri);
    const next = list?.shift();
    if (next) next(p);
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) =>
    p.items.map(() => options.configuration ?? {}),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.listen();
  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? PULL_CAPABILITIES,
    initializationOptions: options.initializationOptions ?? { locale: 'en' },
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    initializeResult,
    process: child,
    logs,
    async open(uri, languageId, text, version = 1) {
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId, version, text },
      });
    },
    async change(uri, text, version) {
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    },
    nextPushedDiagnostics(uri, timeoutMs = 10_000) {
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`No diagnostics pushed for ${uri}`)), timeoutMs);
        const list = waiting.get(uri) ?? [];
        list.push((p) => {
          clearTimeout(timer);
          resolvePromise(p);
        });
        waiting.set(uri, list);
      });
    },
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // the process may already be gone
      }
      connection.dispose();
      if (child.exitCode === null) {
        await new Promise<void>((r) => {
          const timer = setTimeout(() => {
            child.kill();
            r();
          }, 2000);
          child.once('exit', () => {
            clearTimeout(timer);
            r();
          });
        });
      }
    },
  };
}
