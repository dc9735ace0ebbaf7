/**
 * SDP (RFC 8866) from the lines the message parser collected: each line is a type letter and a value
 * range into the document (the value after `x=`, or after `Label (x): ` in tshark dissections).
 */
import { PayloadTypes, Sdp, type MediaDirection, type SdpLineStore, type SdpMedia } from '../model/types';
import type { TextInterner } from './textInterner';
import { detached } from '../../text/detached';

const DIRECTIONS: ReadonlySet<string> = new Set(['sendrecv', 'sendonly', 'recvonly', 'inactive']);

/** Static RTP payload types (RFC 3551) with their encoding names. */
export const STATIC_PAYLOAD_TYPES: Readonly<Record<string, string>> = {
  '0': 'PCMU/8000',
  '3': 'GSM/8000',
  '4': 'G723/8000',
  '5': 'DVI4/8000',
  '6': 'DVI4/16000',
  '7': 'LPC/8000',
  '8': 'PCMA/8000',
  '9': 'G722/8000',
  '10': 'L16/44100/2',
  '11': 'L16/44100',
  '12': 'QCELP/8000',
  '13': 'CN/8000',
  '14': 'MPA/90000',
  '15': 'G728/8000',
  '16': 'DVI4/11025',
  '17': 'DVI4/22050',
  '18': 'G729/8000',
  '25': 'CelB/90000',
  '26': 'JPEG/90000',
  '28': 'nv/90000',
  '31': 'H261/90000',
  '32': 'MPV/90000',
  '33': 'MP2T/90000',
  '34': 'H263/90000',
};

/** Most media sections carry no crypto line: they share one empty list. */
const NO_SUITES: string[] = [];

interface MutableMedia {
  type: string;
  port: number;
  proto: string;
  formats: string[];
  rtpmap: PayloadTypes;
  connection: string | undefined;
  direction: MediaDirection | undefined;
  cryptoSuites: string[];
  hasFingerprint: boolean;
  label: string | undefined;
  start: number;
}

/** SDP values to parse instead of the document ranges (same order and types). */
export interface JoinedSdp {
  readonly text: string;
  readonly triples: readonly number[];
}

/**
 * Builds the SDP model from the first `lineCount` `(typeCode, valueStart, valueEnd)` triples. `tokens`
 * shares the strings that repeat in every SDP of a trace (addresses, media types, profiles, codecs).
 */
export function buildSdp(
  documentText: string,
  triples: ArrayLike<number>,
  lineStarts: ArrayLike<number>,
  lineCount: number,
  store: SdpLineStore,
  tokens: TextInterner,
  joined?: JoinedSdp,
): Sdp {
  // Lines cut by a stream segment boundary are read from a joined copy; the document ranges are kept.
  const text = joined ? joined.text : documentText;
  const values = joined ? joined.triples : triples;
  let originAddress: string | undefined;
  let connection: string | undefined;
  let direction: MediaDirection | undefined;
  let sessionFingerprint = false;
  const media: MutableMedia[] = [];
  let current: MutableMedia | undefined;
  for (let k = 0; k + 2 < 3 * lineCount; k += 3) {
    const type = values[k] as number;
    const vs = values[k + 1] as number;
    const ve = values[k + 2] as number;
    switch (type) {
      case 111: // o
        originAddress = nthTokenAt(text, vs, ve, 5, false, tokens);
        break;
      case 99: {
        // c
        const address = nthTokenAt(text, vs, ve, 2, true, tokens);
        if (current) current.connection = address;
        else connection = address;
        break;
      }
      case 109: {
        // m
        const parts = tokensAt(text, vs, ve, tokens);
        current = {
          type: lowerShared(parts[0] ?? ''),
          port: Number.parseInt(parts[1] ?? '', 10),
          proto: parts[2] ?? '',
          formats: parts.slice(3),
          rtpmap: new PayloadTypes(),
          connection: undefined,
          direction: undefined,
          cryptoSuites: NO_SUITES,
          hasFingerprint: false,
          label: undefined,
          start: lineStarts[k / 3] ?? vs,
        };
        if (Number.isNaN(current.port)) current.port = -1;
        media.push(current);
        break;
      }
      case 97: {
        // a: compare names in place; only values worth keeping are sliced.
        if (startsWithAt(text, vs, ve, 'rtpmap:')) {
          if (current) {
            let i = vs + 7;
            while (i < ve && text.charCodeAt(i) > 32) i++;
            let j = i;
            while (j < ve && text.charCodeAt(j) <= 32) j++;
            if (i > vs + 7 && j < ve)
              current.rtpmap.set(
                payloadNumberAt(text, vs + 7, i) ?? tokens.at(text, vs + 7, i),
                tokens.at(text, j, trimmedEnd(text, j, ve)),
              );
          }
        } else if (startsWithAt(text, vs, ve, 'crypto:')) {
          const suite = nthTokenAt(text, vs, ve, 1, false, tokens);
          if (current && suite)
            current.cryptoSuites =
              current.cryptoSuites === NO_SUITES ? [suite] : [...current.cryptoSuites, suite];
        } else if (startsWithAt(text, vs, ve, 'fingerprint:')) {
          if (current) current.hasFingerprint = true;
          else sessionFingerprint = true;
        } else if (startsWithAt(text, vs, ve, 'label:')) {
          if (current) current.label = text.slice(vs + 6, trimmedEnd(text, vs + 6, ve)).trim();
        } else if (ve - vs >= 8 && ve - vs <= 9) {
          const name = text.slice(vs, trimmedEnd(text, vs, ve)).toLowerCase();
          if (DIRECTIONS.has(name)) {
            if (current) current.direction = name as MediaDirection;
            else direction = name as MediaDirection;
          }
        }
        break;
      }
      default:
        break;
    }
  }
  for (const m of media) {
    m.rtpmap.compact();
    m.hasFingerprint ||= sessionFingerprint;
    m.connection ??= connection;
    m.direction ??= direction;
  }
  // An exact-size copy: the list grew by push and most SDPs have one or two sections.
  const finished: SdpMedia[] = media.slice();
  return new Sdp(
    originAddress,
    connection,
    direction,
    finished,
    store,
    store.append(triples, lineCount),
    lineCount,
  );
}

