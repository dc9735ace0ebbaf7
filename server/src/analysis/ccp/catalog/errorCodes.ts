/** Error codes and exception names seen in CCP logs (CTI exceptions, AWS SDK codes, browser errors), for hovers. */
import { defineMessages } from '../../l10n';

export const errorCodes = defineMessages('ccp.catalog.errorCode', {
  NetworkingError:
    'The request never reached the Amazon Connect API or its reply was lost (AWS SDK network error): the API endpoint is unreachable from this PC.',
  UnauthorizedException:
    'The CCP session is not (or no longer) authenticated: the token expired or was revoked.',
  AccessDeniedException: "The agent's security profile does not allow this action.",
  InvalidStateException:
    'The action does not fit the current state of the agent or contact (for example accepting a contact that is already gone).',
  BadEndpointException: 'The destination (number or quick connect) is not valid.',
  InvalidAgentARNException: 'The agent ARN is not valid for this instance.',
  InvalidConfigurationException:
    'The agent configuration is not valid (for example the softphone or desk phone settings).',
  InvalidContactTypeException: 'The action is not possible for this contact type.',
  PaginationException: 'A paginated request failed.',
  RefreshTokenExpiredException: 'The session refresh token expired: the agent must log in again.',
  SendDataFailedException: 'Data could not be sent to the contact.',
  QuotaExceededException: 'A service quota was exceeded (for example concurrent calls).',
  CallNotFoundException: 'The call was gone before it connected (a participant hung up).',
  ResourceNotFoundException: 'The requested resource does not exist.',
  ThrottlingException: 'Too many requests: the API throttled the CCP.',
  NotAllowedError:
    'The browser refused: autoplay of the ringtone without user interaction, or a permission (microphone) denied.',
  NotFoundError: 'The browser found no such device (microphone or speaker).',
  NotReadableError: 'The device could not be used (another application holds it, or a hardware error).',
  AbortError: 'The browser aborted the operation.',
  SyntaxError: 'Text that is not valid JSON.',
  unknown: 'An error code reported by the CCP or the browser.',
});

export function describeErrorCode(code: string): string {
  return (errorCodes.keys as readonly string[]).includes(code)
    ? errorCodes.explain(code as Parameters<typeof errorCodes.t>[0])
    : errorCodes.explain('unknown');
}
