/** Entry times of a pretty-printed CCP log in an editor, for checking where "Go to Time…" landed. */
import type * as vscode from 'vscode';

interface EntryLine {
  /** Zero-based line of the entry's `{`. */
  readonly line: number;
  readonly time: number;
}

function entryLines(document: vscode.TextDocument): EntryLine[] {
  const out: { line: number; time: number }[] = [];
  for (let i = 0; i < document.lineCount; i++) {
    const text = document.lineAt(i).text;
    if (text === '    {') out.push({ line: i, time: NaN });
    const m = /^ {8}"time": "([^"]+)"/.exec(text);
    const last = out[out.length - 1];
    if (m && last) last.time = Date.parse(m[1] ?? '');
  }
  return out;
}

/** The line of the first entry at or after `time` in time order (ties: document order). */
export function lineOfFirstEntryFrom(document: vscode.TextDocument, time: number): number | undefined {
  return entryLines(document)
    .filter((e) => e.time >= time)
    .sort((a, b) => a.time - b.time || a.line - b.line)[0]?.line;
}

/** The line of the entry with the earliest time. */
export function lineOfFirstEntry(document: vscode.TextDocument): number | undefined {
  return lineOfFirstEntryFrom(document, -Infinity);
}
