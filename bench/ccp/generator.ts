/**
 * A deterministic, seeded generator of realistic Amazon Connect CCP logs (`agent-log.txt`), following
 * ccp-log.md §17: three sources with their own loggerId (CCP tab, SharedWorker arriving in 1-s batches,
 * optionally a CRM page), snapshots about every 30 s with a stable skew, heartbeats every 10 s, log-roll
 * markers every 30 min, CTI API request/reply pairs, and per call the rtc-js session lines, contact
 * events, metrics every 30 s (≈30 samples per stream), an end-of-call report and a TelemetryCallReport.
 * Faults can be injected for every rule. Used by the unit tests, the sample and `npm run bench`.
 */
import { SeededRandom } from '../random';

export type StreamName = 'audio_input' | 'audio_output';

export interface PoorAudio {
  /** Index of the call (0-based). */
  readonly call: number;
  readonly kind: 'loss' | 'jitter' | 'rtt' | 'silence' | 'noPackets';
  readonly stream: StreamName;
  /** Seconds after the call was answered. */
  readonly fromSecond: number;
  readonly seconds: number;
}

export interface Mute {
  /** Index of the call (0-based). */
  readonly call: number;
  /** Seconds after the call was answered. */
  readonly fromSecond: number;
  readonly seconds?: number;
}

export interface TimedFault {
  /** Minutes after the log starts. */
  readonly atMinute: number;
}

export interface CcpFaults {
  /** Calls whose media path fails: UDP 3478 to the TURN relay blocked (ICE collection timeout). */
  readonly iceTimeout?: readonly number[];
  readonly signallingFailure?: readonly number[];
  readonly handshakeFailure?: readonly number[];
  readonly micDenied?: readonly number[];
  readonly userBusy?: readonly number[];
  readonly unsupportedBrowser?: readonly number[];
  readonly webrtcError?: readonly number[];
  readonly realtimeError?: readonly number[];
  /** Calls that lose ICE for a few seconds mid-call. */
  readonly iceLost?: readonly number[];
  readonly ringtoneFailure?: readonly number[];
  /** Calls the agent does not answer (MissedCallAgent). */
  readonly missedCall?: readonly number[];
  readonly failedConnectAgent?: readonly number[];
  readonly poorAudio?: readonly PoorAudio[];
  /**
   * Mute spans: `Agent has muted/unmuted the contact` lines, and the microphone stream's level at 0 in
   * between (seconds after the call was answered; without `seconds` the mute lasts to the hang-up).
   */
  readonly mutes?: readonly Mute[];
  /**
   * Label the streams as rtc-js did before 2019-07-22 (ccp-log.md §6.5): the sent stream (microphone,
   * with RTT) written as `audio_input`, the received one as `audio_output`. `poorAudio` and `mutes`
   * still name streams by their rtc-js-code role; only the written label changes.
   */
  readonly reversedDirections?: boolean;
  /** Calls whose jitterBufferMillis is logged as a running total. */
  readonly cumulativeJitter?: readonly number[];
  /** The CTI API endpoint unreachable for a while (NetworkingError, failed metrics uploads, heartbeat misses). */
  readonly apiOutage?: TimedFault & { readonly minutes: number };
  readonly slowApi?: TimedFault & { readonly op: string; readonly ms: number; readonly count: number };
  readonly apiNoReply?: TimedFault & { readonly op: string };
  readonly heartbeatMisses?: TimedFault & { readonly count: number };
  readonly authExpired?: TimedFault;
  readonly accessDenied?: TimedFault;
  readonly outboundDialTimeout?: TimedFault;
  /** Skew of every snapshot (ms); default a few hundred. */
  readonly clockSkewMs?: number;
  /** A createAdditionalConnection failure whose JSON the CCP's redaction cut. */
  readonly redactionTruncated?: boolean;
  /** An entry with `exception` and `objects` as plain strings. */
  readonly wrongTypes?: boolean;
  /** CCP v1: no metrics, reports or telemetry lines. */
  readonly ccpV1?: boolean;
  /** Cut the text at this fraction of its length (a download interrupted mid-entry). */
  readonly truncateAtFraction?: number;
  /** Make one TelemetryCallReport text about this many characters long. */
  readonly hugeTelemetryChars?: number;
  /** Exact duplicate entries to add. */
  readonly duplicates?: number;
  /** Write this share of SharedWorker times as epoch-ms numbers (the relay path does). */
  readonly epochTimeShare?: number;
}

export interface GeneratorOptions {
  readonly seed?: number;
  /** ISO start time. */
  readonly start?: string;
  readonly minutes?: number;
  readonly calls?: number;
  readonly region?: string;
  readonly alias?: string;
  readonly crm?: boolean;
  /** Background TRACE/INFO entries per minute (event bus chatter); sets the file size. */
  readonly chatterPerMinute?: number;
  readonly faults?: CcpFaults;
}

export interface GeneratedCall {
  readonly index: number;
  readonly contactId: string;
  readonly callId: string;
  readonly connectionId: string;
  /** Epoch ms: offered, answered (NaN when never answered), ended. */
  readonly offered: number;
  readonly answered: number;
  readonly ended: number;
  readonly failed: boolean;
}

export interface RawEntry {
  component: string;
  level: string;
  text: string;
  time: string | number;
  tabId?: string | null;
  exception: unknown;
  objects: unknown;
  line: number;
  agentResourceId: string;
  loggerId: string;
  contextLayer?: string;
}

export interface GeneratedLog {
  readonly text: string;
  readonly entries: readonly RawEntry[];
  readonly calls: readonly GeneratedCall[];
  readonly region: string;
  readonly start: number;
  readonly end: number;
}

type Source = 'ccp' | 'worker' | 'crm';

interface Pending {
  readonly t: number;
  readonly arrival: number;
  readonly seq: number;
  readonly source: Source;
  readonly entry: RawEntry;
}

