import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUui, encodeUui, sessionPairsFromText } from '../../../server/src/analysis/uui';
import { SeededRandom } from '../../../bench/random';

/** Seeded, so failures reproduce. */
function random(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

const PRINTABLE = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ;=,|"\'%&?/:.-_~<>[]()`*#',
  'é',
  'ß',
  '日',
  '本',
  '語',
  '😀',
  '\u00a0',
];

function text(next: () => number, alphabet: readonly string[], min: number, max: number): string {
  const n = min + Math.floor(next() * (max - min + 1));
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

test('plain text round-trips through encode and decode (seeded, 300 cases)', () => {
  const next = random(20240515);
  const options = [
    {},
    { protocolDiscriminator: 4 },
    { protocolDiscriminator: 0, purpose: '', content: '' },
    { purpose: 'acme-data', protocolDiscriminator: null },
    { headerName: 'X-User-to-User' as const },
  ];
  for (let i = 0; i < 300; i++) {
    const plain = text(next, PRINTABLE, 1, 60);
    const opts = options[i % options.length]!;
    const encoded = encodeUui({ kind: 'text', text: plain, ...opts });
    assert.equal(encoded.ok, true, JSON.stringify(encoded.problems));
    const decoded = decodeUui(encoded.header);
    assert.equal(decoded.text, plain, `case ${i}: ${encoded.header}`);
    assert.ok(!decoded.problems.some((p) => p.severity === 'error'), JSON.stringify(decoded.problems));
    if ('protocolDiscriminator' in opts && opts.protocolDiscriminator === 4)
      assert.equal(decoded.protocolDiscriminator?.value, 4);
  }
});

test('CCAI conversation fields round-trip (seeded, 200 cases)', () => {
  const next = random(7433);
  const lower = [...'abcdefghijklmnopqrstuvwxyz'];
  const idChars = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'];
  const roleSets = [undefined, ['END_USER', 'HUMAN_AGENT'], ['HUMAN_AGENT', 'END_USER'], ['END_USER']];
  for (let i = 0; i < 200; i++) {
    const projectId =
      text(next, lower, 1, 1) + text(next, [...lower, ...'0123456789-'], 4, 20) + text(next, lower, 1, 1);
    const conversationId = text(next, [...'abcXYZ'], 1, 1) + text(next, idChars, 2, 63);
    const roles = roleSets[i % roleSets.length];
    const encoded = encodeUui({
      kind: 'ccai-conversation',
      projectId,
      conversationId,
      ...(roles ? { roles } : {}),
    });
    assert.equal(encoded.ok, true, JSON.stringify(encoded.problems));
    assert.deepEqual(encoded.problems, []);
    const decoded = decodeUui(encoded.header);
    assert.deepEqual(decoded.problems, []);
    assert.equal(decoded.ccai?.projectId, projectId);
    assert.equal(decoded.ccai?.conversationId, conversationId);
    assert.deepEqual(decoded.ccai?.roles, roles);
    assert.equal(decoded.text, encoded.text);
    assert.equal(encoded.callInfo, `Call-Info: <${encoded.text}>;purpose=Goog-ContactCenter-Conversation`);
  }
});

test('session parameters round-trip (seeded, 200 cases)', () => {
  const next = random(99);
  const keyChars = PRINTABLE.filter((c) => c !== ';' && c !== '=' && c.trim().length > 0);
  const valueChars = PRINTABLE.filter((c) => c !== ';');
  for (let i = 0; i < 200; i++) {
    const params = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
      key: text(next, keyChars, 1, 12),
      value: text(next, valueChars, 0, 20),
    }));
    const encoded = encodeUui({ kind: 'session-params', params });
    assert.equal(encoded.ok, true, JSON.stringify(encoded.problems));
    const decoded = decodeUui(encoded.header);
    assert.deepEqual(decoded.sessionParams, params);
    assert.deepEqual(decoded.problems, []);
  }
});

test('text without purpose or PD is flagged: receivers would take its first octet as the PD', () => {
  const r = encodeUui({ kind: 'text', text: 'Quote', purpose: '', content: '', protocolDiscriminator: null });
  assert.deepEqual(
    r.problems.map((p) => `${p.field}:${p.severity}`),
    ['protocolDiscriminator:warning'],
  );
  assert.equal(r.value, '51756F7465;encoding=hex');
});

