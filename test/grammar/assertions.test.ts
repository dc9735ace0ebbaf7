// Targeted checks of what each grammar must colour, independent of the snapshots' exact layout.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, type TokenizedLine } from './support/textmate';

/** The scopes of the first token with exactly `text` on line `line` (1-based); fails if none. */
function scopesOf(lines: readonly TokenizedLine[], line: number, text: string): readonly string[] {
  const found = lines[line - 1]?.tokens.find((t) => t.text === text);
  assert.ok(found, `no token ${JSON.stringify(text)} on line ${line}: ${lines[line - 1]?.text ?? '(none)'}`);
  return found.scopes;
}

function assertScope(scopes: readonly string[], expected: string): void {
  assert.ok(
    scopes.some((s) => s === expected || s.startsWith(expected + '.')),
    `expected ${expected} in [${scopes.join(', ')}]`,
  );
}

function assertNoScope(scopes: readonly string[], unexpected: string): void {
  assert.ok(
    !scopes.some((s) => s.startsWith(unexpected)),
    `did not expect ${unexpected} in [${scopes.join(', ')}]`,
  );
}

const ccp = (text: string) => tokenize('source.ccp-log', text);
const sip = (text: string) => tokenize('source.sip-trace', text);

describe('ccp-log grammar', () => {
  test('levels by severity, in all three forms', async () => {
    const lines = await ccp(
      [
        '        "level": "ERROR",',
        '[2023-06-17T17:02:15.400Z] [WARN] [51beb344-0b0d-488f-ac78-8beeebaa627b]: x',
        '+ 2024-05-20T13:16:36.630Z ccp INFO x',
        'softphone CRITICAL x',
        '- 2024-05-20T13:16:36.630Z ccp DEBUG x',
        '+ 2024-05-20T13:16:36.630Z ccp TRACE x',
        '+ 2024-05-20T13:16:36.630Z softphone LOG x',
      ].join('\n'),
    );
    for (const s of ['markup.deleted.level.error.ccp-log', 'token.error-token'])
      assertScope(scopesOf(lines, 1, 'ERROR'), s);
    assertScope(scopesOf(lines, 2, 'WARN'), 'markup.changed.level.warn.ccp-log');
    assertScope(scopesOf(lines, 2, 'WARN'), 'token.warn-token');
    assertScope(scopesOf(lines, 3, 'INFO'), 'markup.inserted.level.info.ccp-log');
    assertScope(scopesOf(lines, 4, 'CRITICAL'), 'markup.deleted.level.critical.ccp-log');
    assertScope(scopesOf(lines, 5, 'DEBUG'), 'comment.level.debug.ccp-log');
    assertScope(scopesOf(lines, 6, 'TRACE'), 'comment.level.trace.ccp-log');
    assertScope(scopesOf(lines, 7, 'LOG'), 'comment.level.log.ccp-log');
  });

  test('times: ISO strings and epoch milliseconds; components; agent ids', async () => {
    const lines = await ccp(
      [
        '        "time": "2025-05-06T17:25:02.353Z",',
        '        "time": 1746552309921,',
        '        "component": "softphone",',
        '[2023-06-17T17:02:15.400Z] [INFO] [51beb344-0b0d-488f-ac78-8beeebaa627b]: x',
      ].join('\n'),
    );
    assertScope(scopesOf(lines, 1, '2025-05-06T17:25:02.353Z'), 'constant.numeric.time.iso8601.ccp-log');
    assertScope(scopesOf(lines, 2, '1746552309921'), 'constant.numeric.time.epoch-ms.ccp-log');
    assertScope(scopesOf(lines, 3, 'softphone'), 'entity.name.tag.component.ccp-log');
    assertScope(scopesOf(lines, 4, '51beb344-0b0d-488f-ac78-8beeebaa627b'), 'constant.language.uuid.ccp-log');
  });

  test('highlighting inside a JSON "text" string, which stays a string', async () => {
    const lines = await ccp(
      String.raw`        "text": " 6f0d3c1e-2b8a-4c71-9d55-0a7e4f1b2c33 SESSION ConnectSignalingAndIceCollectionState => FailedState",`,
    );
    const callId = scopesOf(lines, 1, '6f0d3c1e-2b8a-4c71-9d55-0a7e4f1b2c33');
    assertScope(callId, 'string.quoted.double.json');
    assertScope(callId, 'variable.other.constant.call-id.ccp-log');
    assertScope(scopesOf(lines, 1, 'SESSION'), 'entity.name.tag.category.ccp-log');
    assertScope(scopesOf(lines, 1, 'FailedState'), 'entity.name.type.state.ccp-log');
    assertScope(scopesOf(lines, 1, '=>'), 'keyword.operator.transition.ccp-log');
    assertNoScope(scopesOf(lines, 1, ','), 'string');
  });

  test('error types, agent error states, CTI exceptions', async () => {
    const lines = await ccp(
      [
        '        "text": "Softphone error occurred :  ice_collection_timeout Ice collection timedout. ",',
        '        "text": "state MissedCallAgent after AccessDeniedException and NetworkingError",',
        '        "text": "Softphone error occurred :  other something",',
      ].join('\n'),
    );
    assertScope(scopesOf(lines, 1, 'ice_collection_timeout'), 'markup.deleted.softphone-error-type.ccp-log');
    assertScope(scopesOf(lines, 2, 'MissedCallAgent'), 'markup.deleted.agent-error-state.ccp-log');
    assertScope(scopesOf(lines, 2, 'AccessDeniedException'), 'markup.deleted.exception.cti.ccp-log');
    assertScope(scopesOf(lines, 2, 'NetworkingError'), 'markup.deleted.exception.ccp-log');
    assertScope(scopesOf(lines, 3, 'other'), 'markup.deleted.softphone-error-type.ccp-log');
  });

  test("API operations: --> Calling operation 'x', <-- Operation 'x' succeeded/failed", async () => {
    const lines = await ccp(
      [
        `[2023-06-17T17:02:15.400Z] [TRACE] []: AWSClient: --> Calling operation 'acceptContact'`,
        String.raw`        "text": "AWSClient: <-- Operation 'acceptContact' failed: {\"code\":\"NetworkingError\"}",`,
        `+ 2024-05-20T13:16:36.630Z ccp TRACE AWSClient: <-- Operation 'putAgentState' succeeded.`,
      ].join('\n'),
    );
    assertScope(scopesOf(lines, 1, 'acceptContact'), 'entity.name.function.api-operation.ccp-log');
    assertScope(scopesOf(lines, 1, 'AWSClient'), 'entity.name.tag.component.ccp-log');
    assertScope(scopesOf(lines, 2, 'acceptContact'), 'entity.name.function.api-operation.ccp-log');
    assertScope(scopesOf(lines, 2, 'failed'), 'markup.deleted.outcome.failure.ccp-log');
    assertScope(scopesOf(lines, 2, 'code'), 'support.type.property-name.embedded.ccp-log');
    assertScope(scopesOf(lines, 3, 'succeeded'), 'markup.inserted.outcome.success.ccp-log');
  });

  test('URLs, [redacted], UUIDs', async () => {
    const lines = await ccp(
      [
        String.raw`        "text": "URL wss://rtc.connect-telecom.us-east-1.amazonaws.com/LilyRTC cannot be reached. turn:TurnNlb-1.elb.us-east-1.amazonaws.com:3478?transport=udp",`,
        '        "text": "phone number[redacted]",',
        '        "text": "contactId 0b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b",',
      ].join('\n'),
    );
    assertScope(
      scopesOf(lines, 1, 'wss://rtc.connect-telecom.us-east-1.amazonaws.com/LilyRTC'),
      'markup.underline.link.ccp-log',
    );
    assertScope(
      scopesOf(lines, 1, 'turn:TurnNlb-1.elb.us-east-1.amazonaws.com:3478?transport=udp'),
      'markup.underline.link.ccp-log',
    );
    assertScope(scopesOf(lines, 2, '[redacted]'), 'comment.other.redacted.ccp-log');
    assertScope(scopesOf(lines, 3, '0b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b'), 'constant.language.uuid.ccp-log');
  });

  test('an escaped quote never ends the text; an unterminated string ends with its line', async () => {
    const lines = await ccp(
      [
        String.raw`{ "text": "see https://x.example/a\"b and \"q\"", "time": 1746552309921 }`,
        String.raw`        "text": "cut here {\"message\":\"no end`,
        '        "time": "2025-05-06T17:25:07.733Z",',
      ].join('\n'),
    );
    assertScope(scopesOf(lines, 1, 'https://x.example/a'), 'markup.underline.link.ccp-log');
    assertScope(scopesOf(lines, 1, 'time'), 'support.type.property-name.json');
    assertScope(scopesOf(lines, 1, '1746552309921'), 'constant.numeric.time.epoch-ms.ccp-log');
    assertScope(scopesOf(lines, 3, 'time'), 'support.type.property-name.json');
    assertNoScope(scopesOf(lines, 3, 'time'), 'string.quoted');
  });
});

