/**
 * Wires the LSP connection to the analysis core. Handlers fetch the document's cached analysis and
 * convert its offset-based answers; they hold no analysis logic of their own.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ResponseError,
  LSPErrorCodes,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Hover,
  type InitializeResult,
  type Location,
} from 'vscode-languageserver/node';
import type { DocumentAnalysis } from '../analysis/analyzer';
import { OperationCancelled, type CancellationToken } from '../analysis/cancellation';
import { explanationMarkdown } from '../analysis/explanations';
import type { Finding } from '../analysis/findings';
import {
  explanationLocaleFor,
  getExplanationLocale,
  setLocale,
  toLocale,
  type Locale,
} from '../analysis/l10n';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../analysis/semanticTokenLegend';
import { applySeverityOverrides } from '../analysis/severity';
import type { CallsightSettings } from '../analysis/settings';
import type { CallsightInitializationOptions } from '../protocol';
import { AnalysisCache } from './analysisCache';
import { DetachedDocuments } from './detachedDocuments';
import { encodeSemanticTokens, toDiagnostic, toDocumentSymbol, toFoldingRange, toRange } from './convert';
import { registerRequests } from './requests';
import { SettingsStore } from './settingsStore';
import { registerUuiCodeAction } from './uuiCodeAction';

/** Debounce for pushed diagnostics (clients without pull diagnostics). */
const PUSH_DELAY_MS = 300;

/**
 * Test hook for the protocol tests only: analysing a document whose text contains this marker throws, so
 * they can check that one failing document leaves every other one working. Unset in normal use.
 */
