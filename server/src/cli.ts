/** `callsight` command line: the analysis core, headless. */
import './l10n/all';
import { runCli } from './cli/main';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`callsight: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
