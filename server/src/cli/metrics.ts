/** `callsight metrics <ccp-log> [--format json|csv]`: the audio-metrics series the webview plots. */
import { detectLanguage } from '../analysis/detect';
import { analyzers } from '../analysis/languages';
import { metricsCsv } from '../analysis/metricsCsv';
import { DEFAULT_SETTINGS } from '../analysis/settings';
import { UsageError } from './args';
import type { CliIo } from './io';
import { cliMessages } from './messages';
import { formatOption, parseCommandArgs, readInput } from './options';

const FORMATS = ['json', 'csv'] as const;

/** Exit 0 with the series, 2 on usage, unreadable input or a file that is not a CCP log. */
export async function runMetrics(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, ['--format']);
  const format = formatOption(args, FORMATS);
  const [file, ...extra] = args.positionals;
  if (file === undefined) throw new UsageError(cliMessages.t('noFiles'));
  if (extra.length > 0) throw new UsageError(cliMessages.t('oneFileOnly'));
  const text = await readInput(file, io);
  if (text === undefined) return 2;
  if (detectLanguage(text, file) !== 'ccp-log') {
    io.err(cliMessages.t('notCcpLog', { file }) + '\n');
    return 2;
  }
  const result = analyzers['ccp-log'].analyze(text).audioMetrics?.(DEFAULT_SETTINGS);
  if (!result) {
    io.err(cliMessages.t('notCcpLog', { file }) + '\n');
    return 2;
  }
  io.out(format === 'csv' ? metricsCsv(result) : JSON.stringify(result) + '\n');
  return 0;
}
