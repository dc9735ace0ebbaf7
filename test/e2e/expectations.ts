/**
 * What the in-editor suites expect of each file in the test workspace, in one table shared by the
 * extension-host suites (test/e2e/host) and the UI suites (test/e2e/ui). Feature work extends this table:
 * add the rule ids a sample must raise, a token whose hover must say something, the symbols the Outline
 * must list. An expectation with `pendingUntil` is reported as pending (not run) until that feature
 * lands; delete the field when it has (see test/e2e/README.md).
 *
 * Paths are relative to the test workspace: `samples/` is copied to its root, `test/e2e/workspace/`
 * to `fixtures/`.
 */

/** A feature that has not landed on this branch yet; its expectations are reported as pending. */
export type PendingFeature = 'ccp-core' | 'sip-core' | 'knowledge' | 'webview' | 'ccp-ja';

export interface Pending {
  /** Set while the feature this expectation needs has not landed. */
  readonly pendingUntil?: PendingFeature;
}

export interface HoverExpectation extends Pending {
  /** Text to hover: the first occurrence in the file (its first character is hovered). */
  readonly token: string;
  /** What the hover must contain. */
  readonly says: RegExp;
}

export interface SymbolExpectation extends Pending {
  /** A symbol name the Outline must list (at any depth). */
  readonly name: RegExp;
}

export interface FindingExpectation extends Pending {
  readonly rule: string;
  readonly severity?: 'error' | 'warning' | 'information' | 'hint';
}

export interface FileExpectation {
  /** Workspace-relative path. */
  readonly path: string;
  /** The language id Callsight must give it (`plaintext` for files it must leave alone). */
  readonly languageId: 'ccp-log' | 'sip-trace' | 'plaintext';
  /** How it gets that language, for the test names. */
  readonly how: string;
  readonly findings?: readonly FindingExpectation[];
  readonly hovers?: readonly HoverExpectation[];
  readonly symbols?: readonly SymbolExpectation[];
}

export const FILES: readonly FileExpectation[] = [
  {
    path: 'agent-log.txt',
    languageId: 'ccp-log',
    how: 'by file name',
    findings: [
      { rule: 'ccp/ice-collection-timeout', severity: 'error' },
      { rule: 'ccp/packet-loss' },
      { rule: 'ccp/high-jitter' },
    ],
    hovers: [
      { token: 'ice_collection_timeout', says: /ICE|3478/ },
      { token: 'MissedCallAgent', says: /missed/i },
    ],
    symbols: [{ name: /03e79cff-c00c-42a2-9996-a5a51807a55d/ }],
  },
  {
    path: 'sbc-trace.sip',
    languageId: 'sip-trace',
    how: 'by extension',
    findings: [{ rule: 'sip/2xx-without-ack' }, { rule: 'sip/media-rejected' }],
    hovers: [{ token: '488 Not Acceptable Here', says: /codec|media|SDP/i }],
    symbols: [{ name: /8f14e45fceea167a5a36dedd4bea2543/ }],
  },
  { path: 'fixtures/downloaded-ccp-log.txt', languageId: 'ccp-log', how: 'by content (.txt)' },
  { path: 'fixtures/ngrep-capture.txt', languageId: 'sip-trace', how: 'by content (.txt)' },
  { path: 'fixtures/notes.txt', languageId: 'plaintext', how: 'left alone' },
  {
    // Written by scripts/samples/make-markup-fixture.mjs: markup in texts and in an agent state's name.
    path: 'fixtures/markup-in-texts.txt',
    languageId: 'ccp-log',
    how: 'by content (.txt), markup in its texts',
  },
];

/** The files Callsight analyses. */
export const ANALYSED = FILES.filter((f) => f.languageId !== 'plaintext');

/** The expectation for `path` (throws on a typo, so tests fail loudly). */
export function fileExpectation(path: string): FileExpectation {
  const found = FILES.find((f) => f.path === path);
  if (!found) throw new Error(`No expectation for ${path} in test/e2e/expectations.ts`);
  return found;
}

export interface WebviewExpectation extends Pending {
  /** The command that opens it, and its palette title. */
  readonly command: string;
  readonly title: string;
  /** The file to open first. */
  readonly open: string;
  /** Matches the panel's view type (`TabInputWebview.viewType` may carry a prefix). */
  readonly viewType: RegExp;
  /** A CSS selector that must appear inside the webview once it has drawn (UI suites). */
  readonly drawn: string;
}

export const WEBVIEWS: readonly WebviewExpectation[] = [
  {
    command: 'callsight.showAudioMetrics',
    title: 'Callsight: Show Audio Metrics',
    open: 'agent-log.txt',
    viewType: /audio/i,
    drawn: 'canvas',
  },
];

/**
 * What the editor shows when its display language is Japanese (the UI suites in test/e2e/ui-ja, run on a
 * code-server whose locale is `ja`). Texts are compared with the translations themselves
 * (package.nls.ja.json, the CLI's `--lang ja` output), so rewording a translation does not break a test;
 * what is still being translated is `pendingUntil: 'ccp-ja'`.
 */
export interface JapaneseHoverExpectation extends Pending {
  readonly path: string;
  readonly token: string;
  /** Which part of the hover must be Japanese, for the test name. */
  readonly part: string;
  /**
   * `knowledge`: the knowledge-base entry of the token, as `callsight explain <token> --lang ja` titles
   * it; `first-line`: the hover's first line (Callsight's own heading) holds Japanese text. One hover
   * is checked for all of them (hovering the same token twice in a row is not a new search for Find).
   */
  readonly checks: readonly ('knowledge' | 'first-line')[];
}

export const JAPANESE_HOVERS: readonly JapaneseHoverExpectation[] = [
  {
    path: 'agent-log.txt',
    token: 'MissedCallAgent',
    part: 'CCP heading and knowledge-base entry',
    checks: ['first-line', 'knowledge'],
  },
];

export interface JapaneseCommandExpectation extends Pending {
  /** The command's title key in package.nls.json. */
  readonly titleKey: string;
  /** A file to open first so the palette offers it (when-clauses). */
  readonly open: string;
}

export const JAPANESE_COMMANDS: readonly JapaneseCommandExpectation[] = [
  { titleKey: 'callsight.command.explainErrorCode', open: 'agent-log.txt' },
  { titleKey: 'callsight.command.decodeUui', open: 'agent-log.txt' },
  { titleKey: 'callsight.command.restartServer', open: 'agent-log.txt' },
  { titleKey: 'callsight.command.treatAsSipTrace', open: 'agent-log.txt' },
  { titleKey: 'callsight.command.showAudioMetrics', open: 'agent-log.txt' },
  { titleKey: 'callsight.command.showFindings', open: 'agent-log.txt' },
  { titleKey: 'callsight.command.goToTime', open: 'agent-log.txt' },
];

/** Texts of the audio metrics panel that must be Japanese (keys of l10n/bundle.l10n.json). */
export const JAPANESE_WEBVIEW: Pending & { readonly texts: readonly string[] } = {
  texts: ['Reset zoom', 'Export CSV', 'End-of-call report'],
};
