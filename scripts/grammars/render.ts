/**
 * Turns the grammar sources into the `syntaxes/*.tmLanguage.json` files VS Code loads, formatted by the
 * project's Prettier settings so `npm test`'s format check and the drift test agree with the build
 * (decision 0041).
 */
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { ccpLogGrammar } from './ccpLog';
import { sdpGrammar } from './sdp';
import { sipTraceGrammar } from './sipTrace';
import type { Grammar } from './types';

/** Each generated grammar with its path relative to the repository root. */
export const GENERATED_GRAMMARS: readonly { readonly path: string; readonly grammar: Grammar }[] = [
  { path: 'syntaxes/ccp-log.tmLanguage.json', grammar: ccpLogGrammar },
  { path: 'syntaxes/sip-trace.tmLanguage.json', grammar: sipTraceGrammar },
  { path: 'syntaxes/sdp.tmLanguage.json', grammar: sdpGrammar },
];

/** The file text for one grammar, exactly as committed. */
export async function renderGrammar(repoRoot: string, path: string, grammar: Grammar): Promise<string> {
  const filepath = resolve(repoRoot, path);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(JSON.stringify(grammar, null, 2), { ...options, filepath, parser: 'json' });
}
