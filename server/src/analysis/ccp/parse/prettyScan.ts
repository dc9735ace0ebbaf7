/**
 * The offset pass for the common case: a download exactly as the CCP writes it
 * (`JSON.stringify(logs, undefined, 4)`, ccp-log.md §2.1), already known to be valid JSON. Pretty-printed
 * JSON puts every field of an entry on its own line at one indentation, and strings never hold raw line
 * breaks, so entry and field ranges can be read line by line without looking inside deeper lines. Any
 * line that does not fit the shape makes it give up; the caller then uses the general scanner.
 */
import { ElementFlag, ElementTable, ENTRY_FIELDS, Slot } from './jsonScanner';

const KEY_LENGTHS = ENTRY_FIELDS.map((f) => f.length);

/** Slot of the entry key starting at `at` (after its opening quote), or -1. */
function keyAt(text: string, at: number): number {
  let slot: number;
  switch (text.charCodeAt(at)) {
    case 99: // c
      slot = text.charCodeAt(at + 2) === 109 ? Slot.component : Slot.contextLayer;
      break;
    case 108: // l
      slot =
        text.charCodeAt(at + 1) === 101
          ? Slot.level
          : text.charCodeAt(at + 1) === 105
            ? Slot.line
            : Slot.loggerId;
      break;
    case 116: // t
      slot =
        text.charCodeAt(at + 1) === 97 ? Slot.tabId : text.charCodeAt(at + 2) === 120 ? Slot.text : Slot.time;
      break;
    case 101: // e
      slot = Slot.exception;
      break;
    case 111: // o
      slot = Slot.objects;
      break;
    case 97: // a
      slot = Slot.agentResourceId;
      break;
    default:
      return -1;
  }
  // The key's length and closing `":` confirm it (the letters tested above tell the keys apart).
  const len = KEY_LENGTHS[slot] as number;
  return text.charCodeAt(at + len) === 34 && text.charCodeAt(at + len + 1) === 58 ? slot : -1;
}

const NONE = -1;
const UNKNOWN_KEY = -2;

/** Element table of a pretty-printed array, or undefined when the text is not in that shape. */
export function scanPrettyArray(text: string, bodyStart: number): ElementTable | undefined {
  const n = text.length;
  if (text.charCodeAt(bodyStart) !== 91) return undefined;
  let ls = text.indexOf('\n', bodyStart);
  if (ls < 0) return undefined;
  ls++;
  // The first entry line fixes the indentation: `<indent>{`.
  let indent = 0;
  while (text.charCodeAt(ls + indent) === 32) indent++;
  if (indent === 0 || text.charCodeAt(ls + indent) !== 123) {
    return text.charCodeAt(ls) === 93 ? new ElementTable() : undefined;
  }
  const fieldIndent = indent * 2;
  // Entries of real downloads average a few hundred characters.
  const table = new ElementTable(text.length / 600);
  let row = -1;
  let openSlot = NONE;
  let openStart = -1;
  while (ls < n) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    let end = le;
    if (end > ls && text.charCodeAt(end - 1) === 13) end--;
    if (row >= 0) {
      const c = text.charCodeAt(ls + fieldIndent);
      if (openSlot !== NONE) {
        // Inside a multi-line field value: skip deeper lines, close at the field's own indentation.
        if (c !== 32) {
          if (!isIndent(text, ls, fieldIndent) || (c !== 93 && c !== 125)) return undefined;
          if (openSlot >= 0) table.setField(row, openSlot, openStart, ls + fieldIndent + 1);
          openSlot = NONE;
        }
        ls = le + 1;
        continue;
      }
      if (c === 34 && text.charCodeAt(ls + fieldIndent - 1) === 32) {
        // `"key": value` — the key is recognised from its first letters, then checked in place.
        const keyStart = ls + fieldIndent + 1;
        const known = keyAt(text, keyStart);
        let slot = UNKNOWN_KEY;
        let valueStart: number;
        if (known >= 0) {
          slot = known;
          valueStart = keyStart + (KEY_LENGTHS[known] as number) + 3;
        } else {
          const keyEnd = text.indexOf('"', keyStart);
          if (keyEnd < 0 || keyEnd >= end) return undefined;
          valueStart = keyEnd + 3;
        }
        if (text.charCodeAt(valueStart - 2) !== 58 || text.charCodeAt(valueStart - 1) !== 32)
          return undefined;
        let valueEnd = end;
        if (text.charCodeAt(valueEnd - 1) === 44) valueEnd--;
        const first = text.charCodeAt(valueStart);
        if ((first === 91 || first === 123) && valueEnd - valueStart === 1) {
          openSlot = slot;
          openStart = valueStart;
        } else {
          const last = text.charCodeAt(valueEnd - 1);
          if ((first === 91 && last !== 93) || (first === 123 && last !== 125)) return undefined;
          if (slot >= 0) table.setField(row, slot, valueStart, valueEnd);
        }
        ls = le + 1;
        continue;
      }
      if (isIndent(text, ls, indent) && text.charCodeAt(ls + indent) === 125) {
        table.ends[row] = ls + indent + 1;
        table.flags[row] = ElementFlag.Object | ElementFlag.Complete;
        row = -1;
        ls = le + 1;
        continue;
      }
      return undefined;
    }
    if (isIndent(text, ls, indent) && text.charCodeAt(ls + indent) === 123 && end === ls + indent + 1) {
      row = table.add(ls + indent);
      ls = le + 1;
      continue;
    }
    if (text.charCodeAt(ls) === 93) {
      // Only white space may follow the array.
      for (let i = ls + 1; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return undefined;
      }
      return table;
    }
    return undefined;
  }
  return undefined;
}

/**
 * True when the line at `ls` starts with `count` spaces and then content. Pretty-printed lines are spaces
 * then content, so the first character and the two around the indentation decide (a line that merely
 * passes this test must still hold a well-formed `"key": value` to be used).
 */
function isIndent(text: string, ls: number, count: number): boolean {
  return (
    text.charCodeAt(ls + count) !== 32 && text.charCodeAt(ls + count - 1) === 32 && text.charCodeAt(ls) === 32
  );
}
