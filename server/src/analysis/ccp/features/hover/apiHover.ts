/** Hovers on CTI API operations: what the operation does, and this call's latency and outcome. */
import type { ApiCall } from '../../model/apiCalls';
import type { CcpEntry } from '../../model/entry';
import type { CcpModel } from '../../model/model';
import { describeOperation } from '../../catalog/apiOperations';
import { formatDuration } from '../timeFormat';
import { h } from './text';
import { join, paragraph, row, title } from './render';

function outcome(call: ApiCall): string {
  if (call.noReply) return h.t('apiNoReply');
  if (call.reply < 0) return h.t('apiPending');
  if (call.send < 0) return h.t('apiNoRequest');
  return call.failed ? h.t('apiFailed', { code: call.code || '?' }) : h.t('apiOk');
}

export function apiHover(model: CcpModel, e: CcpEntry, op: string): string {
  const lines = [title(h.t('apiTitle', { op })), paragraph(describeOperation(op))];
  if (op === 'getAgentSnapshot') {
    lines.push(paragraph(h.t('apiLongPoll')));
    return join(lines);
  }
  const api = model.api;
  const call = api.callOf(e.index);
  if (call) {
    const latency = Number.isNaN(call.latency) ? '—' : formatDuration(call.latency);
    lines.push(row(h.t('thisCall'), `${latency} (${outcome(call)})`));
  }
  const same = api.calls.filter((c) => c.op === op && !Number.isNaN(c.latency)).map((c) => c.latency);
  if (same.length > 1) {
    same.sort((a, b) => a - b);
    lines.push(
      paragraph(
        h.t('apiStats', {
          count: same.length,
          op,
          median: formatDuration(same[same.length >> 1] as number),
          max: formatDuration(same[same.length - 1] as number),
        }),
      ),
    );
  }
  return join(lines);
}
