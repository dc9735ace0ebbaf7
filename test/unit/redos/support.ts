/**
 * ReDoS support: every regular expression literal in the analysis core (found with the TypeScript
 * scanner, so none is missed), attack strings built from each pattern's own characters, and a timer
 * that grows the input step by step so a super-linear pattern fails fast instead of hanging the run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundPattern {
  readonly file: string;
  readonly line: number;
  readonly regex: RegExp;
}

function collect(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Every regex literal under `dir` (relative file names from `root`). */
export function regexLiterals(root: string, dir: string): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const path of collect(dir, [])) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const regex = new RegExp(text.slice(1, end), text.slice(end + 1).replace(/[gy]/g, ''));
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ file: relative(root, path), line, regex });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Characters that stand for a pattern's classes and literals. */
function alphabet(source: string): string[] {
  const chars = new Set<string>([
    ' ',
    '\t',
    'a',
    'A',
    '0',
    '.',
    ':',
    ';',
    '=',
    '-',
    '"',
    '\\',
    '/',
    '<',
    '@',
    'é',
  ]);
  for (const c of source.replace(/\\[dswDSWbB]/g, ''))
    if (c >= ' ' && c <= '~' && !'()[]{}?*+|^$'.includes(c)) chars.add(c);
  return [...chars];
}

/** Pathological inputs of about `size` characters: runs of one or two of the pattern's characters, with a prefix of literal text so anchored patterns get past their start. */
export function attackStrings(regex: RegExp, size: number): string[] {
  const chars = alphabet(regex.source);
  const literal = regex.source.replace(/\\(.)/g, '$1').replace(/[\^$()[\]{}?*+|]/g, '');
  const prefixes = ['', literal.slice(0, 40)];
  const units: string[] = [];
  for (const a of chars) units.push(a);
  for (let i = 0; i < chars.length; i++)
    units.push(chars[i]! + chars[(i + 1) % chars.length]!, chars[i]! + ' ');
  const out: string[] = [];
  for (const prefix of prefixes) {
    for (const unit of units) out.push(prefix + unit.repeat(Math.ceil(size / unit.length)) + '\u0001');
  }
  return out;
}

/** Best of `runs` wall times of `fn`, in ms. */
export function bestTime(fn: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Times `run(input)` on inputs of 10 kB, 100 kB and 1 MB built by `make(size)`; returns the 1 MB time, or the
 * time at the size where it already exceeded `limitMs` (a super-linear scanner stops there, before 1 MB).
 */
export function growTime(
  make: (size: number) => string,
  run: (input: string) => void,
  limitMs: number,
): { ms: number; size: number } {
  let last = { ms: 0, size: 0 };
  for (const size of [10_000, 100_000, 1_000_000]) {
    const input = make(size);
    // Best of five at 1 MB: collecting a large answer's garbage is what load makes noisy.
    const ms = bestTime(() => run(input), size >= 1_000_000 ? 5 : 3);
    last = { ms, size };
    // Over budget already: a super-linear scanner would take minutes at the next size.
    if (ms > limitMs) return last;
  }
  return last;
}
