/**
 * Custom messages between the Callsight client, server and webview. Types and method names only: no
 * runtime imports, so the client and the webview bundle this file without pulling in server code.
 */

/** Sent by the client in `initialize`'s `initializationOptions`. */
export interface CallsightInitializationOptions {
  /** The editor's display language (`vscode.env.language`), e.g. `en`, `ja`. */
  readonly locale: string;
  /** Language for explanations when the user chose one different from the UI (`callsight.explanations.language`). */
  readonly explanationLocale?: string;
}

/** Settings section the server reads with `workspace/configuration`. */
export const CONFIGURATION_SECTION = 'callsight';

/**
 * `callsight/analysisSummary` — client → server. Counts for the status bar and the tests: which language the
 * server analysed the document as, how many findings per severity.
 */
export const AnalysisSummaryRequest = 'callsight/analysisSummary';
export interface AnalysisSummaryParams {
  readonly uri: string;
}
export interface AnalysisSummaryResult {
  readonly languageId: string;
  readonly version: number;
  readonly findings: {
    readonly error: number;
    readonly warning: number;
    readonly information: number;
    readonly hint: number;
  };
}
