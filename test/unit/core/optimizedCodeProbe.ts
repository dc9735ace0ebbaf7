/**
 * Child process of optimizedCodeKept.test.ts (run with `--expose-gc --trace-deopt`): analyses one
 * document several times, keeping the latest analysis as the server's cache does and collecting all
 * other garbage before each run, and prints a marker before each run so that V8's deoptimization trace
 * can be attributed to it. The document is read from a file so that no other code (a generator) runs
 * in this process.
 *   node --import tsx --expose-gc --trace-deopt test/unit/core/optimizedCodeProbe.ts sip|ccp FILE
 */
import { readFileSync } from 'node:fs';
import type { DocumentAnalysis, LanguageAnalyzer } from '../../../server/src/analysis/analyzer';
import { ccpAnalyzer } from '../../../server/src/analysis/ccp/analyzer';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { sipAnalyzer } from '../../../server/src/analysis/sip/analyzer';

const language = process.argv[2];
const analyzer: LanguageAnalyzer = language === 'ccp' ? ccpAnalyzer : sipAnalyzer;
const text = readFileSync(process.argv[3] ?? '', 'utf8');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

// What the server does between document versions: its cache holds the current analysis until the next
// one replaces it, and a memory-reducing full collection may run in between (after an idle period).
const cache: { analysis?: DocumentAnalysis } = {};
for (let run = 1; run <= 6; run++) {
  gc();
  process.stdout.write(`=== run ${run}\n`);
  cache.analysis = analyzer.analyze(text);
  cache.analysis.findings(DEFAULT_SETTINGS);
}
process.stdout.write('=== end\n');
