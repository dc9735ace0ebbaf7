/**
 * The audio metrics panel as a person sees it (issue 5, "Proof"): opened from the palette, one canvas per
 * chart with the threshold legends the settings call for, the call picker, a screenshot; and a log whose
 * texts hold markup renders it as text (no element, no dialog, the page keeps working). What to expect is
 * worked out in Node by the analysis core from the same files (test/e2e/audioMetricsExpectations.ts).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import type { ConsoleMessage, Dialog, FrameLocator, Locator } from 'playwright-core';
import { ccpAnalyzer } from '../../../server/src/analysis/ccp/analyzer';
import { DEFAULT_SETTINGS } from '../../../server/src/analysis/settings';
import type { AudioMetricsResult, CallMetrics } from '../../../server/src/protocol';
import {
  expectedCharts,
  HOSTILE_MARKUP,
  thresholdLegend,
  type ExpectedChart,
} from '../audioMetricsExpectations';
import { ui } from './support/context';
import {
  closeAllEditors,
  dismissHover,
  hidePanel,
  hoverWidget,
  quickOpen,
  runCommand,
  screenshot,
  STEP_MS,
  webviewFrame,
} from './support/workbench';

const SHOW = 'Callsight: Show Audio Metrics';
/** The markup as the markup fixture names an agent state. */
const HOSTILE_STATE = HOSTILE_MARKUP.join('');

/** The metric series of a workspace file, from the analysis core (the settings the workspace leaves at default). */
function metricsOf(path: string): AudioMetricsResult {
  const text = readFileSync(join(ui().workspace, ...path.split('/')), 'utf8');
  const analysis = ccpAnalyzer.analyze(text);
  assert.ok(analysis.audioMetrics, `${path} is analysed as a CCP log`);
  return analysis.audioMetrics(DEFAULT_SETTINGS);
}

/** Marks the charts on screen, so a wait can tell them from the ones a new render puts there. */
async function markDrawnCharts(frame: FrameLocator): Promise<void> {
  await frame
    .locator('section.chart')
    .evaluateAll((charts) =>
      charts.forEach((c) => ((c as { dataset: Record<string, string> }).dataset['e2eOld'] = '1')),
    );
}

/** Waits until the panel shows exactly `expected` charts (drawn after the last {@link markDrawnCharts}). */
async function waitForCharts(frame: FrameLocator, expected: readonly ExpectedChart[]): Promise<Locator> {
  const charts = frame.locator('section.chart:not([data-e2e-old])');
  await charts
    .nth(expected.length - 1)
    .locator('canvas')
    .waitFor({ timeout: STEP_MS });
  return charts;
}

async function openPanel(file: string): Promise<FrameLocator> {
  const { page } = ui();
  await quickOpen(page, file);
  await runCommand(page, SHOW);
  return webviewFrame(page);
}

