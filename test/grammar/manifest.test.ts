// The grammar files: registered in package.json, generated from their sources without drift, every
// include resolvable, and no regex with a quantified group around an unbounded quantifier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GENERATED_GRAMMARS, renderGrammar } from '../../scripts/grammars/render';
import type { Rule } from '../../scripts/grammars/types';
import { REPO_ROOT, contributedGrammars } from './support/textmate';

test('package.json contributes the three grammars, SDP as an embedded one without a language', () => {
  const grammars = contributedGrammars();
  assert.equal(grammars.get('source.ccp-log')?.language, 'ccp-log');
  assert.equal(grammars.get('source.sip-trace')?.language, 'sip-trace');
  const sdp = grammars.get('source.sdp');
  assert.ok(sdp, 'source.sdp is contributed');
  assert.equal(sdp.language, undefined);
  for (const { path } of GENERATED_GRAMMARS) {
    assert.ok(
      [...grammars.values()].some((g) => resolve(REPO_ROOT, g.path) === resolve(REPO_ROOT, path)),
      path,
    );
  }
});

test('syntaxes/*.tmLanguage.json are what scripts/grammars generates (run npm run build:grammars)', async () => {
  for (const { path, grammar } of GENERATED_GRAMMARS) {
    const committed = readFileSync(resolve(REPO_ROOT, path), 'utf8');
    assert.equal(committed, await renderGrammar(REPO_ROOT, path, grammar), `${path} is out of date`);
  }
});

function* rulesOf(rule: Rule): Generator<Rule> {
  yield rule;
  for (const child of rule.patterns ?? []) yield* rulesOf(child);
  for (const captures of [rule.captures, rule.beginCaptures, rule.endCaptures, rule.whileCaptures]) {
    for (const capture of Object.values(captures ?? {}))
      for (const child of capture.patterns ?? []) yield* rulesOf(child);
  }
}

function allRules(): { scope: string; repository: Set<string>; rule: Rule }[] {
  const out: { scope: string; repository: Set<string>; rule: Rule }[] = [];
  for (const { grammar } of GENERATED_GRAMMARS) {
    const repository = new Set(Object.keys(grammar.repository));
    const roots: Rule[] = [...grammar.patterns, ...Object.values(grammar.repository)];
    for (const root of roots)
      for (const rule of rulesOf(root)) out.push({ scope: grammar.scopeName, repository, rule });
  }
  return out;
}

test('every include points at a repository rule or a contributed grammar', () => {
  const grammars = new Map(GENERATED_GRAMMARS.map(({ grammar }) => [grammar.scopeName, grammar]));
  for (const { scope, repository, rule } of allRules()) {
    if (!rule.include) continue;
    if (rule.include.startsWith('#')) {
      assert.ok(repository.has(rule.include.slice(1)), `${scope}: ${rule.include}`);
      continue;
    }
    const [target, key] = rule.include.split('#') as [string, string | undefined];
    const grammar = grammars.get(target);
    assert.ok(grammar, `${scope}: include of unknown grammar ${target}`);
    if (key) assert.ok(key in grammar.repository, `${scope}: ${rule.include}`);
  }
});

/** How often a quantifier lets its operand repeat: `Infinity` for `*`, `+`, `{n,}`. */
function maxRepeats(quantifier: string): number {
  if (quantifier === '*' || quantifier === '+') return Infinity;
  const [, , max] = /^\{(\d*)(?:,(\d*))?\}$/.exec(quantifier) ?? [];
  if (max === undefined) return Number(/\d+/.exec(quantifier)?.[0] ?? 1);
  return max === '' ? Infinity : Number(max);
}

/**
 * True when a group that is itself repeated (`*`, `+`, `{n,m}` with m > 1) contains an unbounded
 * quantifier: the shape behind catastrophic backtracking. Character classes and escapes are skipped.
 */
function hasNestedUnboundedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let unboundedInCurrent = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      stack.push(unboundedInCurrent);
      unboundedInCurrent = false;
      continue;
    }
    const quantifier = /^(?:[*+]|\{\d*(?:,\d*)?\})/.exec(source.slice(i + 1))?.[0];
    if (c === ')') {
      const inner: boolean = unboundedInCurrent;
      const repeats = quantifier === undefined ? 1 : maxRepeats(quantifier);
      if (inner && repeats > 1) return true;
      unboundedInCurrent = (stack.pop() ?? false) || inner || repeats === Infinity;
      continue;
    }
    if (c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(source.slice(i)))) unboundedInCurrent = true;
  }
  return false;
}

test('the nested-quantifier check itself', () => {
  assert.ok(hasNestedUnboundedQuantifier('(a+)+'));
  assert.ok(hasNestedUnboundedQuantifier('(?:\\s\\w+){0,64}'));
  assert.ok(hasNestedUnboundedQuantifier('((?:x|y)*z)*'));
  assert.ok(!hasNestedUnboundedQuantifier('(?:[^"\\\\]|\\\\.){0,512}'));
  assert.ok(!hasNestedUnboundedQuantifier('(?:\\.[a-z]{1,63}){0,16}'));
  assert.ok(!hasNestedUnboundedQuantifier('[(+)]+(a)?'));
  assert.ok(!hasNestedUnboundedQuantifier('(a+)?b'));
  assert.ok(hasNestedUnboundedQuantifier('(a+){3}'));
  assert.ok(hasNestedUnboundedQuantifier('((a)+)+'));
});

test('no regex repeats a group that holds an unbounded quantifier', () => {
  let count = 0;
  for (const { scope, rule } of allRules()) {
    for (const regex of [rule.match, rule.begin, rule.end, rule.while]) {
      if (regex === undefined) continue;
      count++;
      assert.ok(!hasNestedUnboundedQuantifier(regex), `${scope}: ${regex}`);
    }
  }
  assert.ok(count > 100, `${count} regexes checked`);
});