const faultMarker = process.env.CALLSIGHT_TEST_FAULT_MARKER;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  const settings = new SettingsStore(connection);
  const detached = new DetachedDocuments();
  /** Findings per URI for the version they were computed for, after severity overrides. */
  const findingsCache = new Map<string, { version: number; findings: readonly Finding[] }>();
  const pushTimers = new Map<string, NodeJS.Timeout>();
  let pullDiagnostics = false;
  let relatedInformation = false;
  let foldingLimit = Number.MAX_SAFE_INTEGER;
  let dynamicConfiguration = false;
  /** The editor's display language, fixed for the life of the server (VS Code restarts on a change). */
  let uiLocale: Locale = 'en';

  /** Runs a handler so that a failure on one document is logged and answered empty, never fatal. */
  async function guard<T>(what: string, uri: string, fallback: T, run: () => Promise<T> | T): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof OperationCancelled) {
        throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      }
      connection.console.error(
        `${what} failed for ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return fallback;
    }
  }

  function analysisOf(
    uri: string,
    token?: CancellationToken,
  ): { document: TextDocument; analysis: DocumentAnalysis } | undefined {
    const document = documents.get(uri) ?? detached.get(uri);
    if (!document) return undefined;
    if (faultMarker && document.getText().includes(faultMarker)) throw new Error('injected fault');
    const analysis = cache.get(document, token);
    return analysis ? { document, analysis } : undefined;
  }

  async function findingsOf(
    document: TextDocument,
    analysis: DocumentAnalysis,
    token?: CancellationToken,
  ): Promise<readonly Finding[]> {
    const cached = findingsCache.get(document.uri);
    if (cached && cached.version === document.version) return cached.findings;
    const userSettings: CallsightSettings = await settings.get(document.uri);
    const findings = applySeverityOverrides(analysis.findings(userSettings, token), userSettings);
    findingsCache.set(document.uri, { version: document.version, findings });
    return findings;
  }

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as Partial<CallsightInitializationOptions>;
    uiLocale = toLocale(options.locale ?? params.locale);
    setLocale(uiLocale, options.explanationLocale ? toLocale(options.explanationLocale) : uiLocale);
    const caps = params.capabilities;
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    relatedInformation =
      caps.textDocument?.publishDiagnostics?.relatedInformation === true || pullDiagnostics;
    settings.setSupported(caps.workspace?.configuration === true);
    foldingLimit = caps.textDocument?.foldingRange?.rangeLimit ?? foldingLimit;
    dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: true,
        semanticTokensProvider: {
          legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
          range: true,
          full: false,
        },
        ...(pullDiagnostics
          ? {
              diagnosticProvider: {
                identifier: 'callsight',
                interFileDependencies: false,
                workspaceDiagnostics: false,
              },
            }
          : {}),
      },
      serverInfo: { name: 'callsight' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) {
      // Ask to be told of configuration changes (the pull model: we re-read what we need).
      connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration(async (change) => {
    settings.clear();
    findingsCache.clear();
    // `callsight.explanations.language` takes effect at once: no restart of the server.
    const explanations = explanationLocaleFor(await settings.explanationLanguage(change.settings), uiLocale);
    if (explanations !== getExplanationLocale()) {
      setLocale(uiLocale, explanations);
      cache.clear(); // analyses may hold text rendered in the previous language
    }
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) schedulePush(d.uri);
  });

  function schedulePush(uri: string): void {
    if (pullDiagnostics) return;
    const previous = pushTimers.get(uri);
    if (previous) clearTimeout(previous);
    pushTimers.set(
      uri,
      setTimeout(() => {
        pushTimers.delete(uri);
        void guard('diagnostics', uri, undefined, async () => {
          const found = analysisOf(uri);
          if (!found) return;
          const { document, analysis } = found;
          const version = document.version;
          const findings = await findingsOf(document, analysis);
          if (documents.get(uri)?.version !== version) return;
          await connection.sendDiagnostics({
            uri,
            version,
            diagnostics: findings.map((f) => toDiagnostic(document, f, relatedInformation)),
          });
        });
      }, PUSH_DELAY_MS),
    );
  }

  documents.onDidOpen((e) => schedulePush(e.document.uri));
  documents.onDidChangeContent((e) => schedulePush(e.document.uri));
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    findingsCache.delete(e.document.uri);
    settings.forget(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params, token) =>
    guard(
      'diagnostics',
      params.textDocument.uri,
      { kind: DocumentDiagnosticReportKind.Full, items: [] } as const,
      async () => {
        const found = analysisOf(params.textDocument.uri, token);
        if (!found) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const { document, analysis } = found;
        const resultId = `${document.version}`;
        if (
          params.previousResultId === resultId &&
          findingsCache.get(document.uri)?.version === document.version
        ) {
          return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        }
        const findings = await findingsOf(document, analysis, token);
        return {
          kind: DocumentDiagnosticReportKind.Full,
          resultId,
          items: findings.map((f) => toDiagnostic(document, f, relatedInformation)),
        };
      },
    ),
  );

  connection.onHover((params) =>
    guard('hover', params.textDocument.uri, null, async (): Promise<Hover | null> => {
      const found = analysisOf(params.textDocument.uri);
      if (!found) return null;
      const { document, analysis } = found;
      const offset = document.offsetAt(params.position);
      const userSettings = await settings.get(document.uri);
      const parts: string[] = [];
      let range: { start: number; end: number } | undefined;
      const hover = analysis.hover(offset, userSettings);
      if (hover) {
        parts.push(hover.markdown);
        range = hover;
      }
      const findings = await findingsOf(document, analysis);
      for (const f of findings) {
        if (f.start <= offset && offset < Math.max(f.end, f.start + 1)) {
          parts.push(explanationMarkdown(f));
          if (parts.length >= 4) break;
        }
      }
      if (parts.length === 0) return null;
      const result: Hover = { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
      if (range) result.range = toRange(document, range);
      return result;
    }),
  );

  connection.languages.semanticTokens.onRange((params) =>
    guard('semantic tokens', params.textDocument.uri, { data: [] }, () => {
      const found = analysisOf(params.textDocument.uri);
      if (!found) return { data: [] };
      const { document, analysis } = found;
      const tokens = analysis.semanticTokens({
        start: document.offsetAt(params.range.start),
        end: document.offsetAt(params.range.end),
      });
      return { data: encodeSemanticTokens(document, tokens) };
    }),
  );

  connection.onDocumentSymbol((params) =>
    guard('document symbols', params.textDocument.uri, [], async () => {
      const found = analysisOf(params.textDocument.uri);
      if (!found) return [];
      const { document, analysis } = found;
      const userSettings = await settings.get(document.uri);
      return analysis.symbols(userSettings).map((s) => toDocumentSymbol(document, s));
    }),
  );

  connection.onFoldingRanges((params) =>
    guard('folding ranges', params.textDocument.uri, [], () => {
      const found = analysisOf(params.textDocument.uri);
      if (!found) return [];
      return found.analysis.foldingRanges(foldingLimit).map(toFoldingRange);
    }),
  );

  connection.onDefinition((params) =>
    guard('definition', params.textDocument.uri, [], (): Location[] => {
      const found = analysisOf(params.textDocument.uri);
      if (!found?.analysis.definition) return [];
      const { document, analysis } = found;
      return (analysis.definition?.(document.offsetAt(params.position)) ?? []).map((r) => ({
        uri: document.uri,
        range: toRange(document, r),
      }));
    }),
  );

  connection.onReferences((params) =>
    guard('references', params.textDocument.uri, [], (): Location[] => {
      const found = analysisOf(params.textDocument.uri);
      if (!found?.analysis.references) return [];
      const { document, analysis } = found;
      return (analysis.references?.(document.offsetAt(params.position)) ?? []).map((r) => ({
        uri: document.uri,
        range: toRange(document, r),
      }));
    }),
  );

  registerUuiCodeAction(connection, (uri) => documents.get(uri));

  detached.onForget((uri) => {
    if (documents.get(uri)) return;
    cache.delete(uri);
    findingsCache.delete(uri);
  });

  registerRequests(connection, {
    guard,
    analysisOf,
    findingsOf,
    settings: (uri) => settings.get(uri),
    detached,
  });

  documents.listen(connection);
  connection.listen();
}
