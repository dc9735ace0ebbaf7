/**
 * Softphone and media-path signatures (ccp-log.md §10, §11.1): each rule gathers the lines of its
 * signature (rtc-js SESSION lines, `Softphone error occurred`, call-report failure flags, agent error
 * states), groups them into incidents, and reports one finding per rule.
 */
import type { Finding } from '../../findings';
import { defineMessages, type MessageParams } from '../../l10n';
import { REPORT_FAILURES, type ReportFailure } from '../model/callReports';
import { EntryKind, MarkKind, type CcpEntry } from '../model/entry';
import { incidents, type Occurrence, type RuleContext } from './context';
import type { Endpoints } from './endpoints';
import type { CcpRuleId } from './meta';
import { sourceList, type SourceKey } from './sources';

const m = defineMessages('ccp.rules.softphone', {
  callList: 'calls {calls}',
  reportFlag: 'end-of-call report: {flag} = true',
  agentState: 'agent state {state}',

  signallingMessage:
    'Softphone cannot reach the signalling endpoint (TCP 443): {incidents} failure(s), first at {first}',
  signallingSeen:
    'The softphone could not open its signalling WebSocket {incidents} time(s) between {first} and {last} ({lines} log lines). {detail}',
  signallingWhy: 'Signalling carries the call setup; without it no softphone call can be accepted or placed.',
  signallingCause:
    'Outbound TCP 443 to the signalling endpoint is blocked, or a proxy does not pass WebSockets (or breaks them with TLS inspection).',
  signallingFix:
    'Allow outbound TCP 443 to {signalling}; let the proxy pass WebSocket upgrades and exempt these hosts from SSL inspection.',

  handshakeMessage:
    'Softphone signalling handshake timed out (invite/answer not done within 5 s): {incidents} time(s), first at {first}',
  handshakeSeen:
    'The signalling WebSocket connected, but the invite/answer exchange did not finish within 5 s {incidents} time(s) between {first} and {last}. {detail}',
  handshakeWhy: 'The call cannot be set up; the agent sees a connection error and the contact may be missed.',
  handshakeCause:
    'A slow or overloaded proxy or TLS-inspecting device on the path to the signalling endpoint; occasionally a transient service issue.',
  handshakeFix:
    'Check the proxy path for TCP 443 to {signalling} (bypass the proxy or SSL inspection for these hosts), then retry the call.',

  iceMessage:
    'ICE collection timed out: no media relay reachable on UDP 3478 — {incidents} call(s), first at {first}',
  iceSeen:
    'No TURN relay candidate was gathered within 8 s {incidents} time(s) between {first} and {last} ({calls}; {lines} log lines). {detail}',
  iceWhy:
    'The softphone uses relay-only ICE: without a relay candidate there is no media path, so the call cannot connect and the agent usually ends in MissedCallAgent while the customer hears ringing.',
  iceCause:
    'UDP 3478 to the Amazon Connect TURN relay is blocked or dropped (firewall, VPN without split tunnelling, proxy-only networks), or the TurnNlb host names do not resolve.',
  iceFix:
    'Allow outbound UDP 3478 to {turn} (or the AMAZON_CONNECT ranges of ip-ranges.json for {region}); make sure DNS resolves TurnNlb-* names; a stateless firewall must also allow inbound UDP 49152–65535 from those ranges. Test from the agent PC with the Amazon Connect Endpoint Test Utility.',

  iceLostMessage: 'Media connection lost during a call: {incidents} time(s), first at {first}',
  iceLostSeen:
    'The ICE connection went to disconnected or failed {incidents} time(s) between {first} and {last} ({calls}).',
  iceLostWhy: 'Audio stops in both directions until ICE recovers or the call drops.',
  iceLostCause:
    'An unstable network path: Wi-Fi roaming or interference, a VPN reconnecting, a NAT or firewall timing out the UDP flow.',
  iceLostFix:
    'Use a wired connection, exclude Amazon Connect media (UDP 3478 to {turn}) from the VPN tunnel, and raise UDP idle timeouts on firewalls/NAT.',

  micMessage: 'Microphone not available to the softphone: {incidents} time(s), first at {first}',
  micSeen: 'getUserMedia failed or was denied {incidents} time(s) between {first} and {last}. {detail}',
  micWhy:
    'Without the microphone the softphone cannot start a call: the customer hears nothing and the contact may be missed.',
  micCause:
    'Microphone permission denied or not yet granted for the CCP origin, no microphone connected, another application holding it, or (Firefox) the CCP tab not focused within 10 s.',
  micFix:
    'Allow the microphone for the CCP site in the browser settings, check that a microphone is connected and selected, and keep the CCP tab focused when accepting calls in Firefox.',

  busyMessage: 'CCP open in more than one browser (user busy): {incidents} time(s), first at {first}',
  busySeen:
    'The softphone reported user_busy / multiple CCP windows {incidents} time(s) between {first} and {last}. {detail}',
  busyWhy:
    'Only one softphone session per agent can take the call; the others fail and the contact may be missed.',
  busyCause:
    'The agent is logged in to the CCP in two different browsers or on two computers (or a stale session in another profile).',
  busyFix: 'Close the CCP everywhere but one browser; log out of the other sessions.',

  browserMessage: 'Browser not supported by the softphone: {incidents} time(s), first at {first}',
  browserSeen: 'The softphone reported an unsupported browser or VDI platform {incidents} time(s). {detail}',
  browserWhy: 'The softphone cannot start on this browser.',
  browserCause:
    'Not one of the three latest versions of Chrome, Firefox or Edge, or a VDI setup without a supported audio redirection strategy.',
  browserFix:
    'Update to a current Chrome, Edge or Firefox; in VDI, install the supported redirection client.',

  webrtcMessage: 'WebRTC error in the softphone: {incidents} time(s), first at {first}',
  webrtcSeen:
    'The softphone reported a generic WebRTC failure {incidents} time(s) between {first} and {last}. {detail}',
  webrtcWhy: 'The call could not be set up or kept; the agent sees a softphone error.',
  webrtcCause:
    'A browser WebRTC failure (offer/answer or SDP errors) or a blocked port or protocol; unknown error types are reported this way too.',
  webrtcFix:
    'Check the browser version and every required port: UDP 3478 to {turn}, TCP 443 to {signalling}; then look at the lines just before for the first failure.',

  realtimeMessage: 'Amazon Connect real-time communication error: {incidents} time(s), first at {first}',
  realtimeSeen:
    'A realtime_communication_error or RealtimeCommunicationError state was seen {incidents} time(s) between {first} and {last}. {detail}',
  realtimeWhy: 'The contact could not be delivered to the softphone.',
  realtimeCause: 'An internal communication failure inside Amazon Connect.',
  realtimeFix: 'Retry; if it repeats, open an AWS Support case with the contact ids and times from this log.',

  ringtoneMessage: 'Ringtone could not play: {incidents} time(s), first at {first}',
  ringtoneSeen: 'The ringtone engine failed to play {incidents} time(s) between {first} and {last}. {detail}',
  ringtoneWhy: 'The agent may not notice incoming contacts, so they are missed.',
  ringtoneCause:
    "The browser's autoplay policy rejected play() (NotAllowedError: no interaction with the page yet), a ringer device (sinkId) that no longer exists, or a ringtone file that failed to load.",
  ringtoneFix:
    'Allow sound/autoplay for the CCP site, click into the CCP after loading it, and check the ringer device in the CCP audio settings.',
});

