import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from '../analysis/cancellation';
import type { DocumentAnalysis } from '../analysis/analyzer';
import { analyzerFor } from '../analysis/languages';

interface Entry {
  readonly version: number;
  readonly languageId: string;
  readonly analysis: DocumentAnalysis;
  lastUsed: number;
}

/**
 * One parse per document version: analyses keyed by URI, valid while version and language match.
 * Closed documents are dropped; the oldest entries go when more than `capacity` are held.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private clock = 0;

  constructor(private readonly capacity = 16) {}

  get(document: TextDocument, token?: CancellationToken): DocumentAnalysis | undefined {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.languageId === document.languageId) {
      cached.lastUsed = ++this.clock;
      return cached.analysis;
    }
    const analyzer = analyzerFor(document.languageId);
    if (!analyzer) return undefined;
    const analysis = analyzer.analyze(document.getText(), token);
    this.entries.set(document.uri, {
      version: document.version,
      languageId: document.languageId,
      analysis,
      lastUsed: ++this.clock,
    });
    this.evict();
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  private evict(): void {
    while (this.entries.size > this.capacity) {
      let oldestUri: string | undefined;
      let oldest = Infinity;
      for (const [uri, e] of this.entries) {
        if (e.lastUsed < oldest) {
          oldest = e.lastUsed;
          oldestUri = uri;
        }
      }
      if (oldestUri === undefined) return;
      this.entries.delete(oldestUri);
    }
  }
}
