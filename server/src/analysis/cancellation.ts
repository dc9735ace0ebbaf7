/** The part of a cancellation token the core reads; LSP tokens satisfy it. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Thrown by long core loops when their token is cancelled; the LSP layer maps it to `RequestCancelled`. */
export class OperationCancelled extends Error {
  constructor() {
    super('Operation cancelled');
    this.name = 'OperationCancelled';
  }
}

export const neverCancelled: CancellationToken = { isCancellationRequested: false };

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) {
    throw new OperationCancelled();
  }
}
