/** Picks the form of a CCP log text and parses it (ccp-log.md §18.1). */
import type { CancellationToken } from '../../cancellation';
import { ElementTable } from './jsonScanner';
import { parseJsonForm } from './jsonForm';
import { parseLineForms } from './lineForms';
import type { ParsedLog } from './parsedLog';

export function parseCcpLog(text: string, token?: CancellationToken): ParsedLog {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n && isWs(text.charCodeAt(i))) i++;
  if (i >= n) {
    return { form: 'empty', entries: [], table: new ElementTable(), problems: [], arrays: 0, nonEntries: 0 };
  }
  const c = text.charCodeAt(i);
  if (c === 91 /* [ */) {
    let j = i + 1;
    while (j < n && isWs(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j);
    // `[{…` or `[]` is the JSON array; `[2023-…] [ERROR]` and `[CCP] ` are console lines.
    if (j >= n || d === 123 || d === 93 || d === 34) return parseJsonForm(text, token);
  }
  const lines = parseLineForms(text, token);
  if (lines.entries.length === 0 && (c === 123 || c === 91)) {
    // JSON that is not a CCP log array (an object, an array of something else).
    return {
      ...lines,
      problems: [{ kind: 'not-ccp-json', start: i, end: i + 1 }],
    };
  }
  return lines;
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
