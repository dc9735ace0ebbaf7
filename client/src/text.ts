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
  serverNotRunning: () =>
    vscode.l10n.t('Callsight: the language server is not running. Try "Callsight: Restart Language Server".'),
  // Explain Error Code
  explainPickTitle: () => vscode.l10n.t('Callsight: Explain Error Code'),
  explainPickPlaceholder: () =>
    vscode.l10n.t(
      'Type a code, a name or words: 503, cause=34, 32011, ice_collection_timeout, MissedCallAgent…',
    ),
  explainNoMatch: (token: string) =>
    vscode.l10n.t('No catalog entry for "{0}": pick one from the list.', token),
  explainViewTitle: (token: string) => vscode.l10n.t('Explain {0}', token),
  explainViewHeading: (token: string) => vscode.l10n.t('Callsight: {0}', token),
  // Decode UUI Header
  decodeInputPrompt: () => vscode.l10n.t('Paste a User-to-User header or its value'),
  decodeInputPlaceholder: () => vscode.l10n.t('User-to-User: 00…;encoding=hex;purpose=isdn-uui'),
  decodeNothing: () => vscode.l10n.t('Callsight: no User-to-User value to decode.'),
  decodeViewTitle: () => vscode.l10n.t('Decoded UUI'),
  decodeViewHeading: () => vscode.l10n.t('Callsight: decoded User-to-User'),
  // Encode UUI Header
  encodeKindTitle: () => vscode.l10n.t('Callsight: Encode UUI Header'),
  encodeKindPlaceholder: () => vscode.l10n.t('What should the header carry?'),
  encodeKindText: () => vscode.l10n.t('Plain text'),
  encodeKindTextDetail: () =>
    vscode.l10n.t('ISDN package (RFC 7434): protocol discriminator, then the text, hex-encoded'),
  encodeKindCcai: () => vscode.l10n.t('Google CCAI conversation'),
  encodeKindCcaiDetail: () =>
    vscode.l10n.t(
      'Dialogflow conversation URL from project id, conversation id and roles (Goog-ContactCenter-Conversation)',
    ),
  encodeKindSession: () => vscode.l10n.t('Google CCAI session parameters'),
  encodeKindSessionDetail: () => vscode.l10n.t('key=value pairs for the virtual agent (Goog-Session-Param)'),
  encodeTextPrompt: () => vscode.l10n.t('Text to send'),
  encodePdPlaceholder: () => vscode.l10n.t('Protocol discriminator (first octet)'),
  encodePdUser: () => vscode.l10n.t('00: user-specific protocol'),
  encodePdUserDetail: () => vscode.l10n.t('What most contact-center systems expect'),
  encodePdIa5: () => vscode.l10n.t('04: IA5 characters'),
  encodePdIa5Detail: () => vscode.l10n.t('ASCII text'),
  encodeProjectPrompt: () => vscode.l10n.t('Google Cloud project id'),
  encodeConversationPrompt: () =>
    vscode.l10n.t('Conversation id: a letter, then letters, digits, "_" or "-"; 3 to 64 characters'),
  encodeRolesPrompt: () =>
    vscode.l10n.t('Roles in stream order, comma-separated (empty: END_USER first, then HUMAN_AGENT)'),
  encodeSessionPrompt: () => vscode.l10n.t('Session parameters'),
  encodeSessionPlaceholder: () => vscode.l10n.t('key1=value1;key2=value2'),
  encodeFailed: (reason: string) => vscode.l10n.t('Callsight: cannot build the header: {0}', reason),
  encodeTargetPlaceholder: () => vscode.l10n.t('Where should the header go?'),
  encodeInsert: () => vscode.l10n.t('Insert at the cursor'),
  encodeCopy: () => vscode.l10n.t('Copy to the clipboard'),
  encodeCopyCallInfo: () => vscode.l10n.t('Copy the Call-Info form (preferred by Google)'),
  encodeInserted: () => vscode.l10n.t('Callsight: header inserted.'),
  encodeCopied: () => vscode.l10n.t('Callsight: header copied to the clipboard.'),
} as const;
