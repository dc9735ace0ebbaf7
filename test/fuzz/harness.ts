/**
 * The fuzzing harness: seeds from both corpora and the generators, seeded mutators, and one function that
 * runs every feature the editor asks for on a text and checks the results stay inside the document.
 * Used by `npm run fuzz` (test/fuzz/run.ts) and by the bounded run in `npm test` (test/unit/fuzz).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCcpLog, toConsoleForm, toDisplayForm } from '../../bench/ccp/generator';
import { generateMixed, generateScenarios } from '../../bench/sip/generate';
import { GENERATED_FORMATS } from '../../bench/sip/renderers';
import { SCENARIO_KINDS } from '../../bench/sip/scenarios';
import type { LanguageId } from '../../server/src/analysis/analyzer';
import { detectLanguageFromContent } from '../../server/src/analysis/detect';
import type { OffsetRange } from '../../server/src/analysis/findings';
import type { SymbolNode } from '../../server/src/analysis/features';
import { codeTokenAt, explainAt } from '../../server/src/analysis/knowledge';
import { analyzers } from '../../server/src/analysis/languages';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';
import { SeededRandom } from '../../bench/random';

export const REPO_ROOT = resolve(__dirname, '../..');

/** `../shared/corpus` beside the repository (CI), else `/work/shared/corpus`; undefined when absent. */
export function corpusRoot(): string | undefined {
  for (const dir of [resolve(REPO_ROOT, '..', 'shared', 'corpus'), '/work/shared/corpus']) {
    if (existsSync(dir)) return dir;
  }
  return undefined;
}

/** Bytes as the editor shows them: UTF-8, invalid sequences become U+FFFD (never an exception). */
const utf8 = new TextDecoder('utf-8', { fatal: false });
export function decodeAsEditor(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

export interface Seed {
  readonly language: LanguageId;
  readonly name: string;
  readonly text: string;
}

/** Every corpus file (decoded as the editor would) and generated logs and traces, per language. */
export function loadSeeds(): Seed[] {
  const seeds: Seed[] = [];
  const root = corpusRoot();
  if (root) {
    for (const [language, folder] of [
      ['ccp-log', 'ccp'],
      ['sip-trace', 'sip'],
    ] as const) {
      const dir = join(root, folder);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (!statSync(path).isFile() || name.endsWith('.md')) continue;
        seeds.push({ language, name: `${folder}/${name}`, text: decodeAsEditor(readFileSync(path)) });
      }
    }
  }
  const faults = [
    {},
    { iceTimeout: [0], wrongTypes: true },
    { truncateAtFraction: 0.6, duplicates: 3 },
    { ccpV1: true },
    { epochTimeShare: 0.5, hugeTelemetryChars: 3000 },
  ];
  faults.forEach((f, i) => {
    const log = generateCcpLog({ seed: 700 + i, minutes: 3, calls: 1, chatterPerMinute: 4, faults: f });
    seeds.push({ language: 'ccp-log', name: `generated-ccp-${i}`, text: log.text });
    seeds.push({ language: 'ccp-log', name: `generated-ccp-console-${i}`, text: toConsoleForm(log.entries) });
    seeds.push({
      language: 'ccp-log',
      name: `generated-ccp-display-${i}`,
      text: toDisplayForm(log.entries, 2),
    });
  });
  GENERATED_FORMATS.forEach((format, i) => {
    const trace = generateScenarios(format, SCENARIO_KINDS.slice(i % 4, (i % 4) + 5), 800 + i);
    seeds.push({ language: 'sip-trace', name: `generated-sip-${format}`, text: trace.text });
  });
  seeds.push({ language: 'sip-trace', name: 'generated-sip-mixed', text: generateMixed(60_000, 901).text });
  return seeds;
}

