/**
 * The knowledge base: typed catalogs of codes (SIP responses and Warning codes, Q.850 causes, Twilio
 * 32xxx, CCP softphone errors, agent error states, CTI exceptions, Amazon Connect endpoints…). One
 * entry shape serves hovers, the Explain Error Code command and the CLI.
 *
 * (Interface first; the catalogs land with the knowledge-base work.)
 */

/** The numbering or naming system a code belongs to. */
export type CodeSystem =
  | 'sip'
  | 'sip-warning'
  | 'q850'
  | 'twilio'
  | 'ccp-softphone-error'
  | 'ccp-agent-state'
  | 'cti-exception'
  | 'ccp-api-error'
  | 'google-ccai';

/** One catalog entry, rendered in the explanation locale. Plain text throughout (escaped when shown as Markdown). */
export interface KnowledgeEntry {
  readonly system: CodeSystem;
  readonly code: string;
  readonly title: string;
  readonly meaning: string;
  readonly causes: readonly string[];
  readonly fixes: readonly string[];
  /** RFCs, vendor documents (titles or URLs for the user to open; never fetched). */
  readonly references: readonly string[];
}

/** The entry for `code` in `system`, if the catalog has it. */
export function lookupCode(_system: CodeSystem, _code: string | number): KnowledgeEntry | undefined {
  return undefined;
}

/** Every reading of a token such as `503`, `cause=34`, `32011`, `ice_collection_timeout`, `MissedCallAgent`. */
export function explainToken(_token: string): KnowledgeEntry[] {
  return [];
}
