/**
 * Octet helpers for the UUI codec: hex and percent-encoded text to octets (remembering where each
 * octet came from in the input), UTF-8 decoding with a map back to octets, and printable renderings.
 * All single passes.
 */

/** Octets with the input offset of the first character of each. */
export interface Octets {
  readonly bytes: number[];
  /** `sources[i]` is the input offset where octet `i` starts; one more entry marks the end. */
  readonly sources: number[];
}

export function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

export function hexValue(code: number): number {
  if (code <= 57) return code - 48;
  if (code <= 70) return code - 55;
  return code - 87;
}

/** Two-digit upper-case hex of an octet. */
export function hex2(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** Hex pairs of `text[start, end)` to octets. Assumes the caller checked every character is a hex digit. */
export function hexOctets(text: string, start: number, end: number, offsetOf: (i: number) => number): Octets {
  const bytes: number[] = [];
  const sources: number[] = [];
  for (let i = start; i + 1 < end; i += 2) {
    bytes.push(hexValue(text.charCodeAt(i)) * 16 + hexValue(text.charCodeAt(i + 1)));
    sources.push(offsetOf(i));
  }
  sources.push(offsetOf(start + bytes.length * 2));
  return { bytes, sources };
}

/** A bad `%` escape, by index into the text. */
export interface BadEscape {
  readonly index: number;
  readonly length: number;
}

/**
 * Text to UTF-8 octets; with `percent`, `%XX` escapes become one octet each and malformed escapes are
 * reported (and kept as written).
 */
export function textOctets(
  text: string,
  start: number,
  end: number,
  offsetOf: (i: number) => number,
  percent: boolean,
): Octets & { readonly badEscapes: BadEscape[] } {
  const bytes: number[] = [];
  const sources: number[] = [];
  const badEscapes: BadEscape[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (percent && c === 37) {
      if (i + 2 < end && isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2))) {
        bytes.push(hexValue(text.charCodeAt(i + 1)) * 16 + hexValue(text.charCodeAt(i + 2)));
        sources.push(offsetOf(i));
        i += 3;
        continue;
      }
      let length = 1;
      while (length < 3 && i + length < end && isHexDigit(text.charCodeAt(i + length))) length++;
      badEscapes.push({ index: i, length });
    }
    const cp = text.codePointAt(i) ?? c;
    const units = cp > 0xffff ? 2 : 1;
    const from = offsetOf(i);
    for (const b of utf8Of(cp)) {
      bytes.push(b);
      sources.push(from);
    }
    i += units;
  }
  sources.push(offsetOf(end));
  return { bytes, sources, badEscapes };
}

/** UTF-8 octets of one code point (lone surrogates become U+FFFD). */
function utf8Of(cp: number): number[] {
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

/** Decoded text with, for every UTF-16 unit, the index of the octet it came from. */
export interface DecodedText {
  readonly text: string;
  readonly octetOf: number[];
  /** False when the octets were not valid UTF-8 and were read as Latin-1. */
  readonly utf8: boolean;
}

/** Strict UTF-8 decoding (no overlongs, no surrogates, nothing above U+10FFFF); Latin-1 when that fails. */
export function decodeText(bytes: readonly number[]): DecodedText {
  const units: number[] = [];
  const octetOf: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let cp: number;
    let n: number;
    if (b < 0x80) {
      cp = b;
      n = 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      n = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      n = 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      n = 4;
    } else {
      return latin1(bytes);
    }
    if (i + n > bytes.length) return latin1(bytes);
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return latin1(bytes);
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = n === 2 ? 0x80 : n === 3 ? 0x800 : n === 4 ? 0x10000 : 0;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return latin1(bytes);
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
      octetOf.push(i, i);
    } else {
      units.push(cp);
      octetOf.push(i);
    }
    i += n;
  }
  return { text: fromUnits(units), octetOf, utf8: true };
}

function latin1(bytes: readonly number[]): DecodedText {
  return { text: fromUnits(bytes), octetOf: bytes.map((_, i) => i), utf8: false };
}

function fromUnits(units: readonly number[]): string {
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}

/** The text with control characters (C0, DEL, C1) written as `\xNN`, so it can be shown safely. */
export function printable(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c < 0x20 || (c >= 0x7f && c <= 0x9f) ? `\\x${hex2(c)}` : text[i];
  }
  return out;
}

/** Upper-case hex of octets. */
export function toHex(bytes: readonly number[], lowerCase = false): string {
  let out = '';
  for (const b of bytes) out += hex2(b);
  return lowerCase ? out.toLowerCase() : out;
}

/** UTF-8 octets of a string (for encoding). */
export function utf8Octets(text: string): number[] {
  return textOctets(text, 0, text.length, (i) => i, false).bytes;
}
