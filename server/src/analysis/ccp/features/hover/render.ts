/** Small Markdown helpers for hovers: trusted labels in bold, document text always escaped or in code spans. */
import { codeSpan, escapeMarkdown, table } from '../../../markdown';

export { codeSpan, escapeMarkdown, table };

export function title(text: string): string {
  return `**${escapeMarkdown(text, 200)}**`;
}

/** `**label:** value` with an escaped value. */
export function row(label: string, value: string): string {
  return `**${escapeMarkdown(label, 100)}:** ${escapeMarkdown(value, 600)}`;
}

export function paragraph(text: string): string {
  return escapeMarkdown(text, 1500);
}

export function join(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p !== '').join('\n\n');
}
