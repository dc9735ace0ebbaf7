/** Values the parser reads in place (without slicing first) agree with the slicing readers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextInterner } from '../../../server/src/analysis/sip/parse/textInterner';
import {
  readViaSentByAt,
  tagAt,
  tagEndAt,
  tagStartAt,
  viaBranchAt,
  viaBranchEndAt,
  viaBranchStartAt,
  viaSentByAt,
  type ViaSentByRange,
} from '../../../server/src/analysis/sip/parse/values';

test('text interner: every value comes back equal to its text, whatever the cache holds', () => {
  const text = 'abc@host abc@host abd@host x abc@host';
  const pool = new TextInterner(4);
  const first = pool.at(text, 0, 8);
  assert.equal(first, 'abc@host');
  assert.equal(pool.at(text, 9, 17), 'abc@host');
  assert.equal(pool.at(text, 18, 26), 'abd@host');
  assert.equal(pool.at(text, 27, 28), 'x');
  assert.equal(pool.at(text, 29, 37), 'abc@host');
  assert.equal(pool.at(text, 3, 3), '');
  // A single slot: every new value evicts the last one, and answers stay right.
  const tiny = new TextInterner(0);
  for (const [s, e] of [
    [0, 8],
    [18, 26],
    [9, 17],
    [27, 28],
  ] as const)
    assert.equal(tiny.at(text, s, e), text.slice(s, e));
  // Values over the length limit are sliced as they are.
  const short = new TextInterner(4, 3);
  assert.equal(short.at(text, 0, 8), 'abc@host');
});

test('Via sent-by read in place agrees with viaSentByAt, and declines what it does not read', () => {
  const out: ViaSentByRange = { transport: '', hostStart: 0, hostEnd: 0, port: undefined };
  for (const value of [
    'SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1',
    'SIP/2.0/tcp host.example.com;rport',
    'SIP/2.0/TLS  pbx.example:99999;branch=x',
    'SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK',
    'SIP/2.0/UDP :5060',
    'SIP/2.0/UDP',
    '',
  ]) {
    const slow = viaSentByAt(value, 0, value.length);
    assert.ok(readViaSentByAt(value, 0, value.length, out), value);
    assert.deepEqual(
      { transport: out.transport, host: value.slice(out.hostStart, out.hostEnd), port: out.port },
      slow,
      value,
    );
  }
  for (const value of ['SIP/2.0/UDP [2001:db8::1]:5060', 'SIP/2.0/UDP 2001:db8::1', 'SIP/2.0/UDP hôst'])
    assert.equal(readViaSentByAt(value, 0, value.length, out), false, value);
});

test('tag and branch ranges agree with tagAt and viaBranchAt', () => {
  for (const value of ['<sip:a@b>;tag=abc;x=1', '"Tag=me" <sip:tag=1@b>', 'sip:a@b ;tag=q', '<sip:a@b>']) {
    const from = tagStartAt(value, 0, value.length);
    assert.equal(
      from < 0 ? '' : value.slice(from, tagEndAt(value, from, value.length)),
      tagAt(value, 0, value.length),
    );
  }
  for (const value of [
    'SIP/2.0/UDP h;branch=z9hG4bK1,SIP/2.0/UDP g',
    'SIP/2.0/UDP h;rport',
    'SIP/2.0/UDP h ;branch=b c',
  ]) {
    const from = viaBranchStartAt(value, 0, value.length);
    assert.equal(
      from < 0 ? '' : value.slice(from, viaBranchEndAt(value, from, value.length)),
      viaBranchAt(value, 0, value.length),
    );
  }
});
