/**
 * Diagnostics arrive in the editor: the Problems data for each analysed file matches what the server says it
 * found, and each finding a sample must raise is there (expectations.ts).
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { AnalysisSummaryResult } from '../../../../server/src/protocol';
import { AnalysisSummaryRequest } from '../../../../server/src/protocol';
import { ANALYSED } from '../../expectations';
import { callsight, callsightDiagnostics, closeAllEditors, openAs, ruleOf } from '../support/editor';
import { itUnlessPending } from '../support/pending';
import { until } from '../support/wait';

/** Waits until the editor shows as many Callsight diagnostics for `uri` as the server reports findings. */
async function settledDiagnostics(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  const { client } = await callsight();
  assert.ok(client);
  const summary = await until(
    `the server's summary of ${document.uri.path}`,
    async () =>
      (await client.sendRequest<AnalysisSummaryResult | null>(AnalysisSummaryRequest, {
        uri: document.uri.toString(),
      })) ?? undefined,
    [vscode.languages.onDidChangeDiagnostics],
  );
  assert.equal(summary.languageId, document.languageId);
  const expected =
    summary.findings.error + summary.findings.warning + summary.findings.information + summary.findings.hint;
  return until(
    `${expected} Callsight diagnostics on ${document.uri.path}`,
    () => {
      const shown = callsightDiagnostics(document.uri);
      return shown.length === expected ? shown : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
  );
}

describe('diagnostics', () => {
  before(closeAllEditors);
  after(closeAllEditors);

  for (const file of ANALYSED) {
    describe(file.path, () => {
      let diagnostics: vscode.Diagnostic[] = [];

      it('shows every finding the server reports', async () => {
        const document = await openAs(file.path, file.languageId);
        diagnostics = await settledDiagnostics(document);
        for (const d of diagnostics) {
          assert.match(ruleOf(d), /^[a-z]+\/[a-z0-9-]+$/, 'rule ids look like ccp/… or sip/…');
          assert.ok(d.message.length > 0);
        }
      });

      for (const finding of file.findings ?? []) {
        itUnlessPending(`reports ${finding.rule}`, finding, async () => {
          const found = diagnostics.filter((d) => ruleOf(d) === finding.rule);
          assert.ok(
            found.length > 0,
            `${finding.rule} in ${file.path}; got ${diagnostics.map(ruleOf).join(', ') || 'none'}`,
          );
          if (finding.severity) {
            const severity = { error: 0, warning: 1, information: 2, hint: 3 }[finding.severity];
            assert.ok(
              found.some((d) => d.severity === severity),
              `${finding.rule} as ${finding.severity}`,
            );
          }
        });
      }
    });
  }
});
