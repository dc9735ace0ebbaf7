/**
 * The SIP trace language: parses the text once into the trace model and answers findings, hovers,
 * semantic tokens, outline, folding and navigation from it.
 */
import type { DocumentAnalysis, LanguageAnalyzer } from '../analyzer';
import type { CancellationToken } from '../cancellation';
import type { FoldRange, HoverResult, SemanticToken, SymbolNode } from '../features';
import type { Finding, OffsetRange } from '../findings';
import type { CallsightSettings } from '../settings';
import { LineIndex } from '../text/lineIndex';
import { sipFolding } from './features/folding';
import { countProblemsByDialog, sipHover, type ProblemCounts } from './features/hover';
import { sipDefinition, sipReferences } from './features/navigation';
import { sipOutline } from './features/outline';
import { sipTokens } from './features/tokens';
import { buildTrace } from './model/buildTrace';
import { classifyPeers, type DialogPeers } from './model/peers';
import type { SipTrace } from './model/types';
import { runSipRules } from './rules';

const NO_PROBLEMS: ProblemCounts = { error: 0, warning: 0, other: 0 };

/** One SIP trace document's analysis. */
export class SipDocumentAnalysis implements DocumentAnalysis {
  readonly languageId = 'sip-trace' as const;
  private peersCache: DialogPeers[] | undefined;
  private findingsCache: { settings: CallsightSettings; findings: Finding[] } | undefined;
  private problemsCache: { findings: Finding[]; byDialog: Map<number, ProblemCounts> } | undefined;
  private lines: LineIndex | undefined;

  constructor(readonly trace: SipTrace) {}

  private peers(): DialogPeers[] {
    this.peersCache ??= classifyPeers(this.trace);
    return this.peersCache;
  }

  findings(settings: CallsightSettings, token?: CancellationToken): readonly Finding[] {
    if (this.findingsCache?.settings === settings) return this.findingsCache.findings;
    const findings = runSipRules(this.trace, settings, this.peers(), token);
    this.findingsCache = { settings, findings };
    return findings;
  }

  hover(offset: number, settings: CallsightSettings): HoverResult | undefined {
    return sipHover(
      {
        trace: this.trace,
        dialogProblems: (dialog) => {
          const findings = this.findings(settings) as Finding[];
          if (this.problemsCache?.findings !== findings)
            this.problemsCache = { findings, byDialog: countProblemsByDialog(this.trace, findings) };
          return this.problemsCache.byDialog.get(dialog) ?? NO_PROBLEMS;
        },
      },
      offset,
    );
  }

  semanticTokens(range: OffsetRange): readonly SemanticToken[] {
    return sipTokens(this.trace, range);
  }

  symbols(settings: CallsightSettings): readonly SymbolNode[] {
    return sipOutline(this.trace, settings.maxSymbols);
  }

  foldingRanges(limit: number): readonly FoldRange[] {
    this.lines ??= new LineIndex(this.trace.text);
    return sipFolding(this.trace, this.lines, Math.min(limit, 100_000));
  }

  definition(offset: number): readonly OffsetRange[] {
    return sipDefinition(this.trace, offset);
  }

  references(offset: number): readonly OffsetRange[] {
    return sipReferences(this.trace, offset);
  }
}

export const sipAnalyzer: LanguageAnalyzer = {
  languageId: 'sip-trace',
  analyze(text: string, token?: CancellationToken): DocumentAnalysis {
    return new SipDocumentAnalysis(buildTrace(text, token));
  },
};
