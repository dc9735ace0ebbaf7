/**
 * "Callsight: Encode UUI Header": builds a User-to-User header from plain text, Google CCAI
 * conversation fields or CCAI session parameters. The server validates every input box as the user
 * types; the result is inserted at the cursor or copied. Returns the header, for tests.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EncodeUuiRequest, type EncodeUuiParams, type EncodeUuiResult } from '../../../server/src/protocol';
import { text } from '../text';

/** Where the header goes: the cursor, the clipboard (UUI or, for CCAI, Call-Info), or nowhere (tests). */
export type EncodeTarget = 'insert' | 'copy' | 'copy-call-info' | 'none';

export type EncodeUuiCommandArg = EncodeUuiParams & { readonly target?: EncodeTarget };

export interface EncodeUuiCommandResult extends EncodeUuiResult {
  readonly target?: EncodeTarget;
}

type Kind = EncodeUuiParams['kind'];

/** An input box whose text the server validates for `field`. */
async function ask(
  client: LanguageClient,
  options: { prompt: string; placeHolder?: string; value?: string; field: string; allowEmpty?: boolean },
  build: (value: string) => EncodeUuiParams,
): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: text.encodeKindTitle(),
    prompt: options.prompt,
    ...(options.placeHolder ? { placeHolder: options.placeHolder } : {}),
    ...(options.value ? { value: options.value } : {}),
    ignoreFocusOut: true,
    validateInput: async (value) => {
      if (options.allowEmpty && value.trim() === '') return undefined;
      const result = (await client.sendRequest(EncodeUuiRequest, build(value))) as EncodeUuiResult;
      const mine = result.problems.filter((p) => p.field === options.field);
      const error = mine.find((p) => p.severity === 'error');
      if (error) return { message: error.message, severity: vscode.InputBoxValidationSeverity.Error };
      const warning = mine[0];
      return warning
        ? { message: warning.message, severity: vscode.InputBoxValidationSeverity.Warning }
        : undefined;
    },
  });
}

/** Asks for the fields of one kind of header; undefined when the user cancels. */
async function askFields(client: LanguageClient, kind: Kind): Promise<EncodeUuiParams | undefined> {
  if (kind === 'text') {
    const value = await ask(client, { prompt: text.encodeTextPrompt(), field: 'text' }, (t) => ({
      kind,
      text: t,
    }));
    if (value === undefined) return undefined;
    const pd = await vscode.window.showQuickPick(
      [
        { label: text.encodePdUser(), detail: text.encodePdUserDetail(), value: 0 },
        { label: text.encodePdIa5(), detail: text.encodePdIa5Detail(), value: 4 },
      ],
      { title: text.encodeKindTitle(), placeHolder: text.encodePdPlaceholder(), ignoreFocusOut: true },
    );
    if (!pd) return undefined;
    return { kind, text: value, protocolDiscriminator: pd.value };
  }
  if (kind === 'ccai-conversation') {
    const projectId = await ask(client, { prompt: text.encodeProjectPrompt(), field: 'projectId' }, (p) => ({
      kind,
      projectId: p,
      conversationId: 'CID-1',
    }));
    if (projectId === undefined) return undefined;
    const conversationId = await ask(
      client,
      {
        prompt: text.encodeConversationPrompt(),
        placeHolder: 'CID-297363723_79131759_799783510',
        field: 'conversationId',
      },
      (id) => ({ kind, projectId, conversationId: id }),
    );
    if (conversationId === undefined) return undefined;
    const toRoles = (r: string): string[] =>
      r
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x.length > 0);
    const roles = await ask(
      client,
      {
        prompt: text.encodeRolesPrompt(),
        placeHolder: 'HUMAN_AGENT,END_USER',
        field: 'roles',
        allowEmpty: true,
      },
      (r) => ({ kind, projectId, conversationId, roles: toRoles(r) }),
    );
    if (roles === undefined) return undefined;
    return {
      kind,
      projectId,
      conversationId,
      ...(toRoles(roles).length > 0 ? { roles: toRoles(roles) } : {}),
    };
  }
  const params = await ask(
    client,
    { prompt: text.encodeSessionPrompt(), placeHolder: text.encodeSessionPlaceholder(), field: 'params' },
    (p) => ({ kind, params: p }),
  );
  return params === undefined ? undefined : { kind, params };
}

async function chooseTarget(result: EncodeUuiResult): Promise<EncodeTarget | undefined> {
  const editor = vscode.window.activeTextEditor;
  const items: (vscode.QuickPickItem & { target: EncodeTarget })[] = [];
  if (editor)
    items.push({ label: text.encodeInsert(), description: result.header.slice(0, 80), target: 'insert' });
  items.push({ label: text.encodeCopy(), target: 'copy' });
  if (result.callInfo)
    items.push({
      label: text.encodeCopyCallInfo(),
      description: result.callInfo.slice(0, 80),
      target: 'copy-call-info',
    });
  const picked = await vscode.window.showQuickPick(items, {
    title: text.encodeKindTitle(),
    placeHolder: text.encodeTargetPlaceholder(),
    ignoreFocusOut: true,
  });
  return picked?.target;
}

async function deliver(result: EncodeUuiResult, target: EncodeTarget): Promise<void> {
  if (target === 'insert') {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    await editor.edit((edit) => {
      for (const selection of editor.selections) edit.replace(selection, result.header);
    });
    void vscode.window.setStatusBarMessage(text.encodeInserted(), 4000);
  } else if (target === 'copy' || target === 'copy-call-info') {
    await vscode.env.clipboard.writeText(
      target === 'copy' ? result.header : (result.callInfo ?? result.header),
    );
    void vscode.window.setStatusBarMessage(text.encodeCopied(), 4000);
  }
}

/** The command. `arg` (tests): the fields and a target; without it the user is asked for everything. */
export function encodeUuiHeader(
  client: () => LanguageClient | undefined,
): (arg?: EncodeUuiCommandArg) => Promise<EncodeUuiCommandResult | undefined> {
  return async (arg) => {
    const c = client();
    if (!c) {
      void vscode.window.showErrorMessage(text.serverNotRunning());
      return undefined;
    }
    let params: EncodeUuiParams | undefined = arg;
    if (!params) {
      const kinds: (vscode.QuickPickItem & { headerKind: Kind })[] = [
        { label: text.encodeKindText(), detail: text.encodeKindTextDetail(), headerKind: 'text' },
        {
          label: text.encodeKindCcai(),
          detail: text.encodeKindCcaiDetail(),
          headerKind: 'ccai-conversation',
        },
        {
          label: text.encodeKindSession(),
          detail: text.encodeKindSessionDetail(),
          headerKind: 'session-params',
        },
      ];
      const kind = await vscode.window.showQuickPick(kinds, {
        title: text.encodeKindTitle(),
        placeHolder: text.encodeKindPlaceholder(),
        ignoreFocusOut: true,
      });
      if (!kind) return undefined;
      params = await askFields(c, kind.headerKind);
      if (!params) return undefined;
    }
    const result = (await c.sendRequest(EncodeUuiRequest, params)) as EncodeUuiResult;
    if (!result.ok) {
      const reason = result.problems.find((p) => p.severity === 'error')?.message ?? '';
      void vscode.window.showErrorMessage(text.encodeFailed(reason));
      return { ...result };
    }
    const target = arg?.target ?? (arg ? 'none' : await chooseTarget(result));
    if (!target) return { ...result };
    await deliver(result, target);
    return { ...result, target };
  };
}
