import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../analysis/analyzer';
import type { CancellationToken } from '../analysis/cancellation';
import type { Finding } from '../analysis/findings';
import type { CallsightSettings } from '../analysis/settings';
import type { DetachedDocuments } from './detachedDocuments';

/** What request handlers may use from the server: cached analyses and findings, settings, error isolation. */
export interface ServerContext {
  /** Runs a handler so that a failure is logged and answered with `fallback`, never fatal. */
  guard<T>(what: string, uri: string, fallback: T, run: () => Promise<T> | T): Promise<T>;
  /**
   * The open document (or detached text) and its analysis for this version, or undefined when neither is
   * held or the language is not ours.
   */
  analysisOf(
    uri: string,
    token?: CancellationToken,
  ): { document: TextDocument; analysis: DocumentAnalysis } | undefined;
  /** Findings after severity overrides, computed once per version. */
  findingsOf(
    document: TextDocument,
    analysis: DocumentAnalysis,
    token?: CancellationToken,
  ): Promise<readonly Finding[]>;
  settings(uri: string): Promise<CallsightSettings>;
  /** Texts of files too big for the editor, sent by the client; `analysisOf` finds them too. */
  readonly detached: DetachedDocuments;
}