const JUNK: Readonly<Record<LanguageId, readonly string[]>> = {
  'ccp-log': [
    '{',
    '}',
    '[',
    ']',
    '"',
    '\\',
    ',',
    ':',
    '\n',
    '\r\n',
    '\u0000',
    '\ufeff',
    '\ud800',
    'null',
    '"text": ',
    '"time": "',
    '\\u12',
    '"component": "softphone", ',
    '1e308',
    '-0',
    '"level": "ERROR", ',
    '[x](command:workbench.action.quit)',
    '<img src=x onerror=alert(1)>',
  ],
  'sip-trace': [
    '\r\n',
    '\n',
    '\r\n\r\n',
    'INVITE sip:a@b SIP/2.0\r\n',
    'SIP/2.0 200 OK\r\n',
    'SIP/2.0 999999999999 X\r\n',
    'Call-ID: ',
    'CSeq: 99999999999999999999 INVITE\r\n',
    'Content-Length: 4294967296\r\n',
    'Content-Length: -5\r\n',
    'Via: SIP/2.0/UDP ',
    'User-to-User: ',
    ';encoding=hex',
    'v=0\r\no=- 0 0 IN IP4 ',
    'm=audio 0 RTP/AVP ',
    'a=rtpmap:',
    'U 2024/03/01 09:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060\n',
    'Frame 1: ',
    '\u0000',
    '\ufeff',
    '\udc00',
    '\f',
    '<img src=x onerror=alert(1)>',
  ],
};

export type MutatorName =
  | 'byte-flip'
  | 'truncate'
  | 'splice'
  | 'duplicate'
  | 'delete'
  | 'junk'
  | 'huge-line'
  | 'swap-lines'
  | 'line-endings'
  | 'digits';

export const MUTATORS: readonly MutatorName[] = [
  'byte-flip',
  'truncate',
  'splice',
  'duplicate',
  'delete',
  'junk',
  'huge-line',
  'swap-lines',
  'line-endings',
  'digits',
];

/** Applies one mutation; `other` is a text to splice from. */
export function mutate(
  rng: SeededRandom,
  language: LanguageId,
  text: string,
  other: string,
  kind: MutatorName,
  hugeLine = 6000,
): string {
  const at = rng.int(0, text.length);
  switch (kind) {
    case 'byte-flip': {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return text;
      const flips = rng.int(1, 8);
      for (let i = 0; i < flips; i++) {
        const p = rng.int(0, bytes.length - 1);
        bytes[p] = rng.next() < 0.5 ? bytes[p]! ^ (1 << rng.int(0, 7)) : rng.int(0x80, 0xff);
      }
      return decodeAsEditor(bytes);
    }
    case 'truncate':
      return rng.next() < 0.5 ? text.slice(0, at) : text.slice(at);
    case 'splice': {
      const from = rng.int(0, other.length);
      return text.slice(0, at) + other.slice(from, from + rng.int(0, 2000)) + text.slice(at);
    }
    case 'duplicate': {
      const end = Math.min(text.length, at + rng.int(1, 600));
      const piece = text.slice(at, end);
      return text.slice(0, end) + piece.repeat(rng.int(1, 4)) + text.slice(end);
    }
    case 'delete':
      return text.slice(0, at) + text.slice(Math.min(text.length, at + rng.int(1, 300)));
    case 'junk': {
      let out = text;
      const n = rng.int(1, 5);
      for (let i = 0; i < n; i++) {
        const p = rng.int(0, out.length);
        out = out.slice(0, p) + rng.pick(JUNK[language]) + out.slice(p);
      }
      return out;
    }
    case 'huge-line': {
      const unit = rng.pick([
        'a',
        ' ',
        '"',
        '\\',
        '{',
        '[',
        ';',
        ',',
        'x=',
        '%',
        '0',
        '\t',
        '::',
        'é',
        '\ufffd',
      ]);
      return text.slice(0, at) + unit.repeat(rng.int(Math.min(500, hugeLine), hugeLine)) + text.slice(at);
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      if (lines.length < 2) return text;
      const a = rng.int(0, lines.length - 1);
      const b = rng.int(0, lines.length - 1);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'line-endings':
      return rng.pick([
        () => text.replace(/\r\n/g, '\n'),
        () => text.replace(/\r?\n/g, '\r\n'),
        () => text.replace(/\r?\n/g, '\r'),
      ])();
    case 'digits': {
      let out = '';
      let changed = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57 && changed < 40 && rng.next() < 0.05) {
          out += rng.pick(['9999999999999999999', '-1', '0', 'NaN', '1e400', String(rng.int(0, 9))]);
          changed++;
        } else out += text[i];
      }
      return out;
    }
  }
}

