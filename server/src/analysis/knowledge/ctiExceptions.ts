/**
 * CTI exceptions the CCP's API client reports (`CTIExceptions` in Streams). They come back from the
 * agent API behind the CCP and show up in `AWSClient … failed` log entries.
 */
import type { Catalog, CatalogRow } from './types';

const STREAMS = 'amazon-connect-streams: CTIExceptions';

function cti(
  code: string,
  title: string,
  meaning: string,
  causes: readonly string[],
  fixes: readonly string[],
  rules?: readonly string[],
): CatalogRow {
  return { code, title, meaning, causes, fixes, references: [STREAMS], ...(rules ? { rules } : {}) };
}

const ROWS: readonly CatalogRow[] = [
  cti(
    'AccessDeniedException',
    'Permission denied',
    'The agent is not allowed to do what the CCP asked (HTTP 403).',
    ['The security profile lacks the permission (for example outbound calls or transfers).'],
    ["Add the permission to the agent's security profile."],
    ['ccp/access-denied'],
  ),
  cti(
    'InvalidStateException',
    'Not allowed in the current state',
    'The action does not fit the current state of the agent or the contact.',
    ['For example accepting a contact that is already gone, or two actions racing each other.'],
    ['Usually transient; if it repeats, look at the agent snapshots just before it.'],
  ),
  cti(
    'BadEndpointException',
    'Invalid endpoint',
    'The endpoint (phone number, agent or queue) in the request is not valid.',
    ['A badly formatted phone number or a quick connect pointing to something removed.'],
    ["Use E.164 numbers; check the quick connect's target."],
  ),
  cti(
    'InvalidAgentARNException',
    'Invalid agent ARN',
    'The agent identifier in the request is not valid.',
    ['The agent was deleted or belongs to another instance.'],
    ['Reload the CCP; check the user still exists in the instance.'],
  ),
  cti(
    'InvalidConfigurationException',
    'Invalid configuration',
    'The instance or agent configuration does not allow the request.',
    ['A missing routing profile, queue or phone setting.'],
    ["Check the agent's routing profile and phone settings."],
  ),
  cti(
    'InvalidContactTypeException',
    'Wrong contact type',
    'The action is not valid for this type of contact (voice, chat, task…).',
    ['A voice-only action sent for a chat or task, or the reverse.'],
    ['Check the contact type before calling the action.'],
  ),
  cti(
    'PaginationException',
    'Paging error',
    'A paged API call (for example listing quick connects) failed.',
    ['An invalid or expired page token.'],
    ['Reload the list from the first page.'],
  ),
  cti(
    'RefreshTokenExpiredException',
    'Session refresh token expired',
    'The CCP session can no longer be renewed.',
    ['The login session expired (SSO or session duration limit).'],
    ['Log in again; check the SSO session length.'],
    ['ccp/auth-expired'],
  ),
  cti(
    'SendDataFailedException',
    'Sending data failed',
    'The CCP could not send data to Amazon Connect.',
    ['A network problem between the browser and the API endpoint.'],
    ['Allow TCP 443 to <alias>.my.connect.aws and check the proxy.'],
    ['ccp/api-endpoint-unreachable'],
  ),
  cti(
    'UnauthorizedException',
    'Not authenticated',
    "The CCP's credentials were not accepted (HTTP 401): the session or its token has expired.",
    ['Expired login, cleared cookies, or SSO session ended.'],
    ['Log in again; check SSO and the lily-auth-* cookies of the CCP origin.'],
    ['ccp/auth-expired'],
  ),
  cti(
    'QuotaExceededException',
    'Quota exceeded',
    'A service quota of the instance was reached.',
    ["Too many concurrent calls, active contacts or API calls for the instance's quotas."],
    ['Check Service Quotas for Amazon Connect and request an increase.'],
  ),
];

/** CTI exceptions. */
export const ctiExceptionCatalog: Catalog = { system: 'cti-exception', rows: ROWS };
