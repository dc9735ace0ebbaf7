/** The last step shared by every form: shape the text and classify the entry. */
import { classify, type EntrySource } from '../model/classify';
import type { CcpEntry } from '../model/entry';
import { shapeText } from '../model/textShape';

/**
 * Shapes and classifies an entry whose raw fields are set. The source gives what only some kinds need:
 * the parsed `objects` (snapshots) and the whole text when `text` holds only its start (reports).
 */
export function finishEntry(e: CcpEntry, source: EntrySource): void {
  shapeText(e);
  classify(e, source);
}
