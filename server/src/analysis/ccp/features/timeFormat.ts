/**
 * Times shown to the user, in the zone of `callsight.time.zone`: `local` (this machine), `utc`, or an
 * IANA name (through Intl). Log times are the agent PC's clock in UTC; users of the AWS parser asked for
 * local time (ccp-log.md §13).
 */
import type { TimeZoneSetting } from '../../settings';

interface ZoneFormat {
  readonly zone: string | undefined;
  readonly format: Intl.DateTimeFormat;
}

const formats = new Map<string, ZoneFormat | null>();

let lastSetting: TimeZoneSetting | undefined;
let lastFormat: ZoneFormat | undefined;

function zoneFormat(setting: TimeZoneSetting): ZoneFormat | undefined {
  if (setting === lastSetting) return lastFormat;
  lastSetting = setting;
  lastFormat = lookupZone(setting);
  return lastFormat;
}

function lookupZone(setting: TimeZoneSetting): ZoneFormat | undefined {
  const key =
    setting.trim().toLowerCase() === 'utc' ? 'UTC' : setting.trim() === '' ? 'local' : setting.trim();
  if (key === 'UTC') return undefined;
  let f = formats.get(key);
  if (f === undefined) {
    const zone = key.toLowerCase() === 'local' ? undefined : key;
    try {
      f = {
        zone,
        format: new Intl.DateTimeFormat('en-CA', {
          timeZone: zone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hourCycle: 'h23',
          timeZoneName: 'longOffset',
        }),
      };
    } catch {
      f = null; // an unknown zone name: fall back to UTC
    }
    formats.set(key, f);
  }
  return f ?? undefined;
}

/** Whether the setting names a zone Intl knows (`local` and `utc` always do). */
export function isKnownZone(setting: TimeZoneSetting): boolean {
  const s = setting.trim().toLowerCase();
  return s === 'utc' || s === 'local' || s === '' || zoneFormat(setting) !== undefined;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2025-05-06 17:25:02.353 UTC`. */
export function formatUtc(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)} UTC`;
}

/** Offset (ms) of the zone at `ms`, cached per quarter hour (zone changes happen on quarter hours). */
const offsets = new Map<string, number>();

function offsetAt(f: ZoneFormat, key: string, ms: number): number {
  const bucket = `${key}|${Math.floor(ms / 900_000)}`;
  let off = offsets.get(bucket);
  if (off === undefined) {
    const parts: Record<string, string> = {};
    for (const p of f.format.formatToParts(new Date(ms))) parts[p.type] = p.value;
    const local = Date.UTC(
      Number(parts['year']),
      Number(parts['month']) - 1,
      Number(parts['day']),
      Number(parts['hour']),
      Number(parts['minute']),
      Number(parts['second']),
    );
    off = local - (ms - (((ms % 1000) + 1000) % 1000));
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(bucket, off);
  }
  return off;
}

/** The time in the chosen zone: `2025-05-07 02:25:02.353 (UTC+09:00)`; UTC form when the zone is UTC or unknown. */
export function formatInZone(ms: number, setting: TimeZoneSetting): string {
  if (!Number.isFinite(ms)) return '';
  const f = zoneFormat(setting);
  if (!f) return formatUtc(ms);
  const off = offsetAt(f, setting, ms);
  const d = new Date(ms + off);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off) / 60_000;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)} (UTC${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)})`;
}

/** Short clock time for messages: `17:25:02` in the chosen zone (UTC marked). */
export function clockTime(ms: number, setting: TimeZoneSetting): string {
  if (!Number.isFinite(ms)) return '?';
  const full = formatInZone(ms, setting);
  const time = full.slice(11, 19);
  return full.endsWith('UTC') ? `${time} UTC` : time;
}

/** A duration for people: `850 ms`, `12.3 s`, `4 min 05 s`, `1 h 02 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const sign = ms < 0 ? '−' : '';
  const a = Math.abs(ms);
  if (a < 1000) return `${sign}${Math.round(a)} ms`;
  if (a < 60_000) return `${sign}${(a / 1000).toFixed(a < 10_000 ? 2 : 1)} s`;
  const s = Math.round(a / 1000);
  if (s < 3600) return `${sign}${Math.floor(s / 60)} min ${pad(s % 60)} s`;
  return `${sign}${Math.floor(s / 3600)} h ${pad(Math.floor((s % 3600) / 60))} min`;
}

/** Offset (ms) of the chosen zone from UTC at `ms`: 0 for UTC and for a zone Intl does not know. */
export function zoneOffset(ms: number, setting: TimeZoneSetting): number {
  const f = zoneFormat(setting);
  return f && Number.isFinite(ms) ? offsetAt(f, setting, ms) : 0;
}

/** Seconds precision for sentences: `2025-05-07 02:25:02 (UTC+09:00)`, or `2025-05-06 17:25:02 UTC`. */
export function formatInZoneSeconds(ms: number, setting: TimeZoneSetting): string {
  const full = formatInZone(ms, setting);
  // Drop the `.mmm` after the seconds; the zone part follows unchanged.
  return full.length > 23 ? full.slice(0, 19) + full.slice(23) : full;
}
