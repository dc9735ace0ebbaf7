// `npm run build:grammars`: writes syntaxes/*.tmLanguage.json from the sources in this folder.
// `--check` only reports files that differ (exit 1), for CI or a pre-commit look.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GENERATED_GRAMMARS, renderGrammar } from './render';

async function main(): Promise<number> {
  const root = resolve(__dirname, '..', '..');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { path, grammar } of GENERATED_GRAMMARS) {
    const text = await renderGrammar(root, path, grammar);
    const file = resolve(root, path);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // a new grammar: written below
    }
    if (current === text) continue;
    stale++;
    if (check) console.error(`${path} is out of date: run npm run build:grammars`);
    else {
      writeFileSync(file, text);
      console.log(`wrote ${path}`);
    }
  }
  return check && stale > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