describe('audio metrics panel', () => {
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  const onDialog = (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  };
  const onConsole = (message: ConsoleMessage) => {
    if (
      /Content[- ]Security[- ]Policy/i.test(message.text()) &&
      /webview|vscode-resource|vscode-cdn/i.test(message.location().url)
    )
      cspViolations.push(message.text());
  };

  before(async () => {
    const { page } = ui();
    page.on('dialog', onDialog);
    page.on('console', onConsole);
    await closeAllEditors(page);
    await hidePanel(page);
  });

  after(async () => {
    const { page } = ui();
    page.off('dialog', onDialog);
    page.off('console', onConsole);
    await closeAllEditors(page);
  });

  describe('agent-log.txt', () => {
    let result: AudioMetricsResult;
    let frame: FrameLocator;

    before(() => {
      result = metricsOf('agent-log.txt');
    });

    it('draws one canvas per chart of the first call, with the threshold legends', async () => {
      const expected = expectedCharts(result, result.calls[0]);
      frame = await openPanel('agent-log.txt');
      const charts = await waitForCharts(frame, expected);
      assert.deepEqual(
        await charts.evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-id'))),
        expected.map((c) => c.id),
      );
      assert.equal(
        await frame.locator('section.chart canvas').count(),
        expected.length,
        'one canvas per chart',
      );
      for (const chart of expected) {
        const legends = await frame
          .locator(`section.chart[data-chart-id="${chart.id}"] .legend-item.threshold`)
          .allTextContents();
        assert.deepEqual(
          legends.map((l) => l.trim()),
          chart.thresholds.map((v) => thresholdLegend(v, chart.unit)),
          `threshold legends of ${chart.id}`,
        );
      }
      const lines = expected.reduce((n, c) => n + c.thresholdLines, 0);
      console.log(`      ${expected.length} charts, ${lines} threshold lines`);
    });

    let bad: CallMetrics;

    it('switches to the call with bad audio from the call picker', async () => {
      const found = result.calls.find((c) => c.findingSpans.length > 0);
      assert.ok(found?.contactId, 'the sample has a call where diagnostics fired');
      bad = found;
      await markDrawnCharts(frame);
      await frame.locator('#call-select [role="combobox"]').first().click();
      await frame.locator('#call-select [role="option"]', { hasText: bad.contactId }).first().click();
      await waitForCharts(frame, expectedCharts(result, bad));
      await assertCallShown(frame, bad);
    });

    it('shows the log entry of a point clicked in the shaded span', async () => {
      const { page } = ui();
      const span = bad.findingSpans.find((s) => s.rule === 'ccp/packet-loss' && s.stream === 'audio_input');
      assert.ok(span, 'a packet-loss span on the received stream');
      const chart = frame.locator('section.chart[data-chart-id="samples.audio_input.loss"]');
      // In the middle of the view, below the toolbar, with the jitter chart under it.
      await chart.evaluate((e) =>
        (e as unknown as { scrollIntoView(o: unknown): void }).scrollIntoView({ block: 'center' }),
      );
      const over = chart.locator('.u-over');
      const box = await over.boundingBox();
      assert.ok(box, 'the loss chart is on screen');
      // The charts open on the call's time window: a time maps linearly onto the plot's width.
      const middle = (span.start + span.end) / 2;
      const x = ((middle - bad.start) / (bad.end - bad.start)) * box.width;
      // The panel has the focus, so the status bar shows no editor position until the log is revealed.
      const position = page.locator('[id="status.editor.selection"]');
      await over.click({ position: { x, y: box.height / 2 } });
      await position.filter({ hasText: /Ln \d+, Col \d+ \(\d+ selected\)/ }).waitFor({ timeout: STEP_MS });
      const line = Number(/Ln (\d+)/.exec((await position.textContent()) ?? '')?.[1]);
      const lines = readFileSync(join(ui().workspace, 'agent-log.txt'), 'utf8').split('\n');
      const entry = lines.slice(line - 1, line + 5).join('\n');
      assert.match(
        entry,
        /"text": " sendSoftphoneMetrics success/,
        `line ${line} starts a softphone metrics entry`,
      );
      // The editors down to the clicked chart (the README shows this one: keep it small), without the
      // tooltip over the chart.
      await page.mouse.move(1, 1);
      await frame.locator('.tooltip').first().waitFor({ state: 'hidden', timeout: STEP_MS });
      const editors = await page.locator('.part.editor').boundingBox();
      const clicked = await chart.boundingBox();
      assert.ok(editors && clicked);
      await screenshot('webview-audio-metrics', undefined, {
        x: editors.x,
        y: editors.y,
        width: editors.width,
        height: Math.min(editors.height, clicked.y + clicked.height + 12 - editors.y),
      });
    });
  });

  describe('a log with markup in its texts', () => {
    const file = 'markup-in-texts.txt';

    it('shows the markup as text in the editor hover', async () => {
      const { page } = ui();
      await closeAllEditors(page);
      await quickOpen(page, file);
      // The agent state's name, with its closing quote: only the snapshot holds it so.
      const hover = await hoverWidget(page, `${HOSTILE_STATE}"`);
      assert.ok((await hover.innerText()).includes(HOSTILE_STATE), 'the hover quotes the name as text');
      assert.equal(await hover.locator('img').count(), 0, 'no image element in the hover');
      await dismissHover(page);
    });

    it('renders it inert in the panel: text in the tooltip, no element, no dialog', async () => {
      const { page } = ui();
      const result = metricsOf(`fixtures/${file}`);
      const expected = expectedCharts(result, result.calls[0]);
      const frame = await openPanel(file);
      await waitForCharts(frame, expected);
      // The agent-state strip: hovering it puts the state's name into the tooltip, as text.
      const strip = frame.locator('section.chart[data-chart-id="log.agentStates"] .u-over');
      await strip.hover({ position: { x: 200, y: 20 } });
      const tooltip = frame.locator('.tooltip:not([hidden])');
      await tooltip.waitFor({ timeout: STEP_MS });
      assert.ok(
        (await tooltip.innerText()).includes(HOSTILE_STATE),
        `the tooltip names the state: ${await tooltip.innerText()}`,
      );
      await screenshot('webview-markup-inert', page.locator('.editor-group-container').last());
      assert.equal(await frame.locator('img').count(), 0, 'no <img> in the panel');
      // Scripts: VS Code's own (inline) and the panel's bundle; none made from the log.
      const scripts = await frame
        .locator('script')
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('src') ?? ''} ${e.textContent ?? ''}`));
      assert.equal(
        scripts.filter((s) => /\/dist\/webview\/main\.js/.test(s)).length,
        1,
        'the panel’s bundle',
      );
      assert.deepEqual(
        scripts.filter((s) => /alert\(/.test(s)),
        [],
        'no script from the log',
      );
      assert.equal(await frame.locator('[onerror]').count(), 0, 'no element with an onerror handler');
      assert.equal(await page.locator('img[src="x"]').count(), 0, 'no <img src=x> in the workbench');
      // Still working: the toolbar answers and another log opens.
      await frame.locator('#reset-zoom').click();
      await quickOpen(page, 'agent-log.txt');
      assert.deepEqual(dialogs, [], 'no dialog opened');
      assert.deepEqual(cspViolations, [], 'no Content-Security-Policy violation reported by the webviews');
    });
  });
});

/** The call picker has `call` selected and shows its label (shortened with an ellipsis when long). */
async function assertCallShown(frame: FrameLocator, call: CallMetrics): Promise<void> {
  const select = frame.locator('#call-select').first();
  assert.equal(await select.evaluate((e) => (e as unknown as { value: string }).value), call.id);
  const face = (await select.locator('[role="combobox"]').first().innerText()).trim();
  assert.ok(
    face.length > 0 && call.label.startsWith(face.replace(/…$/, '')),
    `the picker shows "${call.label}": "${face}"`,
  );
}
