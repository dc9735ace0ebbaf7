import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeUui,
  decodeUuiAll,
  findUuiHeaderAt,
  uuiMarkdown,
  uuiText,
  type UuiDecodeResult,
} from '../../../server/src/analysis/uui';

const CCAI_URL =
  'http://dialogflow.googleapis.com/v2beta1/projects/gcp-project-id-12345/conversations/CID-297363723_79131759_799783510';
const hexOf = (text: string): string => Buffer.from(text, 'utf8').toString('hex');
const field = (r: UuiDecodeResult, key: string): string | undefined =>
  r.fields.find((f) => f.key === key)?.value;
const codes = (r: UuiDecodeResult): string[] => r.problems.map((p) => p.code ?? '');

test('seed: the CCAI conversation example decodes to the Dialogflow URL, with its parts', () => {
  const hex = hexOf(CCAI_URL);
  assert.ok(hex.startsWith('687474703a2f2f6469616c6f67'));
  const r = decodeUui(`User-to-User: ${hex};encoding=hex;purpose=Goog-ContactCenter-Conversation`);
  assert.equal(r.text, CCAI_URL);
  assert.equal(r.octets, 117);
  assert.equal(r.protocolDiscriminator, undefined, 'Google payloads have no PD octet');
  assert.equal(r.ccai?.projectId, 'gcp-project-id-12345');
  assert.equal(r.ccai?.conversationId, 'CID-297363723_79131759_799783510');
  assert.equal(r.ccai?.apiVersion, 'v2beta1');
  assert.equal(r.ccai?.valid, true);
  assert.equal(r.ccai?.roles, undefined);
  assert.equal(field(r, 'project-id'), 'gcp-project-id-12345');
  assert.deepEqual(r.problems, []);
  assert.equal(r.params['purpose'], 'Goog-ContactCenter-Conversation');
  assert.equal(r.params['encoding'], 'hex');
  assert.equal(r.header, 'User-to-User');
});

test('seed: the session parameter example decodes to key1=value1;key2=value2', () => {
  const r = decodeUui(
    'User-to-User: 6B6579313D76616C7565313B6B6579323D76616C756532;encoding=hex;purpose=Goog-Session-Param',
  );
  assert.equal(r.text, 'key1=value1;key2=value2');
  assert.deepEqual(r.sessionParams, [
    { key: 'key1', value: 'value1' },
    { key: 'key2', value: 'value2' },
  ]);
  assert.deepEqual(r.problems, []);
});

test('several Goog-Session-Param headers give several entries', () => {
  const one = `User-to-User: ${hexOf('a=1')};encoding=hex;purpose=Goog-Session-Param`;
  const two = `User-to-User: ${hexOf('b=2;c=3')};encoding=hex;purpose=Goog-Session-Param`;
  const all = decodeUuiAll(`${one}\r\n${two}\r\n`);
  assert.equal(all.length, 2);
  assert.deepEqual(all[0]!.sessionParams, [{ key: 'a', value: '1' }]);
  assert.deepEqual(all[1]!.sessionParams, [
    { key: 'b', value: '2' },
    { key: 'c', value: '3' },
  ]);
  assert.equal(
    all[1]!.start,
    one.length + 2 + 'User-to-User: '.length,
    'offsets stay relative to the whole input',
  );
  const commas = decodeUuiAll(
    `User-to-User: ${hexOf('a=1')};encoding=hex;purpose=Goog-Session-Param, ${hexOf('b=2')};encoding=hex;purpose=Goog-Session-Param`,
  );
  assert.equal(commas.length, 2);
  assert.equal(commas[1]!.text, 'b=2');
});

test('roles on the conversation URL', () => {
  const url = `${CCAI_URL}?roles=HUMAN_AGENT,END_USER`;
  const r = decodeUui(`${hexOf(url)};encoding=hex;purpose=Goog-ContactCenter-Conversation`);
  assert.deepEqual(r.ccai?.roles, ['HUMAN_AGENT', 'END_USER']);
  assert.equal(r.ccai?.conversationId, 'CID-297363723_79131759_799783510', 'the query is not part of the id');
  assert.equal(field(r, 'roles'), 'HUMAN_AGENT, END_USER');
  assert.deepEqual(r.problems, []);
});

test('RFC 7434 ISDN payloads: the protocol discriminator and the text after it', () => {
  const payload = '11111111 | d8b50230-9927-4a8c-ab4b-74500a0519b7';
  const r = decodeUui(`User-to-User: 00${hexOf(payload)};encoding=hex;purpose=isdn-uui;content=isdn-uui`);
  assert.equal(r.text, payload);
  assert.equal(r.octets, 48);
  assert.deepEqual(
    r.protocolDiscriminator && { v: r.protocolDiscriminator.value, f: r.protocolDiscriminator.from },
    {
      v: 0,
      f: 'data',
    },
  );
  assert.match(field(r, 'pd')!, /^0x00: user-specific protocol/);
  const ia5 = decodeUui(
    'User-to-User: 04746573742022707572706f73652d757569222064752031332d30322d32303135;encoding=hex;content=isdn-uui;purpose=isdn-uui',
  );
  assert.equal(ia5.text, 'test "purpose-uui" du 13-02-2015');
  assert.equal(ia5.protocolDiscriminator?.value, 4);
  assert.match(ia5.protocolDiscriminator!.meaning, /IA5/);
  assert.deepEqual(ia5.problems, []);
});

