/**
 * Every user-facing string has a Japanese translation with the same placeholders: server and CLI
 * message tables (all registered by server/src/l10n/all.ts), knowledge-base entries, the manifest
 * (package.nls.ja.json) and the client bundle (l10n/bundle.l10n.ja.json). Parts still being
 * translated are named in pending-namespaces.json; anything else missing fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import '../../../server/src/l10n/all';
import { placeholdersOf, registeredTables } from '../../../server/src/analysis/l10n';
import { allIndexedRows } from '../../../server/src/analysis/knowledge/catalog';
import { sipClassRow } from '../../../server/src/analysis/knowledge/sipResponses';
import {
  translatedKeys,
  translationKey,
  translationOf,
} from '../../../server/src/analysis/knowledge/translations';
import { CODE_SYSTEMS, type EntryText } from '../../../server/src/analysis/knowledge/types';
import { bundleText, extractClientStrings, L10N_DIR } from '../../../scripts/l10n/clientStrings';

const root = resolve(__dirname, '..', '..', '..');
const PENDING_FILE = 'test/unit/l10n/pending-namespaces.json';
/** Most problems listed in one failure message. */
const SHOWN = 40;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(resolve(root, path), 'utf8')) as T;
}

const pending = new Set(readJson<{ pending: string[] }>(PENDING_FILE).pending);

/** Fails with every problem, one per line, and a hint on how to fix them. */
function report(problems: readonly string[], hint: string): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, SHOWN);
  if (problems.length > SHOWN) shown.push(`… and ${problems.length - SHOWN} more`);
  assert.fail(`${problems.length} problem(s):\n  ${shown.join('\n  ')}\n${hint}`);
}

/** Sorted placeholder names, so the order may change between languages but not the set. */
function sortedPlaceholders(message: string): string {
  return placeholdersOf(message).sort().join(',');
}

