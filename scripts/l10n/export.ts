// `npm run l10n:export`: writes l10n/bundle.l10n.json from the client's vscode.l10n.t calls, and lists
// the strings l10n/bundle.l10n.ja.json still lacks. `--check` only reports a stale English bundle.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleText, extractClientStrings, L10N_DIR } from './clientStrings';

async function main(): Promise<number> {
  const root = resolve(__dirname, '..', '..');
  const english = await extractClientStrings(root);
  const file = resolve(root, L10N_DIR, 'bundle.l10n.json');
  const text = bundleText(english);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current !== text) {
    if (process.argv.includes('--check')) {
      console.error(`${L10N_DIR}/bundle.l10n.json is out of date: run npm run l10n:export`);
      return 1;
    }
    writeFileSync(file, text);
    console.log(`wrote ${L10N_DIR}/bundle.l10n.json (${Object.keys(english).length} strings)`);
  }
  const jaFile = resolve(root, L10N_DIR, 'bundle.l10n.ja.json');
  const ja = existsSync(jaFile) ? (JSON.parse(readFileSync(jaFile, 'utf8')) as Record<string, string>) : {};
  const missing = Object.keys(english).filter((k) => !(k in ja));
  for (const k of missing) console.log(`not yet in ${L10N_DIR}/bundle.l10n.ja.json: ${JSON.stringify(k)}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