const LEVEL_ORDER: Readonly<Record<string, number>> = {
  TRACE: 10,
  DEBUG: 20,
  INFO: 30,
  LOG: 40,
  WARN: 50,
  ERROR: 100,
};

class LogBuilder {
  readonly pending: Pending[] = [];
  private seq = 0;
  private readonly lines: Record<Source, number> = { ccp: 0, worker: 0, crm: 0 };
  readonly loggers: Record<Source, string>;
  readonly tabs: Record<Source, string | null>;

  constructor(
    private readonly rng: SeededRandom,
    readonly agentId: string,
    t0: number,
    private readonly epochShare: number,
  ) {
    this.loggers = {
      ccp: `${t0 - 4000}-${rng.base36(11)}`,
      worker: `${t0 - 1200}-${rng.base36(11)}`,
      crm: `${t0 - 9000}-${rng.base36(11)}`,
    };
    this.tabs = {
      ccp: `${t0 - 11_000}-${rng.base36(11)}`,
      worker: null,
      crm: `${t0 - 15_000}-${rng.base36(11)}`,
    };
  }

  add(
    source: Source,
    t: number,
    component: string,
    level: string,
    text: string,
    extra: { exception?: unknown; objects?: unknown } = {},
  ): void {
    const t0 = Math.round(t);
    const line = (LEVEL_ORDER[level] ?? 0) >= 30 ? ++this.lines[source] : 0;
    const time: string | number =
      source === 'worker' && this.epochShare > 0 && this.rng.chance(this.epochShare)
        ? t0
        : new Date(t0).toISOString();
    const entry: RawEntry = {
      component,
      level,
      text,
      time,
      tabId: this.tabs[source],
      exception: extra.exception ?? null,
      objects: extra.objects ?? [],
      line,
      agentResourceId: this.agentId,
      loggerId: this.loggers[source],
      contextLayer: source === 'ccp' ? 'CCP' : source === 'worker' ? 'SharedWorker' : 'CRM',
    };
    // SharedWorker entries reach the CCP tab in 1-s batches, so they land late in the array.
    const arrival = source === 'worker' ? Math.ceil((t0 + 1) / 1000) * 1000 + this.rng.int(0, 40) : t0;
    this.pending.push({ t: t0, arrival, seq: this.seq++, source, entry });
  }
}

interface Sample {
  softphoneStreamType: StreamName;
  timestamp: string;
  packetsLost: number;
  packetsCount: number;
  audioLevel: number | null;
  jitterBufferMillis: number;
  roundTripTimeMillis: number | null;
}

const API_LATENCY = [40, 260] as const;
const OTHER_STREAM: Readonly<Record<StreamName, StreamName>> = {
  audio_input: 'audio_output',
  audio_output: 'audio_input',
};

