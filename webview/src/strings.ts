/** The localized strings the client sent in `init`, and placeholder filling. */
import type { WebviewStringKey, WebviewStrings } from './messages';

let strings: WebviewStrings | undefined;

export function setStrings(value: WebviewStrings): void {
  strings = value;
}

/** The string for `key`; the key itself until the client's strings arrive (never shown in practice). */
export function t(key: WebviewStringKey, ...args: (string | number)[]): string {
  return format(strings?.[key] ?? key, ...args);
}

/** Replaces `{0}`, `{1}`, … with `args` (one pass, so arguments containing braces stay as they are). */
export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (whole, digit: string) => {
    const value = args[Number(digit)];
    return value === undefined ? whole : String(value);
  });
}
