/**
 * The editor runs the packaged extension (the .vsix `npm run package` makes), so a file missing from the
 * package fails the UI suites. This suite checks the package itself: what ships and what must not.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'mocha';
import { ui } from './support/context';

function installedExtension(): string {
  const { extensionsDir } = ui();
  const folder = readdirSync(extensionsDir).find((name) => name.startsWith('callsight.callsight-'));
  assert.ok(folder, `the .vsix is installed in ${extensionsDir}`);
  return join(extensionsDir, folder);
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

describe('packaged extension', () => {
  it('ships the bundles, grammars, language configurations, manifest texts and icon', () => {
    const root = installedExtension();
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      main: string;
      icon: string;
      contributes: { grammars: { path: string }[]; languages: { configuration?: string }[] };
    };
    const required = [
      manifest.main,
      'dist/server.js',
      manifest.icon,
      'package.nls.json',
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.languages.flatMap((l) => (l.configuration ? [l.configuration] : [])),
    ];
    for (const file of required) assert.ok(existsSync(join(root, file)), `${file} is in the package`);
    // vsce renames these (readme.md, changelog.md, LICENSE.txt): compare names without case or extension.
    const topLevel = readdirSync(root).map((name) => name.toLowerCase().replace(/\.(md|txt)$/, ''));
    for (const doc of ['readme', 'changelog', 'license'])
      assert.ok(topLevel.includes(doc), `${doc} is in the package`);
  });

  it('ships the images its README shows', () => {
    const root = installedExtension();
    const readme = readdirSync(root).find((name) => name.toLowerCase() === 'readme.md');
    assert.ok(readme, 'a README in the package');
    const images = [...readFileSync(join(root, readme), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(
      (m) => m[1] ?? '',
    );
    assert.ok(images.length > 0, 'the README shows screenshots');
    for (const image of images) {
      assert.doesNotMatch(image, /^[a-z]+:/i, `${image} is a relative link (no network to show it)`);
      assert.ok(existsSync(join(root, image)), `${image} is in the package`);
    }
  });

  it('ships no sources, tests, source maps, samples or node_modules', () => {
    const root = installedExtension();
    const unwanted = filesBelow(root)
      .map((path) => relative(root, path))
      .filter((path) => /(^|\/)(src|test|samples|node_modules)\/|\.map$|\.ts$/.test(path));
    assert.deepEqual(unwanted, []);
  });
});
