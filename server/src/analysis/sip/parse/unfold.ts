/**
 * Header values as one string: unfolds continuation lines (RFC 3261 §7.3.1) and undoes the export's
 * per-line decoration on them (ngrep's trailing dot, a CLI time prefix, sofia's indentation).
 */
import { HEADER_FOLDED, HEADER_SPLIT, type HeaderStore } from './headerStore';
import type { LineMode } from '../model/types';

const CLI_PREFIX = /^\[[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d\] /;

export function unfoldValue(text: string, store: HeaderStore, h: number, mode: LineMode): string {
  const start = store.valueStart[h] as number;
  const end = store.valueEnd[h] as number;
  const flags = store.flags[h] as number;
  if ((flags & HEADER_SPLIT) !== 0) {
    const gap = store.gaps.get(h);
    if (gap) return text.slice(start, gap[0]) + text.slice(gap[1], end);
  }
  if ((flags & HEADER_FOLDED) === 0) return text.slice(start, end);
  const lines = text.slice(start, end).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (i > 0) {
      if (mode === 'cli-prefix') line = line.replace(CLI_PREFIX, '');
      else if (mode === 'indent3' && line.startsWith('   ')) line = line.slice(3);
    }
    if (mode === 'ngrep-dot' && i < lines.length - 1 && line.endsWith('.')) line = line.slice(0, -1);
    line = line.trim();
    if (line) out.push(line);
  }
  return out.join(' ');
}
