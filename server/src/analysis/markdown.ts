/**
 * Safe Markdown for hovers and explanations. Text that comes from a log or a trace is untrusted: it
 * must never become a link, a command URI, HTML or an image. Every piece of document text goes through
 * {@link escapeMarkdown} or {@link codeSpan} before it joins Markdown.
 */

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:"']/g;

/** Escapes every character Markdown or HTML could interpret, and folds line breaks to spaces. */
export function escapeMarkdown(text: string, maxLength = 500): string {
  const cut = text.length > maxLength ? text.slice(0, maxLength) + '…' : text;
  return cut.replace(/[\r\n\t]+/g, ' ').replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * Shows untrusted text as inline code. Code spans are never links or HTML; the fence is made longer than
 * any run of backticks inside.
 */
export function codeSpan(text: string, maxLength = 200): string {
  let cut = text.length > maxLength ? text.slice(0, maxLength) + '…' : text;
  cut = cut.replace(/[\r\n\t]+/g, ' ');
  let longest = 0;
  let run = 0;
  for (let i = 0; i < cut.length; i++) {
    if (cut.charCodeAt(i) === 96) {
      run++;
      if (run > longest) longest = run;
    } else {
      run = 0;
    }
  }
  const fence = '`'.repeat(longest + 1);
  const pad = cut.startsWith('`') || cut.endsWith('`') || cut.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${cut}${pad}${fence}`;
}

/** A Markdown table from trusted header labels and untrusted cell text. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${header.join(' | ')} |`;
  const rule = `| ${header.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) => `| ${r.map((c) => escapeMarkdown(c, 120)).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}
