import type { DocumentAnalysis, LanguageAnalyzer } from '../analyzer';

/** SIP trace analysis (placeholder until the SIP parser lands). */
export const sipAnalyzer: LanguageAnalyzer = {
  languageId: 'sip-trace',
  analyze(): DocumentAnalysis {
    return {
      languageId: 'sip-trace',
      findings: () => [],
      hover: () => undefined,
      semanticTokens: () => [],
      symbols: () => [],
      foldingRanges: () => [],
    };
  },
};