/** The message table, for its translation in softphone.ja.ts. */
export { m as softphoneRuleMessages };

interface SignatureRule {
  readonly id: CcpRuleId;
  readonly key: string;
  readonly kinds: readonly EntryKind[];
  readonly errorTypes: readonly string[];
  readonly agentStates: readonly string[];
  readonly accept?: (e: CcpEntry) => boolean;
  readonly sources: readonly SourceKey[];
}

/** Error types with their own rule; any other type is a WebRTC error (publishSoftphoneFailureLogs). */
const TYPED: Readonly<Record<string, CcpRuleId>> = {
  signalling_connection_failure: 'ccp/signalling-connection-failure',
  signalling_handshake_failure: 'ccp/signalling-handshake-failure',
  ice_collection_timeout: 'ccp/ice-collection-timeout',
  microphone_not_shared: 'ccp/microphone-not-shared',
  user_busy_error: 'ccp/multiple-ccp-windows',
  multiple_softphone_active_sessions: 'ccp/multiple-ccp-windows',
  unsupported_browser: 'ccp/unsupported-browser',
  vdi_strategy_not_supported: 'ccp/unsupported-browser',
  vdi_redir_not_supported: 'ccp/unsupported-browser',
  realtime_communication_error: 'ccp/realtime-communication-error',
};

