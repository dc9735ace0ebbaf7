// Provisions the real editor Callsight runs in when no desktop VS Code is around: code-server (a full
// Code-OSS build published on npm), the Node 24 it needs, and a Chromium to drive it. Everything
// downloaded lives in the ignored cache folder `.vscode-test/`, so a second run costs nothing.
//
//   node scripts/editor/provision.mjs            provision (or check the cache) and print what is there
//   import { provision } from './provision.mjs'  the same, from `npm start` and the in-editor runner
//
// Why code-server: @vscode/test-electron downloads VS Code from Microsoft's update servers, which
// these machines cannot reach; npm and Debian's packages are reachable (docs/decisions/0050).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { acquireLock } from './lock.mjs';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const root = resolve(import.meta.dirname, '..', '..');
/** The cache folder, shared by `npm start`, `npm test` and `npm run test:electron`. */
export const cacheDir = resolve(root, '.vscode-test');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
/** Headers the `kerberos` module of VS Code's server builds from source (its prebuilt download needs GitHub). */
const KRB5_HEADER = '/usr/include/krb5.h';
/**
 * A Japanese font for the browser, so screenshots of the Japanese UI show text rather than empty boxes
 * (Debian's Chromium brings Latin fonts only). IPA Gothic: 3.5 MB, the smallest complete one.
 */