test('vendor variants: pd parameter, X-User-to-User, encoding=ascii, isdn-interwork, %XX text', () => {
  const genesys = decodeUui(
    `User-to-User: ${hexOf('hello')};pd=04;encoding=hex;purpose=isdn-uui;content=isdn-uui`,
  );
  assert.equal(genesys.text, 'hello', 'with pd= the data has no PD octet');
  assert.deepEqual(genesys.protocolDiscriminator && genesys.protocolDiscriminator.from, 'param');

  const audiocodesHex = decodeUui(`X-User-to-User: 00${hexOf('abc')};encoding=hex`);
  assert.equal(audiocodesHex.header, 'X-User-to-User');
  assert.equal(audiocodesHex.text, 'abc');
  const audiocodesText = decodeUui('X-User-to-User: account 42;encoding=ascii');
  assert.equal(audiocodesText.text, 'account 42');
  assert.deepEqual(codes(audiocodesText), ['uui-nonstandard-encoding']);

  const ascii = decodeUui(
    'User-to-User: 00ATX-GeoLocation= 43.980570~-92.462230 ;ATX-Reference-ID= 1234;encoding=ascii;purpose=isdn-uui;content=isdn-uui',
  );
  assert.equal(ascii.data, '00ATX-GeoLocation= 43.980570~-92.462230 ;ATX-Reference-ID= 1234');
  assert.equal(ascii.params['purpose'], 'isdn-uui');
  const asciiTokens = decodeUui('User-to-User: q=sales;t=in;encoding=ascii;purpose=isdn-uui');
  assert.equal(asciiTokens.text, 'q=sales;t=in', 'free text keeps its own ;name=value pairs');

  const interwork = decodeUui(
    `User-to-User:00${hexOf('00')};encoding=hex;purpose=isdn-interwork;content=isdn-uui`,
  );
  assert.equal(interwork.text, '00');
  assert.equal(interwork.protocolDiscriminator?.value, 0);

  const escaped = decodeUui('User-to-User: %00%03abc;encoding=text;purpose=isdn-uui');
  assert.equal(escaped.hex, '0003616263');
  assert.equal(escaped.text, '\\x00\\x03abc', 'control characters are shown escaped');

  const unknownPurpose = decodeUui(`User-to-User: 04${hexOf('hi')};encoding=hex;purpose=acme-data`);
  assert.equal(unknownPurpose.protocolDiscriminator, undefined);
  assert.match(field(unknownPurpose, 'pd-alternative')!, /^0x04 .*: hi$/);
});

test('UUI inside a URI header field is unescaped first', () => {
  const input = `Refer-To: <sip:agent@pbx.example.com?User-to-User=00${hexOf('ab')}%3Bencoding%3Dhex%3Bpurpose%3Disdn-uui>`;
  const r = decodeUui(input);
  assert.equal(r.text, 'ab');
  assert.equal(r.params['encoding'], 'hex');
  assert.deepEqual(r.problems, []);
  const contact = decodeUui(`Contact: <sip:a@b?X-Foo=1&User-to-User=00${hexOf('z')}%3Bencoding%3Dhex>`);
  assert.equal(contact.text, 'z');
});

test('encoding absent: hex-looking data is read as hex, anything else as text', () => {
  const hex = decodeUui(`User-to-User: 00${hexOf('ok')}`);
  assert.equal(hex.encoding, 'hex');
  assert.equal(hex.text, 'ok');
  assert.deepEqual(codes(hex), ['uui-encoding-assumed']);
  const text = decodeUui('User-to-User: hello world');
  assert.equal(text.encoding, 'none');
  assert.equal(text.text, 'hello world');
});

test('a header under the cursor, in any export', () => {
  const trace = 'INVITE sip:a@b SIP/2.0\r\n    User-to-User: 3031;encoding=hex\\r\\n\r\nFrom: <sip:x@y>\r\n';
  const found = findUuiHeaderAt(trace, trace.indexOf('3031'));
  assert.deepEqual(found && { text: found.text, start: found.start }, {
    text: 'User-to-User: 3031;encoding=hex',
    start: trace.indexOf('User-to-User'),
  });
  assert.equal(findUuiHeaderAt(trace, 3), undefined);
  const uri = 'Refer-To: <sip:q@pbx?User-to-User=0031%3Bencoding%3Dhex>\n';
  assert.equal(findUuiHeaderAt(uri, 5)!.text, 'sip:q@pbx?User-to-User=0031%3Bencoding%3Dhex');
  assert.equal(findUuiHeaderAt('x-user-to-user:abc', 0)!.text, 'x-user-to-user:abc');
});

test('Markdown and text renderings hold the decoded text and are inert', () => {
  const r = decodeUuiAll(`User-to-User: 00${hexOf('[click](command:x) <b>`')};encoding=hex`);
  const md = uuiMarkdown(r);
  assert.match(md, /## User\\-to\\-User value/);
  assert.ok(md.includes('```text\n[click](command:x) <b>`\n```'), 'decoded text sits in a fenced block');
  assert.ok(!/\| .*\[click\]\(/.test(md), 'table cells are escaped');
  assert.match(uuiText(r), /Decoded text: \[click\]/);
  assert.match(uuiMarkdown([]), /No User\\-to\\-User value found/);
});
