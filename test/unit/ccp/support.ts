/** Helpers for the CCP unit tests: build small logs by hand, analyse, and find the real corpus. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocumentAnalysis } from '../../../server/src/analysis/analyzer';
import { ccpAnalyzer, modelOf } from '../../../server/src/analysis/ccp/analyzer';
import type { CcpModel } from '../../../server/src/analysis/ccp/model/model';
import type { Finding } from '../../../server/src/analysis/findings';
import { DEFAULT_SETTINGS, type CallsightSettings } from '../../../server/src/analysis/settings';

export const REPO_ROOT = resolve(__dirname, '../../..');

/** `../shared/corpus` beside the repository (CI), else `/work/shared/corpus` (worktrees); undefined when absent. */
export function corpusDir(): string | undefined {
  for (const dir of [resolve(REPO_ROOT, '..', 'shared', 'corpus'), '/work/shared/corpus']) {
    if (existsSync(dir)) return dir;
  }
  return undefined;
}

export interface EntryInput {
  component?: string;
  level?: string;
  text?: string;
  time?: string | number;
  exception?: unknown;
  objects?: unknown;
  loggerId?: string;
  contextLayer?: string;
}

const BASE = Date.parse('2025-05-06T17:00:00.000Z');

/** ISO time `seconds` after 17:00:00 UTC. */
export function at(seconds: number): string {
  return new Date(BASE + seconds * 1000).toISOString();
}

/** A downloaded-form log (4-space JSON array) of entries with sensible defaults. */
export function logOf(entries: readonly EntryInput[]): string {
  return JSON.stringify(
    entries.map((e, i) => ({
      component: e.component ?? 'ccp',
      level: e.level ?? 'INFO',
      text: e.text ?? '',
      time: e.time ?? at(i),
      tabId: null,
      exception: e.exception ?? null,
      objects: e.objects ?? [],
      line: i + 1,
      agentResourceId: '51beb344-0b0d-488f-ac78-8beeebaa627b',
      loggerId: e.loggerId ?? '1746548705251-y7vwvua86nb',
      contextLayer: e.contextLayer ?? 'CCP',
    })),
    undefined,
    4,
  );
}

export function analyse(text: string): { analysis: DocumentAnalysis; model: CcpModel } {
  const analysis = ccpAnalyzer.analyze(text);
  const model = modelOf(analysis);
  if (!model) throw new Error('not a CCP analysis');
  return { analysis, model };
}

export function findings(text: string, settings: CallsightSettings = DEFAULT_SETTINGS): readonly Finding[] {
  return ccpAnalyzer.analyze(text).findings(settings);
}

export function rulesOf(text: string, settings: CallsightSettings = DEFAULT_SETTINGS): string[] {
  return findings(text, settings).map((f) => f.rule);
}

export function withThresholds(t: Partial<CallsightSettings['thresholds']>): CallsightSettings {
  return { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, ...t } };
}

/** A snapshot `objects` value. */
export function snapshot(state: string, skew = 300, contacts: unknown[] = [], type = 'routable'): unknown {
  return [
    {
      snapshot: {
        state: {
          agentStateARN:
            'arn:aws:connect:eu-west-2:123456789012:instance/553e079f-40b6-4dc2-969a-9c0e6ca357f2/agent-state/x',
          type,
          name: state,
          startTimestamp: at(0),
        },
        contacts,
        snapshotTimestamp: at(10),
        localTimestamp: BASE + 10_000 - skew,
        skew,
      },
      nextToken: 'x',
    },
  ];
}
