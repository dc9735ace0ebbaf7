import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildPanelHtml, newNonce, panelCsp } from '../../../client/src/metrics/panelHtml';

const input = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.css',
  nonce: newNonce(),
};

test('the nonce is 128 random bits, base64, new every time', () => {
  const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
  assert.equal(nonces.size, 50);
  for (const n of nonces) {
    assert.match(n, /^[A-Za-z0-9+/]{22}==$/);
    assert.equal(Buffer.from(n, 'base64').length, 16);
  }
});

test("the CSP starts from default-src 'none' and allows only the bundle and the nonce'd script", () => {
  const csp = panelCsp(input.cspSource, input.nonce);
  const directives = csp.split('; ');
  assert.equal(directives[0], "default-src 'none'");
  assert.deepEqual(directives.slice(1).sort(), [
    `font-src ${input.cspSource}`,
    `img-src ${input.cspSource} data: blob:`,
    `script-src 'nonce-${input.nonce}'`,
    `style-src ${input.cspSource}`,
  ]);
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
});

test('the page carries the CSP first, one nonce-bearing external script and no inline code', () => {
  const html = buildPanelHtml(input);
  const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
  assert.ok(head.indexOf('Content-Security-Policy') < head.indexOf('<link'), 'CSP before any resource');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.ok(scripts[0]?.[1]?.includes(`nonce="${input.nonce}"`));
  assert.ok(scripts[0]?.[1]?.includes(`src="${input.scriptUri}"`));
  assert.equal(scripts[0]?.[2], '', 'no inline script body');
  assert.ok(!/\sstyle=|<style/i.test(html), 'no inline styles');
  assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers');
});

test('the builder has no way to put data into the page: same inputs, same page except the nonce', () => {
  const a = buildPanelHtml(input);
  const b = buildPanelHtml({ ...input, nonce: 'AAAAAAAAAAAAAAAAAAAAAA==' });
  assert.equal(a.replaceAll(input.nonce, 'N'), b.replaceAll('AAAAAAAAAAAAAAAAAAAAAA==', 'N'));
  // Only the four inputs vary; anything hostile in them would be escaped, not markup.
  const hostile = buildPanelHtml({ ...input, scriptUri: '"><img src=x onerror=alert(1)>' });
  assert.ok(!hostile.includes('<img'));
});

test('the manifest contributes the command, its editor-title button and restoring activation', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    activationEvents: string[];
    contributes: {
      commands: { command: string; icon?: string; category?: string }[];
      menus: Record<string, { command: string; when?: string; group?: string }[]>;
    };
  };
  const command = pkg.contributes.commands.find((c) => c.command === 'callsight.showAudioMetrics');
  assert.equal(command?.icon, '$(graph)');
  assert.equal(command?.category, 'Callsight');
  const title = pkg.contributes.menus['editor/title']?.find(
    (m) => m.command === 'callsight.showAudioMetrics',
  );
  assert.equal(title?.when, 'editorLangId == ccp-log');
  assert.equal(title?.group, 'navigation');
  assert.ok(pkg.activationEvents.includes('onWebviewPanel:callsight.audioMetrics'));
  const nls = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
  assert.ok(nls['callsight.command.showAudioMetrics']);
});
