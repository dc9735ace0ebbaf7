/**
 * No network: the built CLI and language server run the full analysis on both corpora with every Node
 * network API replaced by a trap (test/support/networkTrap.cjs) that records and throws. Zero attempts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectLanguage } from '../../server/src/analysis/detect';
import { PULL_CAPABILITIES, startSession } from '../support/lspSession';

const REPO_ROOT = resolve(__dirname, '../..');
const TRAP = join(REPO_ROOT, 'test', 'support', 'networkTrap.cjs');
const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function corpusRoot(): string | undefined {
  for (const dir of [resolve(REPO_ROOT, '..', 'shared', 'corpus'), '/work/shared/corpus']) {
    if (existsSync(dir)) return dir;
  }
  return undefined;
}

interface CorpusFile {
  readonly path: string;
  readonly language: 'ccp-log' | 'sip-trace';
}

function corpusFiles(root: string): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const [folder, language] of [
    ['ccp', 'ccp-log'],
    ['sip', 'sip-trace'],
  ] as const) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isFile() && !name.endsWith('.md')) out.push({ path, language });
    }
  }
  return out;
}

function trappedEnv(log: string): NodeJS.ProcessEnv {
  return { ...process.env, CALLSIGHT_NETWORK_LOG: log };
}

function attempts(log: string): string {
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

function cli(
  log: string,
  args: readonly string[],
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--require', TRAP, CLI, ...args], {
    env: trappedEnv(log),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the trap records and blocks network use (so a silent pass means no attempt)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-net-'));
  const log = join(dir, 'attempts.log');
  const r = spawnSync(
    process.execPath,
    ['--require', TRAP, '-e', "try { require('node:https').get('https://example.invalid') } catch {}"],
    { env: trappedEnv(log), encoding: 'utf8' },
  );
  assert.equal(r.status, 0);
  assert.match(attempts(log), /^https\.get/);
  rmSync(dir, { recursive: true, force: true });
});

test('the CLI makes no network attempt: check, metrics, explain and uui on both corpora', (t) => {
  const root = corpusRoot();
  if (!root) {
    t.skip('shared corpus absent (../shared/corpus): skipped');
    return;
  }
  const files = corpusFiles(root);
  const dir = mkdtempSync(join(tmpdir(), 'callsight-net-'));
  const log = join(dir, 'attempts.log');
  try {
    const ccp = files.filter((f) => f.language === 'ccp-log').map((f) => f.path);
    const sip = files.filter((f) => f.language === 'sip-trace').map((f) => f.path);
    const runs = [
      ['check', '--format', 'json', '--language', 'ccp-log', ...ccp],
      ['check', '--format', 'sarif', '--language', 'sip-trace', ...sip],
      // Auto-detection on the text exports (binary captures are neither language without --language).
      ['check', ...files.map((f) => f.path).filter((p) => p.endsWith('.txt'))],
      ['metrics', '--format', 'csv', ...ccp.slice(0, 1)],
      ['metrics', '--format', 'json', ...ccp.slice(0, 1)],
      ['explain', '503'],
      ['explain', 'ice_collection_timeout'],
      ['explain', '--search', 'firewall'],
      ['uui', 'User-to-User: 04313233;encoding=hex'],
      ...sip.slice(0, 20).map((path) => ['uui', '--file', path]),
    ];
    for (const args of runs) {
      const r = cli(log, args);
      // Exit 1 is "findings were errors" or "nothing decoded"; a trap would throw (exit 1 with a stack) and log.
      assert.ok(
        r.status === 0 || r.status === 1,
        `${args.slice(0, 3).join(' ')}: exit ${r.status}\n${r.stderr}`,
      );
      assert.doesNotMatch(r.stderr, /network access blocked/);
      assert.equal(attempts(log), '', `network attempts during callsight ${args.slice(0, 3).join(' ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the language server makes no network attempt: every corpus file opened, diagnosed and hovered', async (t) => {
  const root = corpusRoot();
  if (!root) {
    t.skip('shared corpus absent (../shared/corpus): skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'callsight-net-'));
  const log = join(dir, 'attempts.log');
  writeFileSync(log, '');
  const session = await startSession({
    capabilities: PULL_CAPABILITIES,
    nodeArgs: ['--require', TRAP],
    env: { CALLSIGHT_NETWORK_LOG: log },
  });
  try {
    let diagnosed = 0;
    for (const file of corpusFiles(root)) {
      const text = readFileSync(file.path, 'utf8');
      const uri = pathToFileURL(file.path).href;
      await session.open(uri, detectLanguage(text, file.path) ?? file.language, text);
      const report = (await session.connection.sendRequest('textDocument/diagnostic', {
        textDocument: { uri },
      })) as { items?: unknown[] };
      if (report.items) diagnosed++;
      const lines = text.split('\n').length;
      for (const line of [0, lines >> 2, lines >> 1, lines - 2]) {
        await session.connection.sendRequest('textDocument/hover', {
          textDocument: { uri },
          position: { line: Math.max(0, line), character: 5 },
        });
      }
      await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    }
    assert.ok(diagnosed > 50, `${diagnosed} documents diagnosed`);
    assert.equal(attempts(log), '');
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
