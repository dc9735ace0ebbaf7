/**
 * Headless check of the audio metrics webview bundle: dist/webview/main.js loaded in Debian's Chromium
 * (driven by playwright-core) in a page built by the panel's own HTML builder, under the real
 * Content-Security-Policy, with `acquireVsCodeApi` stubbed. Posts the fixture as the client would and
 * checks what the webview draws, posts back and never does (run HTML, break the CSP, touch the network).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildPanelHtml, newNonce } from '../../client/src/metrics/panelHtml';
import { pngBytes } from '../../client/src/metrics/webviewMessages';
import type { AudioMetricsResult } from '../../server/src/protocol';
import type { FromWebviewMessage, RenderReport, WebviewStrings } from '../../webview/src/messages';
import { buildAudioMetricsFixture, gapRanges, HOSTILE_TEXTS } from '../support/audioMetricsFixture';

const ORIGIN = 'https://callsight-webview.test';
const BUDGET_MS = 200;
const SAMPLES = 10_800;
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface CheckSummary {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: boolean;
  readonly renderMs: readonly number[];
}

interface PageProbe {
  posted: FromWebviewMessage[];
  state: unknown;
  violations: { directive: string; blocked: string; sample: string }[];
  alerts: number;
}

declare const window: {
  __probe: PageProbe;
  __payload: { toMetricsPayload(r: AudioMetricsResult): unknown };
  postMessage(message: unknown, origin: string): void;
};
declare const document: {
  querySelectorAll(s: string): { length: number } & Iterable<{ getAttribute(n: string): string | null }>;
  querySelector(s: string): { textContent: string | null; hidden?: boolean } | null;
  body: { textContent: string | null; classList: { add(c: string): void; remove(c: string): void } };
};

/** English strings as the client would send them (keys are checked by the compiler). */
const STRINGS: WebviewStrings = {
  call: 'Call',
  series: 'Samples',
  seriesSamples: 'Softphone metrics',
  seriesPerSecond: 'Per-second report',
  range: 'Time range',
  rangeCall: 'Selected call',
  rangeLog: 'Whole log',
  resetZoom: 'Reset zoom',
  exportCsv: 'Export CSV',
  exportPng: 'Export PNG',
  streamInput: 'audio_input (received: what the agent hears)',
  streamOutput: "audio_output (sent: the agent's microphone)",
  streamDirectionNote: 'Directions as the open-source softphone code fills them.',
  audioLevel: 'Audio level',
  packets: 'Packets per sample',
  packetsCount: 'Packets',
  packetsLost: 'Lost',
  lossPercent: 'Packet loss (%)',
  jitter: 'Jitter (ms)',
  jitterNote: 'Logged as jitterBufferMillis.',
  rtt: 'Round-trip time (ms)',
  skew: 'Clock skew (ms)',
  skewNote: 'Positive: server ahead.',
  apiLatency: 'API latency (ms)',
  apiSucceeded: 'Succeeded',
  apiFailed: 'Failed',
  heartbeat: 'WebSocket heartbeat round trip (ms)',
  logSection: 'Agent, clock and connection',
  agentStates: 'Agent state',
  callReport: 'End-of-call report',
  threshold: 'Threshold {0}',
  thresholdSourcePacketLoss: 'source: packet loss',
  thresholdSourceJitter: 'source: jitter',
  thresholdSourceRtt: 'source: rtt',
  thresholdSourceAudioLevel: 'source: audio level',
  thresholdSourceClockSkew: 'source: clock skew',
  thresholdSourceApiLatency: 'source: api latency',
  loading: 'Reading…',
  noCalls: 'No call',
  noSamples: 'No samples',
  time: 'Time',
  timeZone: 'Times in {0}',
  timeZoneUnknown: 'Unknown time zone {0}',
  editorCursor: 'Editor cursor',
  clickHint: 'Drag to zoom.',
  chartLabel: '{0}: chart of {1} samples',
  findingSpan: 'Problem',
};

type Check = (page: Page) => Promise<void>;

