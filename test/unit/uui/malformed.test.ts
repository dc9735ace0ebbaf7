import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUui, decodeUuiAll, type UuiDecodeResult } from '../../../server/src/analysis/uui';

const hexOf = (text: string): string => Buffer.from(text, 'utf8').toString('hex');
const CCAI = 'http://dialogflow.googleapis.com/v2beta1/projects/p-12345/conversations/';

/** The problem with `code`, asserting there is exactly one. */
function only(
  r: UuiDecodeResult,
  code: string,
): { offset: number; length: number; message: string; severity?: string } {
  const found = r.problems.filter((p) => p.code === code);
  assert.equal(found.length, 1, `one ${code} in ${JSON.stringify(r.problems)}`);
  return found[0]!;
}

test('non-hex characters are reported where they are, as runs', () => {
  const input = 'User-to-User: 30zz31 32;encoding=hex';
  const r = decodeUui(input);
  const problems = r.problems.filter((p) => p.code === 'uui-not-hex');
  assert.deepEqual(
    problems.map((p) => [p.offset, p.length]),
    [
      [input.indexOf('zz'), 2],
      [input.indexOf(' 32'), 1],
    ],
  );
  assert.equal(problems[0]!.severity, 'error');
  assert.match(problems[0]!.message, /"zz"/);
  assert.equal(r.text, undefined, 'nothing is decoded from broken hex');
});

test('many runs of non-hex characters end in a summary', () => {
  const r = decodeUui(`${'3g'.repeat(30)};encoding=hex`);
  const problems = r.problems.filter((p) => p.code === 'uui-not-hex');
  assert.equal(problems.length, 11);
  assert.match(problems[10]!.message, /20 more runs/);
});

test('an odd number of hex digits points at the digit left over', () => {
  const input = 'User-to-User: 0031323;encoding=hex';
  const p = only(decodeUui(input), 'uui-odd-length');
  assert.equal(p.offset, input.indexOf(';') - 1);
  assert.equal(p.length, 1);
  assert.match(p.message, /\(7\)/);
  assert.equal(decodeUui(input).text, '12', 'the complete octets still decode');
});

test('bad percent-encoding in text encoding and in URIs', () => {
  const text = 'User-to-User: ab%2xcd%;encoding=text';
  const r = decodeUui(text);
  const bad = r.problems.filter((p) => p.code === 'uui-bad-percent');
  assert.deepEqual(
    bad.map((p) => [p.offset, p.length]),
    [
      [text.indexOf('%2x'), 2],
      [text.indexOf('%;'), 1],
    ],
  );
  const uri = 'Refer-To: <sip:a@b?User-to-User=0031%3Bencoding%ZZhex>';
  const u = decodeUui(uri);
  assert.equal(only(u, 'uui-bad-percent').offset, uri.indexOf('%ZZ'));
});

test('unescaped ; and = inside a URI header value', () => {
  const uri = 'Refer-To: <sip:a@b?User-to-User=0031;encoding=hex>';
  const r = decodeUui(uri);
  const problems = r.problems.filter((p) => p.code === 'uui-unescaped-in-uri');
  assert.deepEqual(
    problems.map((p) => p.offset),
    [uri.indexOf(';'), uri.indexOf('=', uri.indexOf(';'))],
  );
  assert.match(problems[0]!.message, /%3B/);
});

test('empty data, unknown encodings and bad pd parameters', () => {
  const empty = decodeUui('User-to-User: ;encoding=hex;purpose=isdn-uui');
  assert.equal(only(empty, 'uui-empty').severity, 'error');
  const headerOnly = decodeUuiAll('User-to-User:');
  assert.equal(headerOnly.length, 1);
  assert.equal(headerOnly[0]!.problems[0]!.code, 'uui-empty');

  const input = 'User-to-User: aGVsbG8=;encoding=base64';
  const unknown = decodeUui(input);
  const p = only(unknown, 'uui-unknown-encoding');
  assert.equal(p.offset, input.indexOf('base64'));
  assert.equal(p.length, 'base64'.length);
  assert.equal(unknown.text, 'aGVsbG8=');

  const pdInput = 'User-to-User: 3031;pd=XYZ;encoding=hex';
  const pd = only(decodeUui(pdInput), 'uui-bad-pd');
  assert.equal(pd.offset, pdInput.indexOf('XYZ'));
});

