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
