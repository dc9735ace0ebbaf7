/**
 * Every user-facing string of the client, in one place, through `vscode.l10n` (English source;
 * translations in `l10n/bundle.l10n.<locale>.json`).
 */
import * as vscode from 'vscode';
import type { WebviewStrings } from '../../webview/src/messages';

export const text = {
  serverName: () => vscode.l10n.t('Callsight Language Server'),
  activationFailed: (reason: string) =>
    vscode.l10n.t('Callsight could not start its language server: {0}', reason),
  treatedAs: (language: string) => vscode.l10n.t('Callsight: this file is now treated as {0}.', language),
  noEditor: () => vscode.l10n.t('Callsight: open a file first.'),
  languageName: (languageId: string) =>
    languageId === 'ccp-log'
      ? vscode.l10n.t('CCP log')
      : languageId === 'sip-trace'
        ? vscode.l10n.t('SIP trace')
        : languageId,
  serverRestarted: () => vscode.l10n.t('Callsight: language server restarted.'),
  serverNotRunning: () =>
    vscode.l10n.t('Callsight: the language server is not running. Try "Callsight: Restart Language Server".'),
  // Explain Error Code
  explainPickTitle: () => vscode.l10n.t('Callsight: Explain Error Code'),
  explainPickPlaceholder: () =>
    vscode.l10n.t(
      'Type a code, a name or words: 503, cause=34, 32011, ice_collection_timeout, MissedCallAgent…',
    ),
  explainNoMatch: (token: string) =>
    vscode.l10n.t('No catalog entry for "{0}": pick one from the list.', token),
  explainViewTitle: (token: string) => vscode.l10n.t('Explain {0}', token),
  explainViewHeading: (token: string) => vscode.l10n.t('Callsight: {0}', token),
  // Decode UUI Header
  decodeInputPrompt: () => vscode.l10n.t('Paste a User-to-User header or its value'),
  decodeInputPlaceholder: () => vscode.l10n.t('User-to-User: 00…;encoding=hex;purpose=isdn-uui'),
  decodeNothing: () => vscode.l10n.t('Callsight: no User-to-User value to decode.'),
  decodeViewTitle: () => vscode.l10n.t('Decoded UUI'),
  decodeViewHeading: () => vscode.l10n.t('Callsight: decoded User-to-User'),
  // Encode UUI Header
  encodeKindTitle: () => vscode.l10n.t('Callsight: Encode UUI Header'),
  encodeKindPlaceholder: () => vscode.l10n.t('What should the header carry?'),
  encodeKindText: () => vscode.l10n.t('Plain text'),
  encodeKindTextDetail: () =>
    vscode.l10n.t('ISDN package (RFC 7434): protocol discriminator, then the text, hex-encoded'),
  encodeKindCcai: () => vscode.l10n.t('Google CCAI conversation'),
  encodeKindCcaiDetail: () =>
    vscode.l10n.t(
      'Dialogflow conversation URL from project id, conversation id and roles (Goog-ContactCenter-Conversation)',
    ),
  encodeKindSession: () => vscode.l10n.t('Google CCAI session parameters'),
  encodeKindSessionDetail: () => vscode.l10n.t('key=value pairs for the virtual agent (Goog-Session-Param)'),
  encodeTextPrompt: () => vscode.l10n.t('Text to send'),
  encodePdPlaceholder: () => vscode.l10n.t('Protocol discriminator (first octet)'),
  encodePdUser: () => vscode.l10n.t('00: user-specific protocol'),
  encodePdUserDetail: () => vscode.l10n.t('What most contact-center systems expect'),
  encodePdIa5: () => vscode.l10n.t('04: IA5 characters'),
  encodePdIa5Detail: () => vscode.l10n.t('ASCII text'),
  encodeProjectPrompt: () => vscode.l10n.t('Google Cloud project id'),
  encodeConversationPrompt: () =>
    vscode.l10n.t('Conversation id: a letter, then letters, digits, "_" or "-"; 3 to 64 characters'),
  encodeRolesPrompt: () =>
    vscode.l10n.t('Roles in stream order, comma-separated (empty: END_USER first, then HUMAN_AGENT)'),
  encodeSessionPrompt: () => vscode.l10n.t('Session parameters'),
  encodeSessionPlaceholder: () => vscode.l10n.t('key1=value1;key2=value2'),
  encodeFailed: (reason: string) => vscode.l10n.t('Callsight: cannot build the header: {0}', reason),
  encodeTargetPlaceholder: () => vscode.l10n.t('Where should the header go?'),
  encodeInsert: () => vscode.l10n.t('Insert at the cursor'),
  encodeCopy: () => vscode.l10n.t('Copy to the clipboard'),
  encodeCopyCallInfo: () => vscode.l10n.t('Copy the Call-Info form (preferred by Google)'),
  encodeInserted: () => vscode.l10n.t('Callsight: header inserted.'),
  encodeCopied: () => vscode.l10n.t('Callsight: header copied to the clipboard.'),
  // Audio metrics panel (client side).
  metricsPanelTitle: (fileName: string) => vscode.l10n.t('Audio Metrics: {0}', fileName),
  metricsNotCcpLog: () => vscode.l10n.t('Callsight: audio metrics need a CCP log (agent-log.txt).'),
  metricsNoServer: () => vscode.l10n.t('Callsight: the language server is not running.'),
  metricsReadingFile: (fileName: string) => vscode.l10n.t('Callsight: reading {0}', fileName),
  // Analyse from Disk (files above the editor's sync limit)
  diskPickTitle: () => vscode.l10n.t('Callsight: pick a CCP log or SIP trace to analyse from disk'),
  diskAnalysing: (fileName: string) => vscode.l10n.t('Callsight: analysing {0}', fileName),
  diskNotAnalysable: (fileName: string) =>
    vscode.l10n.t('Callsight: {0} is neither a CCP log nor a SIP trace.', fileName),
  diskFailed: (reason: string) => vscode.l10n.t('Callsight could not analyse the file: {0}', reason),
  diskDone: (count: number, fileName: string) =>
    vscode.l10n.t(
      'Callsight: {0} findings in {1}, read from disk, are listed in the Problems panel.',
      count,
      fileName,
    ),
  diskShowProblems: () => vscode.l10n.t('Show Problems'),
  diskShowMetrics: () => vscode.l10n.t('Show Audio Metrics'),
  diskAnalyse: () => vscode.l10n.t('Analyse from Disk'),
  diskTooLarge: (fileName: string, sizeMb: number, limitMb: number) =>
    vscode.l10n.t(
      '{0} is {1} MB. The editor does not hand files over {2} MB to extensions, so Callsight cannot analyse it as you edit. Callsight can read it from disk instead (findings in the Problems panel, audio metrics chart).',
      fileName,
      sizeMb,
      limitMb,
    ),
  metricsReadFailed: (reason: string) => vscode.l10n.t('Callsight could not read the file: {0}', reason),
  metricsRequestFailed: (reason: string) =>
    vscode.l10n.t('Callsight could not compute the audio metrics: {0}', reason),
  metricsNoneInLog: () => vscode.l10n.t('No audio metrics were found in this log.'),
  metricsRestoreLost: () =>
    vscode.l10n.t(
      'This audio metrics panel was for a file Callsight no longer knows. Close it and run the command again.',
    ),
  metricsExportCsvTitle: () => vscode.l10n.t('Export audio metrics as CSV'),
  metricsExportPngTitle: () => vscode.l10n.t('Export audio metrics charts as PNG'),
  metricsExported: (fileName: string) => vscode.l10n.t('Callsight: saved {0}.', fileName),
  metricsExportFailed: (reason: string) => vscode.l10n.t('Callsight could not save the file: {0}', reason),
  metricsRevealUnavailable: () =>
    vscode.l10n.t('Callsight: this log entry cannot be shown (the file changed).'),
  // Go to Time
  goToTimeTitle: () => vscode.l10n.t('Callsight: Go to Time'),
  goToTimePrompt: () =>
    vscode.l10n.t(
      'When did it happen? A time without a zone is read in the callsight.time.zone setting; a time without a date is on the day of the log.',
    ),
  goToTimePlaceholder: () => vscode.l10n.t('14:32, 14:32:05, 2025-05-06 14:32 or 2025-05-06T14:32:00Z'),
  goToTimeNeedsCcpLog: () => vscode.l10n.t('Callsight: Go to Time works in a CCP log (agent-log.txt).'),
  goToTimeUnavailable: () =>
    vscode.l10n.t('Callsight: the language server does not know this CCP log yet. Try again in a moment.'),
  goToTimeNearest: () => vscode.l10n.t('Go to Nearest Entry'),
  csvFilter: () => vscode.l10n.t('CSV'),
  pngFilter: () => vscode.l10n.t('PNG image'),
  /** Everything the webview shows; `{0}` stays a placeholder the webview fills. */
  webviewStrings: (): WebviewStrings => ({
    call: vscode.l10n.t('Call'),
    series: vscode.l10n.t('Samples'),
    seriesSamples: vscode.l10n.t('Softphone metrics (sendSoftphoneMetrics)'),
    seriesPerSecond: vscode.l10n.t('Per-second report (TelemetryCallReport)'),
    range: vscode.l10n.t('Time range'),
    rangeCall: vscode.l10n.t('Selected call'),
    rangeLog: vscode.l10n.t('Whole log'),
    resetZoom: vscode.l10n.t('Reset zoom'),
    exportCsv: vscode.l10n.t('Export CSV'),
    exportPng: vscode.l10n.t('Export PNG'),
    streamInput: vscode.l10n.t('audio_input (received: what the agent hears)'),
    streamOutput: vscode.l10n.t("audio_output (sent: the agent's microphone)"),
    streamDirectionNote: vscode.l10n.t(
      'Directions as the open-source softphone code (amazon-connect-rtc-js since 2019) fills them. Some AWS documentation and older clients describe them the other way round.',
    ),
    audioLevel: vscode.l10n.t('Audio level (0–32767)'),
    packets: vscode.l10n.t('Packets per sample'),
    packetsCount: vscode.l10n.t('Packets'),
    packetsLost: vscode.l10n.t('Lost'),
    lossPercent: vscode.l10n.t('Packet loss (%)'),
    jitter: vscode.l10n.t('Jitter (ms)'),
    jitterNote: vscode.l10n.t(
      'Logged as jitterBufferMillis: in most logs the RTP interarrival jitter, on the newest clients a cumulative jitter-buffer delay.',
    ),
    rtt: vscode.l10n.t('Round-trip time (ms)'),
    skew: vscode.l10n.t('Clock skew (ms)'),
    skewNote: vscode.l10n.t(
      'Server time minus this workstation’s clock: positive means the server is ahead.',
    ),
    apiLatency: vscode.l10n.t('API latency (ms)'),
    apiSucceeded: vscode.l10n.t('Succeeded'),
    apiFailed: vscode.l10n.t('Failed'),
    heartbeat: vscode.l10n.t('WebSocket heartbeat round trip (ms)'),
    logSection: vscode.l10n.t('Agent, clock and connection (whole log)'),
    agentStates: vscode.l10n.t('Agent state'),
    callReport: vscode.l10n.t('End-of-call report'),
    threshold: vscode.l10n.t('Threshold {0}', '{0}'),
    thresholdSourcePacketLoss: vscode.l10n.t(
      'Setting callsight.thresholds.packetLossPercent. Common VoIP rule of thumb: up to 1 % loss is good; AWS publishes no threshold.',
    ),
    thresholdSourceJitter: vscode.l10n.t(
      'Setting callsight.thresholds.jitterMs. Common VoIP rule of thumb: up to 30 ms jitter is good; AWS publishes no threshold.',
    ),
    thresholdSourceRtt: vscode.l10n.t(
      'Setting callsight.thresholds.rttMs. Common VoIP rule of thumb: up to 300 ms is good; AWS notes that cross-region placement pushes WebRTC RTT above 500 ms.',
    ),
    thresholdSourceAudioLevel: vscode.l10n.t(
      'Setting callsight.thresholds.lowAudioLevel. The Streams softphone counts an audio level of 1 or less as low audio.',
    ),
    thresholdSourceClockSkew: vscode.l10n.t(
      'Setting callsight.thresholds.clockSkewMs. The AWS CCP Log Parser draws skew of 10,000 ms or more in red.',
    ),
    thresholdSourceApiLatency: vscode.l10n.t(
      'Setting callsight.thresholds.apiLatencyMs. A third-party CCP log parser (ColinMorris83) warns from 500 ms.',
    ),
    loading: vscode.l10n.t('Reading the audio metrics…'),
    noCalls: vscode.l10n.t('No call with softphone metrics in this log.'),
    noSamples: vscode.l10n.t('No samples'),
    time: vscode.l10n.t('Time'),
    timeZone: vscode.l10n.t('Times in {0}', '{0}'),
    timeZoneUnknown: vscode.l10n.t('Unknown time zone “{0}”: times in UTC', '{0}'),
    editorCursor: vscode.l10n.t('Editor cursor'),
    clickHint: vscode.l10n.t(
      'Drag or Ctrl+wheel to zoom, Shift+wheel or ←/→ to pan, double-click or 0 to reset; click a point (or press Enter) to show its log entry.',
    ),
    chartLabel: vscode.l10n.t('{0}: chart of {1} samples', '{0}', '{1}'),
    findingSpan: vscode.l10n.t('Problem'),
  }),
} as const;
