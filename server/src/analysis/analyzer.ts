/**
 * The contract between a language's analysis and everything that uses it (LSP server, CLI, tests,
 * benchmarks). A language parses text once into a model and returns a {@link DocumentAnalysis} whose
 * methods answer from that model; nothing re-parses.
 */
import type { CancellationToken } from './cancellation';
import type { Finding, OffsetRange } from './findings';
import type { FoldRange, HoverResult, SemanticToken, SymbolNode, TimeLookup } from './features';
import type { CallsightSettings } from './settings';
import type { AudioMetricsResult } from '../protocol';

export type LanguageId = 'ccp-log' | 'sip-trace';

export const LANGUAGE_IDS: readonly LanguageId[] = ['ccp-log', 'sip-trace'];

/** One document's parsed model, with the features computed from it. */
export interface DocumentAnalysis {
  readonly languageId: LanguageId;
  /** Every finding, severity overrides not yet applied (see `applySeverityOverrides`). */
  findings(settings: CallsightSettings, token?: CancellationToken): readonly Finding[];
  hover(offset: number, settings: CallsightSettings): HoverResult | undefined;
  /** Tokens inside `[start, end)`, sorted by offset, none crossing a line end. */
  semanticTokens(range: OffsetRange): readonly SemanticToken[];
  symbols(settings: CallsightSettings): readonly SymbolNode[];
  foldingRanges(limit: number): readonly FoldRange[];
  /** Go to Definition (e.g. a Call-ID to its dialog's first message). */
  definition?(offset: number): readonly OffsetRange[];
  /** Find References (e.g. every message of a dialog). */
  references?(offset: number): readonly OffsetRange[];
  /**
   * Time (epoch ms, as logged) of the entry that contains `offset`, or undefined when there is none.
   * Optional: languages without timed entries leave it out (the audio metrics panel marks the editor
   * cursor's time with it).
   */
  timeAt?(offset: number): number | undefined;
  /**
   * "Go to Time…": where a typed time lands in the log, or why it cannot (bad input, a time outside the
   * window the log covers). Optional: languages without a timeline leave it out.
   */
  lookupTime?(input: string, settings: CallsightSettings): TimeLookup;
  /** Audio metric series for the chart (CCP logs). */
  audioMetrics?(settings: CallsightSettings): AudioMetricsResult;
}

export interface LanguageAnalyzer {
  readonly languageId: LanguageId;
  /** Parses `text` into a model. Never throws on bad input: problems become findings. */
  analyze(text: string, token?: CancellationToken): DocumentAnalysis;
}
