/**
 * What a rule function gets: the trace, the settings, peer kinds per dialog, and a way to report —
 * either one finding, or a group where a problem repeated becomes one finding with a count and the
 * other places as related information.
 */
import type { Explanation, Finding, OffsetRange, RelatedPlace, Severity } from '../../findings';
import { DEFAULT_SETTINGS, type CallsightSettings } from '../../settings';
import { anchorShape } from '../../shapeAnchors';
import { buildTrace } from '../model/buildTrace';
import { defaultSeverity } from '../../severity';
import type { DialogPeers } from '../model/peers';
import type { SipTrace } from '../model/types';
import { SIP_RULE_TABLE, type SipRuleId } from './meta';

/** Related places shown per finding (the count still says how many there were). */
export const MAX_RELATED = 50;

export interface ReportOptions {
  /** Overrides the rule's default severity when the evidence is weaker or stronger than usual. */
  readonly severity?: Severity;
  readonly related?: readonly RelatedPlace[];
  readonly count?: number;
}

export interface RuleContext {
  readonly trace: SipTrace;
  readonly settings: CallsightSettings;
  readonly peers: readonly DialogPeers[];
  report(
    rule: SipRuleId,
    range: OffsetRange,
    message: string,
    explanation: Explanation,
    options?: ReportOptions,
  ): void;
  /**
   * Reports a problem that may repeat: the first occurrence of `key` makes the finding (message and
   * explanation are built only then), later ones add to its count and related places.
   */
  repeat(
    rule: SipRuleId,
    key: string,
    range: OffsetRange,
    /** Text of the related place; a function so that it is built only while places are kept. */
    relatedMessage: string | (() => string),
    build: () => { message: string; explanation: Explanation; severity?: Severity },
  ): void;
}

interface Group {
  finding: Finding;
  count: number;
  related: RelatedPlace[];
}

/**
 * Flattens a string built by concatenation (explanations are assembled from many pieces): a finding is
 * kept for the life of the document, and a flat string costs a fraction of a concatenation tree.
 * Reading one character makes V8 flatten it in place.
 */
function flat(text: string): string {
  if (text.length > 0) text.charCodeAt(0);
  return text;
}

function flatExplanation(e: Explanation): Explanation {
  return { ...e, seen: flat(e.seen), why: flat(e.why), cause: flat(e.cause), fix: flat(e.fix) };
}

/**
 * The rule context of one run. A class rather than an object of closures: rule functions call `report`
 * and `repeat` in their hottest loops, and a fresh closure per run would be a new call target for the
 * optimized code of every rule at every analysis (V8 deoptimizes it, and the next document version
 * runs the rules unoptimized again until they are recompiled).
 */
class RuleRun implements RuleContext {
  private readonly out: Finding[] = [];
  /** Groups by rule, then key: no combined key string to build and hash for every occurrence. */
  private readonly groups = new Map<SipRuleId, Map<string, Group>>();
  private readonly order: Group[] = [];

  constructor(
    readonly trace: SipTrace,
    readonly settings: CallsightSettings,
    readonly peers: readonly DialogPeers[],
  ) {}

  report(
    rule: SipRuleId,
    range: OffsetRange,
    message: string,
    explanation: Explanation,
    options?: ReportOptions,
  ): void {
    const finding: Finding = {
      rule,
      severity: options?.severity ?? defaultSeverity(SIP_RULE_TABLE, rule),
      start: range.start,
      end: range.end,
      message: flat(message),
      explanation: flatExplanation(explanation),
      ...(options?.count !== undefined ? { count: options.count } : {}),
      ...(options?.related && options.related.length > 0
        ? { related: options.related.slice(0, MAX_RELATED) }
        : {}),
    };
    this.out.push(finding);
  }

  repeat(
    rule: SipRuleId,
    key: string,
    range: OffsetRange,
    relatedMessage: string | (() => string),
    build: () => { message: string; explanation: Explanation; severity?: Severity },
  ): void {
    let byKey = this.groups.get(rule);
    if (!byKey) {
      byKey = new Map<string, Group>();
      this.groups.set(rule, byKey);
    }
    const group = byKey.get(key);
    if (group) {
      group.count++;
      if (group.related.length < MAX_RELATED)
        group.related.push({
          start: range.start,
          end: range.end,
          message: typeof relatedMessage === 'string' ? relatedMessage : relatedMessage(),
        });
      return;
    }
    const built = build();
    const created: Group = {
      finding: {
        rule,
        severity: built.severity ?? defaultSeverity(SIP_RULE_TABLE, rule),
        start: range.start,
        end: range.end,
        message: flat(built.message),
        explanation: flatExplanation(built.explanation),
      },
      count: 1,
      related: [],
    };
    byKey.set(key, created);
    this.order.push(created);
  }

  /** Every finding so far: single reports first, then each group (with its count when it repeated). */
  findings(): Finding[] {
    const all = this.out.slice();
    for (const g of this.order) {
      all.push(g.count > 1 ? { ...g.finding, count: g.count, related: g.related } : g.finding);
    }
    return all;
  }
}

// Built on an empty trace: the anchor needs the same field kinds as a real run, not real data.
anchorShape(new RuleRun(buildTrace(''), DEFAULT_SETTINGS, []));

export function createRuleContext(
  trace: SipTrace,
  settings: CallsightSettings,
  peers: readonly DialogPeers[],
): { context: RuleContext; findings: () => Finding[] } {
  const run = new RuleRun(trace, settings, peers);
  return { context: run, findings: () => run.findings() };
}
