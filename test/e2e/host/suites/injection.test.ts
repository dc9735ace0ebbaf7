/**
 * Injection in the real editor: a CCP log and a SIP trace whose text carries Markdown links to command
 * URIs and HTML. The hovers the editor receives are untrusted Markdown (no command links enabled, no
 * HTML support) and quote that text inertly.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { liveMarkup } from '../../../unit/injection/inert';
import { closeAllEditors } from '../support/editor';
import { until } from '../support/wait';

const LINK = '[x](command:workbench.action.quit)';
const HTML = '<img src=x onerror=alert(1)>';

const CCP = JSON.stringify(
  [
    {
      component: 'softphone',
      level: 'ERROR',
      text: `Softphone error ice_collection_timeout ${LINK} ${HTML}`,
      time: '2025-05-06T08:30:00.005Z',
      exception: { message: LINK },
      objects: [],
      line: 1,
      agentResourceId: 'a',
    },
  ],
  undefined,
  4,
);

const SIP = [
  'U 2024/03/01 09:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060',
  `SIP/2.0 486 ${LINK} ${HTML}`,
  'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-1',
  `From: "${LINK}" <sip:a@10.0.0.1>;tag=1`,
  'To: <sip:b@10.0.0.2>;tag=2',
  `Call-ID: ${HTML.replace(/\s/g, '')}`,
  'CSeq: 1 INVITE',
  `Warning: 399 host "${HTML}"`,
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

function markdownOf(hover: vscode.Hover): vscode.MarkdownString[] {
  return hover.contents.filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
}

describe('injection in hovers', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  for (const [languageId, content, needle] of [
    ['ccp-log', CCP, 'ice_collection_timeout'],
    ['sip-trace', SIP, '486'],
  ] as const) {
    it(`keeps crafted ${languageId} text inert in hovers`, async () => {
      const document = await vscode.workspace.openTextDocument({ language: languageId, content });
      await vscode.window.showTextDocument(document);
      const lines = content.split(/\r?\n/);
      let checked = 0;
      let quoted = 0;
      for (let line = 0; line < lines.length; line++) {
        for (const character of [0, 2, 12, 16, 20, 30, 40, 60]) {
          if (character > lines[line]!.length) continue;
          const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
            'vscode.executeHoverProvider',
            document.uri,
            new vscode.Position(line, character),
          );
          for (const md of hovers.flatMap(markdownOf)) {
            checked++;
            if (/command|onerror/.test(md.value)) quoted++;
            assert.notEqual(md.isTrusted, true, 'hover Markdown is not trusted');
            assert.notEqual(md.supportHtml, true, 'hover Markdown does not render HTML');
            assert.deepEqual(liveMarkup(md.value), [], md.value.slice(0, 300));
          }
        }
      }
      // The document's own hover at the code must have come through.
      const at = document.positionAt(content.indexOf(needle) + 1);
      await until(
        'a Callsight hover on the code',
        async () =>
          (
            await vscode.commands.executeCommand<vscode.Hover[]>(
              'vscode.executeHoverProvider',
              document.uri,
              at,
            )
          ).length > 0,
        [vscode.languages.onDidChangeDiagnostics],
      );
      assert.ok(checked > 3, `${checked} hovers checked`);
      assert.ok(quoted > 0, 'some hover quoted the crafted text');
    });
  }
});
