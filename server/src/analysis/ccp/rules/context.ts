/**
 * What every CCP rule function receives, and the helpers that turn occurrences into findings: one
 * problem seen many times is one finding with a count and the related places (ccp-log.md §11).
 */
import type { Explanation, Finding, OffsetRange, RelatedPlace, Severity } from '../../findings';
import { defineMessages } from '../../l10n';
import { DEFAULT_SETTINGS, type CallsightSettings } from '../../settings';
import { anchorShape } from '../../shapeAnchors';
import { defaultSeverity } from '../../severity';
import { clockTime, formatDuration } from '../features/timeFormat';
import { sourceOffset, textContent } from '../features/textPositions';
import type { CcpEntry, MarkKind } from '../model/entry';
import { marksOf } from '../model/entryMarks';
import { CcpModel } from '../model/model';
import { endpointsFor, type Endpoints } from './endpoints';
import { CCP_RULE_TABLE, type CcpRuleId } from './meta';

const text = defineMessages('ccp.rules.common', {
  relatedAt: '{time}: {what}',
  andMore: '{count} more occurrences not listed',
  none: 'none',
});

/** The message table, for its translation in context.ja.ts. */
export { text as commonRuleMessages };

/** At most this many related places per finding (the count says how many there were). */
export const MAX_RELATED = 100;
/** Squiggles stay on the start of long texts. */
const MAX_RANGE = 400;

export interface Occurrence {
  readonly entry: CcpEntry;
  readonly range: OffsetRange;
  /** Short description for the related-place list. */
  readonly what: string;
}

export class RuleContext {
  private endpointCache: Endpoints | undefined;

  constructor(
    readonly model: CcpModel,
    readonly settings: CallsightSettings,
  ) {}

  get thresholds(): CallsightSettings['thresholds'] {
    return this.settings.thresholds;
  }

  get endpoints(): Endpoints {
    return (this.endpointCache ??= endpointsFor(this.model.environment));
  }

  severity(rule: CcpRuleId): Severity {
    return defaultSeverity(CCP_RULE_TABLE, rule);
  }

  time(ms: number): string {
    return clockTime(ms, this.settings.timeZone);
  }

  duration(ms: number): string {
    return formatDuration(ms);
  }

  /** Range of an entry for a finding: a mark of `kind` if it has one, else the start of its text, else its first character. */
  range(e: CcpEntry, kind?: MarkKind): OffsetRange {
    const c = textContent(this.model, e);
    if (c) {
      if (kind !== undefined) {
        const mark = marksOf(e).find((mk) => mk.kind === kind);
        if (mark) {
          const start = sourceOffset(this.model, e, c, mark.at);
          const end = sourceOffset(this.model, e, c, mark.at + mark.length);
          return { start, end: Math.min(end, start + MAX_RANGE) };
        }
      }
      const start = sourceOffset(this.model, e, c, e.msgAt);
      const end = Math.min(c.end, start + MAX_RANGE);
      if (end > start) return { start, end };
      return { start: c.start, end: Math.min(c.end, c.start + MAX_RANGE) };
    }
    return { start: e.start, end: Math.min(e.end, e.start + 1) };
  }

  occurrence(e: CcpEntry, what: string, kind?: MarkKind): Occurrence {
    return { entry: e, range: this.range(e, kind), what };
  }

  /**
   * One finding for all occurrences: placed on `primary` (default: the first), with the others as related
   * places. Occurrences are sorted by time (untimed last).
   */
  grouped(
    rule: CcpRuleId,
    occurrences: readonly Occurrence[],
    message: string,
    explanation: Explanation,
    options: { primary?: Occurrence; count?: number } = {},
  ): Finding {
    const sorted = [...occurrences].sort(byTime);
    const primary = options.primary ?? (sorted[0] as Occurrence);
    const related: RelatedPlace[] = [];
    for (const o of sorted) {
      if (o === primary) continue;
      if (related.length >= MAX_RELATED) break;
      related.push({ start: o.range.start, end: o.range.end, message: this.relatedMessage(o) });
    }
    const count = options.count ?? occurrences.length;
    return {
      rule,
      severity: this.severity(rule),
      start: primary.range.start,
      end: primary.range.end,
      message,
      explanation,
      ...(count > 1 ? { count } : {}),
      ...(related.length > 0 ? { related } : {}),
    };
  }

  relatedMessage(o: Occurrence): string {
    return text.t('relatedAt', { time: this.time(o.entry.time), what: o.what });
  }

  /** `a, b, c (+2 more)` for short lists in messages. */
  list(items: readonly string[], max = 4): string {
    const unique = [...new Set(items.filter((s) => s !== ''))];
    if (unique.length === 0) return text.t('none');
    const shown = unique.slice(0, max).join(', ');
    return unique.length > max ? `${shown} (+${unique.length - max})` : shown;
  }
}

function byTime(a: Occurrence, b: Occurrence): number {
  const ta = a.entry.time;
  const tb = b.entry.time;
  if (Number.isNaN(ta)) return Number.isNaN(tb) ? a.entry.index - b.entry.index : 1;
  if (Number.isNaN(tb)) return -1;
  return ta - tb || a.entry.index - b.entry.index;
}

/**
 * Groups occurrences into incidents: a new incident starts when the call id changes or more than `gapMs`
 * passed since the previous occurrence (one ICE failure writes four lines; it is one incident).
 */
export function incidents(occurrences: readonly Occurrence[], gapMs: number): Occurrence[][] {
  const sorted = [...occurrences].sort(byTime);
  const out: Occurrence[][] = [];
  let current: Occurrence[] = [];
  let lastTime = NaN;
  let callId: string | undefined;
  for (const o of sorted) {
    const t = o.entry.time;
    const id = o.entry.callId;
    const newCall = id !== undefined && callId !== undefined && id !== callId;
    if (current.length > 0 && (newCall || !(t - lastTime <= gapMs))) {
      out.push(current);
      current = [];
      callId = undefined;
    }
    current.push(o);
    lastTime = t;
    if (id !== undefined) callId = id;
  }
  if (current.length > 0) out.push(current);
  return out;
}

// Built on an empty log: the anchor needs the same field kinds as a real run, not real data.
anchorShape(new RuleContext(new CcpModel(''), DEFAULT_SETTINGS));
