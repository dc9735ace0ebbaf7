/** Runs every CCP rule over a model. Rules are pure functions of the model and the settings. */
import { throwIfCancelled, type CancellationToken } from '../../cancellation';
import type { Finding } from '../../findings';
import type { CallsightSettings } from '../../settings';
import type { CcpModel } from '../model/model';
import { agentRules } from './agent';
import { audioRules } from './audio';
import { authRules } from './auth';
import { RuleContext } from './context';
import { directionRules } from './direction';
import { networkRules } from './network';
import { softphoneRules } from './softphone';
import { structureRules } from './structure';

const THEMES: readonly ((ctx: RuleContext) => Finding[])[] = [
  structureRules,
  softphoneRules,
  networkRules,
  authRules,
  agentRules,
  audioRules,
  directionRules,
];

export function runRules(model: CcpModel, settings: CallsightSettings, token?: CancellationToken): Finding[] {
  const ctx = new RuleContext(model, settings);
  const out: Finding[] = [];
  for (const theme of THEMES) {
    if (token) throwIfCancelled(token);
    out.push(...theme(ctx));
  }
  return out.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}
