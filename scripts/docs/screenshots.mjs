// `npm run docs:screenshots`: copies the screenshots the README shows from test-results/screenshots/
// (written by the UI suites of the in-editor layer: `npm run test:e2e`) into docs/images/, where they are
// committed. Stops, copying nothing, when one is missing or larger than the size budget.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const from = join(root, 'test-results', 'screenshots');
const to = join(root, 'docs', 'images');

/** Screenshot (as the UI suites name it) → why the README shows it. */
export const README_SCREENSHOTS = {
  'webview-audio-metrics.png': 'the audio metrics panel beside the log, a clicked point revealed',
  'hover-ice-collection-timeout.png': 'the hover on the softphone error of the first call',
  'hover-ja-MissedCallAgent.png': 'a hover in an editor whose display language is Japanese',
};

/** Keeps the repository small: a screenshot above this is a sign the test captured too much. */
const MAX_BYTES = 256 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const problems = [];
for (const name of Object.keys(README_SCREENSHOTS)) {
  const source = join(from, name);
  if (!existsSync(source)) {
    problems.push(`${name} is missing`);
    continue;
  }
  const bytes = statSync(source).size;
  if (bytes > MAX_BYTES)
    problems.push(`${name} is ${Math.round(bytes / 1024)} KB (budget ${MAX_BYTES / 1024} KB)`);
  if (!readFileSync(source).subarray(0, 8).equals(PNG_SIGNATURE)) problems.push(`${name} is not a PNG`);
}
if (problems.length > 0) {
  console.error(`docs:screenshots: ${problems.join('; ')} in ${relative(root, from)}.`);
  console.error('Run the in-editor tests first: npm run test:e2e (or node test/e2e/run.mjs --ui-only).');
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const [name, what] of Object.entries(README_SCREENSHOTS)) {
  copyFileSync(join(from, name), join(to, name));
  const kb = Math.round(statSync(join(to, name)).size / 1024);
  console.log(`docs/images/${name} (${kb} KB): ${what}`);
}
