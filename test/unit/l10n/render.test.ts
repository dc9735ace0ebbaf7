/**
 * The same knowledge entry, CLI output, UUI decoding and explanation rendered in English and in
 * Japanese, with the translations registered the way the server and the CLI register them.
 */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../../../server/src/l10n/all';
import { explanationMarkdown } from '../../../server/src/analysis/explanations';
import type { Finding } from '../../../server/src/analysis/findings';
import {
  entryMarkdown,
  entryText,
  explainToken,
  lookupCode,
  searchCatalog,
} from '../../../server/src/analysis/knowledge';
import { explanationLocaleFor, setLocale } from '../../../server/src/analysis/l10n';
import { decodeUuiAll, uuiText } from '../../../server/src/analysis/uui';
import type { CliIo } from '../../../server/src/cli/io';
import { runCli } from '../../../server/src/cli/main';

afterEach(() => setLocale('en'));

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => (out += t), err: (t) => (err += t), stdout: () => out, stderr: () => err };
}

/** Runs the CLI with only the given locale variables set. */
async function withEnv<T>(env: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const names = ['LC_ALL', 'LC_MESSAGES', 'LANG'];
  const saved = names.map((n) => [n, process.env[n]] as const);
  for (const n of names) delete process.env[n];
  for (const [n, v] of Object.entries(env)) if (v !== undefined) process.env[n] = v;
  try {
    return await run();
  } finally {
    for (const [n, v] of saved) {
      if (v === undefined) delete process.env[n];
      else process.env[n] = v;
    }
  }
}