describe('sip-trace grammar', () => {
  test('status classes 1xx–6xx have distinct scopes; 2xx success-ish, 4xx–6xx error-ish', async () => {
    const codes = [
      '100 Trying',
      '200 OK',
      '302 Moved',
      '488 Not Acceptable Here',
      '503 Service Unavailable',
      '603 Decline',
    ];
    const lines = await sip(codes.map((c) => `SIP/2.0 ${c}`).join('\n'));
    assertScope(scopesOf(lines, 1, '100'), 'markup.changed.status-code.provisional.1xx.sip-trace');
    assertScope(scopesOf(lines, 2, '200'), 'markup.inserted.status-code.success.2xx.sip-trace');
    assertScope(scopesOf(lines, 3, '302'), 'markup.changed.status-code.redirection.3xx.sip-trace');
    assertScope(scopesOf(lines, 4, '488'), 'markup.deleted.status-code.client-error.4xx.sip-trace');
    assertScope(
      scopesOf(lines, 4, 'Not Acceptable Here'),
      'markup.deleted.reason-phrase.client-error.4xx.sip-trace',
    );
    assertScope(scopesOf(lines, 5, '503'), 'markup.deleted.status-code.server-error.5xx.sip-trace');
    assertScope(scopesOf(lines, 6, '603'), 'markup.deleted.status-code.global-failure.6xx.sip-trace');
    for (const line of [4, 5, 6])
      assertScope(scopesOf(lines, line, codes[line - 1]!.slice(0, 3)), 'token.error-token');
  });

  test('request line: method, Request-URI parts, SIP/2.0', async () => {
    const lines = await sip(
      'INVITE sip:+15550100@198.51.100.20:5061;transport=tls SIP/2.0\nFOO sip:x@example.com SIP/2.0',
    );
    assertScope(scopesOf(lines, 1, 'INVITE'), 'keyword.control.method.sip-trace');
    assertScope(scopesOf(lines, 1, 'sip'), 'keyword.other.scheme.sip-trace');
    assertScope(scopesOf(lines, 1, '+15550100'), 'variable.other.user.sip-trace');
    assertScope(scopesOf(lines, 1, '198.51.100.20'), 'constant.numeric.ip-address.sip-trace');
    assertScope(scopesOf(lines, 1, '5061'), 'constant.numeric.port.sip-trace');
    assertScope(scopesOf(lines, 1, 'transport'), 'entity.other.attribute-name.parameter.sip-trace');
    assertScope(scopesOf(lines, 1, 'SIP'), 'keyword.other.protocol.sip-trace');
    assertScope(scopesOf(lines, 2, 'FOO'), 'keyword.other.method.sip-trace');
    assertScope(scopesOf(lines, 2, 'example.com'), 'string.unquoted.host.sip-trace');
  });

  test('headers, compact forms, ;tag= and ;branch=, IPv4 and IPv6', async () => {
    const lines = await sip(
      [
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-1;rport',
        'f: "Desk" <sip:2001@[2001:db8::10]:5060>;tag=as58',
        'i: abc@192.0.2.10',
        'v: SIP/2.0/TCP fe80::21a:a0ff:fe07:32e0;branch=z9hG4bK-2',
        'CSeq: 102 INVITE',
        'X-Custom: anything',
      ].join('\n'),
    );
    assertScope(scopesOf(lines, 1, 'Via'), 'support.type.property-name.header.sip-trace');
    assertScope(scopesOf(lines, 1, 'UDP'), 'storage.type.transport.sip-trace');
    assertScope(scopesOf(lines, 1, 'z9hG4bK-1'), 'variable.other.constant.branch.sip-trace');
    assertScope(scopesOf(lines, 2, 'f'), 'support.type.property-name.header.compact.sip-trace');
    assertScope(scopesOf(lines, 2, '"Desk"'), 'string.quoted.double.display-name.sip-trace');
    assertScope(scopesOf(lines, 2, '2001:db8::10'), 'constant.numeric.ip-address.sip-trace');
    assertScope(scopesOf(lines, 2, 'as58'), 'variable.other.constant.tag.sip-trace');
    assertScope(scopesOf(lines, 3, 'i'), 'support.type.property-name.header.compact.sip-trace');
    assertScope(scopesOf(lines, 3, 'abc@192.0.2.10'), 'variable.other.constant.call-id.sip-trace');
    assertScope(scopesOf(lines, 4, 'fe80::21a:a0ff:fe07:32e0'), 'constant.numeric.ip-address.sip-trace');
    assertScope(scopesOf(lines, 5, 'INVITE'), 'keyword.control.method.sip-trace');
    assertScope(scopesOf(lines, 6, 'X-Custom'), 'support.type.property-name.header.sip-trace');
  });

  test('SDP bodies are tokenized by source.sdp; the block ends with the body', async () => {
    const lines = await sip(
      [
        'Content-Type: application/sdp',
        '',
        'v=0',
        'c=IN IP4 192.0.2.10',
        'm=audio 16384 RTP/AVP 0 101',
        'a=rtpmap:0 PCMU/8000',
        'a=sendonly',
        '',
        'a=1&b=2',
        'Signal=5',
      ].join('\n'),
    );
    const m = scopesOf(lines, 5, 'm');
    assertScope(m, 'meta.embedded.block.sdp');
    assertScope(m, 'keyword.other.field.m.sdp');
    assertScope(scopesOf(lines, 5, 'audio'), 'support.type.media.sdp');
    assertScope(scopesOf(lines, 5, 'RTP/AVP'), 'keyword.other.transport-protocol.sdp');
    assertScope(scopesOf(lines, 6, 'PCMU'), 'support.type.codec.sdp');
    assertScope(scopesOf(lines, 4, '192.0.2.10'), 'constant.numeric.ip-address.sdp');
    assertScope(scopesOf(lines, 7, 'sendonly'), 'keyword.control.direction.sdp');
    assertNoScope(lines[8]!.tokens[0]!.scopes, 'meta.embedded.block.sdp');
    assertNoScope(lines[9]!.tokens[0]!.scopes, 'meta.embedded.block.sdp');
  });

  test('an envelope line of every export format gets its envelope scope', async () => {
    const cases: readonly [string, string][] = [
      ['sngrep', '2024/03/05 10:15:02.123456 192.0.2.10:5060 -> 198.51.100.20:5060'],
      ['ngrep', 'U 2024/03/05 10:15:02.123456 192.0.2.10:5060 -> 198.51.100.20:5060 #7'],
      ['ngrep', 'T +0.000120 [2001:db8::1]:5060 -> [2001:db8::2]:5060 [AP]'],
      ['tshark', 'Frame 240: 850 bytes on wire (6800 bits), 850 bytes captured (6800 bits)'],
      ['follow', 'Follow: udp,ascii'],
      ['follow.node-1', '\t230'],
      ['asterisk-pjsip', '<--- Received SIP request (1043 bytes) from UDP:208.100.60.17:5060 --->'],
      ['asterisk-chan-sip', '<--- SIP read from UDP:10.49.0.1:5064 --->'],
      ['asterisk-chan-sip', 'Retransmitting #2 (NAT) to 203.0.113.44:5060:'],
      ['freeswitch', 'send 1439 bytes to udp/[192.168.7.6] at 13:42:41.362829:'],
      ['opensips', 'out tcp 2024-01-15 12:00:00 10.0.0.1:5060 -> 10.0.0.2:5060'],
      ['homer', 'proto:UDP 2024-01-15T12:00:00.123456Z  10.0.0.1:5060 ---> 10.0.0.2:5060'],
      ['acme', 'Mar  6 13:34:49.416 On [6:0]10.102.130.185:5060 received from 10.102.130.150:5060'],
      ['cisco', '0: *Aug 30 21:21:45.583: //1/1CE915CE8002/CUBE_VT/SIP/Msg/ccsipDisplayMsg:'],
      ['cisco', 'Received: SIP UDP message from 8.41.17.71:5099 to 8.44.25.45:5060'],
    ];
    for (const [format, line] of cases) {
      const [tokenized] = await sip(line);
      assertScope(
        tokenized!.tokens[tokenized!.tokens.length - 1]!.scopes,
        `meta.envelope.${format}.sip-trace`,
      );
    }
    const kamailio = await sip(
      ['='.repeat(20), 'proto: udp ipv4', 'srcport: 5060', '~'.repeat(20)].join('\n'),
    );
    assertScope(scopesOf(kamailio, 2, 'udp'), 'storage.type.transport.sip-trace');
    assertScope(scopesOf(kamailio, 3, '5060'), 'constant.numeric.port.sip-trace');
  });

  test('tshark: headers only under Message Header; SDP labels use source.sdp values', async () => {
    const lines = await sip(
      [
        'Session Initiation Protocol (INVITE)',
        '    Request-Line: INVITE sip:a@10.0.0.2 SIP/2.0',
        '        Method: INVITE',
        '    Message Header',
        '        Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-x',
        '            Transport: UDP',
        '    Message Body',
        '            Media Description, name and address (m): audio 8000 RTP/AVP 0',
      ].join('\n'),
    );
    assertScope(scopesOf(lines, 2, 'INVITE'), 'keyword.control.method.sip-trace');
    assertScope(scopesOf(lines, 3, 'Method'), 'entity.other.attribute-name.field.tshark.sip-trace');
    assertScope(scopesOf(lines, 5, 'Via'), 'support.type.property-name.header.sip-trace');
    assertScope(scopesOf(lines, 6, 'Transport'), 'entity.other.attribute-name.field.tshark.sip-trace');
    assertScope(scopesOf(lines, 8, 'audio'), 'support.type.media.sdp');
  });
});
