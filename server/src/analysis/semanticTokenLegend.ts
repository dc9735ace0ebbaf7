/**
 * The one legend shared by both languages. Standard LSP token types come first so every theme colours
 * them; Callsight's own types declare a standard super type in package.json (`semanticTokenTypes`).
 */
export const TOKEN_TYPES = [
  'comment',
  'string',
  'number',
  'keyword',
  'type',
  'enumMember',
  'property',
  'variable',
  'function',
  'event',
  'operator',
  'macro',
  // Callsight types (declared in package.json with a super type).
  'callId',
  'contactId',
  'errorCode',
  'ipAddress',
] as const;

export const TOKEN_MODIFIERS = [
  'declaration',
  'deprecated',
  'readonly',
  // Callsight modifiers
  'error',
  'warning',
  'private',
  'public',
  'retransmission',
  'redacted',
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

const typeIndex = new Map<string, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const modifierIndex = new Map<string, number>(TOKEN_MODIFIERS.map((m, i) => [m, i]));

export function tokenType(type: TokenType): number {
  return typeIndex.get(type) ?? 0;
}

export function tokenModifiers(...modifiers: TokenModifier[]): number {
  let bits = 0;
  for (const m of modifiers) bits |= 1 << (modifierIndex.get(m) ?? 0);
  return bits;
}
