/**
 * Findings about the file itself (ccp-log.md §2.3, §2.4): a download cut mid-entry, damaged entries,
 * garbage, concatenated downloads, JSON that is not a CCP log, and JSON inside texts cut by redaction.
 */
import type { Finding, OffsetRange } from '../../findings';
import { defineMessages, type MessageParams } from '../../l10n';
import { MarkKind } from '../model/entry';
import type { ParseProblem } from '../parse/parsedLog';
import type { Occurrence, RuleContext } from './context';
import { sourceList } from './sources';

const m = defineMessages('ccp.rules.structure', {
  truncatedMessage:
    'The log is cut off in the middle of an entry: the download is incomplete ({count} earlier entries were read)',
  truncatedSeen:
    'The text ends inside an entry that starts at line {line}; everything before it was analysed.',
  truncatedWhy: 'The last moments before the download, often the ones that matter, are missing.',
  truncatedCause:
    'The download was interrupted, the file was copied while still being written, or only part of it was pasted.',
  truncatedFix:
    'Download the log again from the CCP (settings → Download logs) right after the incident, and attach the whole file.',
  damagedMessage: '{count} damaged entr(y/ies) could not be read as JSON; readable fields were kept',
  damagedSeen:
    'Entries that are not valid JSON: {count}, the first at line {line}. Fields that could be read on their own were kept.',
  damagedWhy: 'Lines from these entries may be missing from the analysis.',
  damagedCause: 'The file was edited by hand or by a tool, or two downloads were mixed.',
  damagedFix: 'Use the file exactly as the CCP downloaded it.',
  garbageMessage: 'Text outside the log entries ({count} place(s)) was skipped',
  garbageSeen: 'Characters that belong to no entry were found {count} time(s), first at line {line}.',
  garbageWhy: 'The file is not exactly what the CCP wrote; the entries around the text were still read.',
  garbageCause: 'Something was pasted into or appended to the download.',
  garbageFix: 'Use the file exactly as the CCP downloaded it.',
  unclosedMessage: 'The log array is not closed: the end of the download may be missing',
  concatenatedMessage: 'This file holds {count} downloads pasted together; repeated entries were merged',
  concatenatedSeen: 'A new JSON array starts after the end of the previous one ({count} arrays).',
  concatenatedWhy:
    'Downloads overlap (each holds the last 30–60 minutes), so the same entries appear twice; Callsight sorts by time and removes duplicates.',
  concatenatedCause: 'Two agent-log.txt downloads were joined into one file.',
  concatenatedFix:
    'Nothing to do; keep the files separate if you need to know which download an entry came from.',
  notCcpMessage: 'This is not a CCP log: expected a JSON array of log entries (component, level, text, time)',
  notCcpSeen: 'The file is JSON, but no element looks like a CCP log entry.',
  noEntriesMessage: 'No CCP log entries found in this file',
  noEntriesSeen:
    'No line has the shape of a downloaded CCP log, the DevTools console form or the CCP Log Parser display form.',
  notCcpWhy: 'Callsight cannot analyse it as a CCP log.',
  notCcpCause: 'A different file was opened as a CCP log, or the file was converted by a tool.',
  notCcpFix:
    'Open the agent-log.txt downloaded from the CCP (settings → Download logs), or change the language mode of this file.',
  redactionMessage: '{count} entr(y/ies) carry JSON cut short by the CCP’s redaction (not damage)',
  redactionSeen:
    'The text of {count} entries contains “[redacted]” and JSON that never closes, first at {first}; the entries were still counted (for example as failed API calls).',
  redactionWhy:
    'The CCP redacts phone numbers, tokens and e-mail addresses up to the end of the text, so the appended JSON is incomplete; the error details after the cut are gone.',
  redactionCause: 'Normal CCP behaviour: redaction of sensitive data in every log entry.',
  redactionFix:
    'Nothing to fix; the AWS CCP Log Parser fails to open such files, Callsight reads what is there.',
});

/** The message table, for its translation in structure.ja.ts. */
export { m as structureRuleMessages };

