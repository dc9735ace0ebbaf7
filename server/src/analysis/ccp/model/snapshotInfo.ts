/** Reads the fields Callsight uses from a `GET_AGENT_SNAPSHOT succeeded.` entry's `objects` (ccp-log.md §7). */
import { timeValue } from '../parse/isoTime';
import type { SnapshotContact, SnapshotInfo } from './entry';

function rec(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function snapshotFromObjects(objects: unknown): SnapshotInfo | undefined {
  const first = Array.isArray(objects) ? objects[0] : objects;
  const wrapper = rec(first);
  const snap = rec(wrapper?.['snapshot']) ?? (wrapper && rec(wrapper['state']) ? wrapper : undefined);
  if (!snap) return undefined;
  const state = rec(snap['state']);
  const contacts: SnapshotContact[] = [];
  const list = snap['contacts'];
  if (Array.isArray(list)) {
    for (const c of list.slice(0, 50)) {
      const contact = rec(c);
      if (!contact) continue;
      const id = str(contact['contactId']);
      if (!id) continue;
      let agentConnectionId: string | undefined;
      let agentConnectionState: string | undefined;
      const connections = contact['connections'];
      if (Array.isArray(connections)) {
        for (const conn of connections) {
          const cr = rec(conn);
          if (cr && str(cr['type']) === 'agent') {
            agentConnectionId = str(cr['connectionId']) || undefined;
            agentConnectionState = str(rec(cr['state'])?.['type']) || undefined;
          }
        }
      }
      contacts.push({
        contactId: id,
        type: str(contact['type']),
        state: str(rec(contact['state'])?.['type']),
        agentConnectionId,
        agentConnectionState,
      });
    }
  }
  const arn = str(state?.['agentStateARN']);
  const region = /^arn:aws[\w-]*:connect:([a-z0-9-]{4,30}):/.exec(arn)?.[1];
  const skewRaw = snap['skew'];
  return {
    stateName: str(state?.['name']),
    stateType: str(state?.['type']),
    stateStart: timeValue(state?.['startTimestamp']),
    snapshotTime: timeValue(snap['snapshotTimestamp']),
    localTime: timeValue(snap['localTimestamp']),
    skew: typeof skewRaw === 'number' && Number.isFinite(skewRaw) ? skewRaw : NaN,
    contacts,
    region,
  };
}
