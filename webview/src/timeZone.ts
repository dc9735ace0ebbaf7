/**
 * The chart time zone from `callsight.time.zone` (`local`, `utc` or an IANA name) and the time texts of
 * the charts: 24-hour clock, ISO-like dates, digits independent of the display language. Pure (Intl only).
 */

export interface ResolvedZone {
  /** IANA name for Intl and uPlot, or undefined for the machine's local zone. */
  readonly iana: string | undefined;
  /** What to show the user ("local", "UTC", "Asia/Tokyo"). */
  readonly display: string;
  /** The setting was not a zone Intl knows (times fall back to UTC). */
  readonly unknown: boolean;
}

export function resolveZone(setting: string): ResolvedZone {
  const trimmed = setting.trim();
  const lower = trimmed.toLowerCase();
  if (lower === '' || lower === 'local') return { iana: undefined, display: 'local', unknown: false };
  if (lower === 'utc' || lower === 'z' || lower === 'gmt')
    return { iana: 'UTC', display: 'UTC', unknown: false };
  try {
    const iana = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
    return { iana, display: iana, unknown: false };
  } catch {
    return { iana: 'UTC', display: trimmed, unknown: true };
  }
}

interface Parts {
  readonly date: string;
  readonly hm: string;
  readonly s: string;
  readonly ms: string;
}

/** Splits epoch ms into zone-local date and clock texts (remembered: ticks repeat across charts). */
function partsIn(zone: ResolvedZone): (ms: number) => Parts {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone.iana,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hourCycle: 'h23',
  });
  const cache = new Map<number, Parts>();
  return (ms) => {
    const cached = cache.get(ms);
    if (cached) return cached;
    const p: Record<string, string> = {};
    for (const part of format.formatToParts(ms)) p[part.type] = part.value;
    const parts: Parts = {
      date: `${p['year']}-${p['month']}-${p['day']}`,
      hm: `${p['hour']}:${p['minute']}`,
      s: p['second'] ?? '00',
      ms: p['fractionalSecond'] ?? '000',
    };
    if (cache.size > 8192) cache.clear();
    cache.set(ms, parts);
    return parts;
  };
}

/** Formats epoch ms as `YYYY-MM-DD HH:MM:SS.mmm` in the zone. */
export function timeFormatter(zone: ResolvedZone): (ms: number) => string {
  const parts = partsIn(zone);
  return (ms) => {
    if (!Number.isFinite(ms)) return '';
    const p = parts(ms);
    return `${p.date} ${p.hm}:${p.s}.${p.ms}`;
  };
}

/**
 * Tick labels for the time axis: as precise as the tick spacing needs, with the date under the first
 * tick and wherever the day changes.
 */
export function axisLabeler(zone: ResolvedZone): (ticks: readonly number[], spacingMs: number) => string[] {
  const parts = partsIn(zone);
  return (ticks, spacingMs) => {
    let previousDate = '';
    return ticks.map((ms) => {
      if (!Number.isFinite(ms)) return '';
      const p = parts(ms);
      const showDate = p.date !== previousDate;
      previousDate = p.date;
      if (spacingMs >= 86_400_000) return p.date;
      const clock =
        spacingMs < 1000 ? `${p.hm}:${p.s}.${p.ms}` : spacingMs < 60_000 ? `${p.hm}:${p.s}` : p.hm;
      return showDate ? `${clock}\n${p.date}` : clock;
    });
  };
}