/** The rule a softphone error type reports under. */
export function ruleOfErrorType(type: string): CcpRuleId {
  return TYPED[type] ?? 'ccp/webrtc-error';
}

const RULES: readonly SignatureRule[] = [
  {
    id: 'ccp/signalling-connection-failure',
    key: 'signalling',
    kinds: [EntryKind.RtcSignalingFailed],
    errorTypes: ['signalling_connection_failure'],
    agentStates: [],
    sources: ['kbSoftphoneErrors', 'adminNetworking', 'streamsSoftphone'],
  },
  {
    id: 'ccp/signalling-handshake-failure',
    key: 'handshake',
    kinds: [EntryKind.RtcHandshakeFailed],
    errorTypes: ['signalling_handshake_failure'],
    agentStates: [],
    sources: ['kbSoftphoneErrors', 'rtcSession', 'adminNetworking'],
  },
  {
    id: 'ccp/ice-collection-timeout',
    key: 'ice',
    kinds: [
      EntryKind.RtcIceTimeout,
      EntryKind.RtcNoIceCandidate,
      EntryKind.RtcFailedState,
      EntryKind.MediaChannelFailed,
    ],
    errorTypes: ['ice_collection_timeout'],
    agentStates: [],
    accept: (e) => e.kind !== EntryKind.RtcFailedState || e.detail.includes('IceCollection'),
    sources: ['kbSoftphoneErrors', 'rtcSession', 'adminNetworking', 'endpointTest'],
  },
  {
    id: 'ccp/ice-connection-lost',
    key: 'iceLost',
    kinds: [EntryKind.RtcIceLost],
    errorTypes: [],
    agentStates: [],
    sources: ['rtcSession'],
  },
  {
    id: 'ccp/microphone-not-shared',
    key: 'mic',
    kinds: [EntryKind.RtcLocalMediaFailed, EntryKind.MicPermission],
    errorTypes: ['microphone_not_shared'],
    agentStates: [],
    accept: (e) => e.kind !== EntryKind.MicPermission || e.detail.startsWith('denied'),
    sources: ['streamsSoftphone', 'rtcSession', 'kbSoftphoneErrors'],
  },
  {
    id: 'ccp/multiple-ccp-windows',
    key: 'busy',
    kinds: [EntryKind.RtcUserBusy],
    errorTypes: ['user_busy_error', 'multiple_softphone_active_sessions'],
    agentStates: ['MultipleCcpWindows'],
    sources: ['rtcSession', 'agentStates'],
  },
  {
    id: 'ccp/unsupported-browser',
    key: 'browser',
    kinds: [],
    errorTypes: ['unsupported_browser', 'vdi_strategy_not_supported', 'vdi_redir_not_supported'],
    agentStates: [],
    sources: ['streamsSoftphone'],
  },
  {
    id: 'ccp/webrtc-error',
    key: 'webrtc',
    kinds: [],
    errorTypes: [],
    agentStates: [],
    sources: ['streamsSoftphone', 'kbSoftphoneErrors'],
  },
  {
    id: 'ccp/realtime-communication-error',
    key: 'realtime',
    kinds: [],
    errorTypes: ['realtime_communication_error'],
    agentStates: ['RealtimeCommunicationError'],
    sources: ['streamsSoftphone', 'agentStates'],
  },
  {
    id: 'ccp/ringtone-playback-failure',
    key: 'ringtone',
    kinds: [EntryKind.RingtoneFailure, EntryKind.RingtoneExhausted],
    errorTypes: [],
    agentStates: [],
    sources: ['autoplay'],
  },
];

type Key = Parameters<typeof m.t>[0];

function msgKey(rule: SignatureRule, part: 'Message' | 'Seen' | 'Why' | 'Cause' | 'Fix'): Key {
  return `${rule.key}${part}` as Key;
}

function shortId(id: string): string {
  return id.length > 13 ? `${id.slice(0, 8)}…` : id;
}

