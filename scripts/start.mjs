// `npm start`: a real editor with Callsight on samples/.
//   npm start                      package Callsight (.vsix), provision code-server on first use (cached in
//                                  .vscode-test/), install the .vsix, serve the editor on 127.0.0.1 and
//                                  print its address; Ctrl+C stops what this started
//   npm start -- --port 8080       a fixed port instead of a free one
//   npm start -- --lang ja         the editor's display language (en by default): Callsight in Japanese
//   npm start -- --desktop         desktop VS Code (`code` on PATH) in extension development mode
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { installExtension, startCodeServer, stateDirs } from './editor/codeServer.mjs';
import { DISPLAY_LANGUAGES, setDisplayLanguage } from './editor/displayLanguage.mjs';
import { cacheDir, describeCosts, provision } from './editor/provision.mjs';
import { writeUserSettings } from './editor/settings.mjs';
import { packageVsix } from './editor/vsix.mjs';

const root = resolve(import.meta.dirname, '..');
const samples = join(root, 'samples');
const args = process.argv.slice(2);

function fail(message) {
  console.error(message);
  process.exit(1);
}

function option(name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function startDesktop() {
  const which = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  if (which.status !== 0)
    fail('No desktop `code` on PATH: run `npm start` (without --desktop) for the browser editor.');
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const result = spawnSync('code', ['--extensionDevelopmentPath', root, samples], { stdio: 'inherit' });
  process.exit(result.status ?? 0);
}

async function startBrowserEditor() {
  const vsix = await packageVsix();
  const editor = await provision({ browser: false });
  console.log(`provision: ${describeCosts(editor.costs)}`);

  // One state folder kept between runs, so the editor remembers its layout; the .vsix is reinstalled.
  const stateDir = join(cacheDir, 'start');
  mkdirSync(stateDir, { recursive: true });
  const dirs = stateDirs(stateDir);
  if (!existsSync(join(dirs.userData, 'User', 'settings.json'))) writeUserSettings(dirs.userData);
  await installExtension(editor, stateDir, vsix);

  const lang = option('--lang') ?? 'en';
  if (lang !== 'en' && !(lang in DISPLAY_LANGUAGES))
    fail(`Bad --lang ${lang}: en or ${Object.keys(DISPLAY_LANGUAGES).join(', ')}`);
  setDisplayLanguage(dirs.userData, /** @type {'en' | 'ja'} */ (lang));

  const portText = option('--port');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
    fail(`Bad --port ${portText}`);
  const server = await startCodeServer(editor, { stateDir, ...(port ? { port } : {}) });

  const url = `${server.url}?folder=${encodeURIComponent(samples)}`;
  console.log(`\nCallsight is running in code-server (pid ${server.pid}) with samples/ open:\n\n  ${url}\n`);
  console.log(`Open it in a browser (loopback only; forward the port to reach it from another machine).`);
  console.log(`code-server's log: ${server.logFile}. Press Ctrl+C to stop.`);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping code-server (pid ${server.pid})…`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // If code-server ends by itself, so do we.
  await server.exited;
  if (!stopping) fail(`code-server (pid ${server.pid}) exited; see ${server.logFile}`);
}

try {
  if (args.includes('--desktop')) await startDesktop();
  else await startBrowserEditor();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
