/**
 * The CCP-log core in English and in Japanese: a diagnostic (message and explanation), hovers, the
 * outline and the chart labels of one generated log, with the translations registered the way the
 * server and the CLI register them. Log texts, rule ids, error types and host names stay as they are.
 */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../server/src/l10n/all';
import { generateCcpLog } from '../../../bench/ccp/generator';
import { ccpAnalyzer } from '../../../server/src/analysis/ccp/analyzer';
import { explanationMarkdown } from '../../../server/src/analysis/explanations';
import type { Finding } from '../../../server/src/analysis/findings';
import { setLocale, type Locale } from '../../../server/src/analysis/l10n';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';

afterEach(() => setLocale('en'));

const g = generateCcpLog({
  seed: 71,
  minutes: 30,
  calls: 3,
  region: 'ap-northeast-1',
  faults: { iceTimeout: [1], clockSkewMs: 15_000 },
});

/** Analyses the log afresh in the given locales (findings carry rendered text, so no cache is shared). */
function analysed(ui: Locale, explanations: Locale = ui): ReturnType<typeof ccpAnalyzer.analyze> {
  setLocale(ui, explanations);
  return ccpAnalyzer.analyze(g.text);
}

function finding(analysis: ReturnType<typeof ccpAnalyzer.analyze>, rule: string): Finding {
  const f = analysis.findings(DEFAULT_SETTINGS).find((x) => x.rule === rule);
  assert.ok(f, rule);
  return f;
}

/** Markdown without its escapes, so the assertions read like the text a user sees. */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

function hoverOn(analysis: ReturnType<typeof ccpAnalyzer.analyze>, needle: string, delta: number): string {
  const offset = g.text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return plain(analysis.hover(offset + delta, DEFAULT_SETTINGS)?.markdown ?? '');
}

