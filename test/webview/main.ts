/** Runs the webview checks (spawned by run.mjs with tsx) and prints the summary line. */
import { resolve } from 'node:path';
import { runWebviewChecks } from './webviewChecks';

void runWebviewChecks(resolve(__dirname, '..', '..')).then(
  (summary) => {
    console.log(
      `webview: ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? ' (skipped)' : ''}`,
    );
    process.exitCode = summary.failed > 0 ? 1 : 0;
  },
  (error: unknown) => {
    console.log(
      `✖ webview checks crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    console.log('webview: 0 passed, 1 failed');
    process.exitCode = 1;
  },
);
