// Packages Callsight into `callsight-<version>.vsix` with @vscode/vsce (the same as `npm run package`):
// vsce runs `vscode:prepublish` (the production build) and packs only what `.vscodeignore` lets through.
// README images stay relative links to the copies shipped in the package (docs/images), so the extension's
// page in the editor shows them without a network (vsce would otherwise point them at the repository).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/** The path `npm run package` writes to. */
export function vsixPath() {
  const { name, version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  return resolve(root, `${name}-${version}.vsix`);
}

/**
 * Builds the `.vsix`; resolves with its path. Output goes to `log` only when vsce fails.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<string>}
 */
export function packageVsix({ log = (line) => console.log(line) } = {}) {
  const require = createRequire(import.meta.url);
  const vsce = resolve(require.resolve('@vscode/vsce/package.json'), '..', 'vsce');
  const out = vsixPath();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        const packaged = /Packaged: .*\((\d+ files?), ([^)]+)\)/.exec(output);
        log(`package: ${out}${packaged ? ` (${packaged[1]}, ${packaged[2]})` : ''}`);
        resolvePromise(out);
      } else {
        reject(new Error(`vsce package failed (exit ${code}):\n${output}`));
      }
    });
  });
}
