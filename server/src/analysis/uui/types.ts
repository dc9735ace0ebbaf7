/** Shapes of the UUI codec's answers. */

export type UuiSeverity = 'error' | 'warning' | 'information';

/** Stable ids of UUI problems (the SIP rules map them to their own rule ids). */
export type UuiProblemCode =
  | 'uui-empty'
  | 'uui-input-cut'
  | 'uui-not-hex'
  | 'uui-odd-length'
  | 'uui-bad-percent'
  | 'uui-unescaped-in-uri'
  | 'uui-encoding-assumed'
  | 'uui-nonstandard-encoding'
  | 'uui-unknown-encoding'
  | 'uui-bad-pd'
  | 'uui-missing-pd'
  | 'uui-too-long'
  | 'uui-not-utf8'
  | 'ccai-pd-present'
  | 'ccai-url-invalid'
  | 'ccai-conversation-id-invalid'
  | 'ccai-roles-invalid'
  | 'session-param-invalid';

/** A problem in a header value, at a character offset into the value given to the decoder. */
export interface UuiProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  readonly code?: UuiProblemCode;
  readonly severity?: UuiSeverity;
}

/** Stable ids of parsed fields, for JSON consumers (labels are localized). */
export type UuiFieldKey =
  | 'header'
  | 'encoding'
  | 'purpose'
  | 'content'
  | 'param'
  | 'octets'
  | 'hex'
  | 'pd'
  | 'pd-alternative'
  | 'url'
  | 'api-version'
  | 'project-id'
  | 'location'
  | 'conversation-id'
  | 'roles'
  | 'session-param';

export interface UuiField {
  readonly label: string;
  readonly value: string;
  readonly key?: UuiFieldKey;
}

export interface UuiDecodeResult {
  /** The data part before any `;` parameters. */
  readonly data: string;
  /** Header parameters by lower-case name (`encoding`, `purpose`, `content`, …). */
  readonly params: Readonly<Record<string, string>>;
  /** Decoded text, when the data decodes (control characters written as `\xNN`). */
  readonly text?: string;
  /** Parsed fields (protocol discriminator, Dialogflow project and conversation ids, key=value pairs…) as label/value pairs. */
  readonly fields: readonly UuiField[];
  readonly problems: readonly UuiProblem[];
  /** The header name as written (`User-to-User`, `X-User-to-User`), when the input had one. */
  readonly header?: string;
  /** This value's span in the input. */
  readonly start?: number;
  readonly end?: number;
  /** The encoding the data was read with: `hex`, `ascii`, `text`, another token as written, or `none`. */
  readonly encoding?: string;
  /** Upper-case hex of every decoded octet. */
  readonly hex?: string;
  /** Octet count of the decoded data (PD included). */
  readonly octets?: number;
  /** The protocol discriminator, from the first octet or a `pd` parameter. */
  readonly protocolDiscriminator?: {
    readonly value: number;
    readonly meaning: string;
    readonly from: 'data' | 'param';
  };
  /** The Dialogflow conversation, for `purpose=Goog-ContactCenter-Conversation`. */
  readonly ccai?: {
    readonly url: string;
    readonly apiVersion?: string;
    readonly projectId?: string;
    readonly location?: string;
    readonly conversationId?: string;
    readonly roles?: readonly string[];
    readonly valid: boolean;
  };
  /** The key=value pairs, for `purpose=Goog-Session-Param`. */
  readonly sessionParams?: readonly { readonly key: string; readonly value: string }[];
}
