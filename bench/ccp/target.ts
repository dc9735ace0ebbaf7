/** What the CCP benchmark exercises, bundled like the shipped server (see bench/measure.ts `bundle`). */
export { ccpAnalyzer } from '../../server/src/analysis/ccp/analyzer';
export { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';
export { LineIndex } from '../../server/src/analysis/text/lineIndex';
