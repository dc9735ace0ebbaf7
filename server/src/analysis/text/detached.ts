/**
 * Strings that outlive the document they came from. A slice of a long string shares the document's
 * storage (V8 keeps the whole text alive for a slice of 13 characters or more), so a module-level cache
 * that keys or stores slices would keep a closed 50 MB trace in memory for the life of the server.
 */

/**
 * An equal string with storage of its own: concatenating makes a new string that slicing then flattens
 * into a fresh copy. Cheap (one copy of `s`); use it where a value is put into a cache that outlives an
 * analysis, not on every read.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