function lineOf(ctx: RuleContext, offset: number): number {
  let line = 1;
  const text = ctx.model.text;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function place(ctx: RuleContext, p: ParseProblem): OffsetRange {
  const text = ctx.model.text;
  const lineEnd = text.indexOf('\n', p.start);
  return {
    start: p.start,
    end: Math.max(p.start + 1, Math.min(lineEnd < 0 ? text.length : lineEnd, p.start + 200)),
  };
}

function finding(
  ctx: RuleContext,
  rule: 'ccp/parse-error' | 'ccp/concatenated-downloads' | 'ccp/not-a-ccp-log',
  ranges: OffsetRange[],
  message: string,
  keys: { seen: string; why: string; cause: string; fix: string },
): Finding {
  const [first, ...rest] = ranges as [OffsetRange, ...OffsetRange[]];
  return {
    rule,
    severity: ctx.severity(rule),
    start: first.start,
    end: first.end,
    message,
    explanation: { ...keys, sources: sourceList(['ccpLogReference', 'streamsLog']) },
    ...(ranges.length > 1 ? { count: ranges.length } : {}),
    ...(rest.length > 0 ? { related: rest.slice(0, 100).map((r) => ({ ...r, message })) } : {}),
  };
}

export function structureRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const problems = ctx.model.problems;
  const of = (...kinds: ParseProblem['kind'][]): ParseProblem[] =>
    problems.filter((p) => kinds.includes(p.kind));
  const text = ctx.model.text;

  const truncated = of('truncated');
  for (const p of truncated.slice(0, 1)) {
    // The finding sits at the cut: the last line of the text.
    const cut = text.length;
    const lastLine = text.lastIndexOf('\n', cut - 1) + 1;
    const params: MessageParams = { count: p.entriesBefore ?? 0, line: lineOf(ctx, p.start) };
    const f = finding(
      ctx,
      'ccp/parse-error',
      [{ start: lastLine, end: cut }],
      m.t('truncatedMessage', params),
      {
        seen: m.explain('truncatedSeen', params),
        why: m.explain('truncatedWhy', params),
        cause: m.explain('truncatedCause', params),
        fix: m.explain('truncatedFix', params),
      },
    );
    out.push({ ...f, related: [{ ...place(ctx, p), message: m.t('truncatedSeen', params) }] });
  }
  const damaged = of('damaged-entry', 'broken-entry');
  if (damaged.length > 0) {
    const params: MessageParams = {
      count: damaged.length,
      line: lineOf(ctx, (damaged[0] as ParseProblem).start),
    };
    out.push(
      finding(
        ctx,
        'ccp/parse-error',
        damaged.map((p) => place(ctx, p)),
        m.t('damagedMessage', params),
        {
          seen: m.explain('damagedSeen', params),
          why: m.explain('damagedWhy', params),
          cause: m.explain('damagedCause', params),
          fix: m.explain('damagedFix', params),
        },
      ),
    );
  }
  const garbage = of('garbage');
  if (garbage.length > 0) {
    const params: MessageParams = {
      count: garbage.length,
      line: lineOf(ctx, (garbage[0] as ParseProblem).start),
    };
    out.push(
      finding(
        ctx,
        'ccp/parse-error',
        garbage.map((p) => place(ctx, p)),
        m.t('garbageMessage', params),
        {
          seen: m.explain('garbageSeen', params),
          why: m.explain('garbageWhy', params),
          cause: m.explain('garbageCause', params),
          fix: m.explain('garbageFix', params),
        },
      ),
    );
  }
  if (truncated.length === 0 && of('unclosed-array').length > 0) {
    const end = text.length;
    const params: MessageParams = { count: ctx.model.entries.length, line: lineOf(ctx, end) };
    out.push(
      finding(ctx, 'ccp/parse-error', [{ start: Math.max(0, end - 1), end }], m.t('unclosedMessage'), {
        seen: m.explain('truncatedSeen', params),
        why: m.explain('truncatedWhy', params),
        cause: m.explain('truncatedCause', params),
        fix: m.explain('truncatedFix', params),
      }),
    );
  }
  const concatenated = of('concatenated');
  if (concatenated.length > 0) {
    const params: MessageParams = { count: ctx.model.arrays };
    out.push(
      finding(
        ctx,
        'ccp/concatenated-downloads',
        concatenated.map((p) => place(ctx, p)),
        m.t('concatenatedMessage', params),
        {
          seen: m.explain('concatenatedSeen', params),
          why: m.explain('concatenatedWhy', params),
          cause: m.explain('concatenatedCause', params),
          fix: m.explain('concatenatedFix', params),
        },
      ),
    );
  }
  for (const p of of('not-ccp-json', 'no-entries').slice(0, 1)) {
    const json = p.kind === 'not-ccp-json';
    out.push(
      finding(ctx, 'ccp/not-a-ccp-log', [place(ctx, p)], m.t(json ? 'notCcpMessage' : 'noEntriesMessage'), {
        seen: m.explain(json ? 'notCcpSeen' : 'noEntriesSeen'),
        why: m.explain('notCcpWhy'),
        cause: m.explain('notCcpCause'),
        fix: m.explain('notCcpFix'),
      }),
    );
  }
  void ctx.model.metrics; // metric payloads are read lazily and may mark redaction
  const redacted: Occurrence[] = [];
  for (const e of ctx.model.entries) {
    if (e.redactionTruncated && !e.dup)
      redacted.push(ctx.occurrence(e, e.msg.slice(0, 100), MarkKind.Redacted));
  }
  if (redacted.length > 0) {
    const params: MessageParams = {
      count: redacted.length,
      first: ctx.time((redacted[0] as Occurrence).entry.time),
    };
    out.push(
      ctx.grouped('ccp/redaction-truncated', redacted, m.t('redactionMessage', params), {
        seen: m.explain('redactionSeen', params),
        why: m.explain('redactionWhy', params),
        cause: m.explain('redactionCause', params),
        fix: m.explain('redactionFix', params),
        sources: sourceList(['streamsLog', 'ccpLogParser']),
      }),
    );
  }
  return out;
}
