/**
 * The SIP-trace core in English and in Japanese: a diagnostic (message and explanation) and hovers of
 * one small trace, with the translations registered the way the server and the CLI register them.
 * Methods, header names, status codes, reason phrases and rule ids stay as written in the trace.
 */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../server/src/l10n/all';
import { explanationMarkdown } from '../../../server/src/analysis/explanations';
import type { Finding } from '../../../server/src/analysis/findings';
import { setLocale, type Locale } from '../../../server/src/analysis/l10n';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { analyze, Call, CARRIER, PBX, sdp, sngrep } from '../sip/support';

afterEach(() => setLocale('en'));

const call = new Call({ uasContact: 'sip:+15551234567@192.168.1.20:5060' });
const text = sngrep([
  call.request(0, 'INVITE', { body: sdp() }),
  call.response(1, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10' }) }),
  call.response(1.5, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10' }) }),
  call.response(2.5, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10' }) }),
  {
    ...call.request(33, 'BYE', {
      cseq: 5,
      toTag: 'uas1',
      branch: 'z9hG4bKbye',
      headers: ['Reason: Q.850;cause=17;text="User busy"'],
    }),
    src: CARRIER,
    dst: PBX,
  },
]);

/** Analyses the trace afresh in the given locales (findings carry rendered text). */
function analysed(ui: Locale, explanations: Locale = ui): ReturnType<typeof analyze> {
  setLocale(ui, explanations);
  return analyze(text);
}

function finding(analysis: ReturnType<typeof analyze>, rule: string): Finding {
  const f = analysis.findings(DEFAULT_SETTINGS).find((x) => x.rule === rule);
  assert.ok(f, rule);
  return f;
}

/** Markdown without its escapes, so the assertions read like the text a user sees. */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

function hoverOn(analysis: ReturnType<typeof analyze>, needle: string, delta = 0): string {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return plain(analysis.hover(offset + delta, DEFAULT_SETTINGS)?.markdown ?? '');
}

test('a SIP diagnostic in English and in Japanese: same finding, translated message and explanation', () => {
  const en = finding(analysed('en'), 'sip/2xx-without-ack');
  assert.equal(en.message, '200 to INVITE never acknowledged: the call will be torn down about 32 s later');
  const enMd = plain(explanationMarkdown(en));
  assert.match(
    enMd,
    /\*\*Seen:\*\* 200 OK at 2024-03-01 10:00:01\.000 \(203\.0\.113\.10:5060 → 198\.51\.100\.20:5060\)/,
  );
  assert.match(enMd, /The 2xx was retransmitted 2 time\(s\) \(\+500 ms, \+1\.50 s\)/);
  assert.match(enMd, /is a private \(RFC 1918 \/ ULA\) address\./);
  assert.match(
    enMd,
    /\*\*Fix:\*\* Send the ACK to the 2xx Contact \(sip:\+15551234567@192\.168\.1\.20:5060\)/,
  );

  const ja = finding(analysed('ja'), 'sip/2xx-without-ack');
  assert.deepEqual([ja.start, ja.end, ja.severity, ja.count], [en.start, en.end, en.severity, en.count]);
  assert.equal(ja.message, 'INVITE への 200 に ACK がない: 約 32 秒後に通話が切断される');
  const jaMd = plain(explanationMarkdown(ja));
  assert.match(jaMd, /`sip\/2xx-without-ack`/, 'rule ids are not translated');
  assert.match(
    jaMd,
    /\*\*検出内容:\*\* 2024-03-01 10:00:01\.000 の 200 OK \(203\.0\.113\.10:5060 → 198\.51\.100\.20:5060\) が INVITE 1 に応答しましたが、このダイアログには CSeq 1 の ACK が続いていません。/,
  );
  assert.match(jaMd, /2xx が 2 回再送されました \(\+500 ms, \+1\.50 s\)。/);
  assert.match(jaMd, /最初の 2xx から 32\.0 s 後に 2024-03-01 10:00:33\.000 の BYE が続いています。/);
  assert.match(
    jaMd,
    /は到達できないアドレス \(プライベート、RFC 1918 \/ ULA\) です。/,
    'address class from the table',
  );
  assert.match(jaMd, /\*\*影響:\*\* 着信側は Timer H \(64×T1 = 32 秒\) が満了するまで 2xx を再送し/);
  assert.match(jaMd, /\*\*考えられる原因:\*\* ACK の送り先が誤っている/);
  assert.match(
    jaMd,
    /\*\*対処:\*\* ACK を Record-Route のセット経由で 2xx の Contact \(sip:\+15551234567@192\.168\.1\.20:5060\) に送ります。/,
  );
  assert.doesNotMatch(jaMd, /\b(the|and|with|was)\b/, 'no English prose left');
});

test('SIP explanations can follow another language than the UI', () => {
  const f = finding(analysed('ja', 'en'), 'sip/2xx-without-ack');
  assert.equal(f.message, 'INVITE への 200 に ACK がない: 約 32 秒後に通話が切断される');
  assert.match(plain(explanationMarkdown(f)), /\*\*Seen:\*\* 200 OK at /);
});

test('SIP hovers in English and in Japanese: method, Reason cause, address', () => {
  const en = analysed('en');
  const invite = hoverOn(en, 'INVITE sip:');
  assert.match(invite, /\*\*INVITE\*\* \(RFC 3261\)/);
  assert.match(invite, /Starts a call/);
  assert.match(invite, /Responses: 200 \+1\.00 s, 200 \+1\.50 s, 200 \+2\.50 s/);
  assert.match(invite, /No ACK for the 2xx in the trace\./);
  assert.match(hoverOn(en, 'cause=17'), /\*\*Q\.850 cause 17: user busy\*\*/);
  assert.match(hoverOn(en, '192.168.1.20'), /Private address \(RFC 1918/);

  const ja = analysed('ja');
  const jaInvite = hoverOn(ja, 'INVITE sip:');
  assert.match(jaInvite, /\*\*INVITE\*\* \(RFC 3261\)/, 'method names stay');
  assert.match(jaInvite, /通話を開始します/);
  assert.match(jaInvite, /応答: 200 \+1\.00 s, 200 \+1\.50 s, 200 \+2\.50 s/);
  assert.match(jaInvite, /トレースに 2xx に対する ACK がありません。/);
  const reason = hoverOn(ja, 'cause=17');
  assert.match(reason, /\*\*Q\.850 理由表示 17: 着ユーザービジー \(話中\)\*\*/);
  assert.match(reason, /テキスト: `User busy`/, 'text from the trace stays as written');
  assert.match(
    hoverOn(ja, '192.168.1.20'),
    /\*\*アドレス `192\.168\.1\.20`\*\* — プライベートアドレス \(RFC 1918/,
  );
});
