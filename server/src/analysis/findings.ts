/**
 * Findings: what a rule reports about a document. Positions are character offsets into the text the
 * model was parsed from; the LSP layer and the CLI turn them into lines and columns.
 */

/** LSP-compatible severities, plus `off` for a rule the user turned off. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOverride = Severity | 'off';

/** A half-open character range `[start, end)` into the document text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** Another place that belongs to a finding (the other occurrences of a repeated problem, the request a response answers…). */
export interface RelatedPlace extends OffsetRange {
  readonly message: string;
}

/**
 * The explanation a colleague would give: what was seen, why it matters, the likely cause and the concrete fix,
 * each in a sentence or two of plain text (never Markdown: it may quote the document and is escaped when shown).
 * Already rendered in the explanation locale.
 */
export interface Explanation {
  readonly seen: string;
  readonly why: string;
  readonly cause: string;
  readonly fix: string;
  /** Where the facts come from: Callsight's own reference strings (titles or URLs for the user to open; never fetched, never document text). */
  readonly sources?: readonly string[];
}

export interface Finding extends OffsetRange {
  /** Stable rule id such as `ccp/ice-collection-timeout`. */
  readonly rule: string;
  readonly severity: Severity;
  /** One line, rendered in the UI locale. */
  readonly message: string;
  readonly explanation?: Explanation;
  /** How many times the problem was seen when one finding stands for many occurrences. */
  readonly count?: number;
  readonly related?: readonly RelatedPlace[];
}

/** Rule metadata: data, not code. Each language keeps a table of these. */
export interface RuleMeta {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** Where the knowledge behind the rule comes from. */
  readonly source: string;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = {
  error: 0,
  warning: 1,
  information: 2,
  hint: 3,
};