test('the seed headers are what the encoder builds', () => {
  const session = encodeUui({
    kind: 'session-params',
    params: sessionPairsFromText('key1=value1;key2=value2'),
  });
  assert.equal(session.value.split(';')[0]!.toUpperCase(), '6B6579313D76616C7565313B6B6579323D76616C756532');
  assert.equal(session.header, `User-to-User: ${session.value}`);
  const conversation = encodeUui({
    kind: 'ccai-conversation',
    projectId: 'gcp-project-id-12345',
    conversationId: 'CID-297363723_79131759_799783510',
  });
  assert.equal(
    conversation.text,
    'http://dialogflow.googleapis.com/v2beta1/projects/gcp-project-id-12345/conversations/CID-297363723_79131759_799783510',
  );
  assert.ok(conversation.value.startsWith('687474703a2f2f6469616c6f67'));
  assert.ok(conversation.value.endsWith(';encoding=hex;purpose=Goog-ContactCenter-Conversation'));
  const isdn = encodeUui({ kind: 'text', text: 'hello' });
  assert.equal(isdn.value, '0068656C6C6F;encoding=hex;purpose=isdn-uui;content=isdn-uui');
});

test('validation: every bad input is named by field', () => {
  const fieldsOf = (r: ReturnType<typeof encodeUui>): string[] =>
    r.problems.map((p) => `${p.field}:${p.severity}`);
  assert.deepEqual(fieldsOf(encodeUui({ kind: 'text', text: '' })), ['text:error']);
  assert.deepEqual(fieldsOf(encodeUui({ kind: 'text', text: 'x', purpose: 'has space' })), ['purpose:error']);
  assert.deepEqual(fieldsOf(encodeUui({ kind: 'text', text: 'x', content: 'a;b' })), ['content:error']);
  assert.deepEqual(fieldsOf(encodeUui({ kind: 'text', text: 'x', protocolDiscriminator: 256 })), [
    'protocolDiscriminator:error',
  ]);
  const long = encodeUui({ kind: 'text', text: 'x'.repeat(200) });
  assert.deepEqual(fieldsOf(long), ['text:warning']);
  assert.equal(long.ok, true, 'a warning does not block');

  const ccai = (projectId: string, conversationId: string, roles?: string[]) =>
    fieldsOf(
      encodeUui({ kind: 'ccai-conversation', projectId, conversationId, ...(roles ? { roles } : {}) }),
    );
  assert.deepEqual(ccai('', 'CID-1'), ['projectId:error']);
  assert.deepEqual(ccai('a/b', 'CID-1'), ['projectId:error']);
  assert.deepEqual(ccai('My_Project', 'CID-1'), ['projectId:warning']);
  assert.deepEqual(ccai('my-project', ''), ['conversationId:error']);
  assert.deepEqual(ccai('my-project', '1-abc'), ['conversationId:error']);
  assert.deepEqual(ccai('my-project', 'ab'), ['conversationId:error']);
  assert.deepEqual(ccai('my-project', 'CID-1', ['END_USER', 'AGENT']), ['roles:error']);
  assert.equal(
    encodeUui({ kind: 'ccai-conversation', projectId: 'my-project', conversationId: 'x@y' }).ok,
    false,
  );
  assert.deepEqual(
    fieldsOf(
      encodeUui({
        kind: 'ccai-conversation',
        projectId: 'my-project',
        conversationId: 'CID-1',
        location: 'a b',
      }),
    ),
    ['location:error'],
  );

  assert.deepEqual(fieldsOf(encodeUui({ kind: 'session-params', params: [] })), ['params:error']);
  assert.deepEqual(fieldsOf(encodeUui({ kind: 'session-params', params: [{ key: '', value: 'v' }] })), [
    'params:error',
  ]);
  assert.deepEqual(fieldsOf(encodeUui({ kind: 'session-params', params: [{ key: 'a=b', value: 'v' }] })), [
    'params:error',
  ]);
  assert.deepEqual(fieldsOf(encodeUui({ kind: 'session-params', params: [{ key: 'k', value: 'v;w' }] })), [
    'params:error',
  ]);
});

test('session pairs typed as text', () => {
  assert.deepEqual(sessionPairsFromText(' a=1; b = 2 ;;c'), [
    { key: 'a', value: '1' },
    { key: 'b', value: ' 2 ' },
    { key: 'c', value: '' },
  ]);
});
