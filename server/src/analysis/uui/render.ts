/**
 * Decoded UUI values as Markdown (the Decode UUI view) and as plain text (the CLI). Everything from
 * the header is untrusted: it goes through escaping, code spans or a fenced block.
 */
import { codeSpan, escapeMarkdown, table } from '../markdown';
import { uuiMessages as m } from './messages';
import type { UuiDecodeResult, UuiProblem } from './types';

/** A fenced code block whose fence is longer than any backtick run in the text. */
function codeBlock(text: string, maxLength = 20_000): string {
  const cut = text.length > maxLength ? text.slice(0, maxLength) + '…' : text;
  let longest = 0;
  let run = 0;
  for (let i = 0; i < cut.length; i++) {
    if (cut.charCodeAt(i) === 96) longest = Math.max(longest, ++run);
    else run = 0;
  }
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${cut}\n${fence}`;
}

function severityLabel(p: UuiProblem): string {
  return m.t(`severity_${p.severity ?? 'error'}`);
}

/** 1-based column of a problem in the input the user gave. */
function column(p: UuiProblem): number {
  return p.offset + 1;
}

/** Several decoded values as one Markdown document. */
export function uuiMarkdown(results: readonly UuiDecodeResult[]): string {
  if (results.length === 0) return escapeMarkdown(m.t('nothing'));
  return results
    .map((r, i) => {
      const heading =
        results.length > 1
          ? m.t('valueHeading', { index: i + 1, count: results.length })
          : m.t('valueHeadingOne');
      const parts = [`## ${escapeMarkdown(heading)}`];
      parts.push(`**${m.t('decodedText')}:**`);
      parts.push(
        r.text !== undefined && r.text.length > 0 ? codeBlock(r.text) : `_${escapeMarkdown(m.t('noText'))}_`,
      );
      if (r.fields.length > 0)
        parts.push(
          table(
            [m.t('field'), m.t('value')],
            r.fields.map((f) => [f.label, f.value]),
          ),
        );
      if (r.problems.length > 0) {
        parts.push(`**${m.t('problems')}:**`);
        parts.push(
          r.problems
            .map(
              (p) =>
                `- **${escapeMarkdown(severityLabel(p))}** ${escapeMarkdown(m.t('at', { column: column(p) }))}: ${escapeMarkdown(p.message, 1000)}${p.code ? ` ${codeSpan(p.code)}` : ''}`,
            )
            .join('\n'),
        );
      }
      return parts.join('\n\n');
    })
    .join('\n\n---\n\n');
}

/** Several decoded values as plain text for terminals. */
export function uuiText(results: readonly UuiDecodeResult[]): string {
  if (results.length === 0) return m.t('nothing');
  return results
    .map((r, i) => {
      const lines = [
        results.length > 1
          ? m.t('valueHeading', { index: i + 1, count: results.length })
          : m.t('valueHeadingOne'),
      ];
      lines.push(`  ${m.t('decodedText')}: ${r.text ?? m.t('noText')}`);
      for (const f of r.fields) lines.push(`  ${f.label}: ${f.value}`);
      for (const p of r.problems)
        lines.push(
          `  ${severityLabel(p)} ${m.t('at', { column: column(p) })}: ${p.message}${p.code ? ` [${p.code}]` : ''}`,
        );
      return lines.join('\n');
    })
    .join('\n\n');
}