test('text where a protocol discriminator should be', () => {
  const input = `User-to-User: ${hexOf('Hello agent')};encoding=hex;purpose=isdn-uui`;
  const r = decodeUui(input);
  const p = only(r, 'uui-missing-pd');
  assert.equal(p.offset, input.indexOf(': ') + 2);
  assert.equal(p.length, 2);
  assert.equal(p.severity, 'warning');
  assert.equal(r.text, 'Hello agent', 'the whole text is shown');
  assert.equal(r.protocolDiscriminator, undefined);
  assert.deepEqual(decodeUui(`00${hexOf('Hello')};encoding=hex;purpose=isdn-uui`).problems, []);
});

test('more than 128 octets may be cut by ISDN interworking', () => {
  const input = `User-to-User: 00${hexOf('x'.repeat(140))};encoding=hex;purpose=isdn-uui`;
  const p = only(decodeUui(input), 'uui-too-long');
  assert.equal(p.offset, input.indexOf(': ') + 2 + 128 * 2);
  assert.equal(p.severity, 'warning');
  const google = `${hexOf(CCAI + 'C' + 'x'.repeat(63))};encoding=hex;purpose=Goog-ContactCenter-Conversation`;
  assert.deepEqual(decodeUui(google).problems, [], 'the ISDN limit does not apply to Google payloads');
});

test('octets that are not UTF-8: a note for ISDN data, an error for Google', () => {
  const isdn = decodeUui('00C3283132;encoding=hex;purpose=isdn-uui');
  assert.equal(only(isdn, 'uui-not-utf8').severity, 'information');
  assert.equal(isdn.text, 'Ã(12');
  const google = decodeUui('C328;encoding=hex;purpose=Goog-Session-Param');
  const p = only(google, 'ccai-url-invalid');
  assert.equal(p.severity, 'error');
  assert.equal(p.offset, 0);
  assert.equal(p.length, 4);
});

test('a PD octet in front of a Google payload', () => {
  const input = `00${hexOf(CCAI + 'CID-1')};encoding=hex;purpose=Goog-ContactCenter-Conversation`;
  const r = decodeUui(input);
  assert.equal(only(r, 'ccai-pd-present').offset, 0);
  assert.ok(
    r.problems.some((p) => p.code === 'ccai-url-invalid'),
    'and the URL does not start right',
  );
});

test('conversation URL: host, path, version', () => {
  const decodeUrl = (url: string): UuiDecodeResult =>
    decodeUui(`${hexOf(url)};encoding=hex;purpose=Goog-ContactCenter-Conversation`);
  const host = decodeUrl('https://example.com/v2beta1/projects/p-12345/conversations/CID-1');
  const hostProblem = only(host, 'ccai-url-invalid');
  assert.equal(hostProblem.offset, 'https://'.length * 2, 'positioned on the hex of the host');
  assert.equal(hostProblem.length, 'example.com'.length * 2);
  assert.equal(host.ccai?.valid, false);
  assert.ok(
    decodeUrl('http://dialogflow.googleapis.com/v2beta1/projects/p/CID-1').problems.some(
      (p) => p.code === 'ccai-url-invalid',
    ),
  );
  assert.ok(decodeUrl('dialogflow.googleapis.com/x').problems.some((p) => p.code === 'ccai-url-invalid'));
  const v2 = decodeUrl('http://dialogflow.googleapis.com/v2/projects/p-12345/conversations/CID-1');
  assert.equal(only(v2, 'ccai-url-invalid').severity, 'warning');
  assert.equal(v2.ccai?.valid, true, 'a version warning does not invalidate the URL');
  const located = decodeUrl(
    'http://dialogflow.googleapis.com/v2beta1/projects/p-12345/locations/global/conversations/CID-1',
  );
  assert.equal(located.ccai?.location, 'global');
  assert.deepEqual(located.problems, []);
});

