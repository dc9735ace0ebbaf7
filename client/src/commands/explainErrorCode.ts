/**
 * "Callsight: Explain Error Code": explains the selection or the code under the cursor (a status
 * line's code, `cause=34`, `32011`, `ice_collection_timeout`, `MissedCallAgent`…); with nothing there,
 * a picker over the whole catalog, searched by the server as the user types. The explanation opens as
 * a Markdown view. Returns what it showed, for tests.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { escapeMarkdown } from '../../../server/src/analysis/markdown';
import {
  ExplainRequest,
  SearchCatalogRequest,
  type CatalogItem,
  type ExplainEntry,
  type ExplainParams,
  type ExplainResult,
  type SearchCatalogResult,
} from '../../../server/src/protocol';
import { text } from '../text';
import type { MarkdownViews } from './markdownView';

/** Characters of the cursor's line sent to the server, each side of the cursor. */
const LINE_WINDOW = 2000;
/** Longest selection sent. */
const MAX_SELECTION = 8000;
/** Delay before searching while the user types in the picker. */
const SEARCH_DELAY_MS = 120;

export interface ExplainCommandResult {
  readonly token?: string;
  readonly entries: readonly ExplainEntry[];
  readonly markdown: string;
  readonly uri?: vscode.Uri;
}

/** Explain params from the active editor: its selection, or its cursor line. */
function paramsFromEditor(editor: vscode.TextEditor | undefined): ExplainParams {
  if (!editor) return {};
  const selection = editor.selection;
  if (!selection.isEmpty) return { token: editor.document.getText(selection).slice(0, MAX_SELECTION) };
  const line = editor.document.lineAt(selection.active.line).text;
  const from = Math.max(0, selection.active.character - LINE_WINDOW);
  return {
    line: line.slice(from, selection.active.character + LINE_WINDOW),
    character: selection.active.character - from,
  };
}

/** Lets the user pick an entry; the server searches as they type. */
async function pickEntry(
  client: LanguageClient,
  initial: string | undefined,
): Promise<CatalogItem | undefined> {
  const toItems = (items: readonly CatalogItem[]): (vscode.QuickPickItem & { item: CatalogItem })[] =>
    items.map((item) => ({
      label: `${item.code} — ${item.title}`,
      description:
        item.name && item.name !== item.title ? `${item.systemLabel} · ${item.name}` : item.systemLabel,
      detail: item.meaning,
      alwaysShow: true,
      item,
    }));
  const search = async (query: string): Promise<readonly CatalogItem[]> =>
    ((await client.sendRequest(SearchCatalogRequest, { query })) as SearchCatalogResult).items;

  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { item: CatalogItem }>();
  pick.title = text.explainPickTitle();
  pick.placeholder = initial ? text.explainNoMatch(initial) : text.explainPickPlaceholder();
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.busy = true;
  let timer: NodeJS.Timeout | undefined;
  let generation = 0;
  const refresh = (query: string): void => {
    const mine = ++generation;
    pick.busy = true;
    search(query).then(
      (items) => {
        if (mine !== generation) return;
        pick.items = toItems(items);
        pick.busy = false;
      },
      () => {
        pick.busy = false;
      },
    );
  };
  pick.onDidChangeValue((value) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => refresh(value), SEARCH_DELAY_MS);
  });
  refresh('');
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.item);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (timer) clearTimeout(timer);
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

async function show(views: MarkdownViews, result: ExplainResult): Promise<ExplainCommandResult> {
  const token = result.token ?? result.entries[0]?.code ?? '';
  const heading = `# ${escapeMarkdown(text.explainViewHeading(token), 200)}`;
  const markdown = `${heading}\n\n${result.markdown}\n`;
  const uri = await views.show(text.explainViewTitle(token.slice(0, 40)), markdown);
  return {
    ...(result.token !== undefined ? { token: result.token } : {}),
    entries: result.entries,
    markdown,
    uri,
  };
}

/**
 * The command. `arg` (tests, other commands): a token, or explain params; without it the active
 * editor's selection or cursor decides.
 */
export function explainErrorCode(
  client: () => LanguageClient | undefined,
  views: MarkdownViews,
): (arg?: string | ExplainParams) => Promise<ExplainCommandResult | undefined> {
  return async (arg) => {
    const c = client();
    if (!c) {
      void vscode.window.showErrorMessage(text.serverNotRunning());
      return undefined;
    }
    const params: ExplainParams =
      typeof arg === 'string'
        ? { token: arg }
        : arg && typeof arg === 'object'
          ? arg
          : paramsFromEditor(vscode.window.activeTextEditor);
    const hasInput = Boolean(params.token?.trim() || params.line?.trim() || (params.system && params.code));
    let initial: string | undefined;
    if (hasInput) {
      const result = (await c.sendRequest(ExplainRequest, params)) as ExplainResult;
      if (result.entries.length > 0) return show(views, result);
      // A caller that passed its own input gets the (empty) answer rather than a picker.
      if (arg !== undefined) return { ...result };
      initial = result.token;
    }
    const picked = await pickEntry(c, initial);
    if (!picked) return undefined;
    const result = (await c.sendRequest(ExplainRequest, {
      system: picked.system,
      code: picked.code,
    })) as ExplainResult;
    return show(views, result);
  };
}
