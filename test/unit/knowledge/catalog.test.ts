import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allEntries, lookupCode, type CodeSystem } from '../../../server/src/analysis/knowledge';

/** The reference tables, as written in codes.md and ccp-log.md (kept here so the test runs without them). */
const SIP_CODES = [
  100, 180, 181, 182, 183, 199, 200, 202, 204, 300, 301, 302, 305, 380, 400, 401, 402, 403, 404, 405, 406,
  407, 408, 410, 412, 413, 414, 415, 416, 417, 420, 421, 422, 423, 424, 425, 428, 429, 430, 433, 436, 437,
  438, 439, 440, 469, 470, 478, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 491, 493, 494, 500, 501,
  502, 503, 504, 505, 513, 555, 580, 600, 603, 604, 606, 607, 608,
];
const WARNING_CODES = [300, 301, 302, 303, 304, 305, 306, 307, 330, 331, 370, 380, 381, 399, 392];
const Q850_CAUSES = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 14, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 34, 38, 39, 40,
  41, 42, 43, 44, 45, 46, 47, 49, 50, 52, 53, 54, 55, 57, 58, 62, 63, 65, 66, 69, 70, 79, 81, 82, 83, 84, 85,
  86, 87, 88, 90, 91, 95, 96, 97, 98, 99, 100, 101, 102, 103, 110, 111, 127,
];
const FREESWITCH_CAUSES: Readonly<Record<string, number>> = {
  SUCCESS: 142,
  ORIGINATOR_CANCEL: 487,
  CRASH: 500,
  SYSTEM_SHUTDOWN: 501,
  LOSE_RACE: 502,
  MANAGER_REQUEST: 503,
  BLIND_TRANSFER: 600,
  ATTENDED_TRANSFER: 601,
  ALLOTTED_TIMEOUT: 602,
  USER_CHALLENGE: 603,
  MEDIA_TIMEOUT: 604,
  PICKED_OFF: 605,
  USER_NOT_REGISTERED: 606,
  PROGRESS_TIMEOUT: 607,
  INVALID_GATEWAY: 608,
  GATEWAY_DOWN: 609,
  INVALID_URL: 610,
  INVALID_PROFILE: 611,
  NO_PICKUP: 612,
  SRTP_READ_ERROR: 613,
};
const TWILIO_CODES = [
  32001, 32002, 32006, 32007, 32008, 32009, 32010, 32011, 32012, 32013, 32014, 32015, 32016, 32017, 32018,
  32019, 32021, 32022, 32100, 32101, 32102, 32103, 32105, 32106, 32110, 32111, 32112, 32113, 32114, 32115,
  32200, 32201, 32202, 32203, 32204, 32205, 32206, 32207, 32208, 32209, 32210, 32212, 32214, 32215, 32216,
  32218, 32219, 32220, 32221, 32222, 32223, 32400, 32401, 13243, 13254,
];
const TWILIO_RANGES: readonly [number, number][] = [
  [32301, 32304],
  [32500, 32506],
  [32600, 32605],
  [32700, 32711],
  [13241, 13255],
];
const SOFTPHONE_ERRORS = [
  'unsupported_browser',
  'microphone_not_shared',
  'signalling_handshake_failure',
  'signalling_connection_failure',
  'ice_collection_timeout',
  'user_busy_error',
  'webrtc_error',
  'realtime_communication_error',
  'vdi_strategy_not_supported',
  'vdi_redir_not_supported',
  'other',
  'multiple_softphone_active_sessions',
  'audio_enhancement_failure',
];
const AGENT_ERROR_STATES = [
  'AgentHungUp',
  'BadAddressAgent',
  'BadAddressCustomer',
  'FailedConnectAgent',
  'FailedConnectCustomer',
  'LineEngagedAgent',
  'LineEngagedCustomer',
  'MissedCallAgent',
  'MissedCallCustomer',
  'MultipleCcpWindows',
  'RealtimeCommunicationError',
  'Default',
  'Error',
  'InvalidLocale',
];
const CTI_EXCEPTIONS = [
  'AccessDeniedException',
  'InvalidStateException',
  'BadEndpointException',
  'InvalidAgentARNException',
  'InvalidConfigurationException',
  'InvalidContactTypeException',
  'PaginationException',
  'RefreshTokenExpiredException',
  'SendDataFailedException',
  'UnauthorizedException',
  'QuotaExceededException',
];
const ENDPOINTS = [
  'rtc*.connect-telecom.<region>.amazonaws.com',
  '*.transport.connect.<region>.amazonaws.com',
  '<alias>.my.connect.aws',
  '*.static.connect.aws',
  '*.telemetry.connect.<region>.amazonaws.com',
  'participant.connect.<region>.amazonaws.com',
  '<bucket>.s3.<region>.amazonaws.com',
  'TurnNlb-*.elb.<region>.amazonaws.com',
  '<instance-id>.<source-region>.sign-in.connect.aws',
];
/** Rule ids of ccp-log.md §11.1 and sip-traces.md §4.3 whose knowledge lives in the catalogs. */
const RULE_IDS = [
  'ccp/signalling-connection-failure',
  'ccp/signalling-handshake-failure',
  'ccp/ice-collection-timeout',
  'ccp/ice-connection-lost',
  'ccp/microphone-not-shared',
  'ccp/multiple-ccp-windows',
  'ccp/unsupported-browser',
  'ccp/webrtc-error',
  'ccp/realtime-communication-error',
  'ccp/api-endpoint-unreachable',
  'ccp/websocket-unhealthy',
  'ccp/ringtone-playback-failure',
  'ccp/auth-expired',
  'ccp/access-denied',
  'ccp/outbound-dial-timeout',
  'ccp/missed-call-agent',
  'ccp/metrics-upload-failed',
  'ccp/clock-skew',
  'ccai/conversation-id-invalid',
  'ccai/call-info-malformed',
  'ccai/conversation-id-missing',
  'ccai/roles-invalid',
  'ccai/not-tls-5672',
  'ccai/srtp-required',
  'ccai/codec-not-supported',
  'ccai/private-address',
  'ccai/non-e164-number',
  'ccai/rejected-4xx',
  'ccai/rejected-6xx-quota',
];

