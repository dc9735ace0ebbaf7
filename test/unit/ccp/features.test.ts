import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCcpLog } from '../../../bench/ccp/generator';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../../server/src/analysis/semanticTokenLegend';
import { DEFAULT_SETTINGS, type CallsightSettings } from '../../../server/src/analysis/settings';
import type { SymbolNode } from '../../../server/src/analysis/features';
import { analyse, at, logOf } from './support';

const g = generateCcpLog({
  seed: 41,
  minutes: 40,
  calls: 4,
  faults: { iceTimeout: [1], redactionTruncated: true },
});
const { analysis, model } = analyse(g.text);
const tokyo: CallsightSettings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Tokyo' };

function hoverAt(needle: string, delta: number, settings = DEFAULT_SETTINGS): string {
  const offset = g.text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return analysis.hover(offset + delta, settings)?.markdown ?? '';
}

test('time hovers: the chosen zone and UTC, gap to the previous entry, offset into the contact', () => {
  const md = hoverAt('"time": "2025-05-06T08:1', 12, tokyo);
  assert.match(md, /Local \\\(Asia\/Tokyo\\\)/);
  assert.match(md, /UTC\\\+09\\:00/);
  assert.match(md, /After the previous entry/);
  const utc = hoverAt('"time": "2025-05-06T08:1', 12, { ...DEFAULT_SETTINGS, timeZone: 'utc' });
  assert.match(utc, /UTC/);
  const bad = hoverAt('"time": "2025-05-06T08:1', 12, { ...DEFAULT_SETTINGS, timeZone: 'Mars/Base' });
  assert.match(bad, /Unknown time zone/);
  const contact = g.calls[0]!.contactId;
  const inContact = hoverAt(`contact::connected::${contact}`, -100, tokyo);
  assert.ok(inContact === '' || /Time/.test(inContact));
  const t = model.entries.find((e) => e.text.includes(`contact::connected::${contact}`))!;
  const timeRange = model.fieldRange(t, 3)!;
  assert.match(analysis.hover(timeRange.start + 5, tokyo)!.markdown, /Into contact/);
});

