import type { Finding } from './findings';
import { defineMessages } from './l10n';
import { escapeMarkdown } from './markdown';

const messages = defineMessages('explanation', {
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
    `**${messages.explain('seen')}:** ${escapeMarkdown(e.seen, 2000)}`,
    `**${messages.explain('why')}:** ${escapeMarkdown(e.why, 2000)}`,
    `**${messages.explain('cause')}:** ${escapeMarkdown(e.cause, 2000)}`,
    `**${messages.explain('fix')}:** ${escapeMarkdown(e.fix, 2000)}`,
  ];
  if (finding.count && finding.count > 1)
    parts.push(`_${messages.explain('occurrences', { count: finding.count })}_`);
  if (e.sources && e.sources.length > 0)
    parts.push(`_${messages.explain('sources')}: ${e.sources.join('; ')}_`);
  return parts.join('\n\n');
}
