// `npm start`: builds Callsight and opens an editor on samples/ with the extension loaded.
// With a desktop VS Code (`code` on PATH) and `-- --desktop`, opens it in extension development mode.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const which = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
if (which.status === 0) {
  const result = spawnSync('code', ['--extensionDevelopmentPath', root, resolve(root, 'samples')], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 0);
}
console.log(
  'Built dist/. No desktop `code` on PATH: the browser editor (code-server) arrives with the in-editor issue.',
);