/** Strings for the payload type numbers 0–127, made once. */
const PAYLOAD_NUMBERS: readonly string[] = Array.from({ length: 128 }, (_, i) => String(i));

/** Lower case without allocating when it already is (media types almost always are). */
function lowerShared(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 65 && c <= 90) return value.toLowerCase();
  }
  return value;
}

/** Whitespace-separated tokens of `text[start, end)`, shared through `pool`. */
function tokensAt(text: string, start: number, end: number, pool: TextInterner): string[] {
  const out: string[] = [];
  let i = start;
  while (i < end) {
    while (i < end && text.charCodeAt(i) <= 32) i++;
    if (i >= end) break;
    let j = i;
    while (j < end && text.charCodeAt(j) > 32) j++;
    out.push(payloadNumberAt(text, i, j) ?? pool.at(text, i, j));
    i = j;
  }
  return out;
}

/** The shared string of a payload type number at `text[start, end)`, without slicing. */
function payloadNumberAt(text: string, start: number, end: number): string | undefined {
  if (end - start > 3) return undefined;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  // "007" is not "7": only canonical spellings are shared.
  if (end - start > 1 && text.charCodeAt(start) === 48) return undefined;
  return PAYLOAD_NUMBERS[n];
}

function startsWithAt(text: string, start: number, end: number, prefix: string): boolean {
  return end - start >= prefix.length && text.startsWith(prefix, start);
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && text.charCodeAt(e - 1) <= 32) e--;
  return e;
}

/**
 * The `n`th whitespace-separated token of `text[start, end)` through `pool`; with `stripTtl`, without
 * the `/ttl` suffix of a `c=` address.
 */
function nthTokenAt(
  text: string,
  start: number,
  end: number,
  n: number,
  stripTtl: boolean,
  pool: TextInterner,
): string | undefined {
  let i = start;
  let index = 0;
  while (i < end) {
    while (i < end && text.charCodeAt(i) <= 32) i++;
    if (i >= end) break;
    let j = i;
    while (j < end && text.charCodeAt(j) > 32) j++;
    if (index === n) {
      let e = j;
      if (stripTtl) {
        for (let k = i; k < j; k++) {
          if (text.charCodeAt(k) === 47) {
            e = k;
            break;
          }
        }
      }
      return pool.at(text, i, e);
    }
    index++;
    i = j;
  }
  return undefined;
}

export interface Codec {
  /** Upper-case encoding name (`PCMU`, `OPUS`, `TELEPHONE-EVENT`). */
  readonly name: string;
  readonly rate: string;
  /** `NAME/rate`, comparable between offer and answer. */
  readonly key: string;
  /** As written in rtpmap (`opus/48000/2`). */
  readonly text: string;
}

/** Parsed codec texts: a trace holds only a handful of distinct ones. */
const codecCache = new Map<string, Codec>();

/** The encoding name (upper case) and clock rate of a payload type in a media section. */
export function codecOf(media: SdpMedia, pt: string): Codec | undefined {
  const text = media.rtpmap.get(pt) ?? STATIC_PAYLOAD_TYPES[pt];
  if (!text) return undefined;
  let codec = codecCache.get(text);
  if (!codec) {
    const own = detached(text);
    const parts = own.split('/');
    const name = (parts[0] ?? '').toUpperCase();
    codec = { name, rate: parts[1] ?? '', key: `${name}/${parts[1] ?? ''}`, text: own };
    if (codecCache.size < 10_000) codecCache.set(own, codec);
  }
  return codec;
}

/** A comparable identity for a payload format: `PCMU/8000`, `OPUS/48000`, or `pt:96` when unknown. */
export function codecKey(media: SdpMedia, pt: string): string {
  return codecOf(media, pt)?.key ?? `pt:${pt}`;
}

/** Codec names of a media section, in offer order (`PCMU`, `opus/48000`…), for messages. */
export function codecList(media: SdpMedia): string[] {
  return media.formats.map((pt) => codecOf(media, pt)?.text ?? pt);
}

/** True when the media section carries RFC 4733 telephone-event. */
export function hasTelephoneEvent(media: SdpMedia): boolean {
  for (const pt of media.formats) {
    if (codecOf(media, pt)?.name === 'TELEPHONE-EVENT') return true;
  }
  return false;
}
