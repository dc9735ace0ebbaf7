/**
 * The audio metrics panel's client side against a stand-in `vscode` module (test/support/fakeVscode.ts):
 * the message flow with the webview, refresh on edits, the cursor mark, reveal, export, hide/show and
 * restore. The real editor is covered by the in-editor suite.
 */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import Module, { createRequire } from 'node:module';
import type * as PanelModule from '../../../client/src/metrics/audioMetricsPanel';
import {
  AudioMetricsRequest,
  CloseDetachedTextNotification,
  TimeAtOffsetRequest,
} from '../../../server/src/protocol';
import type { ToWebviewMessage } from '../../../webview/src/messages';
import { buildAudioMetricsFixture } from '../../support/audioMetricsFixture';
import { fake, FakeDocument, Position, Uri, type FakePanel } from '../../support/fakeVscode';

// Route `import 'vscode'` in the client code to the stand-in, then load the panel.
const load = createRequire(__filename);
const fakePath = load.resolve('../../support/fakeVscode');
const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const original = resolver._resolveFilename;
resolver._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakePath : original.call(this, request, ...rest);
};
const { AudioMetricsPanel, storedTargets } = load(
  '../../../client/src/metrics/audioMetricsPanel',
) as typeof PanelModule;

const result = buildAudioMetricsFixture({ samplesPerStream: 300 });
const LOG = '[\n' + Array.from({ length: 50 }, (_, i) => `  {"n": ${i}}`).join(',\n') + '\n]';

interface Sent {
  method: string;
  params: unknown;
}

function setup(): {
  panelOf: () => FakePanel;
  sent: Sent[];
  notified: Sent[];
  host: PanelModule.PanelHost;
  document: FakeDocument;
  state: Map<string, unknown>;
} {
  fake.reset();
  const document = new FakeDocument(Uri.file('/logs/agent-log.txt'), LOG);
  fake.documents.push(document);
  const sent: Sent[] = [];
  const notified: Sent[] = [];
  const state = new Map<string, unknown>();
  const client = {
    isRunning: () => true,
    sendRequest: async (method: string, params: unknown) => {
      sent.push({ method, params });
      if (method === AudioMetricsRequest) return result;
      if (method === TimeAtOffsetRequest) return { time: 1234 };
      return null;
    },
    sendNotification: async (method: string, params: unknown) => {
      notified.push({ method, params });
    },
    outputChannel: { appendLine: () => undefined },
  };
  const context = {
    extensionUri: Uri.file('/ext'),
    workspaceState: {
      get: (key: string) => state.get(key),
      update: async (key: string, value: unknown) => {
        state.set(key, value);
      },
    },
  };
  const host = { context, client: () => client } as unknown as PanelModule.PanelHost;
  return {
    panelOf: () => fake.panels[fake.panels.length - 1] as FakePanel,
    sent,
    notified,
    host,
    document,
    state,
  };
}

function posted(panel: FakePanel): ToWebviewMessage[] {
  return panel.webview.posted as ToWebviewMessage[];
}

async function settle(ms = 20): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

afterEach(() => {
  for (const p of fake.panels) p.dispose();
});

test('the panel page has the strict CSP and resources from dist/webview only', () => {
  const { host, document, panelOf } = setup();
  AudioMetricsPanel.createOrShow(host, { kind: 'document', uri: document.uri as never });
  const panel = panelOf();
  const options = panel.webview.options as { enableScripts: boolean; localResourceRoots: Uri[] };
  assert.equal(options.enableScripts, true);
  assert.deepEqual(
    options.localResourceRoots.map((u) => u.toString()),
    ['file:///ext/dist/webview'],
  );
  assert.ok(!('retainContextWhenHidden' in options));
  assert.match(panel.webview.html, /default-src 'none'/);
  assert.match(
    panel.webview.html,
    /<script nonce="[A-Za-z0-9+/=]{24}" src="https:\/\/webview\.fake\/ext\/dist\/webview\/main\.js">/,
  );
  assert.ok(!panel.webview.html.includes('agent-log.txt'), 'no path in the page');
});

