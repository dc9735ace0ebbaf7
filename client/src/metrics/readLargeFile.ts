/**
 * Reads a file the editor cannot sync (above its 50 MB limit) with a cancellable progress notification,
 * decoding UTF-8 as it goes and indexing line starts, so the metrics panel can send the text to the
 * server and later open the file at a log entry.
 */
import { createReadStream } from 'node:fs';
import * as vscode from 'vscode';
import { text } from '../text';
import { LineIndex } from './lineIndex';

/** The editor does not sync documents longer than this many UTF-16 characters to extensions. */
export const EDITOR_SYNC_LIMIT = 50 * 1024 * 1024;

export interface LargeFileText {
  readonly text: string;
  readonly lines: LineIndex;
}

const CHUNK_BYTES = 4 * 1024 * 1024;

/** Resolves undefined when the user cancelled. */
export async function readLargeFile(uri: vscode.Uri): Promise<LargeFileText | undefined> {
  const fileName = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: text.metricsReadingFile(fileName),
      cancellable: true,
    },
    (progress, token) =>
      uri.scheme === 'file' ? readLocal(uri, progress, token) : readThroughFileSystem(uri, progress, token),
  );
}

/**
 * {@link readLargeFile}, telling the user when the file cannot be read. Resolves undefined when it could
 * not be read or the user cancelled.
 */
export async function readLargeFileOrReport(uri: vscode.Uri): Promise<LargeFileText | undefined> {
  try {
    return await readLargeFile(uri);
  } catch (error) {
    void vscode.window.showErrorMessage(
      text.metricsReadFailed(error instanceof Error ? error.message : String(error)),
    );
    return undefined;
  }
}

type Progress = vscode.Progress<{ message?: string; increment?: number }>;

async function readLocal(
  uri: vscode.Uri,
  progress: Progress,
  token: vscode.CancellationToken,
): Promise<LargeFileText | undefined> {
  const size = (await vscode.workspace.fs.stat(uri)).size;
  const decoder = new TextDecoder('utf-8');
  const lines = new LineIndex();
  const parts: string[] = [];
  let first = true;
  let reported = 0;
  const stream = createReadStream(uri.fsPath, { highWaterMark: CHUNK_BYTES });
  const cancel = token.onCancellationRequested(() => stream.destroy());
  try {
    let read = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let decoded = decoder.decode(chunk, { stream: true });
      if (first) {
        decoded = stripBom(decoded);
        first = false;
      }
      parts.push(decoded);
      lines.feed(decoded);
      read += chunk.length;
      const percent = size > 0 ? Math.min(100, (read / size) * 100) : 100;
      progress.report({ increment: percent - reported, message: `${Math.round(percent)} %` });
      reported = percent;
    }
    if (token.isCancellationRequested) return undefined;
    const tail = decoder.decode();
    parts.push(tail);
    lines.feed(tail);
    return { text: parts.join(''), lines };
  } catch (error) {
    if (token.isCancellationRequested) return undefined;
    throw error;
  } finally {
    cancel.dispose();
  }
}

/** Other file systems (remote, virtual): one read, no incremental progress. */
async function readThroughFileSystem(
  uri: vscode.Uri,
  progress: Progress,
  token: vscode.CancellationToken,
): Promise<LargeFileText | undefined> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (token.isCancellationRequested) return undefined;
  progress.report({ increment: 100 });
  const decoded = stripBom(new TextDecoder('utf-8').decode(bytes));
  const lines = new LineIndex();
  lines.feed(decoded);
  return { text: decoded, lines };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
