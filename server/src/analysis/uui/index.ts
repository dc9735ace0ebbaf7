/**
 * User-to-User (UUI) header codec: RFC 7433 parameters, hex and ASCII encodings, vendor variants,
 * Google CCAI conversation URLs. (Interface first; the codec lands with the knowledge-base work.)
 */

/** A problem in a header value, at a character offset into the value. */
export interface UuiProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

export interface UuiDecodeResult {
  /** The data part before any `;` parameters. */
  readonly data: string;
  /** Header parameters by lower-case name (`encoding`, `purpose`, `content`, …). */
  readonly params: Readonly<Record<string, string>>;
  /** Decoded text, when the data decodes. */
  readonly text?: string;
  /** Parsed fields (protocol discriminator, Dialogflow project and conversation ids, key=value pairs…) as label/value pairs. */
  readonly fields: readonly { readonly label: string; readonly value: string }[];
  readonly problems: readonly UuiProblem[];
}

/** Decodes a User-to-User header value (with or without the header name). Never throws. */
export function decodeUui(value: string): UuiDecodeResult {
  return { data: value, params: {}, fields: [], problems: [] };
}
