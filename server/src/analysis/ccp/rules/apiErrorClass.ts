/** Sorts API failures by what they mean for the fix: network, expired auth, permission, or something else. */
import { EntryKind, type CcpEntry } from '../model/entry';

export type ApiErrorClass = 'network' | 'auth' | 'access' | 'other' | 'unknown';

export function classOfCode(code: string): ApiErrorClass {
  if (code === '') return 'unknown';
  if (code === 'NetworkingError' || code === 'Network Failure' || code === 'TimeoutError') return 'network';
  if (code === 'UnauthorizedException' || code === 'RefreshTokenExpiredException' || code === '401')
    return 'auth';
  if (code === 'AccessDeniedException' || code === '403') return 'access';
  return 'other';
}

/** The class of a failing API-related entry; `'unknown'` when the entry does not say. */
export function classOfEntry(e: CcpEntry): ApiErrorClass {
  switch (e.kind) {
    case EntryKind.ApiUnauthorizedRetry:
    case EntryKind.AuthFail:
    case EntryKind.AuthExhausted:
      return 'auth';
    case EntryKind.ApiAccessDeniedExhausted:
      return 'access';
    case EntryKind.NetworkFailure:
    case EntryKind.FailedGetAgentData:
      return 'network';
    default: {
      const fromText = classOfCode(e.detail2);
      if (fromText !== 'unknown') return fromText;
      return classOfCode(e.exception?.type ?? '');
    }
  }
}
