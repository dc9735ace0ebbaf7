/** `callsight` command line: the analysis core, headless. */
import './l10n/all';
import { runCli } from './cli/main';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`callsight: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
