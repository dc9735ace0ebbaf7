/**
 * Waiting without sleeps: every wait re-checks a condition when an editor event fires, and gives up at a
 * deadline with a message that says what it was waiting for.
 */
import * as vscode from 'vscode';

/** Default deadline for one wait: generous, because the machines running CI are slow and shared. */
export const WAIT_MS = 15_000;

/**
 * Resolves with the first truthy value of `check`, evaluated now and again each time one of `events`
 * fires; rejects after `timeoutMs`.
 */
export function until<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  events: readonly vscode.Event<unknown>[],
  timeoutMs = WAIT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let settled = false;
    const finish = (error: Error | undefined, value?: T): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const timer = setTimeout(
      () => finish(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)),
      timeoutMs,
    );
    const evaluate = async (): Promise<void> => {
      try {
        const value = await check();
        if (value) finish(undefined, value);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    };
    for (const event of events) subscriptions.push(event(() => void evaluate()));
    void evaluate();
  });
}