test('conversation id: length 3–64, a letter first, letters digits _ - only', () => {
  const decodeId = (id: string, suffix = ''): UuiDecodeResult =>
    decodeUui(`${hexOf(CCAI + id + suffix)};encoding=hex;purpose=Goog-ContactCenter-Conversation`);
  const at = (r: UuiDecodeResult): number[] =>
    r.problems
      .filter((p) => p.code === 'ccai-conversation-id-invalid')
      .map((p) => p.offset / 2 - CCAI.length);
  assert.deepEqual(decodeId('abc').problems, []);
  assert.deepEqual(decodeId('a'.repeat(64)).problems, []);
  assert.deepEqual(at(decodeId('ab')), [0]);
  assert.deepEqual(at(decodeId('a'.repeat(65))), [0]);
  assert.deepEqual(at(decodeId('1abc')), [0]);
  assert.deepEqual(at(decodeId('abc.def@x')), [3, 7]);
  assert.deepEqual(at(decodeId('_abc')), [0]);
  assert.match(decodeId('1abc').problems[0]!.message, /start with a letter/);
});

test('roles: only END_USER and HUMAN_AGENT', () => {
  const url = `${CCAI}CID-1?roles=HUMAN_AGENT,BOT`;
  const r = decodeUui(`${hexOf(url)};encoding=hex;purpose=Goog-ContactCenter-Conversation`);
  const p = only(r, 'ccai-roles-invalid');
  assert.equal(p.offset, url.indexOf('BOT') * 2);
  assert.equal(p.length, 6);
  const empty = decodeUui(
    `${hexOf(`${CCAI}CID-1?roles=`)};encoding=hex;purpose=Goog-ContactCenter-Conversation`,
  );
  assert.match(only(empty, 'ccai-roles-invalid').message, /empty/);
});

test('session parameters without = or with an empty key', () => {
  const text = 'a=1;junk;=2';
  const r = decodeUui(`${hexOf(text)};encoding=hex;purpose=Goog-Session-Param`);
  const problems = r.problems.filter((p) => p.code === 'session-param-invalid');
  assert.deepEqual(
    problems.map((p) => p.offset / 2),
    [text.indexOf('junk'), text.indexOf(';=') + 1],
  );
  assert.deepEqual(r.sessionParams, [
    { key: 'a', value: '1' },
    { key: '', value: '2' },
  ]);
});

test('garbage never throws, and big input is handled in one pass', () => {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const alphabet = '0123456789abcdefXYZ;=,"%\\ \t\r\n:<>?&-_~\u00e9\u{1f600}';
  const chars = [...alphabet];
  for (let i = 0; i < 500; i++) {
    let s = i % 3 === 0 ? 'User-to-User: ' : i % 3 === 1 ? 'Refer-To: <sip:a@b?User-to-User=' : '';
    const n = next() % 80;
    for (let k = 0; k < n; k++) s += chars[next() % chars.length];
    for (const r of decodeUuiAll(s)) {
      for (const p of r.problems) {
        assert.ok(p.offset >= 0 && p.offset <= s.length, `offset in range for ${JSON.stringify(s)}`);
        assert.ok(p.length >= 1);
      }
    }
  }
  const big = decodeUui(`User-to-User: 00${'41'.repeat(400_000)};encoding=hex`);
  assert.equal(big.octets, 400_001);
  const huge = decodeUuiAll(`User-to-User: ${'41'.repeat(600_000)};encoding=hex`);
  assert.equal(huge.at(-1)!.problems.at(-1)!.code, 'uui-input-cut', 'input beyond the limit is reported');
  const commas = decodeUuiAll(`User-to-User: ${'a,'.repeat(200_000)};encoding=ascii`);
  assert.equal(commas.length, 1, 'commas inside text do not split it');
});
