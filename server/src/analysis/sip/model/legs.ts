/**
 * Legs of one call: dialogs linked by what B2BUAs, SBCs and carriers copy from leg to leg —
 * `X-Call-ID`/`X-CID` (the other leg's Call-ID), `P-Charging-Vector` icid-value (RFC 7315),
 * `Session-ID` (RFC 7989), an identical User-to-User payload, Twilio's `X-Twilio-CallSid`.
 */
import type { HeaderStore } from '../parse/headerStore';
import { unfoldValue } from '../parse/unfold';
import type { CallGroup, Dialog, LegLink, SipMessage } from './types';

/** Headers that carry the Call-ID of another leg. */
const CALL_ID_HEADERS = ['x-call-id', 'x-cid', 'xcall-id', 'x-original-call-id', 'x-orig-call-id'];

type LinkKind = LegLink['kind'];

/** The correlation key a header value gives, or undefined. */
function keysOf(name: string, value: string): { kind: LinkKind; value: string }[] {
  if (CALL_ID_HEADERS.includes(name)) {
    const v = value.trim();
    return v ? [{ kind: 'x-call-id', value: v }] : [];
  }
  switch (name) {
    case 'p-charging-vector': {
      const m = /icid-value\s*=\s*"?([^";\s]+)/i.exec(value.slice(0, 2000));
      return m?.[1] ? [{ kind: 'icid', value: m[1] }] : [];
    }
    case 'session-id': {
      const out: { kind: LinkKind; value: string }[] = [];
      const local = /^\s*([0-9a-fA-F]{32})/.exec(value);
      const remote = /remote\s*=\s*([0-9a-fA-F]{32})/i.exec(value.slice(0, 500));
      for (const id of [local?.[1], remote?.[1]]) {
        if (id && !/^0+$/.test(id)) out.push({ kind: 'session-id', value: id.toLowerCase() });
      }
      return out;
    }
    case 'user-to-user':
    case 'x-user-to-user': {
      const semi = value.indexOf(';');
      const data = (semi < 0 ? value : value.slice(0, semi)).trim().replace(/^"|"$/g, '');
      // Hex is case-insensitive; some vendors strip the protocol discriminator byte on one leg.
      const normal = /^[0-9a-fA-F]+$/.test(data) ? data.toLowerCase().replace(/^0[0-8]/, '') : data;
      return normal.length >= 6 ? [{ kind: 'uui', value: normal }] : [];
    }
    case 'x-twilio-callsid': {
      const v = value.trim();
      return v ? [{ kind: 'twilio-callsid', value: v }] : [];
    }
    default:
      return [];
  }
}

const LINK_HEADERS = new Set([
  ...CALL_ID_HEADERS,
  'p-charging-vector',
  'session-id',
  'user-to-user',
  'x-user-to-user',
  'x-twilio-callsid',
]);

export function correlateLegs(
  text: string,
  messages: readonly SipMessage[],
  headers: HeaderStore,
  dialogs: readonly Dialog[],
  dialogByCallId: ReadonlyMap<string, number>,
): CallGroup[] {
  const ids = new Set<number>();
  for (const name of LINK_HEADERS) {
    const id = headers.existingId(name);
    if (id >= 0) ids.add(id);
  }
  if (ids.size === 0 || dialogs.length < 2) return [];
  const parent = new Int32Array(dialogs.length).map((_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    let y = x;
    while (parent[y] !== r) {
      const next = parent[y] as number;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstByKey = new Map<string, number>();
  const linksByDialog = new Map<number, LegLink[]>();
  const addLink = (d: number, link: LegLink): void => {
    const list = linksByDialog.get(d) ?? [];
    if (!list.some((l) => l.kind === link.kind && l.value === link.value)) list.push(link);
    linksByDialog.set(d, list);
  };
  for (const m of messages) {
    if (m.dialog < 0) continue;
    const last = m.headerFirst + m.headerCount;
    for (let h = m.headerFirst; h < last; h++) {
      if (!ids.has(headers.nameId[h] as number)) continue;
      const name = headers.name(h);
      for (const key of keysOf(name, unfoldValue(text, headers, h, m.lineMode))) {
        const k = `${key.kind}\n${key.value}`;
        const first = firstByKey.get(k);
        if (first === undefined) firstByKey.set(k, m.dialog);
        else if (first !== m.dialog) {
          union(first, m.dialog);
          addLink(first, key);
          addLink(m.dialog, key);
        }
        if (key.kind === 'x-call-id') {
          const other = dialogByCallId.get(key.value);
          if (other !== undefined && other !== m.dialog) {
            union(other, m.dialog);
            addLink(other, key);
            addLink(m.dialog, key);
          }
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (let d = 0; d < dialogs.length; d++) {
    const r = find(d);
    if (r === d && !linksByDialog.has(d)) continue;
    const list = groups.get(r) ?? [];
    list.push(d);
    groups.set(r, list);
  }
  const calls: CallGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const links: LegLink[] = [];
    for (const d of members) {
      for (const l of linksByDialog.get(d) ?? []) {
        if (!links.some((x) => x.kind === l.kind && x.value === l.value)) links.push(l);
      }
    }
    const index = calls.length;
    calls.push({ index, dialogs: members, links });
    for (const d of members) (dialogs[d] as Dialog).call = index;
  }
  return calls;
}
