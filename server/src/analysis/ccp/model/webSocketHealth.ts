/**
 * Health of the agent/contact event WebSocket (ccp-log.md §9): heartbeats every 10 s paired into round
 * trips (shown as the pseudo-API `wss`), misses, manager errors and re-initialisations.
 */
import { EntryKind, type CcpEntry } from './entry';

const HEARTBEAT_TIMEOUT_MS = 15_000;

export interface Heartbeat {
  readonly send: number;
  readonly reply: number;
  readonly time: number;
  readonly rtt: number;
}

export interface WebSocketHealth {
  readonly heartbeats: readonly Heartbeat[];
  /** `Heartbeat response not received` entries. */
  readonly misses: readonly number[];
  /** Manager errors, init failures, config failures, sends on a closed socket, offline. */
  readonly errors: readonly number[];
  readonly inits: readonly number[];
  /** `agent::websocket_connection_lost` / `webSocket::connection_lost` events. */
  readonly lost: readonly number[];
}

export function buildWebSocketHealth(entries: readonly CcpEntry[], sorted: Int32Array): WebSocketHealth {
  const heartbeats: Heartbeat[] = [];
  const misses: number[] = [];
  const errors: number[] = [];
  const inits: number[] = [];
  const lost: number[] = [];
  const waiting: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k] as number;
    const e = entries[i] as CcpEntry;
    switch (e.kind) {
      case EntryKind.HeartbeatSend:
        waiting.push(i);
        break;
      case EntryKind.HeartbeatReceived: {
        while (
          waiting.length > 0 &&
          e.time - (entries[waiting[0] as number] as CcpEntry).time > HEARTBEAT_TIMEOUT_MS
        )
          waiting.shift();
        const s = waiting.shift();
        if (s !== undefined) {
          const sent = entries[s] as CcpEntry;
          heartbeats.push({ send: s, reply: i, time: e.time, rtt: e.time - sent.time });
        }
        break;
      }
      case EntryKind.HeartbeatMissed:
        misses.push(i);
        break;
      case EntryKind.WsManagerError:
      case EntryKind.WsInitFailed:
      case EntryKind.WsConfigFailed:
      case EntryKind.HeartbeatSendFailed:
      case EntryKind.NetworkOffline:
        errors.push(i);
        break;
      case EntryKind.WsInitializing:
        inits.push(i);
        break;
      case EntryKind.PublishEvent:
        if (e.detail === 'agent::websocket_connection_lost' || e.detail === 'webSocket::connection_lost')
          lost.push(i);
        break;
      default:
        break;
    }
  }
  return { heartbeats, misses, errors, inits, lost };
}
