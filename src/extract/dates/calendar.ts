// Calendar arithmetic on plain year/month/day numbers. Dates are civil dates in the reference
// time's own zone: "2019-11-18T23:03-08:00" is Monday 18 November there, not Tuesday in UTC.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface RefTime extends Ymd {
  hour: number;
  minute: number;
}

const DAY_MS = 86_400_000;

export const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** Reads the civil date and time written in an ISO 8601 string, ignoring its offset. */
export function readRefTime(iso: string): RefTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso.trim());
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0) };
}

export const toDayNumber = (p: Ymd): number => Math.floor(Date.UTC(p.y, p.m - 1, p.d) / DAY_MS);

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export const addDays = (p: Ymd, days: number): Ymd => fromDayNumber(toDayNumber(p) + days);

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isValidDate = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** ISO weekday, Monday = 1 … Sunday = 7. */
export const weekdayOf = (p: Ymd): number => ((toDayNumber(p) % 7) + 7 + 3) % 7 + 1;

/** ISO 8601 week-numbering year and week. */
export function isoWeekOf(p: Ymd): { y: number; w: number } {
  const thursday = addDays(p, 4 - weekdayOf(p));
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

export const formatYear = (y: number): string => (y < 0 ? `-${pad(y, 4)}` : pad(y, 4));
export const formatMonth = (y: number, m: number): string => `${formatYear(y)}-${pad(m)}`;
export const formatDate = (p: Ymd): string => `${formatMonth(p.y, p.m)}-${pad(p.d)}`;
export const formatWeek = (p: Ymd): string => {
  const { y, w } = isoWeekOf(p);
  return `${formatYear(y)}-W${pad(w)}`;
};
export const formatQuarter = (y: number, q: number): string => `${formatYear(y)}-Q${q}`;

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easterOf(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th (1-based) given ISO weekday of a month, e.g. the fourth Thursday of November. */
export function nthWeekdayOf(y: number, m: number, weekday: number, n: number): Ymd {
  const first = { y, m, d: 1 };
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return { y, m, d: 1 + offset + (n - 1) * 7 };
}
