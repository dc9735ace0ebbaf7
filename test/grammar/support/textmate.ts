/**
 * Loads Callsight's TextMate grammars the way VS Code does (from package.json `contributes.grammars`,
 * with vscode-textmate and the Oniguruma WASM build) and tokenizes text line by line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

interface GrammarContribution {
  readonly language?: string;
  readonly scopeName: string;
  readonly path: string;
}

/** The grammars package.json contributes, by scope name. */
export function contributedGrammars(): ReadonlyMap<string, GrammarContribution> {
  const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as {
    contributes: { grammars: GrammarContribution[] };
  };
  return new Map(manifest.contributes.grammars.map((g) => [g.scopeName, g]));
}

let registry: Promise<Registry> | undefined;

function getRegistry(): Promise<Registry> {
  registry ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const grammars = contributedGrammars();
    return new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) => {
        const contribution = grammars.get(scopeName);
        if (!contribution) return null; // e.g. a scope a grammar includes but nobody contributes
        const path = resolve(REPO_ROOT, contribution.path);
        return parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
  })();
  return registry;
}

/** Loads a contributed grammar (and, lazily, the grammars it includes). */
export async function loadGrammar(scopeName: string): Promise<IGrammar> {
  const grammar = await (await getRegistry()).loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} is not contributed in package.json`);
  return grammar;
}

/** One token: its text and its scopes, outermost (the grammar's root scope) first. */
export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

export interface TokenizedLine {
  /** 1-based line number. */
  readonly line: number;
  readonly text: string;
  readonly tokens: readonly Token[];
}

/** Splits like VS Code's text model: CRLF, LF and lone CR all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Tokenizes every line, carrying the rule stack from line to line as the editor does. */
export function tokenizeLines(grammar: IGrammar, lines: readonly string[]): TokenizedLine[] {
  let state: StateStack = INITIAL;
  const out: TokenizedLine[] = [];
  lines.forEach((text, index) => {
    const result = grammar.tokenizeLine(text, state);
    state = result.ruleStack;
    out.push({
      line: index + 1,
      text,
      tokens: result.tokens.map((t) => ({
        text: text.slice(t.startIndex, Math.min(t.endIndex, text.length)),
        scopes: t.scopes,
      })),
    });
  });
  return out;
}

export async function tokenize(scopeName: string, text: string): Promise<TokenizedLine[]> {
  return tokenizeLines(await loadGrammar(scopeName), splitLines(text));
}

/**
 * The readable snapshot form: each line as `N: <text>`, then one row per non-empty token with its text
 * (JSON-quoted, so spaces and tabs show) and its scopes without the root scope (`·` when none).
 */
export function formatTokens(lines: readonly TokenizedLine[]): string {
  const rows: string[] = [];
  for (const { line, text, tokens } of lines) {
    rows.push(`${line}: ${showControls(text)}`);
    for (const token of tokens) {
      if (token.text === '') continue;
      const scopes = token.scopes.slice(1);
      rows.push(`  ${JSON.stringify(token.text)} ${scopes.length > 0 ? scopes.join(' ') : '·'}`);
    }
  }
  return rows.join('\n') + '\n';
}

/** Control characters other than TAB (form feeds in tshark output, ANSI escapes) shown as \xNN. */
function showControls(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    const control = (code < 0x20 && code !== 0x09) || code === 0x7f;
    out += control ? `\\x${code.toString(16).padStart(2, '0')}` : c;
  }
  return out;
}
