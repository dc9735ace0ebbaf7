/**
 * Injection: logs and traces whose every text field carries attacker Markdown and HTML. Every hover at
 * every offset, every knowledge-base answer for a line and every UUI decoding must be inert (no live
 * link, HTML, entity or command URI); outline names and diagnostic messages are plain text in the editor
 * but must not be empty or hold line breaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCcpLog, toConsoleForm, toDisplayForm, type RawEntry } from '../../../bench/ccp/generator';
import { generateScenarios } from '../../../bench/sip/generate';
import { GENERATED_FORMATS } from '../../../bench/sip/renderers';
import { SCENARIO_KINDS } from '../../../bench/sip/scenarios';
import type { LanguageId } from '../../../server/src/analysis/analyzer';
import type { SymbolNode } from '../../../server/src/analysis/features';
import { entriesMarkdown, explainAt } from '../../../server/src/analysis/knowledge';
import { analyzers } from '../../../server/src/analysis/languages';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import { decodeUuiAll, uuiMarkdown } from '../../../server/src/analysis/uui';
import { liveMarkup, PAYLOADS } from './inert';

function payload(i: number): string {
  return PAYLOADS[i % PAYLOADS.length]!;
}

/** A generated CCP log with a payload in every entry's text, in exceptions and in snapshot strings. */
function hostileCcpEntries(): RawEntry[] {
  const log = generateCcpLog({
    seed: 41,
    minutes: 4,
    calls: 2,
    chatterPerMinute: 6,
    faults: { iceTimeout: [0], wrongTypes: true },
  });
  return log.entries.map((e, i) => ({
    ...e,
    text: `${e.text} ${payload(i)}`,
    exception: i % 5 === 0 ? { message: payload(i + 1), stack: payload(i + 2) } : e.exception,
    objects: JSON.parse(
      JSON.stringify(e.objects ?? []).replace(
        /"(name|type|state|message|code)":"([^"]*)"/g,
        (_m, k: string, v: string) => JSON.stringify(k) + ':' + JSON.stringify(`${v}${payload(i + 3)}`),
      ),
    ) as unknown,
  }));
}

/** A generated SIP trace with payloads in reason phrases, display names, Call-IDs, agents, Warning, Reason, UUI and SDP. */
function hostileSip(format: (typeof GENERATED_FORMATS)[number], seed: number): string {
  let text = generateScenarios(format, SCENARIO_KINDS.slice(0, 5), seed).text;
  let n = 0;
  text = text.replace(/^(SIP\/2\.0 \d{3}) [^\r\n]*/gm, (_m, status: string) => `${status} ${payload(n++)}`);
  text = text.replace(/^(From|To): /gm, (m) => `${m}"${payload(n++)}" `);
  text = text.replace(/^User-Agent: [^\r\n]*/gm, () => `User-Agent: ${payload(n++)}`);
  text = text.replace(/^(Call-ID: )/gm, (m) => `${m}${payload(n++).replace(/\s/g, '')}`);
  text = text.replace(
    /^(CSeq: [^\r\n]*)/gm,
    (m) =>
      `${m}\r\nWarning: 399 host "${payload(n++)}"\r\nReason: Q.850;cause=16;text="${payload(n++)}"\r\nUser-to-User: ${Buffer.from(payload(n++)).toString('hex')};encoding=hex`,
  );
  text = text.replace(/^s=[^\r\n]*/gm, () => `s=${payload(n++)}`);
  return text;
}

function names(nodes: readonly SymbolNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    out.push(n.name, n.detail ?? '');
    names(n.children ?? [], out);
  }
  return out;
}

/** Checks one document; returns how many hovers quoted attacker text (so the test knows payloads got there). */
function checkDocument(language: LanguageId, text: string, label: string): number {
  const analysis = analyzers[language].analyze(text);
  const problems: string[] = [];
  let hovers = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    const hover = analysis.hover(offset, DEFAULT_SETTINGS);
    if (!hover) continue;
    if (/command|onerror|evil/.test(hover.markdown)) hovers++;
    for (const p of liveMarkup(hover.markdown)) problems.push(`hover at ${offset}: ${p}`);
    // Skip to the end of this hover's range: the same hover answers every offset inside it.
    if (hover.end > offset + 1) offset = hover.end - 1;
  }
  for (const f of analysis.findings(DEFAULT_SETTINGS)) {
    if (/[\r\n]/.test(f.message)) problems.push(`finding ${f.rule}: line break in its message`);
  }
  for (const name of names(analysis.symbols(DEFAULT_SETTINGS))) {
    if (/[\r\n]/.test(name))
      problems.push(`outline name with a line break: ${JSON.stringify(name.slice(0, 80))}`);
  }
  const lines = text.split(/\r?\n/);
  for (const line of lines) {
    if (line.length === 0) continue;
    for (const character of [line.length >> 1]) {
      const { token, entries } = explainAt(line, character);
      for (const p of liveMarkup(entriesMarkdown(token, entries)))
        problems.push(`knowledge on ${JSON.stringify(line.slice(0, 60))}: ${p}`);
    }
    if (/User-to-User|Goog-/i.test(line)) {
      for (const p of liveMarkup(uuiMarkdown(decodeUuiAll(line))))
        problems.push(`UUI of ${JSON.stringify(line.slice(0, 60))}: ${p}`);
    }
  }
  assert.deepEqual(problems.slice(0, 10), [], `${label}: ${problems.length} problems`);
  return hovers;
}

test('CCP logs full of Markdown links, HTML and command URIs give inert hovers in every form', () => {
  const entries = hostileCcpEntries();
  let hovers = 0;
  hovers += checkDocument('ccp-log', JSON.stringify(entries, undefined, 4), 'downloaded form');
  hovers += checkDocument('ccp-log', toConsoleForm(entries), 'console form');
  hovers += checkDocument('ccp-log', toDisplayForm(entries, 2), 'display form');
  assert.ok(hovers > 20, `${hovers} hovers quoted a payload`);
});

test('SIP traces full of Markdown links, HTML and command URIs give inert hovers in every export format', () => {
  let hovers = 0;
  GENERATED_FORMATS.forEach((format, i) => {
    hovers += checkDocument('sip-trace', hostileSip(format, 60 + i), format);
  });
  assert.ok(hovers > 20, `${hovers} hovers quoted a payload`);
});
