/** The SIP trace language through the built server, as an editor uses it. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSession, type LspSession } from '../support/lspSession';

const text = readFileSync(resolve(__dirname, '../../samples/trunk-incident.sip'), 'utf8');
const uri = 'file:///incident/trunk-incident.sip';
let session: LspSession;

function position(needle: string, delta = 0, from = 0): { line: number; character: number } {
  const offset = text.indexOf(needle, from) + delta;
  assert.ok(offset >= delta, needle);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - before.lastIndexOf('\n') - 1 };
}

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function lineText(line: number): string {
  return text.split('\n')[line] ?? '';
}

before(async () => {
  session = await startSession();
  await session.open(uri, 'sip-trace', text);
});

after(async () => {
  await session.close();
});

test('diagnostics: the missing ACK and the 488, with related places', async () => {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', {
    textDocument: { uri },
  })) as {
    items: { code: string; severity: number; relatedInformation?: unknown[]; range: Range }[];
  };
  const codes = report.items.map((d) => d.code);
  assert.ok(codes.includes('sip/2xx-without-ack'));
  assert.ok(codes.includes('sip/media-rejected'));
  const noAck = report.items.find((d) => d.code === 'sip/2xx-without-ack');
  assert.equal(noAck?.severity, 1);
  assert.ok((noAck?.relatedInformation?.length ?? 0) >= 9, 'the 2xx retransmissions are related places');
  assert.match(lineText(noAck?.range.start.line ?? 0), /^SIP\/2\.0 200 OK/);
});

test('hover on a Call-ID summarises the dialog; on a response code explains it', async () => {
  const callIdLine = text.indexOf('Call-ID: ', text.indexOf('INVITE sip:+1'));
  const hover = (await session.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: position('Call-ID: ', 12, callIdLine - 5),
  })) as { contents: { value: string } } | null;
  assert.match(hover?.contents.value ?? '', /Dialog/);
  assert.match(hover?.contents.value ?? '', /Outcome/);
  const status = (await session.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: position('SIP/2.0 488', 9),
  })) as { contents: { value: string } } | null;
  assert.match(status?.contents.value ?? '', /488/);
  assert.match(
    status?.contents.value ?? '',
    /far end refused the offered media/,
    'the finding explanation is appended',
  );
});

test('document symbols: one node per dialog with its messages', async () => {
  const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', {
    textDocument: { uri },
  })) as {
    name: string;
    detail?: string;
    children?: unknown[];
  }[];
  assert.ok(symbols.length >= 4);
  assert.ok(symbols.every((s) => (s.children?.length ?? 0) > 0));
  assert.ok(symbols.some((s) => /failed: 488/.test(s.detail ?? '')));
});

test('definition and references from a Call-ID', async () => {
  const at = position('Call-ID: ', 12, text.indexOf('SIP/2.0 488'));
  const def = (await session.connection.sendRequest('textDocument/definition', {
    textDocument: { uri },
    position: at,
  })) as {
    range: Range;
  }[];
  assert.equal(def.length, 1);
  assert.match(lineText(def[0]?.range.start.line ?? 0), /^INVITE /);
  const refs = (await session.connection.sendRequest('textDocument/references', {
    textDocument: { uri },
    position: at,
    context: { includeDeclaration: true },
  })) as unknown[];
  assert.equal(refs.length, 4, 'INVITE, 100, 488, ACK');
});

test('semantic tokens for a range, folding ranges', async () => {
  const tokens = (await session.connection.sendRequest('textDocument/semanticTokens/range', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
  })) as { data: number[] };
  assert.ok(tokens.data.length > 0);
  assert.equal(tokens.data.length % 5, 0);
  const folds = (await session.connection.sendRequest('textDocument/foldingRange', {
    textDocument: { uri },
  })) as unknown[];
  assert.ok(folds.length > 20);
});

test('analysis summary reports the sip-trace language', async () => {
  const summary = (await session.connection.sendRequest('callsight/analysisSummary', { uri })) as {
    languageId: string;
    findings: { error: number };
  };
  assert.equal(summary.languageId, 'sip-trace');
  assert.ok(summary.findings.error >= 2);
});
