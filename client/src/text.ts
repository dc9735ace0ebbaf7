/**
 * Every user-facing string of the client, in one place, through `vscode.l10n` (English source;
 * translations in `l10n/bundle.l10n.<locale>.json`).
 */
import * as vscode from 'vscode';

export const text = {
  serverName: () => vscode.l10n.t('Callsight Language Server'),
  activationFailed: (reason: string) =>
    vscode.l10n.t('Callsight could not start its language server: {0}', reason),
  treatedAs: (language: string) => vscode.l10n.t('Callsight: this file is now treated as {0}.', language),
  noEditor: () => vscode.l10n.t('Callsight: open a file first.'),
  languageName: (languageId: string) =>
    languageId === 'ccp-log'
      ? vscode.l10n.t('CCP log')
      : languageId === 'sip-trace'
        ? vscode.l10n.t('SIP trace')
        : languageId,
  serverRestarted: () => vscode.l10n.t('Callsight: language server restarted.'),
} as const;
