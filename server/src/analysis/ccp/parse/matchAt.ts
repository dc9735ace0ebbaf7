/**
 * `text.startsWith(word, at)` as a loop over character codes. In the hot paths of the parser (tens of
 * thousands of entries, a few checks each) the builtin call costs several times more than comparing a
 * handful of characters, which V8 compiles to plain loads.
 */
export function matchAt(text: string, at: number, word: string): boolean {
  const n = word.length;
  if (at < 0 || at + n > text.length) return false;
  for (let i = 0; i < n; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}
