import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, DocumentSymbol, Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { generateCcpLog } from '../../bench/ccp/generator';
import { LineIndex } from '../../server/src/analysis/text/lineIndex';
import { AudioMetricsRequest, type AudioMetricsResult } from '../../server/src/protocol';
import { startSession, type LspSession } from '../support/lspSession';

const g = generateCcpLog({
  seed: 71,
  minutes: 30,
  calls: 3,
  faults: {
    iceTimeout: [1],
    poorAudio: [{ call: 2, kind: 'loss', stream: 'audio_input', fromSecond: 30, seconds: 20 }],
  },
});
const lines = new LineIndex(g.text);
const uri = 'file:///logs/agent-log.txt';
let session: LspSession;

before(async () => {
  session = await startSession({ configuration: { time: { zone: 'utc' } } });
  await session.open(uri, 'ccp-log', g.text);
});

after(async () => {
  await session.close();
});

test('pull diagnostics carry rule ids, severities and related places', async () => {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', {
    textDocument: { uri },
  })) as { kind: string; items: Diagnostic[]; resultId?: string };
  assert.equal(report.kind, 'full');
  const codes = report.items.map((d) => d.code);
  assert.ok(codes.includes('ccp/ice-collection-timeout'));
  assert.ok(codes.includes('ccp/packet-loss'));
  const ice = report.items.find((d) => d.code === 'ccp/ice-collection-timeout')!;
  assert.equal(ice.severity, 1);
  assert.equal(ice.source, 'callsight');
  assert.ok((ice.relatedInformation?.length ?? 0) > 0);
  const again = (await session.connection.sendRequest('textDocument/diagnostic', {
    textDocument: { uri },
    previousResultId: report.resultId,
  })) as { kind: string };
  assert.equal(again.kind, 'unchanged');
});

test('hover on an error type and on a time', async () => {
  const offset = g.text.indexOf('ice_collection_timeout') + 3;
  const hover = (await session.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: lines.positionAt(offset),
  })) as Hover;
  const md = (hover.contents as { value: string }).value;
  assert.match(md, /UDP 3478/);
  assert.match(md, /ccp\/ice-collection-timeout/);
  const time = g.text.indexOf('"time": "') + 12;
  const t = (await session.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: lines.positionAt(time),
  })) as Hover;
  assert.match((t.contents as { value: string }).value, /Local \\\(utc\\\)/);
});

test('semantic tokens for a range', async () => {
  const offset = g.text.indexOf('ice_collection_timeout');
  const line = lines.positionAt(offset).line;
  const result = (await session.connection.sendRequest('textDocument/semanticTokens/range', {
    textDocument: { uri },
    range: { start: { line: line - 40, character: 0 }, end: { line: line + 40, character: 0 } },
  })) as SemanticTokens;
  assert.ok(result.data.length >= 5);
  assert.equal(result.data.length % 5, 0);
  // Deltas start from line 0: every token line must fall inside the requested range.
  let l = 0;
  for (let k = 0; k < result.data.length; k += 5) {
    l += result.data[k]!;
    assert.ok(l >= line - 40 && l <= line + 40, `token on line ${l}`);
  }
});

test('document symbols and folding ranges', async () => {
  const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', {
    textDocument: { uri },
  })) as DocumentSymbol[];
  assert.ok(symbols.filter((s) => s.name.startsWith('Contact ')).length === g.calls.length);
  assert.ok(symbols.some((s) => s.name === 'Agent states' && (s.children?.length ?? 0) > 3));
  const folds = (await session.connection.sendRequest('textDocument/foldingRange', {
    textDocument: { uri },
  })) as unknown[];
  assert.ok(folds.length > 50 && folds.length <= 5000);
});

test('callsight/audioMetrics returns the series of the open log', async () => {
  const result = (await session.connection.sendRequest(AudioMetricsRequest, { uri })) as AudioMetricsResult;
  assert.equal(result.calls.length, 2);
  assert.ok(result.calls.some((c) => c.findingSpans.some((s) => s.rule === 'ccp/packet-loss')));
  assert.equal(result.timeZone, 'utc');
  const none = await session.connection.sendRequest(AudioMetricsRequest, { uri: 'file:///not/open.txt' });
  assert.equal(none, null);
});
