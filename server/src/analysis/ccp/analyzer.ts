/**
 * The CCP log language: parses once into a {@link CcpModel} and answers findings, hovers, semantic
 * tokens, symbols, folding and audio metrics from it.
 */
import type { DocumentAnalysis, LanguageAnalyzer } from '../analyzer';
import type { CancellationToken } from '../cancellation';
import type { Finding, OffsetRange } from '../findings';
import type { FoldRange, HoverResult, SemanticToken, SymbolNode, TimeLookup } from '../features';
import type { CallsightSettings } from '../settings';
import type { AudioMetricsResult } from '../../protocol';
import { contactDefinition, contactReferences } from './features/navigation';
import { foldingRanges } from './features/folding';
import { hoverAt } from './features/hover';
import { lookupTime } from './features/logWindow/lookupTime';
import { semanticTokens } from './features/tokens';
import { outline } from './features/symbols';
import { CcpModel } from './model/model';
import { runRules } from './rules';
import { audioMetrics } from './series';

class CcpAnalysis implements DocumentAnalysis {
  readonly languageId = 'ccp-log' as const;
  private readonly findingsBySettings = new WeakMap<CallsightSettings, readonly Finding[]>();

  constructor(readonly model: CcpModel) {}

  findings(settings: CallsightSettings, token?: CancellationToken): readonly Finding[] {
    let found = this.findingsBySettings.get(settings);
    if (!found) {
      found = runRules(this.model, settings, token);
      this.findingsBySettings.set(settings, found);
    }
    return found;
  }

  hover(offset: number, settings: CallsightSettings): HoverResult | undefined {
    return hoverAt(this.model, offset, settings, () => this.findings(settings));
  }

  semanticTokens(range: OffsetRange): readonly SemanticToken[] {
    return semanticTokens(this.model, range);
  }

  symbols(settings: CallsightSettings): readonly SymbolNode[] {
    return outline(this.model, settings);
  }

  foldingRanges(limit: number): readonly FoldRange[] {
    return foldingRanges(this.model, limit);
  }

  definition(offset: number): readonly OffsetRange[] {
    return contactDefinition(this.model, offset);
  }

  references(offset: number): readonly OffsetRange[] {
    return contactReferences(this.model, offset);
  }

  /** The time of the entry holding `offset` (the metrics panel marks the editor cursor with it). */
  timeAt(offset: number): number | undefined {
    const e = this.model.entryAt(offset);
    return e?.timed ? e.time : undefined;
  }

  lookupTime(input: string, settings: CallsightSettings): TimeLookup {
    return lookupTime(this.model, input, settings.timeZone);
  }

  audioMetrics(settings: CallsightSettings): AudioMetricsResult {
    return audioMetrics(this.model, settings, this.findings(settings));
  }
}

export const ccpAnalyzer: LanguageAnalyzer = {
  languageId: 'ccp-log',
  analyze(text: string, token?: CancellationToken): DocumentAnalysis {
    return new CcpAnalysis(new CcpModel(text, token));
  },
};

/** The model behind an analysis (tests and the benchmark look inside). */
export function modelOf(analysis: DocumentAnalysis): CcpModel | undefined {
  return analysis instanceof CcpAnalysis ? analysis.model : undefined;
}