/** @param REPO the repository root (the runner passes it: this module may be loaded from a data: URL). */
export async function runWebviewChecks(REPO: string): Promise<CheckSummary> {
  const executablePath = process.env['CALLSIGHT_CHROMIUM'] ?? '/usr/bin/chromium';
  const bundle = join(REPO, 'dist', 'webview', 'main.js');
  if (!existsSync(executablePath)) {
    console.log(`- skipped: no Chromium at ${executablePath} (apt-get install -y chromium)`);
    return { passed: 0, failed: 0, skipped: true, renderMs: [] };
  }
  if (!existsSync(bundle)) {
    console.log('✖ dist/webview/main.js is missing: run `node esbuild.mjs` first');
    return { passed: 0, failed: 1, skipped: false, renderMs: [] };
  }
  const payloadScript = await bundlePayloadConverter(REPO);
  const fixture = buildAudioMetricsFixture({ samplesPerStream: SAMPLES, timeZone: 'Asia/Tokyo' });
  const userDataDir = mkdtempSync(join(tmpdir(), 'callsight-webview-'));
  const offsiteRequests: string[] = [];
  const pageErrors: string[] = [];
  let passed = 0;
  let failed = 0;
  const renderMs: number[] = [];
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1100, height: 900 },
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(`${ORIGIN}/`)) {
        offsiteRequests.push(url);
        await route.abort();
        return;
      }
      const path = new URL(url).pathname;
      if (path === '/index.html') {
        const html = buildPanelHtml({
          cspSource: ORIGIN,
          scriptUri: `${ORIGIN}/dist/webview/main.js`,
          styleUri: `${ORIGIN}/dist/webview/main.css`,
          nonce: newNonce(),
        });
        await route.fulfill({ contentType: 'text/html', body: html });
        return;
      }
      const file = join(REPO, path);
      if (!path.startsWith('/dist/webview/') || !existsSync(file)) {
        await route.fulfill({ status: 404, body: '' });
        return;
      }
      await route.fulfill({
        contentType: path.endsWith('.css') ? 'text/css' : 'text/javascript',
        body: readFileSync(file),
      });
    });
    await context.addInitScript(probeScript());
    await context.addInitScript(payloadScript);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      pageErrors.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });

    const checks: [string, Check][] = [
      [
        'the page loads under the panel CSP and says ready',
        async (p) => {
          await p.goto(`${ORIGIN}/index.html`);
          await waitForPost(p, (m) => m.type === 'ready');
        },
      ],
      [
        `fixture with ${SAMPLES} samples per stream renders every chart`,
        async (p) => {
          await post(p, { type: 'init', strings: STRINGS, panelKey: 'k1', locale: 'en' });
          const report = await postData(p, fixture, 1);
          renderMs.push(report.renderMs);
          const ids = report.charts.map((c) => c.id);
          const expected = [
            ...['audio_input', 'audio_output'].flatMap((s) =>
              ['audioLevel', 'packets', 'loss', 'jitter', 'rtt'].map((m) => `samples.${s}.${m}`),
            ),
            'log.agentStates',
            'log.skew',
            'log.apiLatency',
            'log.heartbeat',
          ];
          assertEqual(JSON.stringify(ids), JSON.stringify(expected), 'chart ids');
          assertEqual(await p.locator('[data-chart-id]').count(), expected.length, 'chart elements');
          assertEqual(await p.locator('[data-chart-id] canvas').count(), expected.length, 'canvases');
          assertEqual(report.samplesPerStream, SAMPLES, 'samples per stream');
        },
      ],
      [
        'every chart holds the expected number of points',
        async (p) => {
          const report = lastReport(await probe(p));
          const gapCount = gapRanges(SAMPLES).reduce((sum, [, n]) => sum + n, 0);
          const byId = new Map(report.charts.map((c) => [c.id, c]));
          for (const stream of ['audio_input', 'audio_output']) {
            for (const metric of ['audioLevel', 'packets', 'loss', 'jitter']) {
              const c = byId.get(`samples.${stream}.${metric}`);
              assertEqual(c?.points, SAMPLES, `${stream}.${metric} points`);
              assertEqual(c?.valuedPoints, SAMPLES - gapCount, `${stream}.${metric} valued points`);
            }
          }
          assertEqual(
            byId.get('samples.audio_input.rtt')?.valuedPoints,
            SAMPLES - SAMPLES / 10 - gapCount,
            'rtt',
          );
          assertEqual(byId.get('log.skew')?.points, fixture.skew.time.length, 'skew points');
          assertEqual(byId.get('log.apiLatency')?.points, fixture.apiLatency.time.length, 'api points');
          assertEqual(byId.get('log.heartbeat')?.points, fixture.heartbeat.time.length, 'heartbeat points');
          assertEqual(byId.get('log.agentStates')?.points, fixture.agentStates.length, 'agent bands');
        },
      ],
      [
        'threshold lines are drawn with their source as a tooltip',
        async (p) => {
          const report = lastReport(await probe(p));
          const lines = Object.fromEntries(report.charts.map((c) => [c.id, c.thresholdLines]));
          for (const s of ['audio_input', 'audio_output']) {
            assertEqual(lines[`samples.${s}.audioLevel`], 1, `${s} audio level threshold`);
            assertEqual(lines[`samples.${s}.loss`], 1, `${s} loss threshold`);
            assertEqual(lines[`samples.${s}.jitter`], 1, `${s} jitter threshold`);
            assertEqual(lines[`samples.${s}.rtt`], 1, `${s} rtt threshold`);
            assertEqual(lines[`samples.${s}.packets`], 0, `${s} packets threshold`);
          }
          assertEqual(lines['log.skew'], 2, 'skew ±threshold');
          assertEqual(lines['log.apiLatency'], 1, 'api threshold');
          const titles = await p
            .locator('.legend-item.threshold')
            .evaluateAll((els) => els.map((e) => (e as unknown as { title: string }).title));
          assertEqual(titles.length, 11, 'threshold legend items');
          assert(
            titles.every((title) => title.startsWith('source: ')),
            'each threshold names its source',
          );
          assert(
            report.charts
              .filter((c) => c.id.startsWith('samples.audio_input'))
              .every((c) => c.findingSpans > 0),
            'finding spans shaded on the audio_input charts',
          );
        },
      ],
      [
        'streams are labelled with their direction',
        async (p) => {
          const headings = await p.locator('h2').allTextContents();
          assert(headings.includes(STRINGS.streamInput), 'audio_input heading');
          assert(headings.includes(STRINGS.streamOutput), 'audio_output heading');
        },
      ],
      [
        'hostile strings render as inert text',
        async (p) => {
          const findings = await p.evaluate(() => {
            const handlers = [...document.querySelectorAll('*')].filter((e) =>
              ['onerror', 'onload', 'onclick'].some((a) => e.getAttribute(a) !== null),
            ).length;
            return {
              img: document.querySelectorAll('img').length,
              script: document.querySelectorAll('script').length,
              svgOnload: document.querySelectorAll('svg[onload]').length,
              handlers,
              text: document.body.textContent ?? '',
              alerts: window.__probe.alerts,
            };
          });
          assertEqual(findings.img, 0, 'img elements');
          assertEqual(findings.script, 1, 'script elements (only the bundle)');
          assertEqual(findings.svgOnload, 0, 'svg with onload');
          assertEqual(findings.handlers, 0, 'elements with inline handlers');
          assertEqual(findings.alerts, 0, 'alert() calls');
          assert(findings.text.includes(HOSTILE_TEXTS[0]), 'the <img> text is shown literally');
          assert(findings.text.includes(HOSTILE_TEXTS[1]), 'the </script> text is shown literally');
        },
      ],
      [
        'a click on a point asks the client to reveal that log entry',
        async (p) => {
          const sample = 100;
          const expected = fixture.calls[0]?.streams[0]?.entryOffset[sample];
          await post(p, { type: 'simulateClick', chartId: 'samples.audio_input.jitter', index: sample });
          const reveal = await waitForPost(p, (m) => m.type === 'reveal').catch(async (e: unknown) => {
            throw new Error(`${String(e)}; posted: ${JSON.stringify((await probe(p)).posted).slice(0, 300)}`);
          });
          assertEqual(reveal.type === 'reveal' ? reveal.offset : -1, expected, 'revealed offset');
          await clearPosts(p);
          const over = p.locator('[data-chart-id="samples.audio_output.rtt"] .u-over');
          const box = await over.boundingBox();
          if (!box) throw new Error('no plot area');
          await over.click({ position: { x: box.width / 2, y: box.height / 2 } });
          const clicked = await waitForPost(p, (m) => m.type === 'reveal');
          const offsets = new Set(fixture.calls[0]?.streams[1]?.entryOffset);
          assert(
            clicked.type === 'reveal' && offsets.has(clicked.offset),
            'mouse click revealed an audio_output entry',
          );
        },
      ],
      [
        'hovering shows a tooltip with time and values as text',
        async (p) => {
          const over = p.locator('[data-chart-id="samples.audio_input.loss"] .u-over');
          await over.evaluate((e) =>
            (e as unknown as { scrollIntoView(o: unknown): void }).scrollIntoView({ block: 'center' }),
          );
          const box = await over.boundingBox();
          if (!box) throw new Error('no plot area');
          // Inside the first metrics gap (30 % into the call), where a problem span with a hostile message is.
          const [gapStart = 0, gapLength = 0] = gapRanges(SAMPLES)[0] ?? [];
          await p.mouse.move(
            box.x + (box.width * (gapStart + gapLength / 2)) / SAMPLES,
            box.y + box.height / 2,
          );
          const tooltip = await p.locator('.tooltip').textContent();
          assert(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}/.test(tooltip ?? ''), `tooltip time: ${tooltip}`);
          assert((tooltip ?? '').includes(HOSTILE_TEXTS[1]), `problem message shown as text: ${tooltip}`);
          assertEqual(await p.locator('.tooltip *:not(div)').count(), 0, 'tooltip holds only text lines');
          await p.mouse.move(0, 0);
        },
      ],
      [
        'drag-zoom on one chart zooms every chart and is kept as view state',
        async (p) => {
          await clearPosts(p);
          const over = p.locator('[data-chart-id="samples.audio_input.audioLevel"] .u-over');
          await over.evaluate((e) =>
            (e as unknown as { scrollIntoView(o: unknown): void }).scrollIntoView({ block: 'center' }),
          );
          const box = await over.boundingBox();
          if (!box) throw new Error('no plot area');
          await p.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
          await p.mouse.down();
          await p.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 5 });
          await p.mouse.up();
          const state = await waitForPost(
            p,
            (m) => m.type === 'viewState' && m.state.zoom !== undefined,
          ).catch(async (e: unknown) => {
            const at = await p.evaluate(
              ({ x, y }) => {
                const d = document as unknown as {
                  elementFromPoint(x: number, y: number): { className: string; tagName: string } | null;
                };
                const hit = d.elementFromPoint(x, y);
                return hit ? `${hit.tagName}.${hit.className}` : 'nothing';
              },
              { x: box.x + box.width * 0.3, y: box.y + box.height / 2 },
            );
            throw new Error(`${String(e)}; element at drag: ${at}; box ${JSON.stringify(box)}`);
          });
          assert(state.type === 'viewState' && state.state.zoom !== undefined, 'zoom in view state');
          const saved = (await probe(p)).state as Record<string, unknown>;
          const keys = Object.keys(saved).sort();
          assert(
            keys.every((k) => ['callId', 'panelKey', 'range', 'series', 'zoom'].includes(k)),
            `setState holds view state only: ${keys.join(',')}`,
          );
          assert(JSON.stringify(saved).length < 500, 'setState holds no data');
          await p.locator('#reset-zoom').click();
          await waitForPost(p, (m) => m.type === 'viewState' && m.state.zoom === undefined);
        },
      ],
      [
        'keyboard and Ctrl+wheel zoom, arrows pan, 0 resets',
        async (p) => {
          await clearPosts(p);
          const plot = p.locator('[data-chart-id="samples.audio_output.jitter"] .plot');
          await plot.focus();
          await p.keyboard.press('+');
          const zoomed = await waitForPost(p, (m) => m.type === 'viewState' && m.state.zoom !== undefined);
          const first = zoomed.type === 'viewState' ? zoomed.state.zoom : undefined;
          assert(first !== undefined, 'zoomed in');
          await clearPosts(p);
          await p.keyboard.press('ArrowRight');
          const panned = await waitForPost(p, (m) => m.type === 'viewState' && m.state.zoom !== undefined);
          const second = panned.type === 'viewState' ? panned.state.zoom : undefined;
          assert(
            first !== undefined && second !== undefined && second.min > first.min,
            'panned to later times',
          );
          await clearPosts(p);
          await p.keyboard.press('0');
          await waitForPost(p, (m) => m.type === 'viewState' && m.state.zoom === undefined);
          await clearPosts(p);
          const over = p.locator('[data-chart-id="samples.audio_output.jitter"] .u-over');
          const box = await over.boundingBox();
          if (!box) throw new Error('no plot area');
          await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          await p.keyboard.down('Control');
          await p.mouse.wheel(0, -100);
          await p.keyboard.up('Control');
          await waitForPost(p, (m) => m.type === 'viewState' && m.state.zoom !== undefined);
          await p.locator('#reset-zoom').click();
        },
      ],
      [
        'the editor cursor time is marked without errors',
        async (p) => {
          await post(p, { type: 'cursorTime', time: (fixture.calls[0]?.start ?? 0) + 3_600_000 });
          await post(p, { type: 'cursorTime', time: null });
        },
      ],
      [
        'export PNG posts a PNG data URL, export CSV asks for the selected call',
        async (p) => {
          await clearPosts(p);
          await p.locator('#export-png').click();
          const png = await waitForPost(p, (m) => m.type === 'exportPng');
          assert(png.type === 'exportPng' && pngBytes(png.dataUrl) !== undefined, 'valid PNG');
          await p.locator('#export-csv').click();
          const csv = await waitForPost(p, (m) => m.type === 'exportCsv');
          assertEqual(csv.type === 'exportCsv' ? csv.callId : undefined, fixture.calls[0]?.id, 'CSV call id');
        },
      ],
      [
        'the call picker switches to the second call',
        async (p) => {
          // Open and close the dropdown once, so its styles are applied under the CSP too.
          await p.locator('#call-select').click();
          await p.keyboard.press('Escape');
          await clearPosts(p);
          await p.locator('#call-select').evaluate((e, id) => {
            const select = e as unknown as { value: string; dispatchEvent(ev: unknown): void };
            select.value = id;
            select.dispatchEvent(
              new (globalThis as unknown as { Event: new (t: string) => unknown }).Event('change'),
            );
          }, fixture.calls[1]?.id ?? '');
          const report = await waitForRender(p);
          assertEqual(report.samplesPerStream, 120, 'second call samples');
          // The picker still shows the chosen call once the render has refreshed its options.
          const shown = await p
            .locator('#call-select')
            .evaluate(
              (e) =>
                new Promise<string>((resolve) =>
                  setTimeout(() => resolve((e as unknown as { value: string }).value)),
                ),
            );
          assertEqual(shown, fixture.calls[1]?.id ?? '', 'the picker keeps the chosen call');
          await p.locator('#call-select').evaluate((e, id) => {
            const select = e as unknown as { value: string; dispatchEvent(ev: unknown): void };
            select.value = id;
            select.dispatchEvent(
              new (globalThis as unknown as { Event: new (t: string) => unknown }).Event('change'),
            );
          }, fixture.calls[0]?.id ?? '');
          await waitForRender(p);
        },
      ],
      [
        'a theme change re-reads the colours and redraws (high contrast)',
        async (p) => {
          await clearPosts(p);
          await p.evaluate(() => document.body.classList.add('vscode-high-contrast'));
          await waitForRender(p);
        },
      ],
      [
        `render time of ${SAMPLES} samples per stream is within ${BUDGET_MS} ms`,
        async (p) => {
          await p.evaluate(() => document.body.classList.remove('vscode-high-contrast'));
          await waitForRender(p);
          for (let seq = 2; seq <= 5; seq++) renderMs.push((await postData(p, fixture, seq)).renderMs);
          const sorted = [...renderMs].sort((a, b) => a - b);
          const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
          console.log(
            `  render ms: first ${renderMs[0]?.toFixed(1)}, then ${renderMs
              .slice(1)
              .map((v) => v.toFixed(1))
              .join(', ')}; median ${median.toFixed(1)} (budget ${BUDGET_MS})`,
          );
          // The median of five renders, so one slow run on a busy machine does not decide.
          assert(median <= BUDGET_MS, `median ${median.toFixed(1)} ms > ${BUDGET_MS} ms`);
        },
      ],
      [
        'no CSP violation, no page error, no request left the test origin',
        async (p) => {
          const { violations } = await probe(p);
          assertEqual(JSON.stringify(violations), '[]', 'CSP violations');
          assertEqual(JSON.stringify(pageErrors), '[]', 'page errors');
          assertEqual(JSON.stringify(offsiteRequests), '[]', 'off-origin requests');
          const errors = (await probe(p)).posted.filter((m) => m.type === 'error');
          assertEqual(JSON.stringify(errors), '[]', 'errors posted by the webview');
        },
      ],
    ];

    for (const [name, check] of checks) {
      try {
        await check(page);
        passed++;
        console.log(`✔ ${name}`);
      } catch (error) {
        failed++;
        console.log(`✖ ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    mkdirSync(join(REPO, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(REPO, 'test-results', 'webview-metrics.png'), fullPage: true });
  } finally {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return { passed, failed, skipped: false, renderMs };
}

/** The client's conversion (client/src/metrics/payload.ts) bundled for the page, as `window.__payload`. */
async function bundlePayloadConverter(REPO: string): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [join(REPO, 'client', 'src', 'metrics', 'payload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__payload',
    platform: 'browser',
    logLevel: 'silent',
  });
  // Init scripts may run in a function scope: publish the global explicitly.
  return `${out.outputFiles[0]?.text ?? ''}\nwindow.__payload = __payload;`;
}

/** Stub of the VS Code webview API and recorders for what the page must not do. */
function probeScript(): string {
  return `(() => {
    const probe = { posted: [], state: undefined, violations: [], alerts: 0 };
    window.__probe = probe;
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => probe.posted.push(m),
      getState: () => probe.state,
      setState: (s) => { probe.state = s; },
    });
    window.alert = () => { probe.alerts++; };
    document.addEventListener('securitypolicyviolation', (e) => {
      probe.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  })();`;
}

async function post(page: Page, message: unknown): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), message);
}

/** Posts the fixture as the client does (typed arrays built in the page by the client's converter). */
async function postData(page: Page, result: AudioMetricsResult, seq: number): Promise<RenderReport> {
  await clearPosts(page);
  await page.evaluate(
    ({ r, s }) =>
      window.postMessage({ type: 'data', seq: s, payload: window.__payload.toMetricsPayload(r) }, '*'),
    { r: result, s: seq },
  );
  return waitForRender(page, seq);
}

async function waitForRender(page: Page, seq?: number): Promise<RenderReport> {
  const m = await waitForPost(
    page,
    (x) => x.type === 'rendered' && (seq === undefined || x.report.seq === seq),
  );
  if (m.type !== 'rendered') throw new Error('no render report');
  return m.report;
}

async function probe(page: Page): Promise<PageProbe> {
  return page.evaluate(() => window.__probe);
}

async function clearPosts(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__probe.posted = [];
  });
}

function lastReport(p: PageProbe): RenderReport {
  const reports = p.posted.filter((m) => m.type === 'rendered');
  const last = reports[reports.length - 1];
  if (!last || last.type !== 'rendered') throw new Error('no render report');
  return last.report;
}

async function waitForPost(
  page: Page,
  match: (m: FromWebviewMessage) => boolean,
  timeoutMs = 10_000,
): Promise<FromWebviewMessage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await probe(page)).posted.find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('timed out waiting for a message from the webview');
}

function assert(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}