test('a CCP diagnostic in English and in Japanese: same finding, translated message and explanation', () => {
  const en = finding(analysed('en'), 'ccp/ice-collection-timeout');
  assert.match(
    en.message,
    /^ICE collection timed out: no media relay reachable on UDP 3478 — 1 call\(s\), first at /,
  );
  const enMd = plain(explanationMarkdown(en));
  assert.match(enMd, /\*\*Seen:\*\* No TURN relay candidate was gathered within 8 s/);
  assert.match(enMd, /\*\*Fix:\*\* Allow outbound UDP 3478 to TurnNlb-/);
  assert.match(enMd, /\(seen in this log; TurnNlb-\*\.elb\.ap-northeast-1\.amazonaws\.com\)/);
  assert.match(enMd, /_Sources: AWS Knowledge Center — /);

  const ja = finding(analysed('ja'), 'ccp/ice-collection-timeout');
  assert.deepEqual([ja.start, ja.end, ja.severity, ja.count], [en.start, en.end, en.severity, en.count]);
  assert.match(
    ja.message,
    /^ICE 候補の収集がタイムアウト: UDP 3478 でメディアリレーに到達できない — 通話 1 件 \(初回 /,
  );
  const jaMd = plain(explanationMarkdown(ja));
  assert.match(jaMd, /`ccp\/ice-collection-timeout`/, 'rule ids are not translated');
  assert.match(
    jaMd,
    /\*\*検出内容:\*\* .*8 秒以内に TURN のリレー候補を収集できなかったことが 1 回ありました/,
  );
  assert.match(jaMd, /“Softphone error occurred : +ice_collection_timeout/, 'log text stays as logged');
  assert.match(jaMd, /\*\*影響:\*\* ソフトフォンはリレーのみの ICE を使います。/);
  assert.match(jaMd, /\*\*考えられる原因:\*\* Amazon Connect の TURN リレーへの UDP 3478 がブロック/);
  assert.match(
    jaMd,
    /\*\*対処:\*\* TurnNlb-\w+\.elb\.ap-northeast-1\.amazonaws\.com \(このログで確認。TurnNlb-\*\.elb\.ap-northeast-1\.amazonaws\.com の 1 つ\)/,
  );
  assert.match(jaMd, /への送信方向の UDP 3478 を許可リストに追加し/);
  assert.match(jaMd, /_出典: AWS ナレッジセンター — /);
  assert.doesNotMatch(jaMd, /seen in this log|\{[a-z]+\}/, 'no English fragments, no unfilled placeholders');
});

test('a CCP diagnostic with the explanation in another language than the UI', () => {
  const mixed = finding(analysed('en', 'ja'), 'ccp/clock-skew');
  assert.match(mixed.message, /^Workstation clock off by 15000 ms \(threshold 10000 ms\) at /);
  assert.match(mixed.explanation!.seen, /件のスナップショットで \|skew\| ≥ 10000 ms です。/);
  assert.match(mixed.explanation!.fix, /^ワークステーションで時刻の自動同期 \(NTP\) を有効にします。/);
  const reverse = finding(analysed('ja', 'en'), 'ccp/clock-skew');
  assert.match(reverse.message, /^ワークステーションの時計が 15000 ms ずれている \(しきい値 10000 ms、/);
  assert.match(reverse.explanation!.fix, /^Enable automatic time synchronisation \(NTP\)/);
});

test('CCP hovers in English and in Japanese', () => {
  const en = analysed('en');
  const enError = hoverOn(en, 'ice_collection_timeout', 2);
  assert.match(enError, /^\*\*Softphone error type ice_collection_timeout\*\*/);
  assert.match(enError, /\*\*Likely cause:\*\* UDP 3478 to the Amazon Connect TURN relay/);
  assert.match(enError, /Reported as ccp\/ice-collection-timeout\./);
  const enApi = hoverOn(en, "'acceptContact'", 3);
  assert.match(enApi, /^\*\*CTI API acceptContact\*\*\n\nAccepts the offered contact/);
  assert.match(enApi, /\*\*This call:\*\* .* \(succeeded\)/);

  const ja = analysed('ja');
  const jaError = hoverOn(ja, 'ice_collection_timeout', 2);
  assert.match(jaError, /^\*\*ソフトフォンのエラー種別 ice_collection_timeout\*\*/);
  assert.match(jaError, /8 秒以内にメディアリレー \(TURN\) の候補が得られませんでした。/);
  assert.match(jaError, /\*\*考えられる原因:\*\* Amazon Connect の TURN リレーへの UDP 3478/);
  assert.match(jaError, /\*\*対処:\*\* TurnNlb/);
  assert.match(jaError, /ccp\/ice-collection-timeout として報告します。/);
  assert.match(jaError, /_メディアリレー \(TURN\) に到達できない_/, 'the knowledge entry in Japanese too');
  const jaApi = hoverOn(ja, "'acceptContact'", 3);
  assert.match(jaApi, /^\*\*CTI API acceptContact\*\*\n\n提示されたコンタクトを受け入れます/);
  assert.match(jaApi, /\*\*この呼び出し:\*\* .* \(成功\)/);
  const jaMetrics = hoverOn(ja, 'sendSoftphoneMetrics success', 4);
  assert.match(jaMetrics, /^\*\*音声メトリクスのバッチ \(\d+ サンプル\)\*\*/);
  assert.match(jaMetrics, /\| audio_input \|/, 'stream names are registered names');
  assert.match(
    hoverOn(ja, '"skew": ', 9),
    /^\*\*時計のずれ 15000 ms\*\*\n\nAmazon Connect のサーバーの時計は、この PC より 15\.0 s 進んでいます/,
  );
  assert.match(hoverOn(ja, '"level": "TRACE"', 12), /^\*\*レベル TRACE\*\*/);
});

test('the CCP outline and chart labels in Japanese', () => {
  const ja = analysed('ja');
  const names = ja.symbols(DEFAULT_SETTINGS).map((s) => s.name);
  assert.ok(names.includes('エージェントの状態'), names.join(' | '));
  assert.ok(
    names.some((n) => n.startsWith(`コンタクト ${g.calls[0]!.contactId}`)),
    names.join(' | '),
  );
  const metrics = ja.audioMetrics!(DEFAULT_SETTINGS);
  const call = metrics.calls.find((c) => c.report);
  assert.ok(call);
  assert.match(call.label, /^コンタクト [0-9a-f-]+ · /);
  assert.ok(call.report!.some((r) => r.label === 'マイク (getUserMedia)'));
});
