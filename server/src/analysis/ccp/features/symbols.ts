/**
 * The outline: contacts with their phases (contact events, the softphone call and its session states,
 * the call report) and the agent-state changes, capped by `callsight.outline.maxItems`.
 */
import type { SymbolNode } from '../../features';
import { SymbolKinds } from '../../features';
import { defineMessages } from '../../l10n';
import type { CallsightSettings } from '../../settings';
import type { Call, Contact } from '../model/contacts';
import type { CcpModel } from '../model/model';
import { clockTime, formatDuration } from './timeFormat';

const m = defineMessages('ccp.outline', {
  contact: 'Contact {id}',
  call: 'Softphone call {id}',
  agentStates: 'Agent states',
  stateChange: '{from} → {to}',
  firstState: '{to}',
  report: 'End-of-call report',
  telemetry: 'Telemetry report',
  detail: '{type} · {start} · {duration}',
  at: '{time}',
});

/** The message table, for its translation in symbols.ja.ts. */
export { m as outlineMessages };

interface Budget {
  left: number;
}

/**
 * The editor rejects an outline entry whose name is empty ("name must not be falsy"), which would drop the
 * whole outline: a state or event name read from the log may be blank, so fall back to the detail.
 */
function symbolName(name: string, detail: string): string {
  return name.trim() || detail.trim() || '?';
}

function node(
  model: CcpModel,
  entryIndex: number,
  name: string,
  detail: string,
  kind: SymbolNode['kind'],
  budget: Budget,
): SymbolNode | undefined {
  if (budget.left <= 0) return undefined;
  budget.left--;
  const e = model.entry(entryIndex);
  const range = { start: e.start, end: Math.max(e.end, e.start + 1) };
  return { name: symbolName(name, detail), detail, kind, ...range, selection: range };
}

function withChildren(
  name: string,
  detail: string,
  kind: SymbolNode['kind'],
  children: SymbolNode[],
  selection?: { start: number; end: number },
): SymbolNode | undefined {
  if (children.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const c of children) {
    if (c.start < start) start = c.start;
    if (c.end > end) end = c.end;
  }
  const sel =
    selection && selection.start >= start && selection.end <= end
      ? selection
      : { start: (children[0] as SymbolNode).start, end: (children[0] as SymbolNode).end };
  return { name: symbolName(name, detail), detail, kind, start, end, selection: sel, children };
}

function callNode(
  model: CcpModel,
  call: Call,
  settings: CallsightSettings,
  budget: Budget,
): SymbolNode | undefined {
  if (budget.left <= 0) return undefined;
  budget.left--;
  const z = settings.timeZone;
  const children: SymbolNode[] = [];
  const first = call.entries[0];
  if (first !== undefined) {
    const n = node(
      model,
      first,
      m.t('at', { time: clockTime(call.first, z) }),
      model.entry(first).msg.slice(0, 80),
      SymbolKinds.Event,
      budget,
    );
    if (n) children.push(n);
  }
  for (const t of call.transitions) {
    const n = node(model, t.entry, t.to, clockTime(t.time, z), SymbolKinds.Event, budget);
    if (n) children.push(n);
  }
  if (call.report >= 0) {
    const n = node(model, call.report, m.t('report'), '', SymbolKinds.Object, budget);
    if (n) children.push(n);
  }
  if (call.telemetry >= 0) {
    const n = node(model, call.telemetry, m.t('telemetry'), '', SymbolKinds.Object, budget);
    if (n) children.push(n);
  }
  return withChildren(
    m.t('call', { id: call.id }),
    formatDuration(call.last - call.first),
    SymbolKinds.Function,
    children,
  );
}

function contactNode(
  model: CcpModel,
  c: Contact,
  settings: CallsightSettings,
  budget: Budget,
): SymbolNode | undefined {
  if (budget.left <= 0) return undefined;
  budget.left--;
  const z = settings.timeZone;
  const children: SymbolNode[] = [];
  for (const ev of c.events) {
    const n = node(model, ev.entry, ev.name, clockTime(ev.time, z), SymbolKinds.Event, budget);
    if (n) children.push(n);
  }
  for (const call of c.calls) {
    const n = callNode(model, call, settings, budget);
    if (n) children.push(n);
  }
  if (children.length === 0) {
    for (const st of c.states.slice(0, 1)) {
      const n = node(model, st.entry, st.name, clockTime(st.time, z), SymbolKinds.Event, budget);
      if (n) children.push(n);
    }
  }
  children.sort((a, b) => a.start - b.start);
  const detail = m.t('detail', {
    type: c.type || '—',
    start: clockTime(c.first, z),
    duration: formatDuration(c.last - c.first),
  });
  return withChildren(m.t('contact', { id: c.id }), detail, SymbolKinds.Class, children);
}

export function outline(model: CcpModel, settings: CallsightSettings): SymbolNode[] {
  const budget: Budget = { left: Math.max(1, settings.maxSymbols) };
  const out: SymbolNode[] = [];
  for (const c of model.contacts.contacts) {
    const n = contactNode(model, c, settings, budget);
    if (n) out.push(n);
    if (budget.left <= 0) break;
  }
  // Calls that no contact claimed.
  for (const call of model.contacts.calls) {
    if (call.contact || budget.left <= 0) continue;
    const n = callNode(model, call, settings, budget);
    if (n) out.push(n);
  }
  if (budget.left > 1) {
    budget.left--;
    const states: SymbolNode[] = [];
    const z = settings.timeZone;
    for (const b of model.agent.bands) {
      const name = b.previous
        ? m.t('stateChange', { from: b.previous, to: b.name })
        : m.t('firstState', { to: b.name });
      const n = node(
        model,
        b.entry,
        name,
        `${clockTime(b.start, z)} · ${formatDuration(b.end - b.start)}`,
        SymbolKinds.EnumMember,
        budget,
      );
      if (n) states.push(n);
    }
    const group = withChildren(m.t('agentStates'), String(states.length), SymbolKinds.Namespace, states);
    if (group) out.push(group);
  }
  return out.sort((a, b) => a.start - b.start);
}
