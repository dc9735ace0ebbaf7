/** What every subcommand shares: its arguments parsed with the CLI's messages, `--format`, reading inputs. */
import { readFile } from 'node:fs/promises';
import { parseArgs, UsageError, type ParsedArgs } from './args';
import type { CliIo } from './io';
import { cliMessages } from './messages';

/** Parses a subcommand's arguments; unknown options and missing values are usage errors. */
export function parseCommandArgs(
  argv: readonly string[],
  valueOptions: readonly string[],
  booleanOptions: readonly string[] = [],
): ParsedArgs {
  return parseArgs(argv, valueOptions, booleanOptions, {
    unknownOption: (option) => cliMessages.t('unknownOption', { option }),
    missingValue: (option) => cliMessages.t('missingValue', { option }),
  });
}

/** The `--format` value, one of `formats` (the first is the default). */
export function formatOption<const F extends readonly [string, ...string[]]>(
  args: ParsedArgs,
  formats: F,
): F[number] {
  const format = args.values.get('--format') ?? formats[0];
  if (!formats.includes(format)) {
    throw new UsageError(cliMessages.t('badFormat', { format, expected: formats.join('|') }));
  }
  return format;
}

/** Reads a text file; on failure says why on stderr and answers undefined (the caller exits 2). */
export async function readInput(file: string, io: CliIo): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    io.err(
      cliMessages.t('unreadable', { file, reason: error instanceof Error ? error.message : String(error) }) +
        '\n',
    );
    return undefined;
  }
}
