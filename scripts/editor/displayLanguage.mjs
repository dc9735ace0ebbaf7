// The display language of a code-server we start (`npm start -- --lang ja`, the Japanese UI suites).
//
// VS Code reads the locale from `argv.json` in the user settings folder, but it switches only when a
// language pack for that locale is installed; otherwise it stays English and `vscode.env.language` is
// `en`, so Callsight's `package.nls.ja.json` and `l10n/bundle.l10n.ja.json` are never used. Language packs
// come from the marketplace, which these machines cannot reach. So we register a stand-in pack the way
// VS Code's language-pack service records installed ones (`languagepacks.json` in the user-data folder):
// its translation file for VS Code itself is empty, so the workbench's own texts stay English (each
// missing key falls back to the English message) while the display language, and with it
// `vscode.env.language`, becomes the locale. Checked against code-server 4.139.1 (docs/decisions/0056).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Display languages Callsight ships translations for, besides English. */
export const DISPLAY_LANGUAGES = /** @type {const} */ ({ ja: '日本語' });

/**
 * Makes `locale` the display language of the code-server whose user data lives in `userDataDir`
 * (before it starts). `en` removes nothing and writes `argv.json` only.
 * @param {string} userDataDir
 * @param {'en' | keyof typeof DISPLAY_LANGUAGES} locale
 */
export function setDisplayLanguage(userDataDir, locale) {
  const userDir = join(userDataDir, 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, 'argv.json'), `${JSON.stringify({ locale }, null, 2)}\n`);
  if (locale === 'en') return;
  const packDir = join(userDataDir, 'callsight-stand-in-language-pack', locale);
  mkdirSync(packDir, { recursive: true });
  const translations = join(packDir, 'main.i18n.json');
  writeFileSync(translations, `${JSON.stringify({ version: '1.0.0', contents: {} })}\n`);
  const packs = {
    [locale]: {
      // Names the folder VS Code caches the generated messages in; any stable value will do.
      hash: `callsight-stand-in-${locale}`,
      extensions: [
        { extensionIdentifier: { id: `callsight-tests.language-pack-${locale}` }, version: '0.0.0' },
      ],
      translations: { vscode: translations },
      label: DISPLAY_LANGUAGES[locale],
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), `${JSON.stringify(packs)}\n`);
}
