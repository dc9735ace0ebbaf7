/**
 * Read-only Markdown views for command results: virtual documents under the `callsight:` scheme,
 * shown with the built-in Markdown preview (or as text when the preview is unavailable). The same
 * title reuses its document, so repeating a command refreshes the view instead of adding tabs.
 */
import * as vscode from 'vscode';

export const VIEW_SCHEME = 'callsight';
/** Documents kept; older ones are dropped (their tabs then show the empty text). */
const MAX_VIEWS = 30;

export class MarkdownViews implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** The Markdown last shown under `uri` (for tests). */
  contentOf(uri: vscode.Uri): string | undefined {
    return this.contents.get(uri.toString());
  }

  /** Shows `markdown` in a preview titled after `title`; returns the document's URI. */
  async show(title: string, markdown: string): Promise<vscode.Uri> {
    const name = fileName(title);
    const uri = vscode.Uri.from({ scheme: VIEW_SCHEME, path: `/${name}.md` });
    const key = uri.toString();
    this.contents.delete(key);
    this.contents.set(key, markdown);
    while (this.contents.size > MAX_VIEWS) this.contents.delete(this.contents.keys().next().value as string);
    this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: true });
    }
    return uri;
  }

  dispose(): void {
    this.changed.dispose();
    this.contents.clear();
  }
}

/** A title as a file name: characters file systems or URIs dislike become spaces. */
function fileName(title: string): string {
  let out = '';
  for (const c of title) out += c.charCodeAt(0) < 0x20 || '\\/:*?"<>|#%'.includes(c) ? ' ' : c;
  return out.replace(/ +/g, ' ').trim().slice(0, 60) || 'Callsight';
}
