import type { Finding } from './findings';
import { defineMessages } from './l10n';
import { escapeMarkdown } from './markdown';

/** Labels of a rendered explanation. */
export const explanationMessages = defineMessages('explanation', {
  seen: 'Seen',
  why: 'Why it matters',
  cause: 'Likely cause',
  fix: 'Fix',
  sources: 'Sources',
  occurrences: '{count} occurrences in this file',
});

/**
 * Renders a finding's explanation as Markdown (what was seen, why it matters, likely cause, fix).
 * The explanation fields are plain text (they may quote the document), so each is escaped here; the
 * sources are Callsight's own references and are shown as written.
 */
export function explanationMarkdown(finding: Finding): string {
  const e = finding.explanation;
  const title = `**${escapeMarkdown(finding.message, 300)}** \`${finding.rule}\``;
  if (!e) return title;
  const parts = [
    title,
    `**${explanationMessages.explain('seen')}:** ${escapeMarkdown(e.seen, 2000)}`,
    `**${explanationMessages.explain('why')}:** ${escapeMarkdown(e.why, 2000)}`,
    `**${explanationMessages.explain('cause')}:** ${escapeMarkdown(e.cause, 2000)}`,
    `**${explanationMessages.explain('fix')}:** ${escapeMarkdown(e.fix, 2000)}`,
  ];
  if (finding.count && finding.count > 1)
    parts.push(`_${explanationMessages.explain('occurrences', { count: finding.count })}_`);
  if (e.sources && e.sources.length > 0)
    parts.push(`_${explanationMessages.explain('sources')}: ${e.sources.join('; ')}_`);
  return parts.join('\n\n');
}
