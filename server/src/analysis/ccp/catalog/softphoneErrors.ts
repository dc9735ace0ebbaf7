/**
 * Softphone error types (`Softphone error occurred : <type> …`, ccp-log.md §11.1, §12): what each means,
 * its usual cause and fix, and the rule that reports it. Hovers use this even before the shared
 * knowledge catalog is available.
 */
import { defineMessages } from '../../l10n';
import type { Endpoints } from '../rules/endpoints';
import { ruleOfErrorType } from '../rules/softphone';
import type { CcpRuleId } from '../rules/meta';

const m = defineMessages('ccp.catalog.softphoneError', {
  signalling_connection_failure:
    'The softphone could not open its signalling WebSocket: allow outbound TCP 443 to {signalling}; proxies must pass WebSockets.',
  signalling_handshake_failure:
    'The signalling WebSocket opened but the invite/answer did not finish within 5 s: often a slow or inspecting proxy on the way to {signalling}.',
  ice_collection_timeout:
    'No media relay (TURN) candidate within 8 s: UDP 3478 to {turn} is blocked, so there is no media path.',
  microphone_not_shared:
    'The browser did not give the CCP the microphone (permission denied, no device, or getUserMedia timed out).',
  user_busy_error:
    'The agent is logged in to the CCP in another browser; only one softphone session can take the call.',
  multiple_softphone_active_sessions:
    'More than one softphone session was active; the extra one was hung up.',
  unsupported_browser: 'The browser is not one of the supported versions of Chrome, Firefox or Edge.',
  webrtc_error:
    'A generic WebRTC failure (unknown error types are reported as this too): check the browser and every required port.',
  realtime_communication_error:
    'An internal Amazon Connect communication error: retry; open a support case if it repeats.',
  vdi_strategy_not_supported: 'The VDI audio strategy in use is not supported.',
  vdi_redir_not_supported: 'VDI audio redirection is not available in this client.',
  audio_enhancement_failure: 'Audio enhancement (noise suppression) could not start.',
  other: 'A softphone error not in the documented list.',
});

/** The message table, for its translation in softphoneErrors.ja.ts. */
export { m as softphoneErrorMessages };

export interface SoftphoneErrorInfo {
  readonly rule: CcpRuleId;
  readonly meaning: string;
}

export function describeSoftphoneError(type: string, endpoints: Endpoints): SoftphoneErrorInfo {
  const key = (m.keys as readonly string[]).includes(type) ? (type as Parameters<typeof m.t>[0]) : 'other';
  return {
    rule: ruleOfErrorType(type),
    meaning: m.explain(key, { signalling: endpoints.signalling, turn: endpoints.turn }),
  };
}

export function isSoftphoneErrorType(type: string): boolean {
  return type !== 'other' && (m.keys as readonly string[]).includes(type);
}
