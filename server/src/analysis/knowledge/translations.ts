/**
 * Translations of catalog text, kept as data parallel to the English rows: one table per locale,
 * keyed by `<system>:<code>`, each field optional (missing fields fall back to English).
 */
import type { Locale } from '../l10n';
import type { CodeSystem, EntryText } from './types';

/** A translation of some or all of an entry's text. Lists replace the English list as a whole. */
export type EntryTranslation = Partial<EntryText>;

/** Translations of one locale, keyed by {@link translationKey}. */
export type CatalogTranslations = Readonly<Record<string, EntryTranslation>>;

const byLocale = new Map<Locale, Map<string, EntryTranslation>>();

/** The key of an entry in a translation table: `sip:503`, `q850:34`, `ccp-agent-state:MissedCallAgent`. */
export function translationKey(system: CodeSystem, code: string): string {
  return `${system}:${code}`;
}

/** Adds (or replaces) translated entries for a locale. */
export function addKnowledgeTranslations(locale: Locale, table: CatalogTranslations): void {
  const existing = byLocale.get(locale) ?? new Map<string, EntryTranslation>();
  for (const [key, value] of Object.entries(table)) existing.set(key, value);
  byLocale.set(locale, existing);
}

/** The translation of one entry, if the locale has one. */
export function translationOf(
  locale: Locale,
  system: CodeSystem,
  code: string,
): EntryTranslation | undefined {
  if (locale === 'en') return undefined;
  return byLocale.get(locale)?.get(translationKey(system, code));
}

/** The translatable text of one row, in the shape catalog rows are written (lists may come from a class). */
export interface RowTranslation {
  readonly title: string;
  readonly meaning: string;
  readonly causes?: readonly string[];
  readonly fixes?: readonly string[];
}

/**
 * A catalog's translation table from rows keyed by code: rows without their own causes or fixes take
 * them from `advice` (the translated class advice, mirroring how the English rows are built).
 */
export function catalogTranslations(
  system: CodeSystem,
  rows: Readonly<Record<string, RowTranslation>>,
  advice?: (code: string) => { readonly causes: readonly string[]; readonly fixes: readonly string[] },
): CatalogTranslations {
  const table: Record<string, EntryTranslation> = {};
  for (const [code, row] of Object.entries(rows)) {
    const fallback = row.causes && row.fixes ? undefined : advice?.(code);
    const causes = row.causes ?? fallback?.causes;
    const fixes = row.fixes ?? fallback?.fixes;
    table[translationKey(system, code)] = {
      title: row.title,
      meaning: row.meaning,
      ...(causes ? { causes } : {}),
      ...(fixes ? { fixes } : {}),
    };
  }
  return table;
}

/** Every key translated for a locale (for the completeness test: stale keys point at no entry). */
export function translatedKeys(locale: Locale): readonly string[] {
  return [...(byLocale.get(locale)?.keys() ?? [])];
}
