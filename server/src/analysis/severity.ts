import type { Finding, RuleMeta, Severity } from './findings';
import type { CallsightSettings } from './settings';

/** Applies the user's per-rule overrides; drops findings whose rule is turned off. */
export function applySeverityOverrides(findings: readonly Finding[], settings: CallsightSettings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const override = settings.ruleSeverity[f.rule];
    if (override === 'off') continue;
    out.push(override && override !== f.severity ? { ...f, severity: override } : f);
  }
  return out;
}

/** Indexes a language's rule table by id, refusing duplicates (ids are a public contract). */
export function ruleTable<const T extends readonly RuleMeta[]>(
  rules: T,
): ReadonlyMap<T[number]['id'], RuleMeta> {
  const map = new Map<string, RuleMeta>();
  for (const r of rules) {
    if (map.has(r.id)) throw new Error(`Duplicate rule id ${r.id}`);
    map.set(r.id, r);
  }
  return map as ReadonlyMap<T[number]['id'], RuleMeta>;
}

export function defaultSeverity(table: ReadonlyMap<string, RuleMeta>, id: string): Severity {
  return table.get(id)?.defaultSeverity ?? 'warning';
}
