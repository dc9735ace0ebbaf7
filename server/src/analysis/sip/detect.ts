/** Content sniffing for SIP traces: a SIP start line near the start of the text. */
const REQUEST_LINE = /^[ \t]*[A-Z]{3,10} (?:sips?|tel|urn):\S+ SIP\/2\.0\.?\r?$/m;
const STATUS_LINE = /^[ \t]*SIP\/2\.0 [1-6]\d\d\b/m;

export function looksLikeSipTrace(head: string): boolean {
  return REQUEST_LINE.test(head) || STATUS_LINE.test(head);
}
