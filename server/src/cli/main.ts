import { setLocale, toLocale, type Locale } from '../analysis/l10n';
import { UsageError } from './args';
import { runCheck } from './check';
import { runExplain } from './explain';
import { processIo, type CliCommand, type CliIo } from './io';
import { cliMessages } from './messages';
import { runMetrics } from './metrics';
import { runUui } from './uui';

/** Subcommands by name. */
const commands: Readonly<Record<string, CliCommand>> = {
  check: runCheck,
  explain: runExplain,
  metrics: runMetrics,
  uui: runUui,
};

/** Locale from `--lang`, else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
function localeFrom(argv: string[]): { locale: Locale; rest: string[] } {
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--lang') chosen = argv[++i];
    else if (a.startsWith('--lang=')) chosen = a.slice('--lang='.length);
    else rest.push(a);
  }
  const env = process.env['LC_ALL'] || process.env['LC_MESSAGES'] || process.env['LANG'];
  return { locale: toLocale(chosen ?? env), rest };
}

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const { locale, rest } = localeFrom([...argv]);
  setLocale(locale);
  const [name, ...args] = rest;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(cliMessages.t('usage') + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(cliMessages.t('unknownCommand', { command: name }) + '\n' + cliMessages.t('usage') + '\n');
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`callsight: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
