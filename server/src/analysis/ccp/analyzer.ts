import type { DocumentAnalysis, LanguageAnalyzer } from '../analyzer';

/** CCP log analysis (placeholder until the CCP parser lands). */
export const ccpAnalyzer: LanguageAnalyzer = {
  languageId: 'ccp-log',
  analyze(): DocumentAnalysis {
    return {
      languageId: 'ccp-log',
      findings: () => [],
      hover: () => undefined,
      semanticTokens: () => [],
      symbols: () => [],
      foldingRanges: () => [],
    };
  },
};
