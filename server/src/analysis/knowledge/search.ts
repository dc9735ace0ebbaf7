/**
 * Catalog search by number, name and words: every word of the query must appear somewhere in the
 * entry (code, name, aliases, title, meaning, causes, fixes); code and name hits rank first.
 */
import { allIndexedRows, systemRank, toEntry } from './catalog';
import { systemLabel } from './messages';
import type { KnowledgeEntry } from './types';

/** Longest query looked at. */
const MAX_QUERY = 500;

interface Scored {
  readonly entry: KnowledgeEntry;
  readonly score: number;
  readonly order: number;
}

/** Quotes and brackets around a word; a loop, since `[…]+$` retries from every position of a long run. */
function stripQuotes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && '"\'`('.includes(word[start]!)) start++;
  while (end > start && '"\'`).:'.includes(word[end - 1]!)) end--;
  return word.slice(start, end);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,;]+/)
    .map(stripQuotes)
    .filter((w) => w.length > 0);
}

/** Whether `word` starts a word of `text` (both lower case): "ice" finds "ICE" but not "service". */
function startsWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (at === 0 || !/[a-z0-9]/.test(text[at - 1]!)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

function scoreWord(word: string, entry: KnowledgeEntry, label: string): number {
  const code = entry.code.toLowerCase();
  if (code === word) return 100;
  if (entry.range && /^\d+$/.test(word)) {
    const n = Number(word);
    if (n >= entry.range[0] && n <= entry.range[1]) return 90;
  }
  if ((entry.aliases ?? []).some((a) => a.toLowerCase() === word)) return 80;
  if (code.startsWith(word)) return 50;
  if ((entry.rules ?? []).some((r) => r === word || r.endsWith(`/${word}`))) return 40;
  if (entry.name !== undefined && startsWord(entry.name.toLowerCase(), word)) return 30;
  if (startsWord(entry.title.toLowerCase(), word)) return 25;
  if (code.includes(word) || (entry.aliases ?? []).some((a) => a.toLowerCase().includes(word))) return 20;
  if (startsWord(label.toLowerCase(), word)) return 10;
  if (startsWord(entry.meaning.toLowerCase(), word)) return 8;
  const rest = [...entry.causes, ...entry.fixes, ...(entry.rules ?? [])].join('\n').toLowerCase();
  return startsWord(rest, word) ? 4 : 0;
}

/**
 * Entries matching a query, best first. An empty query lists the whole catalog in display order.
 * `limit` caps the answer (default: no cap).
 */
export function searchCatalog(query: string, limit = Number.MAX_SAFE_INTEGER): KnowledgeEntry[] {
  const ws = words(query.slice(0, MAX_QUERY));
  const scored: Scored[] = [];
  let order = 0;
  for (const { system, row } of allIndexedRows()) {
    const entry = toEntry(system, row);
    order++;
    if (ws.length === 0) {
      scored.push({ entry, score: 0, order });
      continue;
    }
    const label = systemLabel(system);
    let total = 0;
    let all = true;
    for (const w of ws) {
      const s = scoreWord(w, entry, label);
      if (s === 0) {
        all = false;
        break;
      }
      total += s;
    }
    if (all) scored.push({ entry, score: total, order });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score || systemRank(a.entry.system) - systemRank(b.entry.system) || a.order - b.order,
  );
  return scored.slice(0, Math.max(0, limit)).map((s) => s.entry);
}
