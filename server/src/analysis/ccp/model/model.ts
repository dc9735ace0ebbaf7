/**
 * The CCP log model: entries in document order (with their field ranges), the time order, entries by
 * kind, and the derived views (agent timeline, contacts and calls, API latencies, WebSocket health, audio
 * metrics, call reports, environment), each built on first use and kept. Everything that answers the
 * editor reads from here; nothing re-parses the document.
 */
import type { CancellationToken } from '../../cancellation';
import { LineIndex } from '../../text/lineIndex';
import { parseCcpLog } from '../parse/parseLog';
import { Slot, type ElementTable } from '../parse/jsonScanner';
import { decodeString, EscapeFinder, parseValue } from '../parse/fieldDecode';
import type { LogForm, ParseProblem } from '../parse/parsedLog';
import { buildAgentTimeline, type AgentTimeline } from './agentTimeline';
import { buildApiCalls, type ApiView } from './apiCalls';
import { buildDirection, type DirectionView } from './audioDirection';
import { buildMetrics, type MetricsView } from './audioMetrics';
import { buildReports, readTelemetry, type ReportsView, type TelemetryData } from './callReports';
import { buildContacts, type ContactsView } from './contacts';
import { CcpEntry, ENTRY_KIND_COUNT, EntryKind } from './entry';
import { buildEnvironment, type Environment } from './environment';
import { orderEntries } from './order';
import { buildWebSocketHealth, type WebSocketHealth } from './webSocketHealth';

export class CcpModel {
  readonly form: LogForm;
  readonly entries: readonly CcpEntry[];
  readonly table: ElementTable;
  readonly problems: readonly ParseProblem[];
  readonly arrays: number;
  readonly nonEntries: number;
  /** Timed, non-duplicate entries by time (stable). */
  readonly sorted: Int32Array;
  readonly duplicates: number;
  readonly untimed: number;
  /** Non-duplicate entries of each kind: timed ones in time order, then untimed ones in document order. */
  private readonly kinds: number[][];
  private memo = new Map<string, unknown>();
  private telemetryMemo = new Map<number, TelemetryData | null>();

  constructor(
    readonly text: string,
    token?: CancellationToken,
  ) {
    const parsed = parseCcpLog(text, token);
    this.form = parsed.form;
    this.entries = parsed.entries;
    this.table = parsed.table;
    this.problems = parsed.problems;
    this.arrays = parsed.arrays;
    this.nonEntries = parsed.nonEntries;
    const order = orderEntries(parsed.entries);
    this.sorted = order.sorted;
    this.duplicates = order.duplicates;
    this.untimed = order.untimed;
    const kinds: number[][] = Array.from({ length: ENTRY_KIND_COUNT }, () => []);
    for (let k = 0; k < this.sorted.length; k++) {
      const i = this.sorted[k] as number;
      (kinds[(parsed.entries[i] as CcpEntry).kind] as number[]).push(i);
    }
    for (const e of parsed.entries) if (!e.timed && !e.dup) (kinds[e.kind] as number[]).push(e.index);
    this.kinds = kinds;
  }

  /** Entries of a kind (no duplicates), by time. */
  ofKind(kind: EntryKind): readonly number[] {
    return this.kinds[kind] ?? [];
  }

  entry(i: number): CcpEntry {
    return this.entries[i] as CcpEntry;
  }

  get firstTime(): number {
    return this.sorted.length > 0 ? this.entry(this.sorted[0] as number).time : NaN;
  }

  get lastTime(): number {
    return this.sorted.length > 0 ? this.entry(this.sorted[this.sorted.length - 1] as number).time : NaN;
  }