const JAPANESE_FONT_PACKAGE = 'fonts-ipafont-gothic';
const JAPANESE_FONT_DIRS = [
  '/usr/share/fonts/opentype/ipafont-gothic',
  '/usr/share/fonts/truetype/fonts-japanese-gothic.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];

/**
 * @typedef {object} Provisioned
 * @property {string} nodeDir    the Node 24 folder (bin/node, include/node)
 * @property {string} nodeBin    its node executable
 * @property {string} codeServer code-server's entry script (run it with nodeBin)
 * @property {string | undefined} chromium  the browser, when asked for
 * @property {{ step: string, seconds: number, cached: boolean }[]} costs what each step took
 */

/**
 * Makes sure Node 24, code-server and (with `browser`) Chromium are available, installing what is
 * missing. Throws an Error whose message is the exact command to run when it cannot install a
 * system package itself; it never skips silently.
 * @param {{ browser?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<Provisioned>}
 */
export async function provision({ browser = true, log = (line) => console.log(line) } = {}) {
  mkdirSync(cacheDir, { recursive: true });
  const release = await acquireLock(join(cacheDir, '.provision.lock'), log);
  try {
    /** @type {Provisioned['costs']} */
    const costs = [];
    const step = async (name, isCached, work) => {
      const started = Date.now();
      const cached = isCached();
      if (!cached) {
        log(`provision: ${name}…`);
        await work();
      }
      costs.push({ step: name, seconds: (Date.now() - started) / 1000, cached });
    };

    const nodeDir = join(cacheDir, `node-v${NODE_VERSION}-${process.platform}-${process.arch}`);
    const nodeBin = join(nodeDir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
    const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
    const codeServer = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    const codeServerDone = join(codeServerDir, '.complete');

    const missing = systemPackagesMissing({ browser, needKrb5: !existsSync(codeServerDone) });
    await step(
      'system packages (apt-get)',
      () => missing.length === 0,
      () => installSystemPackages(missing, log),
    );
    await step(
      `Node ${NODE_VERSION} (npm: node-${process.platform}-${process.arch})`,
      () => existsSync(nodeBin),
      () => installNode(nodeDir, log),
    );
    await step(
      `code-server ${CODE_SERVER_VERSION} (npm)`,
      () => existsSync(codeServerDone),
      () => installCodeServer(codeServerDir, nodeDir, log),
    );
    const chromium = browser ? findChromium() : undefined;
    if (browser && !chromium) throw new Error(missingPackagesMessage(['chromium']));
    return { nodeDir, nodeBin, codeServer, chromium, costs };
  } finally {
    release();
  }
}

/** The Chromium to drive: `$CHROMIUM_PATH`, else Debian's or Ubuntu's package, else Chrome. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/**
 * The environment code-server and its installer need: Node 24 first on PATH, its headers for node-gyp,
 * and none of the `npm_*` variables of the `npm start`/`npm test` that launched us (they name this
 * repository as the npm project and Node 20 as the runtime, which would mislead a nested npm install).
 */
export function nodeEnv(nodeDir, base = process.env) {
  const env = Object.fromEntries(Object.entries(base).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...env,
    PATH: `${join(nodeDir, 'bin')}${delimiter}${base.PATH ?? ''}`,
    // The machine's npmrc may point node-gyp at another Node's headers: this one must win.
    npm_config_nodedir: nodeDir,
  };
}

/** @returns {string[]} Debian packages to install before going on. */
function systemPackagesMissing({ browser, needKrb5 }) {
  const missing = [];
  if (browser && !findChromium()) missing.push('chromium');
  if (browser && process.platform === 'linux' && !hasJapaneseFont()) missing.push(JAPANESE_FONT_PACKAGE);
  if (needKrb5 && process.platform === 'linux' && !existsSync(KRB5_HEADER)) missing.push('libkrb5-dev');
  return missing;
}

/** A font with Japanese glyphs: fontconfig's answer when it is installed, else a few known places. */
function hasJapaneseFont() {
  const fc = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  if (fc.status === 0 && fc.stdout.trim() !== '') return true;
  return JAPANESE_FONT_DIRS.some((path) => existsSync(path));
}

function missingPackagesMessage(packages) {
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  return (
    `The in-editor layer needs ${packages.join(' and ')}, ${packages.length > 1 ? 'which are' : 'which is'} not installed. Run:\n` +
    `  sudo sh -c '${command}'\n` +
    `(on other systems install Chromium, the Kerberos development headers and a Japanese font, or set\n` +
    `CHROMIUM_PATH).`
  );
}

async function installSystemPackages(packages, log) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) throw new Error(missingPackagesMessage(packages));
  log(`provision: apt-get install -y ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  await run('apt-get', ['install', '-y', '-qq', ...packages], { env });
}

/** Node 24 from npm's `node-<platform>-<arch>` package: the official binary plus its headers. */
async function installNode(nodeDir, log) {
  const scratch = await mkdtemp(join(tmpdir(), 'callsight-node-'));
  try {
    const spec = `node-${process.platform}-${process.arch}@${NODE_VERSION}`;
    await run(process.execPath, [npmCli(), 'pack', spec, '--pack-destination', scratch, '--silent'], {
      cwd: scratch,
      env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
      quiet: true,
    });
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${spec} produced no tarball`);
    const staging = `${nodeDir}.partial`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    await run('tar', ['-xzf', join(scratch, tarball), '-C', staging, '--strip-components=1']);
    rmSync(nodeDir, { recursive: true, force: true });
    renameSync(staging, nodeDir);
    log(`provision: Node ${NODE_VERSION} in ${nodeDir}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `npm install code-server` in its own cache project. npm 11 runs a dependency's install scripts only
 * when the project's `allowScripts` names it; code-server's postinstall (which installs and builds
 * VS Code's server modules, with their own allowScripts) must run, so the cache project allows it.
 */
async function installCodeServer(dir, nodeDir, log) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'callsight-editor-cache',
        private: true,
        description: 'code-server for Callsight in-editor tests (made by scripts/editor/provision.mjs)',
        allowScripts: { 'code-server': true, argon2: true },
      },
      null,
      2,
    )}\n`,
  );
  await run(
    join(nodeDir, 'bin', 'node'),
    [
      npmCli(),
      'install',
      `code-server@${CODE_SERVER_VERSION}`,
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    { cwd: dir, env: nodeEnv(nodeDir) },
  );
  // A skipped postinstall leaves code-server without VS Code's server modules: say so now, not later.
  const vscodeModules = join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  if (!existsSync(join(vscodeModules, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'))) {
    throw new Error(
      `code-server's postinstall did not build VS Code's native modules in ${vscodeModules}. ` +
        'Check that this npm runs allow-listed install scripts (npm help install-scripts).',
    );
  }
  writeFileSync(join(dir, '.complete'), `${new Date().toISOString()}\n`);
  log(`provision: code-server ${CODE_SERVER_VERSION} in ${dir}`);
}

/** The npm that runs this script (`npm start`/`npm test`), else the one on PATH. */
function npmCli() {
  const fromNpm = process.env.npm_execpath;
  if (fromNpm && /npm-cli\.js$/.test(fromNpm)) return fromNpm;
  // npm's own layout: <prefix>/lib/node_modules/npm/bin/npm-cli.js next to <prefix>/bin/node.
  const guess = resolve(process.execPath, '..', '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (existsSync(guess)) return guess;
  throw new Error('Cannot find npm-cli.js: run this through npm (npm start / npm test).');
}

/**
 * Runs a command to completion; rejects with its exit status (and, when quiet, its output).
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, quiet?: boolean }} [options]
 */
function run(cmd, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: quiet ? 'pipe' : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`));
    });
  });
}

/** Prints the provisioning steps and their cost, one line each. */
export function describeCosts(costs) {
  return costs.map((c) => `${c.step}: ${c.cached ? 'ready' : `${c.seconds.toFixed(1)} s`}`).join(', ');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  try {
    const result = await provision({ browser: !process.argv.includes('--no-browser') });
    console.log(`provision: ${describeCosts(result.costs)}`);
    console.log(`provision: node ${result.nodeBin}`);
    console.log(`provision: code-server ${result.codeServer}`);
    if (result.chromium) console.log(`provision: chromium ${result.chromium}`);
    console.log(`provision: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
