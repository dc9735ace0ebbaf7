/**
 * Content sniffing for CCP logs: the downloaded JSON array, the DevTools console form and the CCP Log
 * Parser display form (ccp-log.md §1, §3). Reads only the head of the text.
 */
const CONSOLE_LINE = /^(?:\[CCP\] )?\[\d{4}-\d\d-\d\dT[\d:.]+Z\] \[[A-Z]+\] \[[^\]\n]*\]: /m;
const DISPLAY_LINE =
  /^(?:[+-] )?\d{4}-\d\d-\d\dT[\d:.]+Z \S+ (?:TRACE|DEBUG|INFO|LOG|WARN|ERROR|CRITICAL|TEST) /m;

export function looksLikeCcpLog(head: string): boolean {
  const start = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const trimmed = start.trimStart();
  if (trimmed.startsWith('[')) {
    const firstObject = trimmed.slice(0, 4096);
    if (
      /^\[\s*\{/.test(firstObject) &&
      /"component"\s*:/.test(firstObject) &&
      /"level"\s*:/.test(firstObject) &&
      /"text"\s*:/.test(firstObject)
    ) {
      return true;
    }
  }
  return CONSOLE_LINE.test(start.slice(0, 8192)) || DISPLAY_LINE.test(start.slice(0, 8192));
}
