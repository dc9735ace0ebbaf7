/**
 * All catalogs in one index: by system and code, by alias, by numeric range. Rows are turned into
 * {@link KnowledgeEntry} objects in the explanation locale when asked for.
 */
import { getExplanationLocale } from '../l10n';
import { ccpAgentStateCatalog } from './ccpAgentStates';
import { ccpErrorSignatureCatalog } from './ccpErrorSignatures';
import { ccpSoftphoneErrorCatalog } from './ccpSoftphoneErrors';
import { connectEndpointCatalog } from './connectEndpoints';
import { ctiExceptionCatalog } from './ctiExceptions';
import { freeswitchCauseCatalog } from './freeswitchCauses';
import { googleCcaiCatalog } from './googleCcai';
import { knowledgeMessages } from './messages';
import { FREESWITCH_CAUSE_TO_SIP, q850Catalog, RFC3398_SIP_TO_CAUSE } from './q850Causes';
import { sipClassRow, sipResponseCatalog } from './sipResponses';
import { sipWarningCatalog } from './sipWarnings';
import { translationOf } from './translations';
import { twilioCatalog } from './twilioErrors';
import {
  CODE_SYSTEMS,
  type Catalog,
  type CatalogRow,
  type CodeSystem,
  type KnowledgeEntry,
  type KnowledgeLink,
} from './types';

/** Every catalog module, in display order. */
export const CATALOGS: readonly Catalog[] = [
  sipResponseCatalog,
  q850Catalog,
  sipWarningCatalog,
  twilioCatalog,
  ccpSoftphoneErrorCatalog,
  ccpAgentStateCatalog,
  ctiExceptionCatalog,
  ccpErrorSignatureCatalog,
  connectEndpointCatalog,
  googleCcaiCatalog,
  freeswitchCauseCatalog,
];

/** Systems whose codes are numbers (looked up after normalising `034` → `34`). */
export const NUMERIC_SYSTEMS: ReadonlySet<CodeSystem> = new Set<CodeSystem>([
  'sip',
  'sip-warning',
  'q850',
  'freeswitch-cause',
  'twilio',
]);

/** A row with the system it belongs to. */
export interface IndexedRow {
  readonly system: CodeSystem;
  readonly row: CatalogRow;
}

const bySystem = new Map<CodeSystem, Map<string, CatalogRow>>();
const byLowerCode = new Map<CodeSystem, Map<string, CatalogRow>>();
const ranges: IndexedRow[] = [];
const byAlias = new Map<string, IndexedRow[]>();
const byRule = new Map<string, IndexedRow[]>();
const allRows: IndexedRow[] = [];

function push<K>(map: Map<K, IndexedRow[]>, key: K, value: IndexedRow): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.some((v) => v.system === value.system && v.row.code === value.row.code)) list.push(value);
}

for (const catalog of CATALOGS) {
  const codes = new Map<string, CatalogRow>();
  const lower = new Map<string, CatalogRow>();
  for (const row of catalog.rows) {
    const indexed = { system: catalog.system, row };
    allRows.push(indexed);
    codes.set(row.code, row);
    lower.set(row.code.toLowerCase(), row);
    if (row.range) ranges.push(indexed);
    for (const alias of row.aliases ?? []) push(byAlias, alias.toLowerCase(), indexed);
    for (const rule of row.rules ?? []) push(byRule, rule, indexed);
  }
  bySystem.set(catalog.system, codes);
  byLowerCode.set(catalog.system, lower);
}

/** Every row of every catalog, in display order. */
export function allIndexedRows(): readonly IndexedRow[] {
  return allRows;
}

/** `034` → `34`; non-numbers unchanged. */
function normaliseNumber(code: string): string {
  return /^\d{1,9}$/.test(code) ? String(Number(code)) : code;
}

/**
 * The row for a code: exact code, then (for named systems) case-insensitive, then a numeric range,
 * then (SIP only) the class of an unregistered code.
 */
