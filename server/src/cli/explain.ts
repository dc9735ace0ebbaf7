/** `callsight explain <code-or-name>`: the knowledge base on the command line. */
import {
  entryText,
  explainToken,
  searchCatalog,
  systemLabel,
  type KnowledgeEntry,
} from '../analysis/knowledge';
import { UsageError } from './args';
import { formatOption, parseCommandArgs } from './options';
import type { CliIo } from './io';
import { knowledgeCliMessages as km } from './knowledgeMessages';

const FORMATS = ['text', 'json'] as const;

/** Search matches shown when a token has no reading. */
const SUGGESTIONS = 8;

/** An entry as `--format json` prints it. */
function toJson(e: KnowledgeEntry): KnowledgeEntry & { systemLabel: string } {
  return { ...e, systemLabel: systemLabel(e.system) };
}

function line(e: KnowledgeEntry): string {
  return `  ${systemLabel(e.system)} ${e.code} — ${e.title}`;
}

/** Exit 0 when something matched, 1 when nothing did, 2 on usage problems. */
export async function runExplain(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, ['--format'], ['--search']);
  const format = formatOption(args, FORMATS);
  const token = args.positionals.join(' ').trim();
  if (token.length === 0 && !args.flags.has('--search')) throw new UsageError(km.t('noToken'));

  if (args.flags.has('--search')) {
    const found = searchCatalog(token);
    if (format === 'json')
      io.out(JSON.stringify({ query: token, entries: found.map(toJson) }, null, 2) + '\n');
    else io.out([km.t('searchResults', { count: found.length }), ...found.map(line)].join('\n') + '\n');
    return found.length > 0 ? 0 : 1;
  }

  const entries = explainToken(token);
  const suggestions = entries.length === 0 ? searchCatalog(token, SUGGESTIONS) : [];
  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          token,
          entries: entries.map(toJson),
          ...(entries.length === 0 ? { suggestions: suggestions.map(toJson) } : {}),
        },
        null,
        2,
      ) + '\n',
    );
  } else if (entries.length === 0) {
    const lines = [km.t('noMatch', { token })];
    if (suggestions.length > 0) lines.push(km.t('closest'), ...suggestions.map(line));
    io.out(lines.join('\n') + '\n');
  } else {
    const parts = entries.map(entryText);
    if (entries.length > 1) parts.unshift(km.t('readings', { count: entries.length, token }));
    io.out(parts.join('\n\n') + '\n');
  }
  return entries.length > 0 ? 0 : 1;
}
