/**
 * The shapes of the knowledge base: the systems codes belong to, the rows the catalog modules are
 * written in, and the entry every caller receives (rendered in the explanation locale).
 */

/** The numbering or naming system a code belongs to. */
export type CodeSystem =
  | 'sip'
  | 'sip-warning'
  | 'q850'
  | 'freeswitch-cause'
  | 'twilio'
  | 'ccp-softphone-error'
  | 'ccp-agent-state'
  | 'cti-exception'
  | 'ccp-api-error'
  | 'connect-endpoint'
  | 'google-ccai';

/** Every system, in the order ambiguous readings are listed (most common reading first). */
export const CODE_SYSTEMS: readonly CodeSystem[] = [
  'sip',
  'q850',
  'sip-warning',
  'twilio',
  'ccp-softphone-error',
  'ccp-agent-state',
  'cti-exception',
  'ccp-api-error',
  'connect-endpoint',
  'google-ccai',
  'freeswitch-cause',
];

/** The translatable text of an entry. English lives in the catalog rows; other locales are parallel data. */
export interface EntryText {
  readonly title: string;
  readonly meaning: string;
  readonly causes: readonly string[];
  readonly fixes: readonly string[];
}

/** Another entry this one points to (a Q.850 cause that becomes this SIP status, and the reverse). */
export interface KnowledgeLink {
  readonly system: CodeSystem;
  readonly code: string;
  /** Why they are linked, rendered in the explanation locale. */
  readonly note: string;
}

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
  /** The registered or vendor name as written in specs and logs (reason phrase, Q.850 name, Twilio title…). */
  readonly name?: string;
  /** Other spellings that mean this entry (Asterisk/FreeSWITCH constants, log texts, rule ids). */
  readonly aliases?: readonly string[];
  /** The source marks the fact as unverified (from memory, or inferred). */
  readonly unverified?: boolean;
  /** A numeric range this entry stands for (e.g. Twilio 32500–32506). */
  readonly range?: readonly [number, number];
  /** Twilio Debugger level, when known. */
  readonly level?: 'error' | 'warning';
  /** Callsight rule ids that report this code. */
  readonly rules?: readonly string[];
  readonly related?: readonly KnowledgeLink[];
}

/**
 * One row of a catalog module, as written: English text plus facts. Rows never hold Markdown; the
 * renderer escapes everything.
 */
export interface CatalogRow extends EntryText {
  readonly code: string;
  readonly references: readonly string[];
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly unverified?: boolean;
  readonly range?: readonly [number, number];
  readonly level?: 'error' | 'warning';
  readonly rules?: readonly string[];
}

/** A catalog module: one system's rows. */
export interface Catalog {
  readonly system: CodeSystem;
  readonly rows: readonly CatalogRow[];
}