test('a knowledge entry in English and in Japanese', () => {
  setLocale('en');
  const en = lookupCode('twilio', 32011)!;
  assert.equal(en.title, 'Could not reach your PBX or SBC');
  assert.match(entryText(en), /^Twilio error 32011 — Could not reach your PBX or SBC\n {2}Registered name: /);
  assert.match(entryMarkdown(en), /\*\*What to do:\*\*/);

  setLocale('ja');
  const ja = lookupCode('twilio', 32011)!;
  assert.equal(ja.title, 'PBX または SBC に到達できない');
  assert.equal(ja.name, en.name, 'registered names are facts: never translated');
  assert.deepEqual(ja.references, en.references);
  const text = entryText(ja);
  assert.match(text, /^Twilio エラー 32011 — PBX または SBC に到達できない\n {2}登録名: /);
  assert.match(text, /\n {2}意味: Twilio はオリジネーション URI に INVITE を送りましたが/);
  assert.match(text, /\n {2}考えられる原因:\n {4}- /);
  assert.match(text, /\n {2}対処:\n {4}- オリジネーション URI を確認し/);
  assert.match(text, /\n {2}Twilio のレベル: 警告/);
  const md = entryMarkdown(ja);
  assert.match(md, /^### Twilio エラー `32011` — PBX または SBC に到達できない/);
  assert.match(md, /\*\*対処:\*\*\n- /);
});

test('readings, links and class fallbacks in Japanese', () => {
  setLocale('ja');
  const [sip, fs] = explainToken('503');
  assert.equal(sip!.title, '過負荷またはメンテナンス中');
  assert.equal(fs!.title, '管理コマンドで終了');
  const link = sip!.related!.find((l) => l.system === 'q850' && l.code === '34')!;
  assert.equal(link.note, 'FreeSWITCH は、Q.850 理由表示 34 で切断された未応答の呼に SIP 503 を返します。');
  const unregistered = lookupCode('sip', 499)!;
  assert.equal(unregistered.title, 'リクエストの失敗');
  assert.deepEqual(unregistered.fixes, lookupCode('sip', 405)!.fixes, 'class advice, as in English');
  assert.equal(
    lookupCode('ccp-softphone-error', 'ice_collection_timeout')!.title,
    'メディアリレー (TURN) に到達できない',
  );
});

test('the catalog search finds Japanese words, and registered names still match', () => {
  setLocale('ja');
  const busy = searchCatalog('話中').map((e) => `${e.system}:${e.code}`);
  assert.ok(busy.includes('sip:486') && busy.includes('q850:17'), busy.join(' '));
  assert.equal(searchCatalog('Busy Here')[0]?.code, '486');
  assert.ok(searchCatalog('許可リスト').some((e) => e.code === 'TurnNlb-*.elb.<region>.amazonaws.com'));
});

test('explanations may be Japanese while the UI stays English, and the reverse', () => {
  setLocale('en', 'ja');
  assert.equal(
    lookupCode('q850', 34)!.title,
    '空きチャネルなし',
    'catalog text follows the explanation locale',
  );
  setLocale('ja', 'en');
  assert.equal(lookupCode('q850', 34)!.title, 'No channel free');
  assert.equal(explanationLocaleFor('auto', 'ja'), 'ja');
  assert.equal(explanationLocaleFor('en', 'ja'), 'en');
  assert.equal(explanationLocaleFor(undefined, 'en'), 'en');
  assert.equal(explanationLocaleFor('fr', 'en'), 'en');
});

const FINDING: Finding = {
  rule: 'ccp/ice-collection-timeout',
  severity: 'error',
  start: 0,
  end: 10,
  message: 'ICE collection timed out',
  count: 3,
  explanation: {
    seen: 'ice_collection_timeout at 10:00:01',
    why: 'No audio path.',
    cause: 'UDP 3478 blocked.',
    fix: 'Allow UDP 3478.',
    sources: ['Amazon Connect admin guide'],
  },
};

test('an explanation (the hover of a diagnostic) in English and in Japanese', () => {
  setLocale('en');
  const en = explanationMarkdown(FINDING);
  assert.match(en, /\*\*Seen:\*\* ice\\_collection\\_timeout/);
  assert.match(en, /\*\*Why it matters:\*\*/);
  assert.match(en, /_3 occurrences in this file_/);
  assert.match(en, /_Sources: Amazon Connect admin guide_/);
  setLocale('ja');
  const ja = explanationMarkdown(FINDING);
  assert.match(ja, /\*\*検出内容:\*\* ice\\_collection\\_timeout/);
  assert.match(ja, /\*\*影響:\*\* /);
  assert.match(ja, /\*\*考えられる原因:\*\* /);
  assert.match(ja, /\*\*対処:\*\* /);
  assert.match(ja, /_このファイルで 3 回発生_/);
  assert.match(ja, /_出典: Amazon Connect admin guide_/);
});

test('UUI decoding in Japanese', () => {
  setLocale('ja');
  const text = uuiText(decodeUuiAll('User-to-User: 00414243;encoding=hex;purpose=isdn-uui'));
  assert.match(text, /^User-to-User の値\n {2}デコードしたテキスト: ABC/);
  assert.match(text, /プロトコル識別子: 0x00: ユーザー固有プロトコル/);
  const odd = uuiText(decodeUuiAll('User-to-User: 0041424;encoding=hex'));
  assert.match(odd, /エラー \d+ 文字目: 16 進数の桁数が奇数です \(7 桁\)/);
});

test('CLI: --lang ja and --lang en', async () => {
  const ja = capture();
  assert.equal(await runCli(['explain', '503', '--lang', 'ja'], ja), 0);
  assert.match(ja.stdout(), /^"503" には 2 通りの意味があります:\n/);
  assert.match(ja.stdout(), /SIP レスポンス 503 — 過負荷またはメンテナンス中/);
  assert.match(ja.stdout(), /FreeSWITCH 切断理由 503 — 管理コマンドで終了/);
  const en = capture();
  assert.equal(await runCli(['--lang=en', 'explain', '503'], en), 0);
  assert.match(en.stdout(), /^2 readings of "503":/);
  const usage = capture();
  assert.equal(await runCli(['explain', '--lang', 'ja'], usage), 2);
  assert.match(usage.stderr(), /説明するコードか名前を指定してください/);
  const help = capture();
  assert.equal(await runCli(['--help', '--lang', 'ja'], help), 0);
  assert.match(help.stdout(), /^使い方: callsight <コマンド> \[オプション\]/);
});

test('CLI: the language comes from the environment unless --lang says otherwise', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-l10n-'));
  const file = join(dir, 'agent-log.txt');
  writeFileSync(file, '[]');
  const fromLang = capture();
  await withEnv({ LANG: 'ja_JP.UTF-8' }, () => runCli(['check', file], fromLang));
  assert.match(fromLang.stdout(), /1 ファイル、エラー 0 件、警告 0 件、その他の検出 0 件/);
  const lcAllWins = capture();
  await withEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' }, () => runCli(['check', file], lcAllWins));
  assert.match(lcAllWins.stdout(), /1 file\(s\), 0 error\(s\)/);
  const flagWins = capture();
  await withEnv({ LANG: 'ja_JP.UTF-8' }, () => runCli(['check', '--lang', 'en', file], flagWins));
  assert.match(flagWins.stdout(), /1 file\(s\)/);
  const none = capture();
  await withEnv({}, () => runCli(['check', file], none));
  assert.match(none.stdout(), /1 file\(s\)/, 'English without locale variables');
  const unknown = capture();
  assert.equal(await runCli(['nope', '--lang', 'ja'], unknown), 2);
  assert.match(unknown.stderr(), /^不明なコマンドです: "nope"\n使い方:/);
});
