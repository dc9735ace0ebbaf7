/**
 * Entries as readable Markdown (hovers, the Explain Error Code view) and as plain text (the CLI).
 * Catalog text is plain text: every piece is escaped or put in a code span here.
 */
import { codeSpan, escapeMarkdown } from '../markdown';
import { findRow, toEntry } from './catalog';
import { knowledgeMessages as m, systemLabel } from './messages';
import type { KnowledgeEntry, KnowledgeLink } from './types';

/** Most related codes listed before "… and N more". */
const MAX_LINKS = 12;

function linkTitle(link: KnowledgeLink): string {
  const row = findRow(link.system, link.code);
  return row ? toEntry(link.system, row).title : '';
}

function headline(entry: KnowledgeEntry): string {
  return `${systemLabel(entry.system)} ${entry.code} — ${entry.title}`;
}

/** One entry as Markdown: headline, meaning, causes, fixes, related codes, aliases, rules, references. */
export function entryMarkdown(entry: KnowledgeEntry, headingLevel = 3): string {
  const hashes = '#'.repeat(Math.min(Math.max(headingLevel, 1), 6));
  const parts: string[] = [
    `${hashes} ${escapeMarkdown(systemLabel(entry.system))} ${codeSpan(entry.code)} — ${escapeMarkdown(entry.title, 300)}`,
  ];
  if (entry.name !== undefined && entry.name !== entry.title)
    parts.push(`_${m.explain('name')}:_ ${escapeMarkdown(entry.name, 300)}`);
  if (entry.range)
    parts.push(escapeMarkdown(m.explain('range', { from: entry.range[0], to: entry.range[1] })));
  if (entry.level)
    parts.push(
      `_${m.explain('level')}:_ ${m.explain(entry.level === 'error' ? 'levelError' : 'levelWarning')}`,
    );
  parts.push(`**${m.explain('meaning')}:** ${escapeMarkdown(entry.meaning, 2000)}`);
  parts.push(
    `**${m.explain('causes')}:**\n${entry.causes.map((c) => `- ${escapeMarkdown(c, 2000)}`).join('\n')}`,
  );
  parts.push(
    `**${m.explain('fixes')}:**\n${entry.fixes.map((f) => `- ${escapeMarkdown(f, 2000)}`).join('\n')}`,
  );
  if (entry.related && entry.related.length > 0) {
    const shown = entry.related.slice(0, MAX_LINKS).map((l) => {
      const title = linkTitle(l);
      return `- ${escapeMarkdown(systemLabel(l.system))} ${codeSpan(l.code)}${title ? ` — ${escapeMarkdown(title)}` : ''}: ${escapeMarkdown(l.note, 500)}`;
    });
    if (entry.related.length > MAX_LINKS)
      shown.push(`- ${escapeMarkdown(m.explain('more', { count: entry.related.length - MAX_LINKS }))}`);
    parts.push(`**${m.explain('related')}:**\n${shown.join('\n')}`);
  }
  if (entry.aliases && entry.aliases.length > 0)
    parts.push(`**${m.explain('aliases')}:** ${entry.aliases.map((a) => codeSpan(a)).join(', ')}`);
  if (entry.rules && entry.rules.length > 0)
    parts.push(`**${m.explain('rules')}:** ${entry.rules.map((r) => codeSpan(r)).join(', ')}`);
  if (entry.unverified) parts.push(`_⚠ ${escapeMarkdown(m.explain('unverified'))}_`);
  parts.push(
    `_${m.explain('references')}: ${entry.references.map((r) => escapeMarkdown(r, 300)).join('; ')}_`,
  );
  return parts.join('\n\n');
}

/** Several entries (the readings of one token) as one Markdown document. */
export function entriesMarkdown(token: string | undefined, entries: readonly KnowledgeEntry[]): string {
  if (entries.length === 0) return escapeMarkdown(m.explain('noEntries', { token: token ?? '' }));
  const parts: string[] = [];
  if (entries.length > 1 && token !== undefined)
    parts.push(`**${escapeMarkdown(m.explain('readings', { count: entries.length, token }))}**`);
  parts.push(...entries.map((e) => entryMarkdown(e, entries.length > 1 ? 3 : 2)));
  return parts.join('\n\n---\n\n');
}

/** One entry as plain text for terminals. */
export function entryText(entry: KnowledgeEntry): string {
  const lines: string[] = [headline(entry)];
  if (entry.name !== undefined && entry.name !== entry.title)
    lines.push(`  ${m.explain('name')}: ${entry.name}`);
  if (entry.range) lines.push(`  ${m.explain('range', { from: entry.range[0], to: entry.range[1] })}`);
  if (entry.level)
    lines.push(
      `  ${m.explain('level')}: ${m.explain(entry.level === 'error' ? 'levelError' : 'levelWarning')}`,
    );
  lines.push(`  ${m.explain('meaning')}: ${entry.meaning}`);
  lines.push(`  ${m.explain('causes')}:`, ...entry.causes.map((c) => `    - ${c}`));
  lines.push(`  ${m.explain('fixes')}:`, ...entry.fixes.map((f) => `    - ${f}`));
  if (entry.related && entry.related.length > 0) {
    lines.push(`  ${m.explain('related')}:`);
    for (const l of entry.related.slice(0, MAX_LINKS)) {
      const title = linkTitle(l);
      lines.push(`    - ${systemLabel(l.system)} ${l.code}${title ? ` — ${title}` : ''}: ${l.note}`);
    }
    if (entry.related.length > MAX_LINKS)
      lines.push(`    - ${m.explain('more', { count: entry.related.length - MAX_LINKS })}`);
  }
  if (entry.aliases && entry.aliases.length > 0)
    lines.push(`  ${m.explain('aliases')}: ${entry.aliases.join(', ')}`);
  if (entry.rules && entry.rules.length > 0) lines.push(`  ${m.explain('rules')}: ${entry.rules.join(', ')}`);
  if (entry.unverified) lines.push(`  ⚠ ${m.explain('unverified')}`);
  lines.push(`  ${m.explain('references')}: ${entry.references.join('; ')}`);
  return lines.join('\n');
}
