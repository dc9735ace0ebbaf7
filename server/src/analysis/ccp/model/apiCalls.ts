/**
 * CTI API calls paired into latencies (ccp-log.md §8.3): walking entries in time order, each reply takes
 * the oldest pending request of the same operation (FIFO per operation). Requests left without a reply
 * for 30 s are "no reply". `getAgentSnapshot` is a 30-s long poll and is left out.
 */
import { EntryKind, type CcpEntry } from './entry';

export const NO_REPLY_MS = 30_000;
const LONG_POLL = 'getAgentSnapshot';

export interface ApiCall {
  readonly op: string;
  /** Request entry, or -1 when the reply has no request in the log (it rolled away). */
  readonly send: number;
  /** Reply entry, or -1 (no reply). */
  reply: number;
  readonly sendTime: number;
  replyTime: number;
  /** Reply − request in ms; NaN when either side is missing. */
  latency: number;
  failed: boolean;
  /** Error code of a failed reply. */
  code: string;
  /** No reply within 30 s while the log went on. */
  noReply: boolean;
}

export interface ApiView {
  readonly calls: readonly ApiCall[];
  /** The call an entry (request or reply) belongs to, for hovers. */
  callOf(entryIndex: number): ApiCall | undefined;
}

export function buildApiCalls(entries: readonly CcpEntry[], sorted: Int32Array): ApiView {
  const pending = new Map<string, ApiCall[]>();
  const calls: ApiCall[] = [];
  // Entry index → call index + 1 (0: none); cheaper than a map for tens of thousands of calls.
  const byEntry = new Int32Array(entries.length);
  let lastTime = -Infinity;
  const expire = (queue: ApiCall[], now: number): void => {
    while (queue.length > 0 && now - (queue[0] as ApiCall).sendTime > NO_REPLY_MS) {
      (queue.shift() as ApiCall).noReply = true;
    }
  };
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k] as number;
    const e = entries[i] as CcpEntry;
    lastTime = e.time;
    const kind = e.kind;
    if (kind !== EntryKind.ApiSend && kind !== EntryKind.ApiSucceeded && kind !== EntryKind.ApiFailed)
      continue;
    const op = e.detail;
    if (op === LONG_POLL || op === '') continue;
    let queue = pending.get(op);
    if (!queue) {
      queue = [];
      pending.set(op, queue);
    }
    if (kind === EntryKind.ApiSend) {
      const call: ApiCall = {
        op,
        send: i,
        reply: -1,
        sendTime: e.time,
        replyTime: NaN,
        latency: NaN,
        failed: false,
        code: '',
        noReply: false,
      };
      calls.push(call);
      queue.push(call);
      byEntry[i] = calls.length;
      continue;
    }
    expire(queue, e.time);
    const failed = kind === EntryKind.ApiFailed;
    let call = queue.shift();
    if (call) {
      call.reply = i;
      call.replyTime = e.time;
      call.latency = e.time - call.sendTime;
    } else {
      call = {
        op,
        send: -1,
        reply: i,
        sendTime: NaN,
        replyTime: e.time,
        latency: NaN,
        failed,
        code: '',
        noReply: false,
      };
      calls.push(call);
      byEntry[i] = calls.length;
    }
    call.failed = failed;
    call.code = failed ? e.detail2 : '';
    if (byEntry[i] === 0) byEntry[i] = indexOf(calls, call) + 1;
  }
  // Requests still waiting: "no reply" only if the log went on long enough to expect one.
  for (const queue of pending.values()) {
    for (const call of queue) if (lastTime - call.sendTime > NO_REPLY_MS) call.noReply = true;
  }
  return {
    calls,
    callOf: (entryIndex) => {
      const k = byEntry[entryIndex] ?? 0;
      return k > 0 ? calls[k - 1] : undefined;
    },
  };
}

/** Position of a call that was just matched (it is near the end of the list). */
function indexOf(calls: readonly ApiCall[], call: ApiCall): number {
  for (let k = calls.length - 1; k >= 0; k--) if (calls[k] === call) return k;
  return -1;
}
