/**
 * Contacts and softphone calls (ccp-log.md §6.9, §12). Contacts come from `contact::<event>::<id>`
 * events, "Softphone call detected" lines and snapshots; calls are rtc-js sessions keyed by the call id
 * in `<callId> <CATEGORY>` texts. A call is tied to a contact when its id is the contact or agent
 * connection id, else to the contact detected last before it (within a minute).
 */
import { EntryKind, type CcpEntry, type SnapshotInfo } from './entry';

export interface TimedRef {
  readonly name: string;
  readonly time: number;
  readonly entry: number;
}

export interface Contact {
  readonly id: string;
  type: string;
  connectionId: string | undefined;
  /** Contact events (`incoming`, `connecting`, `accepted`, `connected`, `missed`, `acw`, `ended`, `destroyed`…) and `detected`. */
  readonly events: TimedRef[];
  /** Contact states seen in snapshots (`connecting`, `connected`, `ended`…), changes only. */
  readonly states: TimedRef[];
  first: number;
  last: number;
  /** Smallest start / largest end offset of the entries that mention it (for outline ranges). */
  minStart: number;
  maxEnd: number;
  readonly calls: Call[];
}

export interface Transition {
  readonly from: string;
  readonly to: string;
  readonly time: number;
  readonly entry: number;
}

export interface Call {
  readonly id: string;
  contact: Contact | undefined;
  /** Entries of this call (rtc-js lines), in time order. */
  readonly entries: number[];
  readonly transitions: Transition[];
  first: number;
  last: number;
  minStart: number;
  maxEnd: number;
  /** The call failed during setup (a transition to FailedState, or a setup error). */
  failed: boolean;
  /** End-of-call report and telemetry report entries, when linked. */
  report: number;
  telemetry: number;
}

export interface ContactsView {
  readonly contacts: Contact[];
  readonly byId: Map<string, Contact>;
  /** Calls by first time. */
  readonly calls: Call[];
  readonly callById: Map<string, Call>;
}

const LINK_WINDOW_MS = 60_000;

export function buildContacts(entries: readonly CcpEntry[], sorted: Int32Array): ContactsView {
  const byId = new Map<string, Contact>();
  const callById = new Map<string, Call>();
  const byConnection = new Map<string, Contact>();
  const detections: { contact: Contact; time: number; linked: boolean }[] = [];

  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k] as number;
    const e = entries[i] as CcpEntry;
    switch (e.kind) {
      case EntryKind.PublishEvent:
        if (e.detail2 !== '' && e.detail.startsWith('contact::')) {
          const c = contactOf(byId, e.detail2, e);
          c.events.push({ name: e.detail.slice('contact::'.length), time: e.time, entry: i });
        }
        break;
      case EntryKind.CallDetected:
        if (e.detail !== '') {
          const c = contactOf(byId, e.detail, e);
          c.events.push({ name: 'detected', time: e.time, entry: i });
          if (e.detail2 !== '') {
            c.connectionId = e.detail2;
            byConnection.set(e.detail2, c);
          }
          detections.push({ contact: c, time: e.time, linked: false });
        }
        break;
      case EntryKind.Snapshot: {
        const info = e.payload as SnapshotInfo | undefined;
        if (!info) break;
        for (const sc of info.contacts) {
          const c = contactOf(byId, sc.contactId, e);
          if (sc.type) c.type = sc.type;
          if (sc.agentConnectionId && !c.connectionId) {
            c.connectionId = sc.agentConnectionId;
            byConnection.set(sc.agentConnectionId, c);
          }
          const prev = c.states[c.states.length - 1];
          if (sc.state && prev?.name !== sc.state) c.states.push({ name: sc.state, time: e.time, entry: i });
        }
        break;
      }
      default:
        if (e.callId !== undefined) {
          let call = callById.get(e.callId);
          if (!call) {
            call = {
              id: e.callId,
              contact: undefined,
              entries: [],
              transitions: [],
              first: e.time,
              last: e.time,
              minStart: e.start,
              maxEnd: e.end,
              failed: false,
              report: -1,
              telemetry: -1,
            };
            callById.set(e.callId, call);
            call.contact =
              byId.get(e.callId) ?? byConnection.get(e.callId) ?? recentDetection(detections, e.time);
            if (call.contact) call.contact.calls.push(call);
          }
          call.entries.push(i);
          call.last = e.time;
          if (e.start < call.minStart) call.minStart = e.start;
          if (e.end > call.maxEnd) call.maxEnd = e.end;
          if (e.kind === EntryKind.RtcTransition || e.kind === EntryKind.RtcFailedState) {
            call.transitions.push({ from: e.detail, to: e.detail2, time: e.time, entry: i });
          }
          if (
            e.kind === EntryKind.RtcFailedState ||
            e.kind === EntryKind.RtcIceTimeout ||
            e.kind === EntryKind.RtcNoIceCandidate ||
            e.kind === EntryKind.RtcSignalingFailed ||
            e.kind === EntryKind.RtcHandshakeFailed ||
            e.kind === EntryKind.RtcUserBusy ||
            e.kind === EntryKind.RtcLocalMediaFailed
          ) {
            call.failed = true;
          }
          if (call.contact) touch(call.contact, e);
        }
    }
  }
  const contacts = [...byId.values()].sort((a, b) => a.first - b.first);
  const calls = [...callById.values()].sort((a, b) => a.first - b.first);
  return { contacts, byId, calls, callById };
}

/**
 * The contact with `id`, created at entry `e` the first time. A module function, not a closure inside
 * buildContacts: optimized code must not hold objects of one analysis (decision 0086).
 */
function contactOf(byId: Map<string, Contact>, id: string, e: CcpEntry): Contact {
  let c = byId.get(id);
  if (!c) {
    c = {
      id,
      type: '',
      connectionId: undefined,
      events: [],
      states: [],
      first: e.time,
      last: e.time,
      minStart: e.start,
      maxEnd: e.end,
      calls: [],
    };
    byId.set(id, c);
  }
  touch(c, e);
  return c;
}

function touch(c: { first: number; last: number; minStart: number; maxEnd: number }, e: CcpEntry): void {
  if (e.time < c.first) c.first = e.time;
  if (e.time > c.last) c.last = e.time;
  if (e.start < c.minStart) c.minStart = e.start;
  if (e.end > c.maxEnd) c.maxEnd = e.end;
}

function recentDetection(
  detections: { contact: Contact; time: number; linked: boolean }[],
  time: number,
): Contact | undefined {
  for (let k = detections.length - 1; k >= 0; k--) {
    const d = detections[k] as (typeof detections)[number];
    if (time - d.time > LINK_WINDOW_MS) break;
    if (!d.linked && d.time <= time + 1000) {
      d.linked = true;
      return d.contact;
    }
  }
  return undefined;
}
