/**
 * Regex fragments and scope palettes shared by the grammars.
 *
 * Every quantifier that can fail after a long run is bounded (`{0,N}`), and no quantified group holds
 * another quantifier that could match the same characters: VS Code runs these on untrusted lines, and a
 * failing attempt must cost at most a bounded number of steps per start position (decision 0042).
 */

/** ISO-8601 date-time as CCP and Homer write it: `2025-05-06T17:25:02.353Z`, offsets allowed. */
export const ISO_TIME = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?`;

/** Epoch milliseconds between 2001 and 2033 (13 digits starting with 1), standing alone. */
export const EPOCH_MS = String.raw`(?<![\w.])1\d{12}(?![\w.])`;

/** RFC 4122 UUID in any case. */
export const UUID = String.raw`(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])`;

/** Dotted IPv4, not part of a longer dotted number or word. */
export const IPV4 = String.raw`(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)`;

const H = '[0-9A-Fa-f]{1,4}';
/**
 * IPv6 without brackets: eight groups (nine allowed, for the unbracketed `addr:port` some UAs write), or
 * a `::` compressed form with at least one group. Six-group MAC addresses and `12:00:00` times do not
 * match.
 */
export const IPV6 =
  String.raw`(?<![\w:.])(?:` +
  String.raw`${H}(?::${H}){7,8}` +
  String.raw`|${H}(?::${H}){0,6}::(?:${H}(?::${H}){0,6})?` +
  String.raw`|::${H}(?::${H}){0,6}` +
  String.raw`)(?:%[\w.]{1,16})?(?![\w:])`;

/** The inside of `[...]` around an IPv6 address: hex, colons, dots (v4-mapped) and a zone. */
export const IPV6_BRACKETED_INNER = String.raw`(?=[0-9A-Fa-f.]{0,45}:)[0-9A-Fa-f:.]{2,45}(?:%[\w.]{1,16})?`;

/** A DNS host name (labels of letters, digits and hyphens), as SIP URIs and Via sent-by use them. */
export const HOSTNAME = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){0,16}`;

/** The CCP log levels, including the rare ones. */
export const CCP_LEVELS = 'TRACE|DEBUG|INFO|LOG|WARN|WARNING|ERROR|CRITICAL|TEST';

/**
 * Scope palettes that every theme colours. The first scope is a TextMate standard one (the diff and
 * markup scopes that themes colour for Git and Markdown); the second is the `token.*-token` scope that
 * VS Code's default themes colour for log levels. See decision 0040.
 */
export const palette = {
  error: (what: string): string => `markup.deleted.${what} token.error-token`,
  warning: (what: string): string => `markup.changed.${what} token.warn-token`,
  info: (what: string): string => `markup.inserted.${what} token.info-token`,
  success: (what: string): string => `markup.inserted.${what}`,
  progress: (what: string): string => `markup.changed.${what} token.info-token`,
  dim: (what: string): string => `comment.${what}`,
} as const;
