/** What a parser hands to the model: entries in document order, their field ranges, and what went wrong. */
import type { CcpEntry } from '../model/entry';
import type { ElementTable, ScanProblemKind } from './jsonScanner';

export type LogForm = 'json' | 'console' | 'display' | 'empty';

export type ParseProblemKind =
  | ScanProblemKind
  /** A complete-looking entry that is not valid JSON; fields were recovered one by one. */
  | 'damaged-entry'
  /** JSON, but not an array of CCP entries. */
  | 'not-ccp-json'
  /** Text in which no line has a CCP log shape. */
  | 'no-entries';

export interface ParseProblem {
  readonly kind: ParseProblemKind;
  readonly start: number;
  readonly end: number;
  /** Entries recovered before the problem (for the truncation message). */
  readonly entriesBefore?: number;
}

export interface ParsedLog {
  readonly form: LogForm;
  readonly entries: CcpEntry[];
  /** Field value ranges by entry row (`entry.row`). */
  readonly table: ElementTable;
  readonly problems: ParseProblem[];
  /** Top-level arrays in the JSON form (2 or more: downloads pasted together). */
  readonly arrays: number;
  /** Array elements that were not CCP entries. */
  readonly nonEntries: number;
}
