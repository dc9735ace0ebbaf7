// The grammars on the real exports in shared/corpus: snapshots of the first lines of a representative
// set, and invariants checked on every line of every file (start lines, status classes, envelopes, SDP).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_MISSING, corpusDir } from './support/corpus';
import { assertSnapshot } from './support/snapshot';
import { formatTokens, splitLines, tokenize, type Token, type TokenizedLine } from './support/textmate';

const SNAPSHOT_LINES = 200;

/** One file per export kind, chosen for variety: WebSocket + WebRTC SDP, IPv6, auth failures, SIP INFO. */
const SNAPSHOT_FILES: readonly { readonly path: string; readonly scope: string }[] = [
  { path: 'ccp/pickles-sample-error-log.txt', scope: 'source.ccp-log' },
  { path: 'sip/sip_tcp_websocket.pcap.raw.txt', scope: 'source.sip-trace' },
  { path: 'sip/sip_tcp_websocket.pcap.ngrep.txt', scope: 'source.sip-trace' },
  { path: 'sip/sip_tcp_websocket.pcap.follow-tcp.txt', scope: 'source.sip-trace' },
  { path: 'sip/sip_tcp_websocket.pcap.tshark-O-sip.txt', scope: 'source.sip-trace' },
  { path: 'sip/sip_ipv6.pcap.ngrep.txt', scope: 'source.sip-trace' },
  { path: 'sip/sip-auth-failure.pcapng.follow.txt', scope: 'source.sip-trace' },
  { path: 'sip/DTMFsipinfo.pcap.sngrep.txt', scope: 'source.sip-trace' },
];

const corpus = corpusDir();

for (const { path, scope } of SNAPSHOT_FILES) {
  test(`corpus ${path}: first ${SNAPSHOT_LINES} lines tokenize as in the snapshot`, async (t) => {
    if (!corpus) return t.skip(CORPUS_MISSING);
    const text = readFileSync(resolve(corpus, path), 'utf8');
    const head = splitLines(text).slice(0, SNAPSHOT_LINES).join('\n');
    assertSnapshot(
      `corpus.${path.replace('/', '.').replace(/\.txt$/, '')}`,
      formatTokens(await tokenize(scope, head)),
    );
  });
}

function tokenAt(line: TokenizedLine, text: string): Token | undefined {
  return line.tokens.find((t) => t.text === text);
}

function hasScope(token: Token | undefined, prefix: string): boolean {
  return token !== undefined && token.scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
}

const CLASS_SCOPES = ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx'];

test('every SIP export in the corpus: start lines, status classes, envelopes and SDP lines get their scopes', async (t) => {
  if (!corpus) return t.skip(CORPUS_MISSING);
  const dir = resolve(corpus, 'sip');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length > 0);
  let checked = 0;
  for (const file of files) {
    const lines = await tokenize('source.sip-trace', readFileSync(resolve(dir, file), 'utf8'));
    const dissection = file.includes('tshark');
    for (const line of lines) {
      const where = `${file}:${line.line}: ${line.text.slice(0, 80)}`;
      // Plain SIP (not tshark's indented tree): start lines at column 0.
      const status = /^SIP\/2\.0 ([1-6])\d\d\b/.exec(line.text);
      if (status && !dissection) {
        const code = line.tokens.find((t) => /^\d{3}$/.test(t.text));
        assert.ok(
          code?.scopes.some((s) => s.includes(`.${CLASS_SCOPES[Number(status[1]) - 1]}.`)),
          where,
        );
        checked++;
      }
      const request = /^(INVITE|ACK|BYE|CANCEL|OPTIONS|REGISTER|INFO|SUBSCRIBE|NOTIFY) \S+ SIP\/2\.0/.exec(
        line.text,
      );
      if (request && !dissection) {
        assert.ok(hasScope(tokenAt(line, request[1]!), 'keyword.control.method'), where);
        checked++;
      }
      if (/^m=(audio|video) /.test(line.text) && !dissection) {
        const letter = line.tokens[0];
        assert.ok(
          hasScope(letter, 'keyword.other.field.m.sdp') && hasScope(letter, 'meta.embedded.block.sdp'),
          where,
        );
        checked++;
      }
      if (/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{6} \S+ -> \S+$/.test(line.text)) {
        assert.ok(hasScope(line.tokens[0], 'meta.envelope.sngrep'), where);
        checked++;
      }
      if (/^[UT] \d{4}\/\d\d\/\d\d /.test(line.text)) {
        assert.ok(hasScope(line.tokens[0], 'meta.envelope.ngrep'), where);
        checked++;
      }
      if (/^Frame \d+: /.test(line.text)) {
        assert.ok(hasScope(line.tokens[0], 'meta.envelope.tshark'), where);
        checked++;
      }
      if (/^\s{4}Status-Line: SIP\/2\.0 ([1-6])/.test(line.text)) {
        const digit = /Status-Line: SIP\/2\.0 ([1-6])/.exec(line.text)![1]!;
        assert.ok(
          line.tokens.some((t) => t.scopes.some((s) => s === `meta.status-line.${digit}xx.sip-trace`)),
          where,
        );
        checked++;
      }
      if (/^\s+Media Description, name and address \(m\): audio /.test(line.text)) {
        assert.ok(hasScope(tokenAt(line, 'audio'), 'support.type.media.sdp'), where);
        checked++;
      }
      if (/^(Follow|Node \d): /.test(line.text)) {
        assert.ok(hasScope(line.tokens[0], 'meta.envelope.follow'), where);
        checked++;
      }
    }
  }
  t.diagnostic(`${files.length} files, ${checked} lines checked`);
});

test('the CCP corpus sample: levels, API operations, redaction and times', async (t) => {
  if (!corpus) return t.skip(CORPUS_MISSING);
  const lines = await tokenize(
    'source.ccp-log',
    readFileSync(resolve(corpus, 'ccp', 'pickles-sample-error-log.txt'), 'utf8'),
  );
  const all = lines.flatMap((l) => l.tokens);
  assert.ok(all.some((t) => t.text === 'ERROR' && hasScope(t, 'markup.deleted.level.error.ccp-log')));
  assert.ok(
    all.some(
      (t) =>
        t.text === 'createAdditionalConnection' && hasScope(t, 'entity.name.function.api-operation.ccp-log'),
    ),
  );
  assert.ok(all.some((t) => t.text === 'failed' && hasScope(t, 'markup.deleted.outcome.failure.ccp-log')));
  assert.ok(all.some((t) => t.text === '[redacted]' && hasScope(t, 'comment.other.redacted.ccp-log')));
  assert.ok(
    all.some((t) => t.text === '1746552309921' && hasScope(t, 'constant.numeric.time.epoch-ms.ccp-log')),
  );
  // The redaction-truncated text still ends at its closing quote: the next line is JSON again.
  const next = lines.find((l) => l.text.includes('"time": "2025-05-06T17:25:07.733Z"'));
  assert.ok(next && hasScope(tokenAt(next, 'time'), 'support.type.property-name.json'));
});
