import { anchorShape } from '../shapeAnchors';

/**
 * The next occurrence of a fixed string at or after a position, for passes that move forward through
 * a text. A search starts only when the last answer lies behind the position asked about, so a whole
 * pass stays linear even when the string is rare (an `indexOf` per item would scan ahead to the same
 * far occurrence again and again).
 */
export class NextOccurrence {
  /** The last answer: an index, -1 for none after `searchedFrom`, -2 before the first search. */
  private found = -2;
  private searchedFrom = 0;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** Index of the first occurrence at or after `from`, -1 when there is none. */
  at(from: number): number {
    if (this.found === -2 || from < this.searchedFrom || (this.found >= 0 && this.found < from)) {
      this.found = this.text.indexOf(this.needle, from);
      this.searchedFrom = from;
    }
    return this.found;
  }
}

anchorShape(new NextOccurrence('', ','));
