import { anchorShape } from '../shapeAnchors';

/**
 * The next occurrence of a fixed string at or after a position, for passes that move forward through
 * a text. A search starts only when the last answer lies behind the position asked about, so a whole
 * pass stays linear even when the string is rare (an `indexOf` per item would scan ahead to the same
 * far occurrence again and again).
 */
export class NextOccurrence {
  /** The answer for `searchedFrom`: an index, or -1 for none. */
  private found = -1;
  /** Infinity before the first search, so that any position searches. */
  private searchedFrom = Infinity;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** Index of the first occurrence at or after `from`, -1 when there is none. */
  at(from: number): number {
    if (from < this.searchedFrom || (this.found >= 0 && this.found < from)) {
      this.found = this.text.indexOf(this.needle, from);
      this.searchedFrom = from;
    }
    return this.found;
  }
}

anchorShape(new NextOccurrence('', ','));