/** A window of a seed, cut at line starts when possible (small inputs give volume). */
export function windowOf(rng: SeededRandom, text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let start = rng.int(0, text.length - maxLength);
  const nl = text.indexOf('\n', start);
  if (nl >= 0 && nl - start < 400 && rng.next() < 0.8) start = nl + 1;
  return text.slice(start, start + rng.int(1, maxLength));
}

function checkRange(problems: string[], what: string, r: OffsetRange, length: number): void {
  if (
    !Number.isInteger(r.start) ||
    !Number.isInteger(r.end) ||
    r.start < 0 ||
    r.end < r.start ||
    r.end > length
  ) {
    problems.push(`${what} [${r.start}, ${r.end}) outside [0, ${length}]`);
  }
}

function checkSymbols(problems: string[], nodes: readonly SymbolNode[], length: number, depth = 0): void {
  for (const s of nodes) {
    checkRange(problems, `symbol ${JSON.stringify(s.name.slice(0, 40))}`, s, length);
    checkRange(problems, 'symbol selection', s.selection, length);
    if (s.selection.start < s.start || s.selection.end > s.end)
      problems.push('symbol selection outside its symbol');
    if (typeof s.name !== 'string' || s.name.trim().length === 0) problems.push('symbol without a name');
    if (s.children && depth < 20) checkSymbols(problems, s.children, length, depth + 1);
  }
}

/** Offsets the editor might hover: both ends, a few random, and the places findings point to. */
function sampleOffsets(rng: SeededRandom, text: string, count: number): number[] {
  const out = [0, text.length, Math.max(0, text.length - 1)];
  for (let i = 0; i < count; i++) out.push(rng.int(0, text.length));
  return out;
}

/**
 * Runs every feature on `text` as the editor would and returns the invariant violations found (empty
 * when all is well). Exceptions are not caught here: the caller records them as crashes.
 */
export function exercise(language: LanguageId, text: string, rng: SeededRandom, hoverSamples = 6): string[] {
  const problems: string[] = [];
  const length = text.length;
  detectLanguageFromContent(text);
  const analysis = analyzers[language].analyze(text);
  const findings = analysis.findings(DEFAULT_SETTINGS);
  const offsets = sampleOffsets(rng, text, hoverSamples);
  for (const f of findings) {
    checkRange(problems, `finding ${f.rule}`, f, length);
    if (typeof f.message !== 'string' || f.message.length === 0)
      problems.push(`finding ${f.rule} without message`);
    for (const r of f.related ?? []) checkRange(problems, `related of ${f.rule}`, r, length);
  }
  if (findings.length > 0) offsets.push(rng.pick(findings).start);
  for (const offset of offsets) {
    const hover = analysis.hover(offset, DEFAULT_SETTINGS);
    if (hover) {
      checkRange(problems, 'hover', hover, length);
      if (typeof hover.markdown !== 'string') problems.push('hover without markdown');
    }
    for (const r of analysis.definition?.(offset) ?? []) checkRange(problems, 'definition', r, length);
    for (const r of analysis.references?.(offset) ?? []) checkRange(problems, 'reference', r, length);
    analysis.timeAt?.(offset);
  }
  const tokens = analysis.semanticTokens({ start: 0, end: length });
  let last = -1;
  for (const t of tokens) {
    checkRange(problems, 'semantic token', { start: t.start, end: t.start + t.length }, length);
    if (t.start < last) problems.push('semantic tokens out of order');
    last = t.start;
    const inside = text.slice(t.start, t.start + t.length);
    if (inside.includes('\n')) problems.push('semantic token crosses a line end');
  }
  checkSymbols(problems, analysis.symbols(DEFAULT_SETTINGS), length);
  const lineCount = text.split('\n').length;
  for (const f of analysis.foldingRanges(DEFAULT_SETTINGS.maxFoldingRanges)) {
    if (f.startLine < 0 || f.endLine < f.startLine || f.endLine >= lineCount) {
      problems.push(`fold ${f.startLine}-${f.endLine} outside ${lineCount} lines`);
    }
  }
  analysis.audioMetrics?.(DEFAULT_SETTINGS);
  // The knowledge base reads the hovered line too.
  const lineStart = text.lastIndexOf('\n', Math.max(0, offsets[3] ?? 0) - 1) + 1;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = length;
  const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 20_000));
  const character = rng.int(0, line.length);
  codeTokenAt(line, character);
  explainAt(line, character);
  return problems;
}
