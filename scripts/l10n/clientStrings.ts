// The client's `vscode.l10n.t(…)` strings, read from the sources with @vscode/l10n-dev (the same
// extractor as `l10n-dev export`). Shared by `npm run l10n:export` and the completeness test.
import { getL10nJson } from '@vscode/l10n-dev';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Folders whose TypeScript holds `vscode.l10n.t` calls (webview text comes from client/src/text.ts). */
export const CLIENT_L10N_SOURCES: readonly string[] = ['client/src'];

/** Where the bundles live (`"l10n": "./l10n"` in package.json). */
export const L10N_DIR = 'l10n';

function tsFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsFiles(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The English bundle as `l10n-dev export` would write it: message → message. */
export async function extractClientStrings(root: string): Promise<Record<string, string>> {
  const files = CLIENT_L10N_SOURCES.map((d) => resolve(root, d))
    .filter((d) => existsSync(d))
    .flatMap((d) => tsFiles(d, []))
    .map((f) => ({ extension: '.ts', contents: readFileSync(f, 'utf8') }));
  const json = await getL10nJson(files);
  const bundle: Record<string, string> = {};
  for (const [key, value] of Object.entries(json))
    bundle[key] = typeof value === 'string' ? value : value.message;
  return bundle;
}

/** A bundle file's text: two-space JSON with a final newline (what Prettier keeps as is). */
export function bundleText(bundle: Readonly<Record<string, string>>): string {
  return JSON.stringify(bundle, null, 2) + '\n';
}
