// ISO 8601 helpers that keep the article's UTC offset, so that wall-clock
// values ("10:00") mean what the article meant.

export interface Instant {
  /** Milliseconds since the epoch. */
  ms: number;
  /** UTC offset of the original timestamp, in minutes (0 for "Z"). */
  offset: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parses an ISO 8601 date or date-time; a missing offset means UTC. Returns null if invalid. */
export function parseInstant(value: string): Instant | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  let offset = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear takes the year as written.
  const check = new Date(0);
  check.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  check.setUTCHours(Number(h), Number(mi), Number(s));
  const local = check.getTime();
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59) return null;
  return { ms: local - offset * 60_000, offset };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function zoneOf(offset: number): string {
  if (offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The wall-clock fields of an instant in its own offset. */
export function wallClock(instant: Instant): Date {
  return new Date(instant.ms + instant.offset * 60_000);
}

/** `2023-06-07T10:00:00Z` / `2023-06-07T10:00:00+02:00`, in the instant's own offset. */
export function formatInstant(instant: Instant): string {
  const w = wallClock(instant);
  return (
    `${pad(w.getUTCFullYear(), 4)}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}` +
    `T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}${zoneOf(instant.offset)}`
  );
}

/** TIMEX3-style local value to the minute: `2023-06-07T10:00`. */
export function formatTimexMinute(instant: Instant): string {
  return formatInstant(instant).slice(0, 16);
}

/** Normalises any accepted ISO input to `formatInstant` form; null if invalid. */
export function normaliseIso(value: string): string | null {
  const instant = parseInstant(value);
  return instant ? formatInstant(instant) : null;
}
