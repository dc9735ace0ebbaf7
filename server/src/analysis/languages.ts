/** The languages Callsight analyses, by id. */
import type { LanguageAnalyzer, LanguageId } from './analyzer';
import { ccpAnalyzer } from './ccp/analyzer';
import { sipAnalyzer } from './sip/analyzer';

export const analyzers: Readonly<Record<LanguageId, LanguageAnalyzer>> = {
  'ccp-log': ccpAnalyzer,
  'sip-trace': sipAnalyzer,
};

export function analyzerFor(languageId: string): LanguageAnalyzer | undefined {
  return languageId === 'ccp-log' || languageId === 'sip-trace' ? analyzers[languageId] : undefined;
}