function assertPresent(system: CodeSystem, codes: readonly (string | number)[]): void {
  for (const code of codes) {
    const entry = lookupCode(system, code);
    assert.ok(entry, `${system} ${code} is missing`);
    assert.ok(entry.name !== undefined || system !== 'sip', `${system} ${code} falls back to its class`);
  }
}

test('every SIP response code of the reference is in the catalog, with its RFC', () => {
  assertPresent('sip', SIP_CODES);
  for (const code of SIP_CODES) {
    const entry = lookupCode('sip', code)!;
    assert.match(entry.references.join(' '), /RFC \d{4}|not registered/, `sip ${code} names its RFC`);
  }
  assert.equal(lookupCode('sip', 478)!.unverified, true, '478 is not registered');
});

test('every Warning code, Q.850 cause and FreeSWITCH cause is in the catalog', () => {
  assertPresent('sip-warning', WARNING_CODES);
  assertPresent('q850', Q850_CAUSES);
  for (const [name, code] of Object.entries(FREESWITCH_CAUSES)) {
    const entry = lookupCode('freeswitch-cause', code);
    assert.ok(entry, `FreeSWITCH ${name} missing`);
    assert.ok(entry.aliases?.includes(name), `FreeSWITCH ${code} is also written ${name}`);
  }
  assert.ok(lookupCode('q850', 16)!.aliases?.includes('NORMAL_CLEARING'));
  assert.ok(lookupCode('q850', 16)!.aliases?.includes('AST_CAUSE_NORMAL_CLEARING'));
  assert.ok(lookupCode('q850', 17)!.aliases?.includes('AST_CAUSE_BUSY'));
  assert.ok(lookupCode('q850', 1)!.aliases?.includes('UNALLOCATED_NUMBER'));
});

test('every Twilio code and range of the reference is in the catalog', () => {
  assertPresent('twilio', TWILIO_CODES);
  for (const [from, to] of TWILIO_RANGES) {
    for (let code = from; code <= to; code++) assert.ok(lookupCode('twilio', code), `twilio ${code} missing`);
  }
  assert.equal(lookupCode('twilio', 13243)!.code, '13243', 'a listed code wins over its range');
  assert.deepEqual(lookupCode('twilio', 32503)!.range, [32500, 32506]);
  assert.equal(lookupCode('twilio', 32001)!.level, 'error');
});

test('every CCP softphone error, agent error state, CTI exception and endpoint is in the catalog', () => {
  assertPresent('ccp-softphone-error', SOFTPHONE_ERRORS);
  assertPresent('ccp-agent-state', AGENT_ERROR_STATES);
  assertPresent('cti-exception', CTI_EXCEPTIONS);
  assertPresent('connect-endpoint', ENDPOINTS);
  assert.match(lookupCode('ccp-softphone-error', 'ice_collection_timeout')!.fixes.join(' '), /UDP 3478/);
  assert.match(lookupCode('connect-endpoint', 'TurnNlb-*.elb.<region>.amazonaws.com')!.title, /3478/);
});

test('every rule id of the references finds its knowledge', () => {
  const rules = new Set(allEntries().flatMap((e) => e.rules ?? []));
  for (const id of RULE_IDS) assert.ok(rules.has(id), `no entry for ${id}`);
});

