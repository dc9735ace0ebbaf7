/** Conversions between the core's offset-based results and LSP types. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Range,
} from 'vscode-languageserver/node';
import type { Finding, OffsetRange, Severity } from '../analysis/findings';
import type { FoldRange, SemanticToken, SymbolNode } from '../analysis/features';

export function toRange(document: TextDocument, r: OffsetRange): Range {
  return { start: document.positionAt(r.start), end: document.positionAt(Math.max(r.start, r.end)) };
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(document: TextDocument, f: Finding, withRelated: boolean): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(document, f),
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'callsight',
    message: f.message,
  };
  if (withRelated && f.related && f.related.length > 0) {
    diagnostic.relatedInformation = f.related.slice(0, 50).map((r) => ({
      location: { uri: document.uri, range: toRange(document, r) },
      message: r.message,
    }));
  }
  return diagnostic;
}

export function toDocumentSymbol(document: TextDocument, s: SymbolNode): DocumentSymbol {
  const range = toRange(document, s);
  let selectionRange = toRange(document, s.selection);
  if (s.selection.start < s.start || s.selection.end > s.end) selectionRange = range;
  const symbol: DocumentSymbol = {
    name: s.name.length > 0 ? s.name : '?',
    kind: s.kind,
    range,
    selectionRange,
  };
  if (s.detail !== undefined) symbol.detail = s.detail;
  if (s.children && s.children.length > 0)
    symbol.children = s.children.map((c) => toDocumentSymbol(document, c));
  return symbol;
}

export function toFoldingRange(f: FoldRange): FoldingRange {
  const range: FoldingRange = { startLine: f.startLine, endLine: f.endLine };
  if (f.kind) range.kind = f.kind;
  return range;
}

/** Encodes tokens (sorted, single-line) into LSP's relative integer form. */
export function encodeSemanticTokens(document: TextDocument, tokens: readonly SemanticToken[]): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens) {
    if (t.length <= 0) continue;
    const pos = document.positionAt(t.start);
    const deltaLine = pos.line - prevLine;
    if (deltaLine < 0) continue;
    const deltaChar = deltaLine === 0 ? pos.character - prevChar : pos.character;
    if (deltaChar < 0) continue;
    data.push(deltaLine, deltaChar, t.length, t.type, t.modifiers);
    prevLine = pos.line;
    prevChar = pos.character;
  }
  return data;
}
