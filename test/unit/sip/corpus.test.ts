/**
 * Every export in the shared corpus parses with the message count its README gives (table 1, "SIP
 * msgs"; ngrep blocks from its notes). Skipped, with a message, when the corpus is not beside the repo.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSipText } from '../../../server/src/analysis/sip/parse/traceParser';
import { buildTrace } from '../../../server/src/analysis/sip/model/buildTrace';
import type { ExportFormat } from '../../../server/src/analysis/sip/model/types';
import { corpusDir } from './support';

interface Capture {
  readonly name: string;
  /** "SIP msgs" of README table 1 (= messages in tshark -V/-O, raw.txt and sngrep.txt). */
  readonly messages: number;
  /** "Call-IDs" of README table 1. */
  readonly callIds: number;
  /** ngrep blocks when they differ from the messages (keep-alives, TCP/WebSocket segments; README notes). */
  readonly ngrepBlocks?: number;
  /** Messages readable in the ngrep export when some are not (masked WebSocket frames). */
  readonly ngrepMessages?: number;
  /** Messages in the one stream `follow.txt` shows (the SIP start lines in that file). */
  readonly followMessages: number;
}

const CAPTURES: readonly Capture[] = [
  { name: 'SIP_CALL_RTP_G711', messages: 14, callIds: 4, ngrepBlocks: 17, followMessages: 10 },
  { name: 'register-invite-reinvite-bye.pcap', messages: 12, callIds: 2, followMessages: 12 },
  { name: 'sip-auth-failure.pcapng', messages: 8, callIds: 2, followMessages: 8 },
  { name: 'SIP_DTMF2.cap', messages: 29, callIds: 5, followMessages: 29 },
  { name: 'sip-over-tcp.pcap', messages: 7, callIds: 1, followMessages: 7 },
  { name: 'codec-negotiation.pcap', messages: 10, callIds: 1, followMessages: 10 },
  { name: 'invite-opus-bye.pcap', messages: 7, callIds: 1, followMessages: 7 },
  { name: 'sip-proxy.pcap', messages: 11, callIds: 1, followMessages: 4 },
  { name: 'sip_call.pcap', messages: 7, callIds: 1, followMessages: 7 },
  { name: 'DTMFsipinfo.pcap', messages: 32, callIds: 1, followMessages: 20 },
  { name: 'Asterisk_ZFONE_XLITE.pcap', messages: 27, callIds: 5, ngrepBlocks: 28, followMessages: 27 },
  // The browser's WebSocket frames are masked (RFC 6455): ngrep shows them as dot noise.
  {
    name: 'sip_tcp_websocket.pcap',
    messages: 39,
    callIds: 3,
    ngrepBlocks: 45,
    ngrepMessages: 34,
    followMessages: 2,
  },
  { name: 'sip_ipv6.pcap', messages: 6, callIds: 1, followMessages: 6 },
  { name: 'sngrep_aaa.pcap', messages: 81, callIds: 6, ngrepBlocks: 102, followMessages: 63 },
];

const dir = corpusDir();

function read(file: string): string {
  return readFileSync(join(dir as string, file), 'utf8');
}

for (const c of CAPTURES) {
  for (const kind of ['tshark-V', 'tshark-O-sip', 'raw', 'sngrep', 'ngrep', 'follow'] as const) {
    const file = `${c.name}.${kind}.txt`;
    test(`corpus ${file}`, (t) => {
      if (!dir) {
        t.skip('shared corpus not found (../shared/corpus/sip or /work/shared/corpus/sip)');
        return;
      }
      const text = read(file);
      const parsed = parseSipText(text);
      const expected =
        kind === 'follow'
          ? c.followMessages
          : kind === 'ngrep'
            ? (c.ngrepMessages ?? c.messages)
            : c.messages;
      assert.equal(parsed.messages.length, expected, `${file}: messages`);
      const format: ExportFormat = kind === 'tshark-V' || kind === 'tshark-O-sip' ? 'tshark' : kind;
      assert.equal(parsed.formats.get(format), expected, `${file}: all read as ${format}`);
      if (kind === 'ngrep')
        assert.equal(parsed.blocks.get('ngrep'), c.ngrepBlocks ?? c.messages, `${file}: blocks`);
      if (kind !== 'follow' && kind !== 'ngrep') {
        const trace = buildTrace(text);
        assert.equal(trace.dialogs.length, c.callIds, `${file}: Call-IDs`);
      }
      for (const m of parsed.messages) {
        assert.ok(m.callId.length > 0, `${file}: message ${m.index} has a Call-ID`);
        assert.ok(m.cseq >= 0, `${file}: message ${m.index} has a CSeq`);
      }
    });
  }
}

test('corpus: tshark follow of a TCP stream reads the server WebSocket frames', (t) => {
  if (!dir) {
    t.skip('shared corpus not found');
    return;
  }
  const parsed = parseSipText(read('sip_tcp_websocket.pcap.follow-tcp.txt'));
  // The HTTP upgrade and the browser's masked frames are not SIP; six server frames are.
  assert.equal(parsed.messages.length, 6);
  assert.ok(parsed.problems.some((p) => p.kind === 'unrecognized-text'));
});

test('corpus: the same capture gives the same dialogs and findings in every export', (t) => {
  if (!dir) {
    t.skip('shared corpus not found');
    return;
  }
  for (const c of CAPTURES) {
    const reference = buildTrace(read(`${c.name}.tshark-V.txt`));
    for (const kind of ['tshark-O-sip', 'sngrep', 'raw']) {
      const other = buildTrace(read(`${c.name}.${kind}.txt`));
      assert.deepEqual(
        [...other.dialogByCallId.keys()].sort(),
        [...reference.dialogByCallId.keys()].sort(),
        `${c.name}.${kind}: same Call-IDs as tshark -V`,
      );
      assert.equal(
        other.transactions.length,
        reference.transactions.length,
        `${c.name}.${kind}: transactions`,
      );
    }
  }
});