test('no entry has an empty field, and text is plain (no Markdown)', () => {
  const entries = allEntries();
  assert.ok(entries.length > 300, `${entries.length} entries`);
  const seen = new Set<string>();
  for (const e of entries) {
    const id = `${e.system}:${e.code}`;
    assert.ok(!seen.has(id), `duplicate ${id}`);
    seen.add(id);
    assert.ok(e.code.trim().length > 0, id);
    assert.ok(e.title.trim().length > 0, `${id} title`);
    assert.ok(e.meaning.trim().length > 0, `${id} meaning`);
    assert.ok(e.causes.length > 0 && e.causes.every((c) => c.trim().length > 0), `${id} causes`);
    assert.ok(e.fixes.length > 0 && e.fixes.every((f) => f.trim().length > 0), `${id} fixes`);
    assert.ok(e.references.length > 0 && e.references.every((r) => r.trim().length > 0), `${id} references`);
    for (const text of [e.title, e.meaning, ...e.causes, ...e.fixes])
      assert.ok(!/\*\*|`|\]\(/.test(text), `${id} holds Markdown: ${text}`);
  }
});

test('SIP statuses and Q.850 causes point at each other', () => {
  const sip503 = lookupCode('sip', 503)!;
  assert.ok(sip503.related?.some((l) => l.system === 'q850' && l.code === '34'));
  assert.ok(sip503.related?.some((l) => l.system === 'q850' && l.code === '41'));
  const cause17 = lookupCode('q850', 17)!;
  assert.ok(cause17.related?.some((l) => l.system === 'sip' && l.code === '486'));
});

test('lookups normalise numbers and names, and unregistered SIP codes fall back to their class', () => {
  assert.equal(lookupCode('q850', '034')!.code, '34');
  assert.equal(lookupCode('sip', ' 486 ')!.code, '486');
  assert.equal(lookupCode('ccp-agent-state', 'missedcallagent')!.code, 'MissedCallAgent');
  const unknown = lookupCode('sip', 499)!;
  assert.equal(unknown.name, undefined);
  assert.match(unknown.meaning, /4xx/);
  assert.equal(lookupCode('sip', 700), undefined);
  assert.equal(lookupCode('q850', 200), undefined);
  assert.equal(lookupCode('cti-exception', 'NoSuchException'), undefined);
});

/** The reference documents, when the shared folder sits beside the repository (CI) or at /work/shared. */
function referencePath(name: string): string | undefined {
  const repoRoot = resolve(__dirname, '..', '..', '..');
  for (const dir of [resolve(repoRoot, '..', 'shared', 'reference'), '/work/shared/reference']) {
    const path = resolve(dir, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}

function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  return start < 0 ? '' : text.slice(start, end < 0 ? text.length : end);
}

function firstColumns(tableText: string): string[] {
  return tableText
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('|---'))
    .map((l) => l.split('|')[1]!.trim());
}

test('codes.md: every code in its tables is in the catalog', (t) => {
  const path = referencePath('codes.md');
  if (!path) {
    t.skip('shared/reference/codes.md not found: skipped (the built-in lists above still ran)');
    return;
  }
  const text = readFileSync(path, 'utf8');
  const sip = firstColumns(section(text, '## 1. SIP response codes', '## 2.')).filter((c) =>
    /^\d{3}$/.test(c),
  );
  assert.ok(sip.length > 70);
  assertPresent('sip', sip);
  const warnings = firstColumns(section(text, '## 2. Warning', '## 3.')).filter((c) => /^\d{3}$/.test(c));
  assertPresent('sip-warning', warnings);
  const causes = firstColumns(section(text, '## 3. Q.850', '## 4.')).filter((c) => /^\d{1,3}$/.test(c));
  assert.ok(causes.length > 70);
  assertPresent('q850', causes);
  const twilio = firstColumns(section(text, '## 4. Twilio', '## 5.'));
  for (const c of twilio) {
    const range = /^(\d{5})–(\d{5})$/.exec(c);
    if (range)
      for (let n = Number(range[1]); n <= Number(range[2]); n++)
        assert.ok(lookupCode('twilio', n), `twilio ${n}`);
    else if (/^\d{5}$/.test(c)) assert.ok(lookupCode('twilio', c), `twilio ${c}`);
  }
});

test('ccp-log.md: every enumerated error, state, exception and endpoint is in the catalog', (t) => {
  const path = referencePath('ccp-log.md');
  if (!path) {
    t.skip('shared/reference/ccp-log.md not found: skipped (the built-in lists above still ran)');
    return;
  }
  const text = readFileSync(path, 'utf8');
  const enums = section(text, '## 12. Enumerations', '## 13.');
  const softphone = section(enums, '**SoftphoneErrorTypes**', '**AgentStateType');
  for (const m of softphone.matchAll(/`([a-z_]+)`/g))
    assert.ok(lookupCode('ccp-softphone-error', m[1]!), m[1]);
  const states = section(enums, '**AgentErrorStates**', '**ContactStateType**');
  for (const m of states.matchAll(/`([A-Za-z]+)`/g)) assert.ok(lookupCode('ccp-agent-state', m[1]!), m[1]);
  const cti = section(enums, '**CTIExceptions**', 'Contact ids');
  for (const m of cti.matchAll(/`([A-Za-z]+Exception)`/g))
    assert.ok(lookupCode('cti-exception', m[1]!), m[1]);
  const allowList = section(text, '### 11.2', '## 12.');
  for (const cell of firstColumns(allowList).filter((c) => c.startsWith('`'))) {
    const first = /`([^`]+)`/.exec(cell)![1]!;
    assert.ok(lookupCode('connect-endpoint', first), first);
  }
});
