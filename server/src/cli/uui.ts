/** `callsight uui <header-or-value>`: decodes User-to-User headers on the command line. */
import { decodeUuiAll, findUuiHeaderAt, uuiText, type UuiDecodeResult } from '../analysis/uui';
import { UsageError } from './args';
import { formatOption, parseCommandArgs, readInput } from './options';
import type { CliIo } from './io';
import { knowledgeCliMessages as km } from './knowledgeMessages';

const FORMATS = ['text', 'json'] as const;

/** One decoded value, with the file line it came from when read from a file. */
interface Found {
  readonly line?: number;
  readonly input: string;
  readonly values: UuiDecodeResult[];
}

/** Every UUI header in a trace, one line at a time. */
function headersIn(text: string): Found[] {
  const found: Found[] = [];
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    const header = findUuiHeaderAt(text.slice(start, end), 0);
    if (header) found.push({ line: lineNumber, input: header.text, values: decodeUuiAll(header.text) });
    start = end + 1;
  }
  return found;
}

/** Exit 0 when everything decoded, 1 when a value has an error, 2 on usage or unreadable input. */
export async function runUui(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, ['--format', '--file'], []);
  const format = formatOption(args, FORMATS);
  const file = args.values.get('--file');
  const input = args.positionals.join(' ');
  if (!file && input.trim().length === 0) throw new UsageError(km.t('noUui'));

  let found: Found[];
  if (file) {
    const text = await readInput(file, io);
    if (text === undefined) return 2;
    found = headersIn(text);
  } else {
    found = [{ input, values: decodeUuiAll(input) }];
  }

  const values = found.flatMap((f) => f.values);
  if (format === 'json') {
    io.out(
      JSON.stringify(
        found.map((f) => ({
          ...(f.line !== undefined ? { line: f.line } : {}),
          input: f.input,
          values: f.values,
        })),
        null,
        2,
      ) + '\n',
    );
  } else if (values.length === 0) {
    io.out(km.t('noUuiFound') + '\n');
  } else {
    const parts = found.map((f) =>
      f.line !== undefined
        ? `${km.t('fileLine', { file: file ?? '', line: f.line })}\n${uuiText(f.values)}`
        : uuiText(f.values),
    );
    io.out(parts.join('\n\n') + '\n');
  }
  return values.some((v) => v.problems.some((p) => p.severity === 'error')) ? 1 : values.length === 0 ? 1 : 0;
}
