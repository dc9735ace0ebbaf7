// Headless check of the audio metrics webview bundle in Chromium (see webviewChecks.ts).
//   node test/webview/run.mjs        (after `node esbuild.mjs`)
// Prints `webview: N passed, M failed` last; exit code 1 when a check failed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', main], { stdio: 'inherit' });
process.exit(result.status ?? 1);
