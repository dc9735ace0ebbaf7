// Starts and stops code-server for `npm start` and the in-editor tests: loopback only, no auth, every
// folder it writes (user data, extensions, XDG dirs) inside one state folder we own.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { nodeEnv } from './provision.mjs';

const HEALTH_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

/**
 * @typedef {object} CodeServer
 * @property {string} url       `http://127.0.0.1:<port>/`
 * @property {number} port
 * @property {number} pid
 * @property {string} logFile   code-server's own output
 * @property {Promise<void>} exited  settles when the process has ended, whoever ended it
 * @property {() => Promise<void>} stop  SIGTERM, then SIGKILL after a grace period; only this pid
 */

/**
 * Installs a `.vsix` into the extensions folder of `stateDir` (no marketplace needed).
 * @param {import('./provision.mjs').Provisioned} editor
 * @param {string} stateDir
 * @param {string} vsix
 */
export async function installExtension(editor, stateDir, vsix) {
  const dirs = stateDirs(stateDir);
  const args = [
    editor.codeServer,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    '--install-extension',
    vsix,
    '--force',
  ];
  const output = await collect(editor.nodeBin, args, { env: isolatedEnv(editor, dirs) });
  if (output.code !== 0 || !/successfully installed/i.test(output.text)) {
    throw new Error(`Installing ${vsix} into code-server failed (exit ${output.code}):\n${output.text}`);
  }
}

/**
 * Starts code-server on a free loopback port and waits until it answers `/healthz`.
 * @param {import('./provision.mjs').Provisioned} editor
 * @param {{ stateDir: string, smokeTestDriver?: boolean, port?: number }} options
 *   `smokeTestDriver` lets a workbench URL carry an extension-development payload (the in-editor
 *   Mocha suites); it also hides notification toasts, so the UI tests and `npm start` leave it off.
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer(editor, { stateDir, smokeTestDriver = false, port }) {
  const dirs = stateDirs(stateDir);
  const chosenPort = port ?? (await freePort());
  const config = join(stateDir, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${chosenPort}\nauth: none\ncert: false\n`);
  const args = [
    editor.codeServer,
    '--bind-addr',
    `127.0.0.1:${chosenPort}`,
    '--auth',
    'none',
    '--config',
    config,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const logFile = join(stateDir, `code-server-${chosenPort}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(editor.nodeBin, args, {
    env: isolatedEnv(editor, dirs),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  const exitedPromise = new Promise((resolve) => child.on('exit', () => resolve(undefined)));
  child.on('exit', () => (exited = true));

  const url = `http://127.0.0.1:${chosenPort}/`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (!(await answers(`${url}healthz`))) {
    if (exited || Date.now() > deadline) {
      if (!exited) child.kill('SIGKILL');
      throw new Error(
        `code-server did not start on ${url} (${exited ? 'it exited' : 'no answer'}):\n${tail(logFile)}`,
      );
    }
    await sleep(200);
  }

  const pid = /** @type {number} */ (child.pid);
  return {
    url,
    port: chosenPort,
    pid,
    logFile,
    exited: exitedPromise,
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const gone = await Promise.race([
        exitedPromise.then(() => true),
        sleep(STOP_GRACE_MS).then(() => false),
      ]);
      if (!gone) {
        child.kill('SIGKILL');
        await exitedPromise;
      }
    },
  };
}

/** The folders code-server and the browser may write to, all below `stateDir`. */
export function stateDirs(stateDir) {
  const dirs = {
    userData: join(stateDir, 'user-data'),
    extensions: join(stateDir, 'extensions'),
    xdgData: join(stateDir, 'xdg-data'),
    xdgConfig: join(stateDir, 'xdg-config'),
    xdgCache: join(stateDir, 'xdg-cache'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  return dirs;
}

function isolatedEnv(editor, dirs) {
  const { NODE_OPTIONS: _ignored, npm_config_nodedir: _headers, ...env } = nodeEnv(editor.nodeDir);
  return {
    ...env,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_CACHE_HOME: dirs.xdgCache,
  };
}

/** Asks the OS for a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function answers(url) {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

function collect(cmd, args, { env }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', (error) => resolve({ code: 1, text: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}

function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}