export function generateCcpLog(options: GeneratorOptions = {}): GeneratedLog {
  const rng = new SeededRandom(options.seed ?? 1);
  const start = Date.parse(options.start ?? '2025-05-06T08:00:00.000Z');
  const minutes = options.minutes ?? 60;
  const end = start + minutes * 60_000;
  const callCount = options.calls ?? Math.max(1, Math.round(minutes / 8));
  const region = options.region ?? 'ap-northeast-1';
  const alias = options.alias ?? 'example-contact-center';
  const faults = options.faults ?? {};
  const chatter = options.chatterPerMinute ?? 12;
  const agentId = rng.uuid();
  const account = String(rng.int(100000000000, 999999999999));
  const instance = rng.uuid();
  const b = new LogBuilder(rng, agentId, start, faults.epochTimeShare ?? 0);
  const skew = faults.clockSkewMs ?? rng.int(150, 450);
  const has = (list: readonly number[] | undefined, i: number): boolean => list?.includes(i) ?? false;
  const within = (f: TimedFault | undefined, t: number, span = 1): boolean =>
    f !== undefined && t >= start + f.atMinute * 60_000 && t < start + (f.atMinute + span) * 60_000;
  const outage = faults.apiOutage;
  const inOutage = (t: number): boolean => within(outage, t, outage?.minutes ?? 0);

  // ---- API helper -------------------------------------------------------------------------------
  let slowLeft = faults.slowApi?.count ?? 0;
  let noReplyDone = false;
  const api = (t: number, op: string, objects: unknown = []): number => {
    b.add('worker', t, 'ccp', 'TRACE', `AWSClient: --> Calling operation '${op}'`);
    let latency = rng.int(API_LATENCY[0], API_LATENCY[1]);
    if (
      faults.slowApi &&
      slowLeft > 0 &&
      op === faults.slowApi.op &&
      t >= start + faults.slowApi.atMinute * 60_000
    ) {
      latency = faults.slowApi.ms + rng.int(0, 200);
      slowLeft--;
    }
    if (
      faults.apiNoReply &&
      !noReplyDone &&
      op === faults.apiNoReply.op &&
      t >= start + faults.apiNoReply.atMinute * 60_000
    ) {
      noReplyDone = true;
      return t + 30_000;
    }
    const r = t + latency;
    if (inOutage(t)) {
      b.add(
        'worker',
        r,
        'ccp',
        'TRACE',
        `AWSClient: <-- Operation '${op}' failed: ${JSON.stringify({ message: 'Network Failure', code: 'NetworkingError', time: new Date(r).toISOString(), retryable: true })}`,
      );
      b.add('worker', r + 1, 'ccp', 'ERROR', `'${op}' API request failed`, {
        exception: {
          type: 'NetworkingError',
          message: 'Network Failure',
          stack: ['handleRequest@https://static.example/connect-streams.js:1:78756'],
        },
        objects: {
          request: { method: op },
          response: { type: 'api_response', err: { code: 'NetworkingError' } },
        },
      });
      b.add('worker', r + 2, 'ccp', 'ERROR', `Failed to handle AWS API request for method ${op}`);
      return r;
    }
    b.add('worker', r, 'ccp', 'TRACE', `AWSClient: <-- Operation '${op}' succeeded.`, { objects });
    b.add('worker', r + 1, 'ccp', 'TRACE', 'Publishing event: api_response');
    return r;
  };

  // ---- schedule calls -----------------------------------------------------------------------------
  const calls: GeneratedCall[] = [];
  const slot = (end - start - 120_000) / callCount;
  interface Plan {
    i: number;
    contactId: string;
    connectionId: string;
    callId: string;
    offered: number;
    answered: number;
    ended: number;
    acwEnd: number;
    setupFailure: string | undefined;
  }
  const plans: Plan[] = [];
  for (let i = 0; i < callCount; i++) {
    const offered = start + 60_000 + i * slot + rng.range(0.05, 0.3) * slot;
    const contactId = rng.uuid();
    const setupFailure = has(faults.iceTimeout, i)
      ? 'ice'
      : has(faults.signallingFailure, i)
        ? 'signalling'
        : has(faults.handshakeFailure, i)
          ? 'handshake'
          : has(faults.micDenied, i)
            ? 'mic'
            : has(faults.userBusy, i)
              ? 'busy'
              : has(faults.unsupportedBrowser, i)
                ? 'browser'
                : has(faults.webrtcError, i)
                  ? 'webrtc'
                  : has(faults.realtimeError, i)
                    ? 'realtime'
                    : has(faults.missedCall, i)
                      ? 'missed'
                      : has(faults.failedConnectAgent, i)
                        ? 'failedConnect'
                        : undefined;
    const ring = rng.range(4_000, 12_000);
    const talk = Math.min(slot * 0.6, rng.range(90_000, 420_000));
    const answered = setupFailure ? NaN : offered + ring;
    const ended = setupFailure ? offered + (setupFailure === 'missed' ? 20_000 : 12_000) : answered + talk;
    plans.push({
      i,
      contactId,
      connectionId: rng.uuid(),
      callId: contactId,
      offered,
      answered,
      ended,
      acwEnd: ended + rng.range(15_000, 50_000),
      setupFailure,
    });
    calls.push({
      index: i,
      contactId,
      callId: contactId,
      connectionId: plans[i]?.connectionId ?? '',
      offered,
      answered,
      ended,
      failed: setupFailure !== undefined,
    });
  }

  // ---- agent state over time (for snapshots) -----------------------------------------------------
  const stateAt = (t: number): { name: string; type: string; contact?: { plan: Plan; state: string } } => {
    for (const p of plans) {
      if (t < p.offered || t > p.acwEnd + 1000) continue;
      if (p.setupFailure) {
        if (t < p.ended)
          return { name: 'PendingBusy', type: 'system', contact: { plan: p, state: 'connecting' } };
        if (t < p.ended + 20_000) {
          const name =
            p.setupFailure === 'failedConnect'
              ? 'FailedConnectAgent'
              : p.setupFailure === 'busy'
                ? 'MultipleCcpWindows'
                : p.setupFailure === 'realtime'
                  ? 'RealtimeCommunicationError'
                  : 'MissedCallAgent';
          return { name, type: 'error', contact: { plan: p, state: 'error' } };
        }
        continue;
      }
      if (t < p.answered)
        return { name: 'PendingBusy', type: 'system', contact: { plan: p, state: 'connecting' } };
      if (t < p.ended) return { name: 'Busy', type: 'system', contact: { plan: p, state: 'connected' } };
      return { name: 'AfterCallWork', type: 'system', contact: { plan: p, state: 'ended' } };
    }
    return { name: 'Available', type: 'routable' };
  };
  let lastStateName = '';
  let stateStart = start;
  const snapshot = (t: number): unknown => {
    const s = stateAt(t);
    if (s.name !== lastStateName) {
      lastStateName = s.name;
      stateStart = t;
    }
    const contacts = s.contact
      ? [
          {
            contactId: s.contact.plan.contactId,
            initialContactId: null,
            type: 'voice',
            state: {
              type: s.contact.state,
              timestamp: new Date(s.contact.plan.offered + skew).toISOString(),
            },
            queue: {
              queueARN: `arn:aws:connect:${region}:${account}:instance/${instance}/queue/${rng.uuid()}`,
              name: '[redacted]',
            },
            connections: [
              {
                connectionId: s.contact.plan.connectionId,
                endpoint: { type: 'agent', agentLogin: '[redacted]', phoneNumber: '[redacted]' },
                state: {
                  type:
                    s.contact.state === 'ended'
                      ? 'disconnected'
                      : s.contact.state === 'error'
                        ? 'disconnected'
                        : s.contact.state,
                  timestamp: new Date(s.contact.plan.offered + skew).toISOString(),
                },
                type: 'agent',
                initial: false,
                softphoneMediaInfo: {
                  callType: 'audio_only',
                  autoAccept: false,
                  mediaLegContextToken: rng.base36(40),
                  callContextToken: '[redacted]',
                  callConfigJson: '[redacted]',
                },
              },
              {
                connectionId: rng.uuid(),
                endpoint: { type: 'phone_number', phoneNumber: '[redacted]' },
                state: {
                  type: 'connected',
                  timestamp: new Date(s.contact.plan.offered + skew).toISOString(),
                },
                type: 'inbound',
                initial: true,
              },
            ],
            attributes: '[redacted]',
            contactDuration: '0',
          },
        ]
      : [];
    return [
      {
        snapshot: {
          state: {
            agentStateARN: `arn:aws:connect:${region}:${account}:instance/${instance}/agent-state/${rng.uuid()}`,
            type: s.type,
            name: s.name,
            startTimestamp: new Date(stateStart + skew).toISOString(),
          },
          agentAvailabilityState: {
            state: s.name === 'Available' ? 'Available' : 'Busy',
            timeStamp: new Date(stateStart + skew).toISOString(),
          },
          contacts,
          snapshotTimestamp: new Date(t + skew).toISOString(),
          localTimestamp: Math.round(t),
          skew,
          contentLength: 450 + contacts.length * 1800,
        },
        nextToken: `${rng.base36(40)}=_${Math.round(t)}`,
      },
    ];
  };

  // ---- boot ---------------------------------------------------------------------------------------
  b.add('ccp', start + 5, 'ccp', 'INFO', 'Log roll interval occurred.');
  b.add('ccp', start + 40, 'ccp', 'INFO', `isCCPV2: ${faults.ccpV1 ? 'false' : 'true'}`);
  b.add('ccp', start + 41, 'ccp', 'INFO', 'isFramed: false');
  b.add(
    'ccp',
    start + 45,
    'ccp',
    'INFO',
    'User Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  );
  b.add('ccp', start + 46, 'ccp', 'INFO', 'Browser: Chrome Version: 124');
  b.add('ccp', start + 60, 'ccp', 'INFO', '[Audio Device Settings] SpeakerDeviceId is updated to default');
  b.add('ccp', start + 61, 'ccp', 'INFO', '[Audio Device Settings] MicrophoneDeviceId is updated to default');
  b.add(
    'ccp',
    start + 62,
    'ccp',
    'INFO',
    `Microphone Permission: ${faults.micDenied?.length ? 'prompt' : 'granted'}`,
  );
  b.add('worker', start + 80, 'ccp', 'INFO', 'Initializing Websocket Manager');
  b.add(
    'worker',
    start + 81,
    'ccp',
    'DEBUG',
    '[initWebSocket] Primary WebSocket: CONNECTING | Secondary WebSocket: NULL',
  );
  b.add('worker', start + 390, 'ccp', 'INFO', 'WebSocket connection established!');
  if (options.crm)
    b.add(
      'crm',
      start + 100,
      'ccp',
      'INFO',
      'Initiating CCP with URL https://' + alias + '.my.connect.aws/ccp-v2',
    );

  // ---- periodic ---------------------------------------------------------------------------------
  for (let t = start + 30 * 60_000; t < end; t += 30 * 60_000)
    b.add('ccp', t, 'ccp', 'INFO', 'Log roll interval occurred.');
  let missesLeft = faults.heartbeatMisses?.count ?? 0;
  for (let t = start + 10_000; t < end; t += 10_000 + rng.int(-30, 30)) {
    const down =
      inOutage(t) ||
      (faults.heartbeatMisses && missesLeft > 0 && t >= start + faults.heartbeatMisses.atMinute * 60_000);
    if (down) {
      if (!inOutage(t)) missesLeft--;
      b.add('worker', t, 'ccp', 'DEBUG', 'Sending heartbeat');
      b.add('worker', t + 10_000 - 5, 'ccp', 'WARN', 'Heartbeat response not received');
      continue;
    }
    b.add('worker', t, 'ccp', 'DEBUG', 'Sending heartbeat');
    b.add('worker', t + rng.int(40, 220), 'ccp', 'DEBUG', 'Heartbeat response received');
  }
  // Snapshots: long poll answered on change or after about 30 s.
  const changeTimes = plans.flatMap((p) =>
    p.setupFailure ? [p.offered, p.ended, p.ended + 20_000] : [p.offered, p.answered, p.ended, p.acwEnd],
  );
  changeTimes.sort((a, c) => a - c);
  let ci = 0;
  for (let t = start + 500; t < end;) {
    const nextChange = changeTimes[ci];
    let reply = t + 30_000;
    if (nextChange !== undefined && nextChange < reply) {
      reply = nextChange + rng.int(150, 600);
      ci++;
    }
    if (reply >= end) break;
    b.add('worker', t, 'ccp', 'TRACE', "AWSClient: --> Calling operation 'getAgentSnapshot'");
    if (inOutage(reply)) {
      b.add(
        'worker',
        reply,
        'ccp',
        'TRACE',
        `AWSClient: <-- Operation 'getAgentSnapshot' failed: ${JSON.stringify({ message: 'Network Failure', code: 'NetworkingError', time: new Date(reply).toISOString(), retryable: true })}`,
      );
      b.add('ccp', reply + 3, 'ccp', 'ERROR', 'Failed to get agent data.');
      t = reply + 5_000;
      continue;
    }
    const objects = snapshot(reply);
    b.add('worker', reply, 'ccp', 'TRACE', "AWSClient: <-- Operation 'getAgentSnapshot' succeeded.");
    b.add('worker', reply + 1, 'ccp', 'TRACE', 'GET_AGENT_SNAPSHOT succeeded.', { objects });
    b.add('ccp', reply + 8, 'ccp', 'TRACE', 'Publishing event: agent::refresh');
    b.add('ccp', reply + 9, 'ccp', 'TRACE', 'Publishing event: agent::update');
    t = reply + 100;
  }
  // Event-bus chatter.
  const chatterTexts = [
    ['worker', 'TRACE', 'Publishing event: update_connected_ccps'],
    ['ccp', 'TRACE', 'Publishing event: update_connected_ccps'],
    ['ccp', 'TRACE', 'Publishing event: agent::fetch_agent_data_from_ccp'],
    ['worker', 'TRACE', 'Publishing event: webSocket::all_message'],
    ['ccp', 'DEBUG', '[Softphone Manager] Softphone manager is healthy'],
    ['ccp', 'INFO', '[Database Manager] Stored agent preferences'],
  ] as const;
  const step = 60_000 / Math.max(1, chatter);
  for (let t = start + 1000; t < end; t += step * rng.range(0.5, 1.5)) {
    const [source, level, text] = rng.pick(chatterTexts);
    b.add(source, t, 'ccp', level, text);
  }
  // Periodic API calls besides snapshots.
  for (let t = start + 2_000; t < end; t += rng.range(240_000, 480_000))
    api(t, rng.pick(['getAgentPermissions', 'getEndpoints', 'getAgentConfiguration']));

  // ---- calls ----------------------------------------------------------------------------------
  let hugeDone = false;
  for (const p of plans) {
    emitCall(p);
  }

  function softphone(
    t: number,
    level: string,
    text: string,
    extra: { exception?: unknown; objects?: unknown } = {},
  ): void {
    b.add('ccp', t, 'softphone', level, ` ${text}`, extra);
  }

  function rtc(p: Plan, t: number, level: string, category: string, text: string): void {
    softphone(t, level, `${p.callId} ${category} ${text}`);
  }

  function emitCall(p: Plan): void {
    const t0 = p.offered;
    b.add('ccp', t0, 'ccp', 'TRACE', `Publishing event: contact::init::${p.contactId}`);
    b.add('ccp', t0 + 2, 'ccp', 'TRACE', `Publishing event: contact::connecting::${p.contactId}`);
    b.add('ccp', t0 + 5, 'ccp', 'INFO', `[Ringtone Engine] Start ringtone for contact ${p.contactId}`);
    if (has(faults.ringtoneFailure, p.i)) {
      const exception = {
        type: 'NotAllowedError',
        message: "play() failed because the user didn't interact with the document first.",
        stack: ['playRingtone@https://static.example/ccp.js:1:2345'],
      };
      const objects = [
        {
          currentSrc: `https://${alias}.my.connect.aws/ccp-v2/static/ringtone.mp3`,
          sinkId: 'default',
          volume: 1,
          contactId: p.contactId,
        },
      ];
      b.add('ccp', t0 + 40, 'ccp', 'ERROR', 'Ringtone Playback Failure: 2 retries remaining.', {
        exception,
        objects,
      });
      b.add('ccp', t0 + 1_040, 'ccp', 'ERROR', 'Ringtone Playback Failure: 1 retries remaining.', {
        exception,
        objects,
      });
      b.add('ccp', t0 + 2_040, 'ccp', 'ERROR', 'Ringtone Retries Exhausted', { exception, objects });
    }
    softphone(
      t0 + 20,
      'INFO',
      `Softphone call detected: contactId ${p.contactId} agent connectionId ${p.connectionId}`,
    );
    const f = p.setupFailure;
    if (f === 'browser') {
      softphone(t0 + 30, 'ERROR', 'Softphone error occurred :  unsupported_browser Browser not supported. ');
      missed(p);
      return;
    }
    rtc(p, t0 + 30, 'INFO', 'SESSION', 'GrabLocalMediaState => CreateOfferState');
    if (f === 'mic') {
      b.add('ccp', t0 + 25, 'ccp', 'INFO', 'Microphone Permission: denied');
      rtc(p, t0 + 10_030, 'ERROR', 'SESSION', 'Local media initialization failed');
      softphone(
        t0 + 10_031,
        'ERROR',
        'Softphone error occurred :  microphone_not_shared Your microphone is not enabled in your browser. ',
      );
      missed(p);
      return;
    }
    rtc(p, t0 + 60, 'INFO', 'SESSION', 'CreateOfferState => SetLocalSessionDescriptionState');
    rtc(
      p,
      t0 + 80,
      'INFO',
      'SESSION',
      'SetLocalSessionDescriptionState => ConnectSignalingAndIceCollectionState',
    );
    const host = `{"candidate":"candidate:1 1 udp 2122260223 192.0.2.${rng.int(2, 250)} ${rng.int(49152, 65535)} typ host generation 0","sdpMid":"0","sdpMLineIndex":0}`;
    rtc(p, t0 + 95, 'LOG', 'SESSION', `onicecandidate ${host}`);
    if (f === 'ice') {
      rtc(p, t0 + 8_080, 'WARN', 'SESSION', 'ICE collection timed out');
      rtc(p, t0 + 8_081, 'ERROR', 'SESSION', 'No ICE candidate');
      rtc(p, t0 + 8_082, 'INFO', 'SESSION', 'ConnectSignalingAndIceCollectionState => FailedState');
      softphone(
        t0 + 8_083,
        'ERROR',
        'Softphone error occurred :  ice_collection_timeout Ice collection timedout. ',
      );
      b.add(
        'ccp',
        t0 + 8_090,
        'ccp',
        'ERROR',
        `Browser unable to establish media channel with turn:TurnNlb-${rng.hex(16)}.elb.${region}.amazonaws.com:3478?transport=udp`,
      );
      missed(p, { iceCollectionFailure: true });
      return;
    }
    const relay = `{"candidate":"candidate:2 1 udp 41885439 198.51.100.${rng.int(2, 250)} ${rng.int(49152, 65535)} typ relay raddr 203.0.113.7 rport ${rng.int(49152, 65535)} generation 0","sdpMid":"0","sdpMLineIndex":0}`;
    rtc(p, t0 + 180, 'LOG', 'SESSION', `onicecandidate ${relay}`);
    if (f === 'signalling') {
      rtc(p, t0 + 400, 'ERROR', 'SESSION', 'Failed connecting to signaling server [object Event]');
      rtc(p, t0 + 401, 'INFO', 'SESSION', 'ConnectSignalingAndIceCollectionState => FailedState');
      softphone(
        t0 + 402,
        'ERROR',
        `Softphone error occurred :  signalling_connection_failure URL wss://rtc.connect-telecom.${region}.amazonaws.com/LilyRTC cannot be reached. `,
      );
      missed(p, { signallingConnectionFailure: true });
      return;
    }
    rtc(p, t0 + 300, 'INFO', 'SESSION', 'ConnectSignalingAndIceCollectionState => InviteAnswerState');
    rtc(p, t0 + 310, 'LOG', 'SIGNALING', 'Sending SDP v=0 o=- [redacted]');
    if (f === 'handshake') {
      rtc(p, t0 + 5_310, 'INFO', 'SIGNALING', 'PendingAnswerState => FailedState');
      rtc(p, t0 + 5_311, 'ERROR', 'SESSION', 'Failed handshaking with signaling server Timeout');
      rtc(p, t0 + 5_312, 'INFO', 'SESSION', 'InviteAnswerState => FailedState');
      softphone(
        t0 + 5_313,
        'ERROR',
        `Softphone error occurred :  signalling_handshake_failure Handshaking with Signalling Server wss://rtc.connect-telecom.${region}.amazonaws.com/LilyRTC failed. `,
      );
      missed(p, { handshakingFailure: true });
      return;
    }
    if (f === 'busy') {
      rtc(p, t0 + 600, 'ERROR', 'SESSION', 'User Busy, possibly multiple CCP windows open');
      rtc(p, t0 + 601, 'INFO', 'SESSION', 'InviteAnswerState => FailedState');
      softphone(
        t0 + 602,
        'ERROR',
        'Softphone error occurred :  user_busy_error Softphone call UserBusy error. ',
      );
      missed(p, { userBusyFailure: true });
      return;
    }
    if (f === 'webrtc' || f === 'realtime') {
      rtc(p, t0 + 700, 'INFO', 'SESSION', 'InviteAnswerState => FailedState');
      softphone(
        t0 + 701,
        'ERROR',
        f === 'webrtc'
          ? 'Softphone error occurred :  webrtc_error webrtc system error. '
          : 'Softphone error occurred :  realtime_communication_error Realtime communication error. ',
      );
      missed(p, f === 'webrtc' ? { createOfferFailure: true } : {});
      return;
    }
    rtc(p, t0 + 650, 'LOG', 'SIGNALING', 'Received SDP v=0 o=- [redacted]');
    rtc(p, t0 + 660, 'INFO', 'SESSION', 'InviteAnswerState => AcceptState');
    if (f === 'missed' || f === 'failedConnect') {
      b.add('ccp', p.ended, 'ccp', 'TRACE', `Publishing event: contact::error::${p.contactId}`);
      b.add('ccp', p.ended + 1, 'ccp', 'TRACE', `Publishing event: contact::missed::${p.contactId}`);
      b.add('ccp', p.ended + 2, 'ccp', 'TRACE', `Publishing event: contact::ended::${p.contactId}`);
      rtc(p, p.ended + 10, 'INFO', 'SESSION', 'AcceptState => CleanUpState');
      afterFailure(p);
      return;
    }
    // Answered.
    const a = p.answered;
    api(a, 'acceptContact');
    b.add('ccp', a + 300, 'ccp', 'TRACE', `Publishing event: contact::accepted::${p.contactId}`);
    b.add('ccp', a + 900, 'ccp', 'TRACE', `Publishing event: contact::connected::${p.contactId}`);
    rtc(p, a + 950, 'INFO', 'SESSION', 'AcceptState => TalkingState');
    if (has(faults.iceLost, p.i)) {
      const tl = a + (p.ended - a) / 2;
      rtc(p, tl, 'INFO', 'SESSION', 'ICE Connection State:  disconnected');
      rtc(p, tl + 1, 'INFO', 'SESSION', 'Lost ICE connection');
      rtc(p, tl + 4_000, 'INFO', 'SESSION', 'ICE Connection State:  connected');
    }
    // Metrics every 30 s, flushed at hang-up.
    const perSecond: Sample[][] = [[], []];
    const talkSeconds = Math.floor((p.ended - a) / 1000);
    const mutes = (faults.mutes ?? []).filter((mu) => mu.call === p.i);
    const mutedAt = (sec: number): boolean =>
      mutes.some(
        (mu) => sec > mu.fromSecond && (mu.seconds === undefined || sec <= mu.fromSecond + mu.seconds),
      );
    for (const mu of mutes) {
      const text = (verb: string): string =>
        `Agent has ${verb} the contact, connectionId - ${p.connectionId}`;
      b.add('ccp', a + mu.fromSecond * 1000 + 500, 'ccp', 'INFO', text('muted'));
      if (mu.seconds !== undefined)
        b.add('ccp', a + (mu.fromSecond + mu.seconds) * 1000 + 500, 'ccp', 'INFO', text('unmuted'));
    }
    let cumulative = 0;
    const samplesFor = (sec: number): Sample[] => {
      const t = a + sec * 1000;
      const out: Sample[] = [];
      for (const stream of ['audio_input', 'audio_output'] as const) {
        const speaking = Math.floor(sec / 4 + (stream === 'audio_input' ? 0 : 2)) % 2 === 0;
        let s: Sample = {
          softphoneStreamType: stream,
          timestamp: new Date(t).toISOString(),
          packetsLost: rng.chance(0.04) ? 1 : 0,
          packetsCount: 50 + rng.int(-1, 1),
          audioLevel: speaking ? rng.int(250, 3200) : rng.int(8, 90),
          jitterBufferMillis: rng.int(2, 14),
          roundTripTimeMillis: stream === 'audio_output' ? rng.int(28, 95) : null,
        };
        for (const bad of faults.poorAudio ?? []) {
          if (
            bad.call !== p.i ||
            bad.stream !== stream ||
            sec < bad.fromSecond ||
            sec >= bad.fromSecond + bad.seconds
          )
            continue;
          if (bad.kind === 'loss') s = { ...s, packetsLost: rng.int(6, 12) };
          if (bad.kind === 'jitter') s = { ...s, jitterBufferMillis: rng.int(60, 130) };
          if (bad.kind === 'rtt' && s.roundTripTimeMillis !== null)
            s = { ...s, roundTripTimeMillis: rng.int(480, 820) };
          if (bad.kind === 'silence') s = { ...s, audioLevel: 0 };
          if (bad.kind === 'noPackets') s = { ...s, packetsCount: 0, packetsLost: 0, audioLevel: 0 };
        }
        if (has(faults.cumulativeJitter, p.i)) {
          cumulative += s.jitterBufferMillis;
          s = { ...s, jitterBufferMillis: cumulative };
        }
        // A disabled microphone track reports level 0 from the first full second of the mute.
        if (stream === 'audio_output' && mutedAt(sec)) s = { ...s, audioLevel: 0 };
        if (faults.reversedDirections) s = { ...s, softphoneStreamType: OTHER_STREAM[stream] };
        perSecond[s.softphoneStreamType === 'audio_input' ? 0 : 1]?.push(s);
        out.push(s);
      }
      return out;
    };
    let batch: Sample[] = [];
    for (let sec = 0; sec <= talkSeconds; sec++) {
      batch.push(...samplesFor(sec));
      const isLast = sec === talkSeconds;
      if ((sec > 0 && sec % 30 === 0) || isLast) {
        const t = a + sec * 1000 + 250;
        if (!faults.ccpV1) {
          if (inOutage(t)) {
            api(t - 200, 'sendSoftphoneCallMetrics');
            softphone(t, 'ERROR', 'sendSoftphoneMetrics failed.', {
              objects: [{ code: 'NetworkingError', message: 'Network Failure' }],
            });
          } else {
            api(t - 200, 'sendSoftphoneCallMetrics');
            softphone(t, 'INFO', `sendSoftphoneMetrics success${JSON.stringify(batch)}`);
          }
        }
        batch = [];
      }
    }
    const e = p.ended;
    b.add('ccp', e, 'ccp', 'TRACE', `Publishing event: contact::ended::${p.contactId}`);
    b.add('ccp', e + 2, 'ccp', 'TRACE', `Publishing event: contact::acw::${p.contactId}`);
    rtc(p, e + 20, 'INFO', 'SESSION', 'TalkingState => CleanUpState');
    rtc(p, e + 40, 'INFO', 'SESSION', 'CleanUpState => DisconnectedState');
    if (!faults.ccpV1) {
      const report = callReport(p, a, e, {});
      const last = (k: 0 | 1): Sample => perSecond[k]?.[perSecond[k].length - 1] as Sample;
      report['softphoneStreamStatistics'] = [
        {
          softphoneStreamType: 'audio_input',
          timestamp: last(0).timestamp,
          packetsLost: 3,
          packetsCount: talkSeconds * 50,
          audioLevel: last(0).audioLevel,
        },
        {
          softphoneStreamType: 'audio_output',
          timestamp: last(1).timestamp,
          packetsLost: 2,
          packetsCount: talkSeconds * 50,
          audioLevel: last(1).audioLevel,
        },
      ];
      api(e + 100, 'sendSoftphoneCallReport');
      softphone(e + 400, 'INFO', `sendSoftphoneReport success${JSON.stringify(report)}`);
      const telemetry = telemetryReport(report, perSecond, p);
      softphone(e + 420, 'INFO', `sent TelemetryCallReport ${JSON.stringify(telemetry)}`);
    }
    api(p.acwEnd, 'clearContact');
    b.add('ccp', p.acwEnd + 300, 'ccp', 'TRACE', `Publishing event: contact::destroyed::${p.contactId}`);
  }

  function callReport(
    p: Plan,
    a: number,
    e: number,
    failures: Record<string, boolean>,
  ): Record<string, unknown> {
    return {
      callStartTime: new Date(p.offered).toISOString(),
      callEndTime: new Date(e).toISOString(),
      gumTimeMillis: rng.int(40, 200),
      initializationTimeMillis: rng.int(200, 500),
      iceCollectionTimeMillis: failures['iceCollectionFailure'] ? 8000 : rng.int(100, 600),
      signallingConnectTimeMillis: rng.int(80, 300),
      handshakingTimeMillis: rng.int(150, 500),
      preTalkingTimeMillis: Number.isNaN(a) ? 0 : Math.round(a - p.offered),
      talkingTimeMillis: Number.isNaN(a) ? 0 : Math.round(e - a),
      cleanupTimeMillis: rng.int(20, 90),
      iceCollectionFailure: false,
      signallingConnectionFailure: false,
      handshakingFailure: false,
      gumOtherFailure: false,
      gumTimeoutFailure: false,
      createOfferFailure: false,
      setLocalDescriptionFailure: false,
      userBusyFailure: false,
      invalidRemoteSDPFailure: false,
      noRemoteIceCandidateFailure: false,
      setRemoteDescriptionFailure: false,
      ...failures,
      softphoneStreamStatistics: [],
    };
  }

  function telemetryReport(
    report: Record<string, unknown>,
    perSecond: Sample[][],
    p: Plan,
  ): Record<string, unknown> {
    const arrays = (k: 0 | 1): Record<string, number[]> => {
      const xs = perSecond[k] ?? [];
      const out: Record<string, number[]> = {
        packetsCount: xs.map((s) => s.packetsCount),
        packetsLost: xs.map((s) => s.packetsLost),
        audioLevel: xs.map((s) => s.audioLevel ?? 0),
        jitterBufferMillis: xs.map((s) => s.jitterBufferMillis),
      };
      if (k === 1) out['roundTripTimeMillis'] = xs.map((s) => s.roundTripTimeMillis ?? 0);
      return out;
    };
    const input = arrays(0);
    const output = arrays(1);
    if (faults.hugeTelemetryChars && !hugeDone) {
      hugeDone = true;
      const per = Math.ceil(faults.hugeTelemetryChars / 9 / 4);
      for (const o of [input, output])
        for (const key of Object.keys(o)) o[key] = Array.from({ length: per }, (_, i) => 100 + (i % 900));
    }
    return {
      ...report,
      softphoneStreamPerSecondStatistics: { AUDIO_INPUT: input, AUDIO_OUTPUT: output },
      iceConnectionsLost: has(faults.iceLost, p.i) ? 1 : 0,
      iceConnectionsFailed: 0,
      peerConnectionFailed: false,
      rtcJsVersion: '1.3.2',
      streamJsVersion: '2.18.6',
      firstRTPTimeMillis: rng.int(80, 400),
      isMediaClusterPath: true,
      isPersistentPeerConnection: false,
      consecutiveNoAudioInputPackets: 0,
      consecutiveLowInputAudioLevel: 0,
      consecutiveNoAudioOutputPackets: 0,
      consecutiveLowOutputAudioLevel: 0,
      audioInputConnectedDurationSeconds: Math.round((p.ended - p.answered) / 1000),
      ccpMediaReadyLatencyMillis: rng.int(300, 900),
      contactSubtype: 'connect:Telephony',
      vdiPlatform: null,
      skewTimeMillis: skew,
      activePeerConnectionCount: 1,
    };
  }

  function missed(p: Plan, failures: Record<string, boolean> = {}): void {
    const t = p.ended;
    b.add('ccp', t, 'ccp', 'TRACE', `Publishing event: contact::error::${p.contactId}`);
    b.add('ccp', t + 1, 'ccp', 'TRACE', `Publishing event: contact::missed::${p.contactId}`);
    b.add('ccp', t + 2, 'ccp', 'TRACE', `Publishing event: contact::ended::${p.contactId}`);
    if (!faults.ccpV1 && Object.keys(failures).length > 0) {
      softphone(
        t + 50,
        'INFO',
        `sendSoftphoneReport success${JSON.stringify(callReport(p, NaN, t, failures))}`,
      );
    }
    afterFailure(p);
  }

  function afterFailure(p: Plan): void {
    const t = p.ended + 20_000;
    api(t, 'putAgentState');
    b.add('ccp', t + 400, 'ccp', 'TRACE', `Publishing event: contact::destroyed::${p.contactId}`);
  }

  // ---- timed faults --------------------------------------------------------------------------
  const at = (f: TimedFault): number => start + f.atMinute * 60_000 + 1_234;
  if (faults.authExpired) {
    const t = at(faults.authExpired);
    b.add(
      'worker',
      t,
      'ccp',
      'TRACE',
      'AWSClient: <-- Operation getAgentSnapshot failed with unauthorized error. Retrying call for a 1 time',
    );
    b.add('worker', t + 200, 'ccp', 'TRACE', "AWSClient: --> Calling operation 'putAgentState'");
    b.add(
      'worker',
      t + 380,
      'ccp',
      'TRACE',
      `AWSClient: <-- Operation 'putAgentState' failed: ${JSON.stringify({ message: 'Session expired', code: 'UnauthorizedException', statusCode: 401, retryable: false })}`,
    );
    b.add('ccp', t + 500, 'ccp', 'ERROR', 'AUTH_FAIL occurred. Attempting to authenticate.');
  }
  if (faults.accessDenied) {
    const t = at(faults.accessDenied);
    b.add('worker', t, 'ccp', 'TRACE', "AWSClient: --> Calling operation 'createOutboundContact'");
    b.add(
      'worker',
      t + 240,
      'ccp',
      'TRACE',
      `AWSClient: <-- Operation 'createOutboundContact' failed: ${JSON.stringify({ message: 'User is not authorized to make outbound calls', code: 'AccessDeniedException', statusCode: 403, retryable: false })}`,
    );
  }
  if (faults.outboundDialTimeout) {
    const t = at(faults.outboundDialTimeout);
    b.add('worker', t, 'ccp', 'TRACE', "AWSClient: --> Calling operation 'createOutboundContact'");
    b.add('ccp', t + 10_000, 'ccp', 'ERROR', 'Agent.connect timed out after 10000 ms');
  }
  if (faults.redactionTruncated) {
    const t = start + 5 * 60_000 + 777;
    b.add('worker', t, 'ccp', 'TRACE', "AWSClient: --> Calling operation 'createAdditionalConnection'");
    b.add(
      'worker',
      t + 61,
      'ccp',
      'TRACE',
      `AWSClient: <-- Operation 'createAdditionalConnection' failed: {"message":"Cannot create new connection by phone number[redacted]"`,
    );
  }
  if (faults.wrongTypes) {
    b.add('worker', start + 6 * 60_000, 'ccp', 'ERROR', 'Invalid JSON format in log entry', {
      exception: 'SyntaxError: Unexpected token',
      objects: 'invalid json string here',
    });
  }

  // ---- serialise ---------------------------------------------------------------------------------
  b.pending.sort((x, y) => x.arrival - y.arrival || x.seq - y.seq);
  const entries: RawEntry[] = b.pending.filter((p) => p.t <= end).map((p) => p.entry);
  for (let k = 0; k < (faults.duplicates ?? 0) && entries.length > 0; k++) {
    const at = rng.int(0, entries.length - 1);
    entries.splice(at + 1, 0, { ...(entries[at] as RawEntry) });
  }
  let text = JSON.stringify(entries, undefined, 4);
  if (faults.truncateAtFraction !== undefined)
    text = text.slice(0, Math.floor(text.length * faults.truncateAtFraction));
  return { text, entries, calls, region, start, end };
}

/** The same entries in the DevTools console form (`[time] [LEVEL] [agent]: text`). */
export function toConsoleForm(entries: readonly RawEntry[]): string {
  return entries
    .map(
      (e) =>
        `[${typeof e.time === 'number' ? new Date(e.time).toISOString() : e.time}] [${e.level}] [${e.agentResourceId}]: ${e.text}`,
    )
    .join('\n');
}

/**
 * The CCP Log Parser display form (`+ time component LEVEL text`, texts trimmed); every `expandEvery`-th
 * entry is expanded (`-`) with its JSON indented by two spaces.
 */
export function toDisplayForm(entries: readonly RawEntry[], expandEvery = 0): string {
  const out: string[] = [];
  entries.forEach((e, i) => {
    const time = typeof e.time === 'number' ? new Date(e.time).toISOString() : e.time;
    const expand = expandEvery > 0 && i % expandEvery === 0;
    out.push(`${expand ? '-' : '+'} ${time} ${e.component} ${e.level} ${e.text.trim()}`);
    if (expand) {
      for (const line of JSON.stringify(e, undefined, 2).split('\n')) out.push(`  ${line}`);
    }
  });
  return out.join('\n');
}