function snippet(e: CcpEntry): string {
  const s = e.msg;
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}

export function softphoneRules(ctx: RuleContext): Finding[] {
  const model = ctx.model;
  const byRule = new Map<CcpRuleId, Occurrence[]>();
  const add = (id: CcpRuleId, o: Occurrence): void => {
    const list = byRule.get(id) ?? [];
    list.push(o);
    byRule.set(id, list);
  };
  for (const rule of RULES) {
    for (const kind of rule.kinds) {
      for (const i of model.ofKind(kind)) {
        const e = model.entry(i);
        if (rule.accept && !rule.accept(e)) continue;
        add(rule.id, ctx.occurrence(e, snippet(e)));
      }
    }
  }
  for (const i of model.ofKind(EntryKind.SoftphoneError)) {
    const e = model.entry(i);
    add(ruleOfErrorType(e.detail), ctx.occurrence(e, snippet(e), MarkKind.ErrorType));
  }
  for (const report of model.reports.reports) {
    for (const flag of report.failures) {
      const e = model.entry(report.entry);
      add(REPORT_FAILURES[flag as ReportFailure], ctx.occurrence(e, m.t('reportFlag', { flag })));
    }
  }
  const bands = model.agent.bands;
  for (const rule of RULES) {
    if (rule.agentStates.length === 0) continue;
    for (const b of bands) {
      if (rule.agentStates.includes(b.name)) {
        add(rule.id, ctx.occurrence(model.entry(b.entry), m.t('agentState', { state: b.name })));
      }
    }
  }
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const occ = byRule.get(rule.id);
    if (!occ || occ.length === 0) continue;
    findings.push(signatureFinding(ctx, rule, occ));
  }
  return findings;
}

function signatureFinding(ctx: RuleContext, rule: SignatureRule, occ: Occurrence[]): Finding {
  const groups = incidents(occ, 15_000);
  const timed = occ.filter((o) => o.entry.timed).map((o) => o.entry.time);
  const first = timed.length > 0 ? Math.min(...timed) : NaN;
  const last = timed.length > 0 ? Math.max(...timed) : NaN;
  const callIds = occ
    .map((o) => o.entry.callId ?? '')
    .filter((c) => c !== '')
    .map(shortId);
  const errorLine = occ.find((o) => o.entry.kind === EntryKind.SoftphoneError);
  const detail = errorLine ? `“${snippet(errorLine.entry)}”` : `“${snippet((occ[0] as Occurrence).entry)}”`;
  const ep = ctx.endpoints;
  const params: MessageParams = {
    incidents: groups.length,
    lines: occ.length,
    first: ctx.time(first),
    last: ctx.time(last),
    calls: callIds.length > 0 ? m.t('callList', { calls: ctx.list(callIds) }) : ctx.list([]),
    detail,
    region: ep.region,
    turn: ep.turn,
    signalling: ep.signalling,
  };
  // The primary place: the first incident's `Softphone error occurred` line if it has one.
  const firstGroup = groups[0] as Occurrence[];
  const primary = firstGroup.find((o) => o.entry.kind === EntryKind.SoftphoneError) ?? firstGroup[0];
  return ctx.grouped(
    rule.id,
    occ,
    m.t(msgKey(rule, 'Message'), params),
    {
      seen: m.explain(msgKey(rule, 'Seen'), params),
      why: m.explain(msgKey(rule, 'Why'), params),
      cause: m.explain(msgKey(rule, 'Cause'), params),
      fix: m.explain(msgKey(rule, 'Fix'), params),
      sources: sourceList(rule.sources),
    },
    { primary, count: groups.length },
  );
}

/** The likely cause and fix of a softphone signature rule, for hovers on its error type. */
export function signatureAdvice(
  rule: CcpRuleId,
  endpoints: Endpoints,
): { cause: string; fix: string } | undefined {
  const r = RULES.find((x) => x.id === rule);
  if (!r) return undefined;
  const params: MessageParams = {
    turn: endpoints.turn,
    signalling: endpoints.signalling,
    region: endpoints.region,
  };
  return { cause: m.explain(msgKey(r, 'Cause'), params), fix: m.explain(msgKey(r, 'Fix'), params) };
}