export function findRow(system: CodeSystem, code: string | number): CatalogRow | undefined {
  const raw = String(code).trim();
  if (raw.length === 0 || raw.length > 200) return undefined;
  const numeric = NUMERIC_SYSTEMS.has(system);
  const key = numeric ? normaliseNumber(raw) : raw;
  const exact = bySystem.get(system)?.get(key);
  if (exact) return exact;
  const folded = byLowerCode.get(system)?.get(key.toLowerCase());
  if (folded) return folded;
  // Endpoints are written with paths at times (`<alias>.my.connect.aws/ccp-v2`): the host decides.
  if (system === 'connect-endpoint' && key.includes('/'))
    return findRow(system, key.slice(0, key.indexOf('/')));
  if (numeric && /^\d{1,9}$/.test(key)) {
    const n = Number(key);
    const inRange = ranges.find(
      (r) => r.system === system && r.row.range && n >= r.row.range[0] && n <= r.row.range[1],
    );
    if (inRange) return inRange.row;
    if (system === 'sip') return sipClassRow(n);
  }
  return undefined;
}

/** Whether a SIP row stands for an unregistered code explained by its class. */
export function isClassFallback(system: CodeSystem, row: CatalogRow): boolean {
  return system === 'sip' && row.name === undefined;
}

/** Rows whose alias (case-insensitive) is exactly `text`. */
export function rowsByAlias(text: string): readonly IndexedRow[] {
  return byAlias.get(text.toLowerCase()) ?? [];
}

/** Rows that a Callsight rule id refers to. */
export function rowsByRule(rule: string): readonly IndexedRow[] {
  return byRule.get(rule) ?? [];
}

/** Every alias, for substring scans of longer texts. */
export function allAliases(): IterableIterator<[string, IndexedRow[]]> {
  return byAlias.entries();
}

/** Links between SIP statuses and Q.850 causes (FreeSWITCH mapping, RFC 3398). */
function linksOf(system: CodeSystem, code: string): KnowledgeLink[] {
  const links: KnowledgeLink[] = [];
  const m = knowledgeMessages;
  const freeswitchNote = (cause: number, sip: number, qualifier: string | undefined): string => {
    const params = { cause, sip };
    if (qualifier === 'some-versions') return m.explain('linkFreeswitchSome', params);
    if (qualifier === 'most-versions') return m.explain('linkFreeswitchMost', params);
    if (qualifier === 'if-unanswered') return m.explain('linkFreeswitchUnanswered', params);
    return m.explain('linkFreeswitch', params);
  };
  if (system === 'sip') {
    const sip = Number(code);
    for (const r of RFC3398_SIP_TO_CAUSE)
      if (r.sip === sip)
        links.push({
          system: 'q850',
          code: String(r.cause),
          note: m.explain('linkRfc3398', { sip, cause: r.cause }),
        });
    for (const r of FREESWITCH_CAUSE_TO_SIP)
      if (r.sip === sip && !links.some((l) => l.code === String(r.cause)))
        links.push({
          system: 'q850',
          code: String(r.cause),
          note: freeswitchNote(r.cause, sip, r.qualifier),
        });
  } else if (system === 'q850') {
    const cause = Number(code);
    for (const r of FREESWITCH_CAUSE_TO_SIP)
      if (r.cause === cause)
        links.push({ system: 'sip', code: String(r.sip), note: freeswitchNote(cause, r.sip, r.qualifier) });
    for (const r of RFC3398_SIP_TO_CAUSE)
      if (r.cause === cause && !links.some((l) => l.code === String(r.sip)))
        links.push({
          system: 'sip',
          code: String(r.sip),
          note: m.explain('linkRfc3398', { sip: r.sip, cause }),
        });
  }
  return links;
}

/** A row as an entry in the explanation locale (English where no translation exists). */
export function toEntry(system: CodeSystem, row: CatalogRow): KnowledgeEntry {
  const locale = getExplanationLocale();
  const fallbackKey = isClassFallback(system, row) ? `${row.code[0] ?? ''}xx` : row.code;
  const t = translationOf(locale, system, fallbackKey);
  const links = linksOf(system, row.code);
  return {
    system,
    code: row.code,
    title: t?.title ?? row.title,
    meaning: t?.meaning ?? row.meaning,
    causes: t?.causes ?? row.causes,
    fixes: t?.fixes ?? row.fixes,
    references: row.references,
    ...(row.name !== undefined ? { name: row.name } : {}),
    ...(row.aliases ? { aliases: row.aliases } : {}),
    ...(row.unverified ? { unverified: true } : {}),
    ...(row.range ? { range: row.range } : {}),
    ...(row.level ? { level: row.level } : {}),
    ...(row.rules ? { rules: row.rules } : {}),
    ...(links.length > 0 ? { related: links } : {}),
  };
}

/** Display order of systems, for sorting readings. */
export function systemRank(system: CodeSystem): number {
  return CODE_SYSTEMS.indexOf(system);
}