test('ready → init with strings, then the metrics as typed arrays; a second command reveals the same panel', async () => {
  const { host, document, panelOf, sent } = setup();
  const first = AudioMetricsPanel.createOrShow(host, { kind: 'document', uri: document.uri as never });
  const panel = panelOf();
  panel.received.fire({ type: 'ready' });
  await settle();
  assert.deepEqual(
    posted(panel).map((m) => (m.type === 'status' ? `status:${m.status}` : m.type)),
    ['init', 'status:loading', 'data'],
  );
  const [init, , data] = posted(panel);
  assert.equal(
    init?.type === 'init' ? init.strings.streamInput : '',
    'audio_input (received: what the agent hears)',
  );
  assert.equal(data?.type, 'data');
  const payload = data?.type === 'data' ? data.payload : undefined;
  assert.ok(payload?.calls[0]?.streams[0]?.time instanceof Float64Array);
  assert.deepEqual(
    sent.filter((s) => s.method === AudioMetricsRequest).map((s) => s.params),
    [{ uri: document.uri.toString() }],
  );
  assert.equal(AudioMetricsPanel.createOrShow(host, { kind: 'document', uri: document.uri as never }), first);
  assert.equal(fake.panels.length, 1);
  assert.equal(first.state().status, 'ready');
});

test('edits refresh the charts (debounced); the cursor asks for its time; render reports are kept', async () => {
  const { host, document, panelOf, sent } = setup();
  const view = AudioMetricsPanel.createOrShow(host, { kind: 'document', uri: document.uri as never });
  const panel = panelOf();
  panel.received.fire({ type: 'ready' });
  await settle();
  for (let i = 0; i < 3; i++) fake.documentChanged.fire({ document, contentChanges: [{}] });
  await settle(700);
  assert.equal(sent.filter((s) => s.method === AudioMetricsRequest).length, 2, 'three edits, one refresh');
  assert.deepEqual(
    posted(panel)
      .filter((m) => m.type === 'data')
      .map((m) => (m.type === 'data' ? m.seq : 0)),
    [1, 2],
  );
  fake.selectionChanged.fire({ textEditor: { document, selection: { active: new Position(2, 3) } } });
  await settle(250);
  const asked = sent.find((s) => s.method === TimeAtOffsetRequest);
  assert.deepEqual(asked?.params, {
    uri: document.uri.toString(),
    offset: document.offsetAt(new Position(2, 3)),
  });
  assert.deepEqual(posted(panel).at(-1), { type: 'cursorTime', time: 1234 });
  const report = { seq: 2, renderMs: 40, frameMs: 55, samplesPerStream: 300, charts: [] };
  panel.received.fire({ type: 'rendered', report });
  panel.received.fire({ type: 'viewState', state: { panelKey: 'k', range: 'log' } });
  assert.deepEqual(view.state().lastRender, report);
  assert.equal(view.state().viewState?.range, 'log');
  assert.equal(view.state().cursorTime, 1234);
});

test('a clicked point opens the log at its entry, in the editor column of the log', async () => {
  const { host, document, panelOf } = setup();
  AudioMetricsPanel.createOrShow(host, { kind: 'document', uri: document.uri as never });
  const panel = panelOf();
  panel.received.fire({ type: 'ready' });
  await settle();
  const offset = LOG.indexOf('{"n": 7}');
  panel.received.fire({ type: 'reveal', offset });
  panel.received.fire({ type: 'reveal', offset: -4 }); // invalid: ignored
  await settle();
  assert.equal(fake.shown.length, 1);
  const selection = fake.shown[0]?.options.selection;
  assert.deepEqual(selection?.start, document.positionAt(offset));
  assert.equal(selection?.start.line, 8);
});

