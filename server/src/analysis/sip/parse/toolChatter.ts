/**
 * Lines the export tools print around messages that are neither SIP nor a block envelope: ngrep's
 * banner and totals, Acme's file notices, flow-diagram rows, page breaks. Skipped without a finding.
 */
const NGREP_BANNER = /^(?:interface|input|filter|match): /;
const NGREP_TOTALS = /^\d+ received, \d+ matched$/;
/** Acme MBCD hex dumps: `  0000: ac 3e 01 …`. */
const HEX_DUMP = /^\s+[0-9a-fA-F]{4}: [0-9a-fA-F]{2}(?: [0-9a-fA-F]{2}){0,15}/;

export function isToolChatter(text: string, start: number, end: number): boolean {
  if (end - start > 300) return false;
  const c = text.charCodeAt(start);
  if (c === 12) {
    for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 12) return false;
    return true;
  }
  const line = text.slice(start, end);
  switch (c) {
    case 105: // i
    case 102: // f
    case 109: // m
      return NGREP_BANNER.test(line);
    case 101: // e
      return line === 'exit';
    case 35: // #
      return /^#+$/.test(line);
    case 32: // space
    case 9: // tab
      return HEX_DUMP.test(line);
    case 124: // |  flow diagrams (tshark -z flow, VoIP Calls → Flow Sequence export)
      return true;
    case 70: // F
      return line === 'File opened.';
    default:
      if (c >= 48 && c <= 57) return NGREP_TOTALS.test(line);
      return / (?:OPENED|CLOSED)$/.test(line) && line.length < 120;
  }
}