test('hovers on error types, API operations, states, contacts, calls, metrics, skew, reports, redaction', () => {
  assert.match(hoverAt('ice_collection_timeout', 2), /TurnNlb/);
  assert.match(hoverAt('ice_collection_timeout', 2), /ccp\/ice\\-collection\\-timeout/);
  const api = hoverAt("'acceptContact'", 3);
  assert.match(api, /Accepts the offered contact/);
  assert.match(api, /This call/);
  assert.match(hoverAt('"name": "MissedCallAgent"', 12), /not accepted in time/);
  const contact = g.calls[0]!.contactId;
  const c = hoverAt(`contact::connected::${contact}`, 25);
  assert.match(c, /\*\*Start:\*\*/);
  assert.match(c, /\*\*Duration:\*\*/);
  assert.match(c, /connected/);
  assert.match(hoverAt(`contact::connected::${contact}`, 12), /Agent and customer are connected/);
  assert.match(hoverAt(`${contact} SESSION`, 3), /Softphone call/);
  assert.match(hoverAt('sendSoftphoneMetrics success', 4), /audio\\_input .*\//s);
  assert.match(hoverAt('"skew": ', 9), /ahead of this PC/);
  assert.match(hoverAt('sendSoftphoneReport success', 4), /Setup timeline/);
  assert.match(hoverAt('sent TelemetryCallReport', 4), /Per\\-second arrays/);
  assert.match(hoverAt('phone number[redacted]', 2), /redaction/);
  assert.match(hoverAt('"level": "TRACE"', 12), /Level TRACE/);
  assert.match(hoverAt('"contextLayer": "SharedWorker"', 20), /1\\-s batches/);
});

test('document text in hovers is escaped', () => {
  const evil = 'Softphone error occurred :  [click](command:workbench.action.quit) <img src=x>';
  const { analysis: a } = analyse(logOf([{ text: evil, level: 'ERROR', component: 'softphone' }]));
  const md = a.hover(logOf([{ text: evil }]).indexOf('click') + 1, DEFAULT_SETTINGS)?.markdown ?? '';
  assert.ok(!md.includes('](command:'));
  assert.ok(!md.includes('<img'));
});

test('semantic tokens: call and contact ids, error codes with the error modifier, redacted text; range-limited', () => {
  const start = g.text.indexOf('ice_collection_timeout') - 3000;
  const tokens = analysis.semanticTokens({ start, end: start + 6000 });
  const typeOf = (name: string): number => TOKEN_TYPES.indexOf(name as (typeof TOKEN_TYPES)[number]);
  const mod = (name: string): number =>
    1 << TOKEN_MODIFIERS.indexOf(name as (typeof TOKEN_MODIFIERS)[number]);
  assert.ok(tokens.every((t) => t.start >= start && t.start < start + 6000));
  for (let k = 1; k < tokens.length; k++)
    assert.ok(tokens[k]!.start >= tokens[k - 1]!.start + tokens[k - 1]!.length);
  assert.ok(tokens.every((t) => !g.text.slice(t.start, t.start + t.length).includes('\n')));
  const error = tokens.find((t) => g.text.slice(t.start, t.start + t.length) === 'ice_collection_timeout');
  assert.ok(error);
  assert.equal(error.type, typeOf('errorCode'));
  assert.ok((error.modifiers & mod('error')) !== 0);
  assert.ok(tokens.some((t) => t.type === typeOf('callId')));
  const red = g.text.indexOf('phone number[redacted]');
  const redTokens = analysis.semanticTokens({ start: red - 200, end: red + 200 });
  assert.ok(redTokens.some((t) => (t.modifiers & mod('redacted')) !== 0));
  const snap = g.text.indexOf('"contactId": "');
  assert.ok(
    analysis.semanticTokens({ start: snap, end: snap + 100 }).some((t) => t.type === typeOf('contactId')),
  );
});

test('outline: contacts with their phases and calls, agent state changes, capped', () => {
  const symbols = analysis.symbols(DEFAULT_SETTINGS);
  const contacts = symbols.filter((s) => s.name.startsWith('Contact '));
  assert.equal(contacts.length, g.calls.length);
  const first = contacts.find((s) => s.name.includes(g.calls[0]!.contactId))!;
  const names = first.children!.map((c) => c.name);
  assert.ok(names.includes('connected'));
  assert.ok(first.children!.some((c) => c.name.startsWith('Softphone call')));
  const states = symbols.find((s) => s.name === 'Agent states')!;
  assert.ok(states.children!.some((c) => c.name.includes('MissedCallAgent')));
  const check = (s: SymbolNode): void => {
    assert.ok(s.start <= s.selection.start && s.selection.end <= s.end, s.name);
    for (const c of s.children ?? []) {
      assert.ok(s.start <= c.start && c.end <= s.end, `${c.name} inside ${s.name}`);
      check(c);
    }
  };
  symbols.forEach(check);
  const count = (list: readonly SymbolNode[]): number =>
    list.reduce((n, s) => n + 1 + count(s.children ?? []), 0);
  assert.ok(count(analysis.symbols({ ...DEFAULT_SETTINGS, maxSymbols: 10 })) <= 10);
});

test('folding: one range per multi-line entry, capped by the limit', () => {
  const folds = analysis.foldingRanges(5000);
  assert.ok(folds.length > 100);
  assert.ok(folds.every((f) => f.endLine > f.startLine));
  assert.equal(analysis.foldingRanges(7).length, 7);
});

test('go to definition and references on a contact id', () => {
  const id = g.calls[0]!.contactId;
  const offset = g.text.indexOf(`contact::connected::${id}`) + 25;
  const defs = analysis.definition!(offset);
  assert.equal(defs.length, 1);
  const refs = analysis.references!(offset);
  assert.ok(refs.length > 5);
});

test('hover, tokens and symbols on a line form', () => {
  const text = [
    `[${at(0)}] [ERROR] [agent]: Softphone error occurred :  microphone_not_shared Your microphone is not enabled in your browser.`,
    `[${at(1)}] [INFO] [agent]: Publishing event: contact::missed::6f0d3c1e-2b8a-4c71-9d55-0a7e4f1b2c33`,
  ].join('\n');
  const { analysis: a } = analyse(text);
  assert.match(a.hover(text.indexOf('microphone_not_shared') + 2, DEFAULT_SETTINGS)!.markdown, /microphone/);
  assert.ok(a.semanticTokens({ start: 0, end: text.length }).length >= 2);
  assert.ok(a.findings(DEFAULT_SETTINGS).some((f) => f.rule === 'ccp/microphone-not-shared'));
});
