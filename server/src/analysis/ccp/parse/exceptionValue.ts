/** Normalises the `exception` field, which comes in every shape (ccp-log.md §2.2–2.3). */
import type { EntryException } from '../model/entry';

/** `{type, message}` from an exception of any shape; string forms like `({"type":…})` are tried as JSON. */
export function exceptionOf(v: unknown): EntryException | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const type =
      typeof o['type'] === 'string' ? o['type'] : typeof o['name'] === 'string' ? o['name'] : undefined;
    const message = typeof o['message'] === 'string' ? o['message'] : undefined;
    if (type === undefined && message === undefined) return undefined;
    return { type, message };
  }
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return undefined;
    const inner = s.startsWith('(') && s.endsWith(')') ? s.slice(1, -1) : s;
    if (inner.startsWith('{') && inner.length < 100_000) {
      try {
        const parsed = exceptionOf(JSON.parse(inner) as unknown);
        if (parsed) return { ...parsed, raw: v };
      } catch {
        // not JSON: keep it as written
      }
    }
    // "SyntaxError: Unexpected token" → type SyntaxError
    const colon = s.indexOf(':');
    const head = colon > 0 && colon < 60 ? s.slice(0, colon) : '';
    if (/^[A-Za-z_]\w*$/.test(head)) return { type: head, message: s.slice(colon + 1).trim(), raw: v };
    return { raw: v, message: s };
  }
  return { raw: String(v) };
}
