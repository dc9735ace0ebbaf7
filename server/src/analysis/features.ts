/**
 * Editor-facing results the core produces, in offsets. The shapes mirror LSP so the server only
 * converts positions.
 */
import type { OffsetRange } from './findings';

/** Markdown hover text (already localized, already escaped: text from the document is never markup). */
export interface HoverResult extends OffsetRange {
  readonly markdown: string;
}

/** LSP SymbolKind values the core uses. */
export const SymbolKinds = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Class: 5,
  Method: 6,
  Property: 7,
  Field: 8,
  Function: 12,
  Variable: 13,
  String: 15,
  Number: 16,
  Object: 19,
  Key: 20,
  EnumMember: 22,
  Event: 24,
  Operator: 25,
} as const;
export type SymbolKind = (typeof SymbolKinds)[keyof typeof SymbolKinds];

export interface SymbolNode extends OffsetRange {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** The part to select when the symbol is revealed; inside `[start, end)`. */
  readonly selection: OffsetRange;
  readonly children?: readonly SymbolNode[];
}

/** A fold, in zero-based lines. */
export interface FoldRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment' | 'region' | 'imports';
}

/** A semantic token on one line: `start` offset, `length` in characters, legend indices. */
export interface SemanticToken {
  readonly start: number;
  readonly length: number;
  readonly type: number;
  readonly modifiers: number;
}

/** Where a "Go to Time" input lands in a log (offsets; the server converts them). */
export interface TimeLookup {
  /**
   * `invalid`: the input is not a time; `noTimes`: the log has no timed entry; `inside`: the time lies in
   * the covered window; `before`/`after`: it lies outside it.
   */
  readonly status: 'invalid' | 'noTimes' | 'inside' | 'before' | 'after';
  /** Why the input cannot be used, or a one-line preview of where it lands (for the input box). */
  readonly message: string;
  /** `before`/`after`: what the log covers, why older history is gone, and the fix. */
  readonly warning?: string;
  /** The typed time, epoch ms. */
  readonly target?: number;
  /** `inside`: the first entry at or after the time (time order); outside: the nearest entry. */
  readonly entry?: OffsetRange;
  /** The covered window: first and last entry time (epoch ms) and the roll markers in the file. */
  readonly window?: { readonly first: number; readonly last: number; readonly rollMarkers: number };
}