test('export writes the CSV built from the series and the PNG the webview drew, where the user chose', async () => {
  const { host, document, panelOf } = setup();
  AudioMetricsPanel.createOrShow(host, { kind: 'document', uri: document.uri as never });
  const panel = panelOf();
  panel.received.fire({ type: 'ready' });
  await settle();
  fake.saveTarget = Uri.file('/out/metrics.csv');
  panel.received.fire({ type: 'exportCsv', callId: result.calls[1]?.id ?? null });
  await settle();
  const csv = new TextDecoder().decode(fake.written[0]?.bytes);
  assert.ok(csv.startsWith('kind,call_id,stream,'));
  assert.ok(csv.includes(`sample,call-2,audio_input,`));
  assert.ok(!csv.includes('sample,call-1'), 'only the chosen call');
  fake.saveTarget = Uri.file('/out/metrics.png');
  const png =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  panel.received.fire({ type: 'exportPng', dataUrl: png });
  panel.received.fire({ type: 'exportPng', dataUrl: 'data:text/html;base64,PHNjcmlwdD4=' });
  await settle();
  assert.equal(fake.written.length, 2);
  assert.equal(fake.written[1]?.bytes[0], 0x89);
});

test('a hidden panel gets nothing; shown again, it is re-sent the cached data without a new request', async () => {
  const { host, document, panelOf, sent } = setup();
  AudioMetricsPanel.createOrShow(host, { kind: 'document', uri: document.uri as never });
  const panel = panelOf();
  panel.received.fire({ type: 'ready' });
  await settle();
  panel.visible = false;
  panel.viewState.fire({});
  panel.visible = true;
  panel.webview.posted.length = 0;
  panel.received.fire({ type: 'ready' });
  await settle();
  assert.deepEqual(
    posted(panel).map((m) => m.type),
    ['init', 'data'],
  );
  assert.equal(sent.filter((s) => s.method === AudioMetricsRequest).length, 1);
});

test('restore after reload: the panel key leads back to the log; an unknown key closes the panel', async () => {
  const { host, document, panelOf, state } = setup();
  AudioMetricsPanel.createOrShow(host, { kind: 'document', uri: document.uri as never });
  const created = panelOf();
  created.received.fire({ type: 'ready' });
  await settle();
  const init = posted(created)[0];
  const panelKey = init?.type === 'init' ? init.panelKey : '';
  assert.ok(/^[A-Za-z0-9]+$/.test(panelKey));
  assert.deepEqual(storedTargets(host.context)[panelKey], { uri: document.uri.toString(), kind: 'document' });
  created.dispose();
  assert.ok(state.size > 0, 'the mapping survives the panel (a reload disposes panels it restores)');

  const { createFakePanel } = await import('../../support/fakeVscode');
  const restored = createFakePanel('callsight.audioMetrics', 'x', undefined);
  fake.panels.push(restored);
  await AudioMetricsPanel.revive(host, restored as never, { panelKey }, async (stored) => ({
    kind: 'document',
    uri: Uri.parse(stored.uri) as never,
  }));
  assert.equal(restored.disposed, false);
  assert.match(restored.webview.html, /Content-Security-Policy/);
  assert.ok((restored.webview.options as { localResourceRoots: unknown[] }).localResourceRoots.length === 1);

  const orphan = createFakePanel('callsight.audioMetrics', 'y', undefined);
  fake.panels.push(orphan);
  await AudioMetricsPanel.revive(host, orphan as never, { panelKey: 'unknown' }, async () => undefined);
  assert.equal(orphan.disposed, true);
  assert.equal(fake.warnings.length, 1);
});

test('closing a panel of a detached (too big) log tells the server to drop the text', async () => {
  const { host, panelOf, notified } = setup();
  const { LineIndex } = await import('../../../client/src/metrics/lineIndex');
  const lines = new LineIndex();
  lines.feed('a\nb\nc');
  const uri = Uri.file('/logs/huge-agent-log.txt');
  AudioMetricsPanel.createOrShow(host, { kind: 'detached', uri: uri as never, lines });
  const panel = panelOf();
  panel.received.fire({ type: 'ready' });
  await settle();
  panel.received.fire({ type: 'reveal', offset: 4 });
  await settle();
  assert.equal(fake.executed[0]?.command, 'vscode.open');
  const options = fake.executed[0]?.args[1] as { selection: { start: Position } };
  assert.deepEqual(options.selection.start, new Position(2, 0));
  panel.dispose();
  assert.deepEqual(notified, [{ method: CloseDetachedTextNotification, params: { uri: uri.toString() } }]);
});
