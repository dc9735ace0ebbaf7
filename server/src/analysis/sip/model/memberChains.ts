/**
 * The request copies and responses of each transaction while transactions are being built: chains
 * linked through one per-message column, laid out into a {@link TransactionMembers} column at the end.
 * A message belongs to at most one transaction, so one `next` link per message serves every chain.
 */
import { anchorShape } from '../../shapeAnchors';
import type { TransactionMembers } from './types';

/** End of a chain. */
export const NONE = -1;

/** Request and response chains per transaction, in the order messages were added. */
export class MemberChains {
  /** Per message: the next message of the same chain. */
  private readonly next: Int32Array;
  /** Per transaction `t`: head and tail of its request chain at `4t`, `4t+1`; of responses at `4t+2`, `4t+3`. */
  private readonly ends: number[] = [];
  /** Per transaction: request and response counts at `2t`, `2t+1`. */
  private readonly counts: number[] = [];

  /** @param messageCount How many messages the trace has (message indexes are below it). */
  constructor(messageCount: number) {
    this.next = new Int32Array(messageCount).fill(NONE);
  }

  /** Registers the next transaction (transactions are numbered in the order they are added). */
  addTransaction(): void {
    this.ends.push(NONE, NONE, NONE, NONE);
    this.counts.push(0, 0);
  }

  addRequest(t: number, message: number): void {
    this.append(4 * t, message);
    (this.counts[2 * t] as number)++;
  }

  addResponse(t: number, message: number): void {
    this.append(4 * t + 2, message);
    (this.counts[2 * t + 1] as number)++;
  }

  /** The first response of transaction `t`, {@link NONE} if none yet. */
  firstResponse(t: number): number {
    return this.ends[4 * t + 2] as number;
  }

  /** The message after `message` in its chain, {@link NONE} at the end. */
  after(message: number): number {
    return this.next[message] as number;
  }

  /** Writes every chain into `members`, transaction by transaction (requests, then responses). */
  layOut(members: TransactionMembers): void {
    const transactions = this.counts.length / 2;
    let total = 0;
    for (const c of this.counts) total += c;
    const list = new Int32Array(total);
    const at = new Int32Array(2 * transactions + 1);
    let k = 0;
    for (let i = 0; i < 2 * transactions; i++) {
      at[i] = k;
      for (let m = this.ends[2 * i] as number; m !== NONE; m = this.next[m] as number) list[k++] = m;
    }
    at[2 * transactions] = k;
    members.list = list;
    members.at = at;
  }

  private append(head: number, message: number): void {
    const tail = this.ends[head + 1] as number;
    if (tail === NONE) this.ends[head] = message;
    else this.next[tail] = message;
    this.ends[head + 1] = message;
  }
}

anchorShape(new MemberChains(0));
