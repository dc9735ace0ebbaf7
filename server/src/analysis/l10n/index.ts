/**
 * The one localization layer of the server and the CLI.
 *
 * Every user-facing string lives in a message table declared with {@link defineMessages}: English is
 * the source; other locales are added as data with {@link addTranslations}. Placeholders are written
 * `{name}` and filled from a params object. The active locale is process-wide (one server or CLI run
 * speaks one language); explanations may use a second locale (a user setting).
 */

/** Locales Callsight ships. English is the source of every message. */
export type Locale = 'en' | 'ja';

export const SUPPORTED_LOCALES: readonly Locale[] = ['en', 'ja'];

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A namespaced table of messages with a typed `t` that renders one in the active locale. */
export interface MessageCatalog<K extends string> {
  readonly namespace: string;
  readonly keys: readonly K[];
  /** Renders `key` in the UI locale. */
  t(key: K, params?: MessageParams): string;
  /** Renders `key` in the explanation locale (which may differ from the UI locale). */
  explain(key: K, params?: MessageParams): string;
  /** Renders `key` in a given locale. */
  in(locale: Locale, key: K, params?: MessageParams): string;
}

interface RegisteredTable {
  readonly en: Readonly<Record<string, string>>;
  readonly translations: Map<Locale, Readonly<Record<string, string>>>;
}

const tables = new Map<string, RegisteredTable>();
let uiLocale: Locale = 'en';
let explanationLocale: Locale = 'en';

/** Maps any BCP 47 tag (`ja-JP`, `en-US`, `ja`) to a supported locale; English otherwise. */
export function toLocale(tag: string | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  return lower === 'ja' || lower.startsWith('ja-') || lower.startsWith('ja_') ? 'ja' : 'en';
}

/** Sets the UI locale and, unless given separately, the explanation locale. */
export function setLocale(locale: Locale, explanations: Locale = locale): void {
  uiLocale = locale;
  explanationLocale = explanations;
}

export function getLocale(): Locale {
  return uiLocale;
}

export function getExplanationLocale(): Locale {
  return explanationLocale;
}

/** Declares a message table. Namespaces must be unique across the program. */
export function defineMessages<T extends Record<string, string>>(
  namespace: string,
  en: T,
): MessageCatalog<keyof T & string> {
  if (tables.has(namespace)) {
    throw new Error(`Message namespace declared twice: ${namespace}`);
  }
  const table: RegisteredTable = { en, translations: new Map() };
  tables.set(namespace, table);
  const render = (locale: Locale, key: string, params?: MessageParams): string => {
    const source = table.translations.get(locale)?.[key] ?? table.en[key] ?? key;
    return params ? fillPlaceholders(source, params) : source;
  };
  return {
    namespace,
    keys: Object.keys(en) as (keyof T & string)[],
    t: (key, params) => render(uiLocale, key, params),
    explain: (key, params) => render(explanationLocale, key, params),
    in: (locale, key, params) => render(locale, key, params),
  };
}

/** Adds (or replaces) the translations of one namespace for one locale. */
export function addTranslations(
  namespace: string,
  locale: Locale,
  messages: Readonly<Record<string, string>>,
): void {
  const table = tables.get(namespace);
  if (!table) {
    throw new Error(`Unknown message namespace: ${namespace}`);
  }
  table.translations.set(locale, messages);
}

/** The keys of a message table: `MessageKey<typeof uuiMessages>`. */
export type MessageKey<C> = C extends MessageCatalog<infer K> ? K : never;

/**
 * One locale's translation of one message table, as data (see {@link translation}). Registered with
 * {@link registerTranslations}.
 */
export interface Translation {
  readonly namespace: string;
  readonly locale: Locale;
  readonly messages: Readonly<Record<string, string>>;
}

/**
 * Declares the translation of a table. The keys are checked against the English table (a misspelt or
 * removed key is a type error); a key left out falls back to English, and the completeness test
 * (`test/unit/l10n/completeness.test.ts`) lists it.
 */
export function translation<K extends string>(
  catalog: MessageCatalog<K>,
  locale: Locale,
  messages: Readonly<Partial<Record<NoInfer<K>, string>>>,
): Translation {
  return { namespace: catalog.namespace, locale, messages: messages as Readonly<Record<string, string>> };
}

/** Adds translations declared with {@link translation}. */
export function registerTranslations(list: readonly Translation[]): void {
  for (const t of list) addTranslations(t.namespace, t.locale, t.messages);
}

/**
 * The explanation locale for the `callsight.explanations.language` setting: `en` or `ja` as chosen,
 * anything else (`auto`, missing, junk) follows the UI locale.
 */
export function explanationLocaleFor(setting: unknown, ui: Locale): Locale {
  return setting === 'en' || setting === 'ja' ? setting : ui;
}

/** Every registered table, for completeness tests and tooling. */
export function registeredTables(): ReadonlyMap<
  string,
  {
    en: Readonly<Record<string, string>>;
    translations: ReadonlyMap<Locale, Readonly<Record<string, string>>>;
  }
> {
  return tables;
}

/** The placeholder names used in a message, in order of appearance. */
export function placeholdersOf(message: string): string[] {
  const names: string[] = [];
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('{', i);
    if (open < 0) break;
    const close = message.indexOf('}', open + 1);
    if (close < 0) break;
    const name = message.slice(open + 1, close);
    if (isPlaceholderName(name)) names.push(name);
    i = close + 1;
  }
  return names;
}

function isPlaceholderName(name: string): boolean {
  return name.length > 0 && name.length <= 40 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** Replaces `{name}` with params[name]; unknown placeholders stay as written. Linear in the message length. */
export function fillPlaceholders(message: string, params: MessageParams): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('{', i);
    if (open < 0) break;
    const close = message.indexOf('}', open + 1);
    if (close < 0) break;
    const name = message.slice(open + 1, close);
    const value = isPlaceholderName(name) ? params[name] : undefined;
    out += message.slice(i, open) + (value === undefined ? message.slice(open, close + 1) : String(value));
    i = close + 1;
  }
  return out + message.slice(i);
}
