/** Content sniffing of SIP traces for `.txt`/`.log` files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../server/src/analysis/detect';
import { sniffSipTrace } from '../../../server/src/analysis/sip/detect';

test('each export layout is recognised as a SIP trace, with its format', () => {
  const cases: [string, string][] = [
    ['2024/03/01 10:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060\nOPTIONS sip:a@b SIP/2.0\r\n', 'sngrep'],
    ['U 2024/03/01 10:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060 #1\nOPTIONS sip:a@b SIP/2.0.\n', 'ngrep'],
    [
      'Frame 1: 380 bytes on wire (3040 bits), 380 bytes captured (3040 bits)\nSession Initiation Protocol (INVITE)\n    Request-Line: INVITE sip:a@b SIP/2.0\n',
      'tshark',
    ],
    ['<--- Received SIP request (300 bytes) from UDP:1.2.3.4:5060 --->\nOPTIONS sip:a@b SIP/2.0\n', 'pjsip'],
    [
      '[Mar 30 13:35:51] <--- SIP read from UDP:10.49.0.1:5064 --->\n[Mar 30 13:35:51] REGISTER sip:10.49.0.2 SIP/2.0\n',
      'chan_sip',
    ],
    [
      'recv 282 bytes from udp/[10.11.34.37]:5060 at 15:46:48.570890:\n   ---\n   SIP/2.0 100 Trying\n',
      'freeswitch',
    ],
    [
      'proto:UDP 2024-01-15T12:00:00.123456Z  10.0.0.1:5060 ---> 10.0.0.2:5060\r\n\r\nOPTIONS sip:a@b SIP/2.0\r\n',
      'homer',
    ],
    [
      'Mar  6 13:34:49.416 On [6:0]10.102.130.185:5060 received from 10.102.130.150:5060\nREGISTER sip:csp.noklab.net SIP/2.0\n',
      'acme',
    ],
    ['OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP x\r\n', 'raw'],
  ];
  for (const [head, format] of cases) {
    assert.equal(sniffSipTrace(head)?.format, format, head);
    assert.equal(detectLanguage(head, 'capture.txt'), 'sip-trace', head);
  }
});

test('text without a SIP start line is not a SIP trace', () => {
  assert.equal(
    sniffSipTrace('Frame 1: 60 bytes on wire (480 bits)\nHypertext Transfer Protocol\n'),
    undefined,
  );
  assert.equal(sniffSipTrace('just a log line mentioning SIP/2.0\n'), undefined);
  assert.equal(detectLanguage('hello', 'notes.txt'), undefined);
  assert.equal(detectLanguage('', 'x.sip'), 'sip-trace', 'the extension decides');
});
