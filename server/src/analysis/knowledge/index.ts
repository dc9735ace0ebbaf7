/**
 * The knowledge base: typed catalogs of codes (SIP responses and Warning codes, Q.850 causes,
 * FreeSWITCH causes, Twilio 32xxx, CCP softphone errors, agent error states, CTI exceptions, CCP log
 * error signatures, Amazon Connect endpoints, Google CCAI requirements). One entry shape serves
 * hovers, the Explain Error Code command and the CLI. Entries come back in the explanation locale,
 * English where a translation is missing.
 */
import { allIndexedRows, findRow, toEntry } from './catalog';
import { codeTokenAt, readToken } from './tokens';
import type { CodeSystem, KnowledgeEntry } from './types';

export type { CatalogRow, CodeSystem, EntryText, KnowledgeEntry, KnowledgeLink } from './types';
export { CODE_SYSTEMS } from './types';
export { codeTokenAt };
export { searchCatalog } from './search';
export { entriesMarkdown, entryMarkdown, entryText } from './render';
export { systemLabel } from './messages';
export {
  addKnowledgeTranslations,
  translationKey,
  type CatalogTranslations,
  type EntryTranslation,
} from './translations';

/**
 * The entry for `code` in `system`, if the catalog has it. Numbers may be given as numbers or
 * strings (`34`, `'034'`); a Twilio code inside a listed range returns the range's entry; an
 * unregistered but well-formed SIP status returns its class's entry.
 */
export function lookupCode(system: CodeSystem, code: string | number): KnowledgeEntry | undefined {
  const row = findRow(system, code);
  return row ? toEntry(system, row) : undefined;
}

/**
 * Every reading of a token such as `503`, `SIP/2.0 503 …`, `cause=34`, `Q.850;cause=16`,
 * `Warning: 399`, `32011`, `ice_collection_timeout`, `MissedCallAgent`, `NetworkingError`,
 * `ccp/ice-collection-timeout`. Ambiguous numbers give one entry per system, most common first.
 */
export function explainToken(token: string): KnowledgeEntry[] {
  return readToken(token).map(({ system, row }) => toEntry(system, row));
}

/** Every entry of every catalog, in display order. */
export function allEntries(): KnowledgeEntry[] {
  return allIndexedRows().map(({ system, row }) => toEntry(system, row));
}

/**
 * The readings of the code under a cursor in a line: the token there first (a status line, a Reason
 * cause, a word); when it has none, the codes anywhere in the line. Only a window around the cursor is
 * read.
 */
export function explainAt(line: string, character: number): { token?: string; entries: KnowledgeEntry[] } {
  const token = codeTokenAt(line, character);
  const entries = token !== undefined ? explainToken(token) : [];
  if (entries.length > 0) return { token, entries };
  const from = Math.max(0, character - 2000);
  const around = line.slice(from, character + 2000);
  const inLine = explainToken(around);
  if (inLine.length > 0)
    return { token: inLine.length === 1 ? inLine[0]!.code : around.trim(), entries: inLine };
  return token !== undefined ? { token, entries: [] } : { entries: [] };
}
