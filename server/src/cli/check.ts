/** `callsight check`: findings for each file, as text, JSON or SARIF. */
import type { LanguageId } from '../analysis/analyzer';
import { detectLanguage } from '../analysis/detect';
import type { Finding, Severity } from '../analysis/findings';
import { analyzers } from '../analysis/languages';
import { applySeverityOverrides } from '../analysis/severity';
import { DEFAULT_SETTINGS } from '../analysis/settings';
import { LineIndex } from '../analysis/text/lineIndex';
import { UsageError } from './args';
import { formatOption, parseCommandArgs, readInput } from './options';
import type { CliIo } from './io';
import { cliMessages } from './messages';

const FORMATS = ['text', 'json', 'sarif'] as const;

/** One finding as `callsight check --format json` prints it (1-based positions). */
export interface CheckRecord {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, ['--format', '--language']);
  const format = formatOption(args, FORMATS);
  const forced = args.values.get('--language');
  if (forced !== undefined && forced !== 'ccp-log' && forced !== 'sip-trace') {
    throw new UsageError(cliMessages.t('badLanguage', { language: forced }));
  }
  if (args.positionals.length === 0) throw new UsageError(cliMessages.t('noFiles'));

  const records: CheckRecord[] = [];
  let inputProblem = false;
  let analysed = 0;
  for (const file of args.positionals) {
    const text = await readInput(file, io);
    if (text === undefined) {
      inputProblem = true;
      continue;
    }
    const languageId: LanguageId | undefined =
      (forced as LanguageId | undefined) ?? detectLanguage(text, file);
    if (!languageId) {
      io.err(cliMessages.t('unknownKind', { file }) + '\n');
      inputProblem = true;
      continue;
    }
    records.push(...checkText(file, text, languageId));
    analysed++;
  }

  if (format === 'json') io.out(JSON.stringify(records, null, 2) + '\n');
  else if (format === 'sarif') io.out(JSON.stringify(toSarif(records), null, 2) + '\n');
  else io.out(toText(records, analysed));

  if (inputProblem) return 2;
  return records.some((r) => r.severity === 'error') ? 1 : 0;
}

/** Findings of one text as CLI records. */
export function checkText(file: string, text: string, languageId: LanguageId): CheckRecord[] {
  const analysis = analyzers[languageId].analyze(text);
  const findings: Finding[] = applySeverityOverrides(analysis.findings(DEFAULT_SETTINGS), DEFAULT_SETTINGS);
  const lines = new LineIndex(text);
  return findings
    .slice()
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const start = lines.positionAt(f.start);
      const end = lines.positionAt(Math.max(f.start, f.end));
      return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: f.severity,
        rule: f.rule,
        message: f.message,
      };
    });
}

function toText(records: readonly CheckRecord[], files: number): string {
  const lines = records.map((r) => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.rule}: ${r.message}`);
  const errors = records.filter((r) => r.severity === 'error').length;
  const warnings = records.filter((r) => r.severity === 'warning').length;
  lines.push(
    cliMessages.t('summary', { files, errors, warnings, others: records.length - errors - warnings }),
  );
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

function toSarif(records: readonly CheckRecord[]): unknown {
  const ruleIds = [...new Set(records.map((r) => r.rule))].sort();
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'callsight', rules: ruleIds.map((id) => ({ id })) } },
        results: records.map((r) => ({
          ruleId: r.rule,
          level: SARIF_LEVEL[r.severity],
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.file },
                region: {
                  startLine: r.line,
                  startColumn: r.column,
                  endLine: r.endLine,
                  endColumn: r.endColumn,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
