/**
 * The shape of a TextMate grammar as VS Code reads it (`*.tmLanguage.json`), narrowed to the keys
 * Callsight's grammars use. vscode-textmate does not export its raw-rule types, hence this copy.
 */

/** What a regex capture group becomes: a scope name, and optionally rules run on the captured text. */
export interface Capture {
  readonly name?: string;
  readonly patterns?: readonly Rule[];
}

/** Capture group number (as a string key, "0" = whole match) → capture. */
export type Captures = Readonly<Record<string, Capture>>;

/** One grammar rule: a `match`, a `begin`/`end` or `begin`/`while` region, or an `include`. */
export interface Rule {
  readonly comment?: string;
  readonly name?: string;
  readonly contentName?: string;
  readonly match?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly while?: string;
  readonly captures?: Captures;
  readonly beginCaptures?: Captures;
  readonly endCaptures?: Captures;
  readonly whileCaptures?: Captures;
  readonly patterns?: readonly Rule[];
  readonly include?: string;
}

/** A whole grammar file. */
export interface Grammar {
  readonly $schema: string;
  readonly name: string;
  readonly scopeName: string;
  readonly comment: string;
  readonly patterns: readonly Rule[];
  readonly repository: Readonly<Record<string, Rule>>;
}

export const TM_SCHEMA = 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json';

/** `{ include: '#name' }` (or another grammar's scope, `source.sdp#rule`). */
export function include(target: string): Rule {
  return { include: target };
}

/** Builds a captures map from group number → scope name (or full capture). */
export function captures(map: Readonly<Record<number, string | Capture>>): Captures {
  const out: Record<string, Capture> = {};
  for (const [group, value] of Object.entries(map)) {
    out[group] = typeof value === 'string' ? { name: value } : value;
  }
  return out;
}
