/**
 * Normalises an entry's text without copying it (ccp-log.md §3.3, §3.4, §5): skips the leading space of
 * softphone texts, a hosted-CCP `[Subsystem]` tag, the WebSocket manager's `[time][LEVEL]AMZ_WEB_SOCKET_MANAGER: `
 * prefix, and splits rtc-js `<callId> <CATEGORY> ` prefixes. The message then starts at `entry.msgAt`.
 */
import { matchAt } from '../parse/matchAt';
import type { CcpEntry } from './entry';
import { detached } from '../../text/detached';

const WSM = 'AMZ_WEB_SOCKET_MANAGER: ';

/** rtc-js logger categories (rtc-js 1.3.x `utils.js`) and the VDI strategies. */
function isRtcCategory(t: string, at: number, len: number): boolean {
  switch (len) {
    case 7:
      return matchAt(t, at, 'SESSION');
    case 9:
      return matchAt(t, at, 'SIGNALING');
    case 11:
      return matchAt(t, at, 'CallSession');
    case 24:
      return matchAt(t, at, 'RtcPeerConnectionManager');
    case 26:
      return t.startsWith('RtcPeerConnectionManagerV2', at);
    default:
      if (len > 11 && matchAt(t, at, 'SharedMedia')) return true;
      return len > 11 && len < 40 && matchAt(t, at + len - 11, 'VDIStrategy');
  }
}

/** Subsystem tags seen so far: a few names repeat thousands of times, so entries share one string each. */
const tags: string[] = [];

function knownTag(t: string, at: number, len: number): string | undefined {
  for (const tag of tags) if (tag.length === len && matchAt(t, at, tag)) return tag;
  return undefined;
}

function isKnownTag(name: string): boolean {
  return tags.includes(name);
}

function rememberTag(name: string): string {
  if (tags.length < 32 && !tags.includes(name)) tags.push(detached(name));
  return name;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

export function shapeText(e: CcpEntry): void {
  const t = e.text;
  const n = t.length;
  let i = 0;
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  // WebSocket manager prefix, with or without its own [time][LEVEL].
  if (t.charCodeAt(i) === 91 /* [ */) {
    const close1 = t.indexOf(']', i);
    if (close1 > 0 && close1 - i < 40 && t.charCodeAt(close1 + 1) === 91) {
      const close2 = t.indexOf(']', close1 + 1);
      if (close2 > 0 && close2 - close1 < 12 && matchAt(t, close2 + 1, WSM)) {
        i = close2 + 1 + WSM.length;
        e.tag = 'AMZ_WEB_SOCKET_MANAGER';
      }
    }
  } else if (t.charCodeAt(i) === 65 && matchAt(t, i, WSM)) {
    i += WSM.length;
    e.tag = 'AMZ_WEB_SOCKET_MANAGER';
  }
  if (e.tag === undefined && t.charCodeAt(i) === 91) {
    const close = t.indexOf(']', i + 1);
    const len = close - i - 1;
    if (close > 0 && len >= 2 && len <= 40 && t.charCodeAt(close + 1) === 32) {
      const name = knownTag(t, i + 1, len) ?? t.slice(i + 1, close);
      // Subsystem tags are words, not timestamps or levels.
      if (isKnownTag(name) || /^[A-Za-z][A-Za-z ]+$/.test(name)) {
        e.tag = rememberTag(name);
        i = close + 2;
      }
    }
  }
  // rtc-js: "<callId> <CATEGORY> <message>"
  const sp1 = t.indexOf(' ', i);
  if (sp1 > i && sp1 - i <= 64) {
    const sp2 = t.indexOf(' ', sp1 + 1);
    const catEnd = sp2 < 0 ? n : sp2;
    const catLen = catEnd - sp1 - 1;
    if (catLen >= 7 && catLen < 40 && isRtcCategory(t, sp1 + 1, catLen)) {
      e.callId = t.slice(i, sp1);
      e.category = t.slice(sp1 + 1, catEnd);
      i = sp2 < 0 ? n : sp2 + 1;
    }
  }
  e.msgAt = i;
}
