/**
 * Which Callsight language a file holds, from its name and the first part of its text. Used by the
 * client (to set the language of `.txt`/`.log`/`.json` files), the CLI and the server.
 */
import type { LanguageId } from './analyzer';
import { looksLikeCcpLog } from './ccp/detect';
import { looksLikeSipTrace } from './sip/detect';

/** How much of the start of a file the content sniffers read. */
export const SNIFF_LENGTH = 64 * 1024;

/** File names that always mean a CCP log (browser duplicates, Global Resiliency names). */
export function isCcpLogFileName(fileName: string): boolean {
  const base = fileName.replace(/^.*[\\/]/, '').toLowerCase();
  return /^(?:crm-|ccp-[a-z0-9-]+-)?agent-log(?: \(\d+\))?\.txt$/.test(base);
}

export function isSipTraceFileName(fileName: string): boolean {
  return /\.(?:sip|siptrace)$/i.test(fileName);
}

/** Detects the language of a file; `undefined` when it is neither a CCP log nor a SIP trace. */
export function detectLanguage(text: string, fileName?: string): LanguageId | undefined {
  if (fileName && isCcpLogFileName(fileName)) return 'ccp-log';
  if (fileName && isSipTraceFileName(fileName)) return 'sip-trace';
  return detectLanguageFromContent(text);
}

export function detectLanguageFromContent(text: string): LanguageId | undefined {
  const head = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  if (looksLikeCcpLog(head)) return 'ccp-log';
  if (looksLikeSipTrace(head)) return 'sip-trace';
  return undefined;
}