/** Checks one part against pending-namespaces.json: missing items fail unless pending; pending parts must be incomplete. */
function judge(part: string, missing: readonly string[], problems: string[]): void {
  if (missing.length > 0 && !pending.has(part)) problems.push(...missing);
  if (missing.length === 0 && pending.has(part))
    problems.push(`${part}: fully translated, remove it from ${PENDING_FILE}`);
}

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsFiles(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Namespaces of every `defineMessages('<namespace>', …)` call in server/src, with where they are. */
function declaredNamespaces(): { namespaces: Map<string, string>; problems: string[] } {
  const namespaces = new Map<string, string>();
  const problems: string[] = [];
  const call = 'defineMessages(';
  for (const file of tsFiles(resolve(root, 'server/src'))) {
    const where = relative(root, file);
    if (where === join('server', 'src', 'analysis', 'l10n', 'index.ts')) continue; // the definition itself
    const text = readFileSync(file, 'utf8');
    for (let at = text.indexOf(call); at >= 0; at = text.indexOf(call, at + call.length)) {
      let i = at + call.length;
      while (i < text.length && /\s/.test(text.charAt(i))) i++;
      const quote = text.charAt(i);
      const end = quote === "'" || quote === '"' || quote === '`' ? text.indexOf(quote, i + 1) : -1;
      const namespace = end > i ? text.slice(i + 1, end) : '';
      if (namespace === '' || namespace.includes('${'))
        problems.push(`${where}: defineMessages needs a literal namespace as its first argument`);
      else namespaces.set(namespace, where);
    }
  }
  return { namespaces, problems };
}

test('every defineMessages namespace in server/src is registered by server/src/l10n/all.ts', () => {
  const { namespaces, problems } = declaredNamespaces();
  assert.ok(namespaces.size > 0, 'the scan found no defineMessages calls');
  const registered = registeredTables();
  for (const [namespace, file] of namespaces)
    if (!registered.has(namespace))
      problems.push(`${namespace} (${file}) is not imported by server/src/l10n/all.ts`);
  for (const namespace of registered.keys())
    if (!namespaces.has(namespace)) problems.push(`${namespace} is registered but the scan did not find it`);
  report(problems, 'Import every message-defining module in server/src/l10n/all.ts (MESSAGE TABLES).');
});

test('every message of every table has Japanese with the same placeholders', () => {
  const problems: string[] = [];
  for (const [namespace, table] of registeredTables()) {
    const ja = table.translations.get('ja') ?? {};
    const missing: string[] = [];
    for (const [key, en] of Object.entries(table.en)) {
      const text = ja[key];
      if (text === undefined) missing.push(`${namespace}.${key}: no Japanese`);
      else if (text.trim() === '') problems.push(`${namespace}.${key}: empty Japanese`);
      else if (sortedPlaceholders(text) !== sortedPlaceholders(en))
        problems.push(
          `${namespace}.${key}: placeholders {${sortedPlaceholders(en)}} in English, {${sortedPlaceholders(text)}} in Japanese`,
        );
    }
    for (const key of Object.keys(ja))
      if (!(key in table.en)) problems.push(`${namespace}.${key}: Japanese for a key English does not have`);
    judge(namespace, missing, problems);
  }
  report(
    problems,
    `Add the keys to <module>.ja.ts (translation(table, 'ja', {…})) and list it in TRANSLATIONS of server/src/l10n/all.ts, or name the namespace in ${PENDING_FILE}.`,
  );
});

/** Every catalog entry's translation key with its English text, the SIP class fallbacks included. */
function knowledgeEntries(): { key: string; system: string; code: string; en: EntryText }[] {
  const entries = allIndexedRows().map(({ system, row }) => ({
    key: translationKey(system, row.code),
    system,
    code: row.code,
    en: row as EntryText,
  }));
  for (const cls of [1, 2, 3, 4, 5, 6]) {
    const row = sipClassRow(cls * 100);
    assert.ok(row, `class row ${cls}xx`);
    entries.push({ key: `sip:${cls}xx`, system: 'sip', code: `${cls}xx`, en: row });
  }
  return entries;
}

test('every knowledge-base entry has a Japanese title, meaning, causes and fixes', () => {
  const problems: string[] = [];
  const entries = knowledgeEntries();
  assert.ok(entries.length >= 322, `${entries.length} entries`);
  const missingBySystem = new Map<string, string[]>(CODE_SYSTEMS.map((s) => [s, []]));
  for (const { key, system, code, en } of entries) {
    const missing = missingBySystem.get(system)!;
    const ja = translationOf('ja', system as (typeof CODE_SYSTEMS)[number], code);
    if (!ja) {
      missing.push(`${key}: no Japanese`);
      continue;
    }
    for (const field of ['title', 'meaning'] as const)
      if (!ja[field]?.trim()) missing.push(`${key}: no Japanese ${field}`);
    for (const field of ['causes', 'fixes'] as const) {
      const list = ja[field];
      if (!list) missing.push(`${key}: no Japanese ${field}`);
      else if (list.length !== en[field].length)
        problems.push(`${key}: ${en[field].length} ${field} in English, ${list.length} in Japanese`);
      else if (list.some((item) => item.trim() === '')) problems.push(`${key}: an empty item in ${field}`);
    }
  }
  for (const [system, missing] of missingBySystem) judge(`knowledge:${system}`, missing, problems);
  const known = new Set(entries.map((e) => e.key));
  for (const key of translatedKeys('ja'))
    if (!known.has(key)) problems.push(`${key}: Japanese for an entry the catalog does not have`);
  report(
    problems,
    `Translate the entry in server/src/analysis/knowledge/<catalog>.ja.ts, or name "knowledge:<system>" in ${PENDING_FILE}.`,
  );
});

/** Code spans (`…`) of a Markdown setting description, which must survive translation unchanged. */
function codeSpans(text: string): string {
  return (text.match(/`[^`]*`/g) ?? []).sort().join(' ');
}

test('package.nls.ja.json translates every manifest string', () => {
  const en = readJson<Record<string, string>>('package.nls.json');
  const ja = readJson<Record<string, string>>('package.nls.ja.json');
  const problems: string[] = [];
  const missing: string[] = [];
  for (const [key, text] of Object.entries(en)) {
    const translated = ja[key];
    if (translated === undefined) missing.push(`${key}: no Japanese`);
    else if (translated.trim() === '') problems.push(`${key}: empty Japanese`);
    else if (codeSpans(translated) !== codeSpans(text))
      problems.push(`${key}: code spans ${codeSpans(text)} in English, ${codeSpans(translated)} in Japanese`);
  }
  for (const key of Object.keys(ja))
    if (!(key in en)) problems.push(`${key}: in package.nls.ja.json but not in package.nls.json`);
  judge('manifest', missing, problems);
  report(problems, `Add the keys to package.nls.ja.json, or name "manifest" in ${PENDING_FILE}.`);
});

/** `{0}`, `{1}` … of a vscode.l10n message, sorted. */
function indexPlaceholders(text: string): string {
  return (text.match(/\{\d+\}/g) ?? []).sort().join(',');
}

test('l10n bundles: the English one is current and the Japanese one translates every client string', async () => {
  const english = await extractClientStrings(root);
  assert.ok(Object.keys(english).length > 0, 'no vscode.l10n.t strings found in the client');
  const onDisk = readFileSync(resolve(root, L10N_DIR, 'bundle.l10n.json'), 'utf8');
  assert.equal(
    onDisk,
    bundleText(english),
    `${L10N_DIR}/bundle.l10n.json is out of date: run npm run l10n:export`,
  );
  const ja = readJson<Record<string, string>>(`${L10N_DIR}/bundle.l10n.ja.json`);
  const problems: string[] = [];
  const missing: string[] = [];
  for (const message of Object.keys(english)) {
    const translated = ja[message];
    if (translated === undefined) missing.push(`${JSON.stringify(message)}: no Japanese`);
    else if (translated.trim() === '') problems.push(`${JSON.stringify(message)}: empty Japanese`);
    else if (indexPlaceholders(translated) !== indexPlaceholders(message))
      problems.push(`${JSON.stringify(message)}: placeholders differ in Japanese`);
  }
  for (const message of Object.keys(ja))
    if (!(message in english)) problems.push(`${JSON.stringify(message)}: no longer in the client`);
  judge('client', missing, problems);
  report(
    problems,
    `Add the strings to ${L10N_DIR}/bundle.l10n.ja.json (npm run l10n:export lists them), or name "client" in ${PENDING_FILE}.`,
  );
});

test('pending-namespaces.json names only parts that exist', () => {
  const known = new Set<string>([
    ...registeredTables().keys(),
    ...CODE_SYSTEMS.map((s) => `knowledge:${s}`),
    'client',
    'manifest',
  ]);
  const unknown = [...pending].filter((p) => !known.has(p));
  report(
    unknown.map((p) => `${p}: not a message namespace, knowledge:<system>, client or manifest`),
    `Fix ${PENDING_FILE}.`,
  );
});