  /** The entry whose range holds `offset` (entries are in document order), if any. */
  entryAt(offset: number): CcpEntry | undefined {
    const list = this.entries;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((list[mid] as CcpEntry).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const e = list[lo];
    return e && e.start <= offset && offset <= e.end ? e : undefined;
  }

  /** Index of the first entry whose end is at or after `offset`. */
  firstEntryFrom(offset: number): number {
    const list = this.entries;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as CcpEntry).end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The previous timed, non-duplicate entry in time order. */
  previousInTime(e: CcpEntry): CcpEntry | undefined {
    const pos = this.sortedPosition(e);
    return pos > 0 ? this.entry(this.sorted[pos - 1] as number) : undefined;
  }

  private sortedPosition(e: CcpEntry): number {
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.entry(s[mid] as number);
      if (m.time < e.time || (m.time === e.time && m.index < e.index)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private view<T>(key: string, build: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = build();
    this.memo.set(key, v);
    return v;
  }

  get agent(): AgentTimeline {
    return this.view('agent', () =>
      buildAgentTimeline(this.entries, this.ofKind(EntryKind.Snapshot), this.lastTime),
    );
  }

  /** Contacts and calls; calls get their report and telemetry entries linked at the same time. */
  get contacts(): ContactsView {
    return this.view('contacts', () => {
      const contacts = buildContacts(this.entries, this.sorted);
      this.memo.set(
        'reports',
        buildReports(
          this.entries,
          this.ofKind(EntryKind.ReportSuccess),
          this.ofKind(EntryKind.TelemetryReport),
          contacts.calls,
        ),
      );
      return contacts;
    });
  }

  get api(): ApiView {
    return this.view('api', () => buildApiCalls(this.entries, this.sorted));
  }

  get webSocket(): WebSocketHealth {
    return this.view('ws', () => buildWebSocketHealth(this.entries, this.sorted));
  }

  get metrics(): MetricsView {
    return this.view('metrics', () =>
      buildMetrics(this.entries, this.ofKind(EntryKind.MetricsSuccess), this.contacts.calls, {
        objects: (e) => this.objectsOf(e),
        fullText: (e) => this.fullText(e),
      }),
    );
  }

  /** Which stream is the microphone, as this file's own RTT and mute evidence shows (§6.5). */
  get direction(): DirectionView {
    return this.view('direction', () =>
      buildDirection(
        this.entries,
        this.metrics.calls,
        this.ofKind(EntryKind.Muted),
        this.ofKind(EntryKind.Unmuted),
      ),
    );
  }

  get reports(): ReportsView {
    void this.contacts;
    return this.memo.get('reports') as ReportsView;
  }

  get environment(): Environment {
    return this.view('env', () => buildEnvironment(this.entries, this.sorted));
  }

  /** Line index of the text, built on first use (folding, tests). */
  get lines(): LineIndex {
    return this.view('lines', () => new LineIndex(this.text));
  }

  /** A telemetry report's per-second data, parsed on first request. */
  telemetry(entryIndex: number): TelemetryData | undefined {
    if (!this.telemetryMemo.has(entryIndex)) {
      const e = this.entries[entryIndex];
      this.telemetryMemo.set(entryIndex, (e && readTelemetry(e, this.fullText(e))) ?? null);
    }
    return this.telemetryMemo.get(entryIndex) ?? undefined;
  }

  /** The whole text of an entry (decoded from the document when the model holds only its start). */
  fullText(e: CcpEntry): string {
    if (!e.textTruncated) return e.text;
    const r = this.fieldRange(e, Slot.text);
    return (r && decodeString(this.text, r.start, r.end, new EscapeFinder(this.text))) ?? e.text;
  }

  /** An entry's `objects`, parsed now (callers keep what they need). */
  objectsOf(e: CcpEntry): unknown {
    const r = this.fieldRange(e, Slot.objects);
    return r ? parseValue(this.text, r.start, r.end).value : undefined;
  }

  /** Character range of a field of an entry, or undefined when absent. */
  fieldRange(e: CcpEntry, slot: number): { start: number; end: number } | undefined {
    const s = this.table.fieldStart(e.row, slot);
    return s < 0 ? undefined : { start: s, end: this.table.fieldEnd(e.row, slot) };
  }
}

export { CcpEntry };
