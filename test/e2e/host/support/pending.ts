/** Declares a test that is pending until the feature it needs lands (see test/e2e/expectations.ts). */
import { it } from 'mocha';
import type { Pending } from '../../expectations';

export function itUnlessPending(title: string, expectation: Pending, body: () => Promise<void>): void {
  if (expectation.pendingUntil) it.skip(`${title} [pending: ${expectation.pendingUntil}]`, body);
  else it(title, body);
}
