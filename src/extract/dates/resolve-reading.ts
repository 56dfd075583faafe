// Places a reading on the calendar: against the reference time, in the direction the sentence's
// tense points ("on Tuesday" in a past-tense sentence is the Tuesday before), or against the last
// date the text mentioned ("a year earlier").
import type { Certainty, DateKind } from '../../brief/model.js';
import {
  addDays, addMonths, easterOf, formatDate, formatMonth, formatQuarter, formatWeek, formatYear,
  isValidDate, nthWeekdayOf, pad, quarterOf, toDayNumber, weekdayOf,
  type RefTime, type Ymd,
} from './calendar.js';
import type { Clock, Reading, Tense } from './reading.js';
import { formatDuration } from './rules.js';

export type Granularity = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day' | 'minute';

/** The last date the text mentioned, for "a year earlier", "the previous week", "the quarter". */
export interface Anchor {
  y: number;
  m: number;
  d: number;
  q: number;
  granularity: Granularity;
}

export interface ResolveContext {
  ref: RefTime;
  tense: Tense;
  anchor: Anchor | null;
  /** The anchor when it was mentioned just before, in the same stretch of text. */
  nearAnchor?: Anchor | null;
}

export interface TimemlReading {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
}

export interface Resolved {
  value: string;
  kind: DateKind;
  certainty: Certainty;
  mod?: string;
  /** TimeML's value where it differs from `value` (parts of days, weekends). */
  timeml?: TimemlReading;
  /** Endpoints of a range, resolved. */
  parts?: [Resolved, Resolved];
  anchor?: Anchor;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * A half year as the brief writes it: its month interval (2005-01/2005-06), one of the forms of
 * the gold briefs; TimeML's 2005-H1 goes in `timeml`.
 */
const formatHalf = (y: number, h: number): string => `${formatMonth(y, h * 6 - 5)}/${formatMonth(y, h * 6)}`;

const anchorOf = (p: Ymd, granularity: Granularity): Anchor => ({ y: p.y, m: p.m, d: p.d, q: quarterOf(p.m), granularity });
const withMod = (r: Resolved, mod: string | undefined): Resolved => (mod ? { ...r, mod } : r);
const clockValue = (p: Ymd, c: Clock): string => `${formatDate(p)}T${pad(c.hour)}:${pad(c.minute)}`;

/** The direction a tense points: -1 before the reference time, 1 after, 0 around it. */
const directionOf = (tense: Tense): -1 | 0 | 1 => (tense === 'past' ? -1 : tense === 'future' ? 1 : 0);

export function resolveReading(r: Reading, ctx: ResolveContext): Resolved | null {
  switch (r.type) {
    case 'calendar':
      return resolveCalendar(r, ctx);
    case 'weekday':
      return resolveWeekday(r, ctx);
    case 'day': {
      if (r.vague) return { value: 'PRESENT_REF', kind: 'date', certainty: 'relative' };
      const day = addDays(ctx.ref, r.days);
      return withMod(onDay(day, r.clock, r.part, 'relative'), r.mod);
    }
    case 'clock': {
      // A bare time belongs to the day just mentioned ("Tuesday in Everett at 18:00 UTC").
      const a = ctx.nearAnchor;
      const day = a && a.granularity === 'day' ? { y: a.y, m: a.m, d: a.d } : ctx.ref;
      return withMod(onDay(day, r.clock, undefined, 'relative'), r.mod);
    }
    case 'shift':
      return resolveShift(r, ctx);
    case 'offset':
      return resolveOffset(r, ctx);
    case 'quarter':
      return resolveQuarter(r, ctx);
    case 'season':
      return resolveSeason(r, ctx);
    case 'around': {
      const base = r.of ? resolveReading(r.of, ctx) : null;
      if (!base || !base.anchor || base.anchor.granularity !== 'day') return null;
      const days = r.direction * r.n * (r.unit === 'week' ? 7 : 1);
      if (r.unit !== 'day' && r.unit !== 'week') return null;
      const day = addDays(base.anchor, days);
      return { value: formatDate(day), kind: 'date', certainty: base.certainty, anchor: anchorOf(day, 'day') };
    }
    case 'sport-season': {
      // Leagues that cross the new year start in August: in March 2005 "this season" is 2004/2005.
      const ref = ctx.ref;
      const y = (r.crossYear && ref.m < 8 ? ref.y - 1 : ref.y) + r.shift;
      const value = r.crossYear ? `${formatYear(y)}/${formatYear(y + 1)}` : formatYear(y);
      return withMod({ value, kind: 'date', certainty: 'relative', anchor: { y, m: 1, d: 1, q: 1, granularity: 'year' } }, r.mod);
    }
    case 'fixed': {
      const out: Resolved = { value: r.value, kind: r.kind, certainty: r.certainty ?? 'stated' };
      if (r.timeml) out.timeml = { type: 'DATE', value: r.timeml };
      if (/^\d{4}$/.test(r.value)) out.anchor = { y: Number(r.value), m: 1, d: 1, q: 1, granularity: 'year' };
      return withMod(out, r.mod);
    }
    case 'range': {
      const to = resolveReading(r.to, ctx);
      if (!to) return null;
      // "11.- 12. July 2023": the first end borrows the year written at the second.
      let from = r.from;
      if (from.type === 'calendar' && from.y === undefined && r.to.type === 'calendar' && /^\d{4}/.test(to.value)) {
        from = { ...from, y: Number(to.value.slice(0, 4)) };
      }
      const first = resolveReading(from, ctx);
      if (!first) return null;
      const rank: Record<Certainty, number> = { stated: 0, relative: 1, inferred: 2 };
      const certainty = rank[first.certainty] >= rank[to.certainty] ? first.certainty : to.certainty;
      return { value: `${first.value}/${to.value}`, kind: 'date', certainty, parts: [first, to], ...(to.anchor ? { anchor: to.anchor } : {}) };
    }
  }
}

/** A day, with a time ("10 p.m.") or a part of the day ("night") when given. */
function onDay(day: Ymd, clock: Clock | undefined, part: string | undefined, certainty: Certainty): Resolved {
  if (clock) {
    const value = clockValue(day, clock);
    const out: Resolved = { value, kind: 'time', certainty, anchor: anchorOf(day, 'day') };
    if (clock.utc) out.timeml = { type: 'TIME', value: `${value}Z` };
    return out;
  }
  const value = formatDate(day);
  const out: Resolved = { value, kind: 'date', certainty, anchor: anchorOf(day, 'day') };
  // The brief wants the calendar day; TimeML marks the part of the day.
  if (part) out.timeml = { type: 'TIME', value: `${value}T${part}` };
  return out;
}

function resolveCalendar(r: Extract<Reading, { type: 'calendar' }>, ctx: ResolveContext): Resolved | null {
  const { ref } = ctx;
  const m = r.m ?? ref.m;
  let y = r.y;
  let certainty: Certainty = 'stated';
  const dayOf = (year: number): number => {
    if (r.feast === 'easter') return easterOf(year).d;
    if (r.feast === 'thanksgiving') return nthWeekdayOf(year, 11, 4, 4).d;
    return r.d ?? 1;
  };
  const monthOf = (year: number): number => (r.feast === 'easter' ? easterOf(year).m : m);
  if (y === undefined) {
    certainty = r.shift !== undefined || r.yearShift !== undefined ? 'relative' : 'inferred';
    if (r.yearShift !== undefined) y = ref.y + r.yearShift;
    else if (r.shift !== undefined) {
      // "last December": the latest December before this month; "next March": the first after.
      if (r.shift < 0) y = m < ref.m ? ref.y : ref.y - 1;
      else if (r.shift > 0) y = m > ref.m ? ref.y : ref.y + 1;
      else y = ref.y;
    } else y = guessYear(ref, (year) => ({ y: year, m: monthOf(year), d: r.d === undefined && !r.feast ? 0 : dayOf(year) }), r.d !== undefined || !!r.feast, directionOf(ctx.tense));
  }
  const month = monthOf(y);
  if (r.yearOnly) return withMod({ value: formatYear(y), kind: 'date', certainty, anchor: { y, m: 1, d: 1, q: 1, granularity: 'year' } }, r.mod);
  if (r.week !== undefined) {
    // "the last week of March": the ISO week holding the month's fourth day from the end (the
    // last whole week in it); "the first week": the one holding its fourth day.
    const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
    const day = { y, m: month, d: r.week < 0 ? days - 3 : 7 * (r.week - 1) + 4 };
    return withMod({ value: formatWeek(day), kind: 'date', certainty, anchor: anchorOf(day, 'week') }, r.mod);
  }
  if (r.d === undefined && !r.feast) {
    const value = formatMonth(y, month);
    return withMod({ value, kind: 'date', certainty, anchor: { y, m: month, d: 1, q: quarterOf(month), granularity: 'month' } }, r.mod);
  }
  const d = dayOf(y);
  if (!isValidDate(y, month, d)) return null;
  return withMod(onDay({ y, m: month, d }, r.clock, r.part, certainty), r.mod);
}

/**
 * The year of a date written without one. Past tense: the latest such date not after the
 * reference; future: the first not before it; otherwise the nearest one.
 */
function guessYear(ref: RefTime, at: (year: number) => Ymd, withDay: boolean, direction: -1 | 0 | 1): number {
  // News is about the months around it: take the nearest such date, with the tense tilting the
  // choice by half a year (deadlines such as "extended to Nov. 20" come here as present tense).
  const refKey = withDay ? toDayNumber(ref) : ref.y * 12 + ref.m;
  const key = (p: Ymd): number => (withDay ? toDayNumber({ y: p.y, m: p.m, d: Math.max(1, p.d) }) : p.y * 12 + p.m);
  const tilt = withDay ? 183 : 6;
  let best = ref.y;
  let bestCost = Infinity;
  for (const year of [ref.y - 1, ref.y, ref.y + 1]) {
    const delta = key(at(year)) - refKey;
    const against = (direction < 0 && delta > 0) || (direction > 0 && delta < 0);
    const cost = Math.abs(delta) + (against ? tilt : 0) + (year === ref.y ? 0 : 0.5);
    if (cost < bestCost) {
      bestCost = cost;
      best = year;
    }
  }
  return best;
}

function resolveWeekday(r: Extract<Reading, { type: 'weekday' }>, ctx: ResolveContext): Resolved {
  // "the previous Friday" counts from the day just mentioned, when one was.
  const a = ctx.anchor;
  const ref: Ymd = r.discourse && a && a.granularity === 'day' ? { y: a.y, m: a.m, d: a.d } : ctx.ref;
  const today = weekdayOf(ref);
  const back = (today - r.weekday + 7) % 7; // days since the latest such weekday (0 = today)
  const ahead = (r.weekday - today + 7) % 7; // days until the next one (0 = today)
  let delta: number;
  if (r.shift === -1) delta = -(back === 0 ? 7 : back);
  else if (r.shift === 1) delta = ahead === 0 ? 7 : ahead;
  else if (r.shift === 0) delta = r.weekday - today; // the same ISO week
  else {
    // News names weekdays mostly for what just happened (TBAQ: 282 of 297 at or before the
    // reference date), so only a future tense looks ahead.
    delta = directionOf(ctx.tense) > 0 ? ahead : -back;
  }
  return withMod(onDay(addDays(ref, delta), r.clock, r.part, 'relative'), r.mod);
}

/** Saturday of the weekend meant: -1 the last one, 0 the current or coming one, 1 the next. */
function saturdayOf(ref: Ymd, which: number): Ymd {
  const today = weekdayOf(ref);
  const sinceSaturday = (today - 6 + 7) % 7; // 0 on Saturday, 1 on Sunday, 2 on Monday ...
  const lastSaturday = addDays(ref, -sinceSaturday);
  if (which < 0) return today >= 6 && sinceSaturday < 2 ? addDays(lastSaturday, -7) : lastSaturday;
  if (which > 0) return today >= 6 ? addDays(lastSaturday, 7) : addDays(lastSaturday, 7);
  return today >= 6 ? lastSaturday : addDays(lastSaturday, 7);
}

const GRANULARITY_RANK: Record<Granularity, number> = { minute: 0, day: 1, week: 2, month: 3, quarter: 4, half: 5, year: 6 };
const UNIT_RANK: Partial<Record<string, number>> = { day: 1, week: 2, month: 3 };

function resolveShift(r: Extract<Reading, { type: 'shift' }>, ctx: ResolveContext): Resolved | null {
  const near = (x: Anchor): boolean => !r.near || Math.abs(x.y - ctx.ref.y) <= 1;
  // "later in the day" after "in February" is not a day of February: an anchor coarser than the
  // unit counted in says nothing of it.
  const fine = (x: Anchor): boolean => !(r.unit in UNIT_RANK) || GRANULARITY_RANK[x.granularity] <= UNIT_RANK[r.unit]!;
  const a = r.discourse && ctx.anchor && near(ctx.anchor) && fine(ctx.anchor) ? ctx.anchor : null;
  const base: Ymd = a ? { y: a.y, m: a.m, d: a.d } : ctx.ref;
  const shift = r.shift;
  const out = (value: string, anchor: Anchor, extra: Partial<Resolved> = {}): Resolved =>
    withMod({ value, kind: 'date', certainty: 'relative', anchor, ...extra }, r.mod);
  switch (r.unit) {
    case 'day': {
      const day = addDays(base, shift);
      return out(formatDate(day), anchorOf(day, 'day'));
    }
    case 'week': {
      const day = addDays(base, 7 * shift);
      return out(formatWeek(day), anchorOf(day, 'week'));
    }
    case 'weekend': {
      let which = shift;
      if (Number.isNaN(which)) which = directionOf(ctx.tense) < 0 ? -1 : 0;
      const saturday = saturdayOf(ctx.ref, which);
      const sunday = addDays(saturday, 1);
      return out(`${formatDate(saturday)}/${formatDate(sunday)}`, anchorOf(saturday, 'week'), {
        timeml: { type: 'DATE', value: `${formatWeek(saturday)}-WE` },
      });
    }
    case 'month': {
      const { y, m } = addMonths(base.y, base.m, shift);
      return out(formatMonth(y, m), { y, m, d: 1, q: quarterOf(m), granularity: 'month' });
    }
    case 'quarter': {
      if (shift === 0 && !r.discourse && ctx.anchor?.granularity === 'quarter') {
        // "this quarter" in a report about a quarter is that quarter.
        const { y, q } = ctx.anchor;
        return out(formatQuarter(y, q), ctx.anchor);
      }
      const index = base.y * 4 + quarterOf(base.m) - 1 + shift;
      const y = Math.floor(index / 4);
      const q = (index % 4) + 1;
      return out(formatQuarter(y, q), { y, m: q * 3 - 2, d: 1, q, granularity: 'quarter' });
    }
    case 'half': {
      const index = base.y * 2 + (base.m > 6 ? 1 : 0) + shift;
      const y = Math.floor(index / 2);
      const h = (index % 2) + 1;
      return out(formatHalf(y, h), { y, m: h * 6 - 5, d: 1, q: h * 2 - 1, granularity: 'half' }, { timeml: { type: 'DATE', value: `${formatYear(y)}-H${h}` } });
    }
    case 'year': {
      const y = base.y + shift;
      return out(formatYear(y), { y, m: 1, d: 1, q: 1, granularity: 'year' });
    }
    case 'decade': {
      const decade = Math.floor(base.y / 10) + shift;
      return out(`${formatYear(decade * 10)}/${formatYear(decade * 10 + 9)}`, { y: decade * 10, m: 1, d: 1, q: 1, granularity: 'year' }, { timeml: { type: 'DATE', value: String(decade) } });
    }
    case 'century': {
      const century = Math.floor(base.y / 100) + shift;
      return out(`${formatYear(century * 100 + 1)}/${formatYear(century * 100 + 100)}`, { y: century * 100, m: 1, d: 1, q: 1, granularity: 'year' }, { timeml: { type: 'DATE', value: pad(century) } });
    }
  }
}

function resolveOffset(r: Extract<Reading, { type: 'offset' }>, ctx: ResolveContext): Resolved | null {
  const { ref } = ctx;
  const n = r.n * r.direction;
  const out = (value: string, kind: DateKind, anchor?: Anchor): Resolved =>
    withMod({ value, kind, certainty: 'relative', ...(anchor ? { anchor } : {}) }, r.mod);
  if (r.unit === 'hour' || r.unit === 'minute' || r.unit === 'second') {
    // "three minutes later" counts from an event whose clock time is not known (a goal, a
    // speech): it is only the stretch of time.
    if (r.discourse) return withMod({ value: formatDuration(r.n, r.unit), kind: 'duration', certainty: 'relative' }, r.mod);
    // "2 hours ago" is a time of day on the reference clock.
    const seconds = r.unit === 'hour' ? 3600 : r.unit === 'minute' ? 60 : 1;
    const at = Date.UTC(ref.y, ref.m - 1, ref.d, ref.hour, ref.minute) + Math.round(n * seconds) * 1000;
    const t = new Date(at);
    const day = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
    return out(clockValue(day, { hour: t.getUTCHours(), minute: t.getUTCMinutes() }), 'time', anchorOf(day, 'day'));
  }
  // A year-on-year comparison in a report about a quarter means that quarter a year before.
  const a = ctx.anchor;
  // "nearly a year ago" is counted from now: an approximate count compares nothing.
  const useAnchor = a && (r.discourse || (r.unit === 'year' && a.granularity === 'quarter' && !r.mod));
  // "the year-ago results" compares with the year before the story's, not before the year last named.
  const anchored = useAnchor && !(r.comparison && r.unit === 'year' && a.granularity === 'year');
  let base: Anchor = anchored ? a : { ...anchorOf(ref, 'day'), granularity: 'day' };
  if (r.quarter && (base.granularity === 'day' || base.granularity === 'month' || base.granularity === 'week')) base = { ...base, granularity: 'quarter' };
  const whole = Math.round(n);
  switch (r.unit) {
    case 'day':
    case 'week':
    case 'fortnight': {
      const days = Math.round(n * (r.unit === 'day' ? 1 : r.unit === 'week' ? 7 : 14));
      const day = addDays(base, days);
      // "two weeks ago" names a day; "six weeks ago" only a week.
      if (r.unit !== 'day' && !anchored && Math.abs(days) > 14) return out(formatWeek(day), 'date', anchorOf(day, 'week'));
      return out(formatDate(day), 'date', anchorOf(day, 'day'));
    }
    case 'month': {
      const { y, m } = addMonths(base.y, base.m, Math.round(n));
      if (anchored && base.granularity === 'day') {
        const d = Math.min(base.d, 28);
        return out(formatDate({ y, m, d }), 'date', anchorOf({ y, m, d }, 'day'));
      }
      return out(formatMonth(y, m), 'date', { y, m, d: 1, q: quarterOf(m), granularity: 'month' });
    }
    case 'quarter': {
      const index = base.y * 4 + base.q - 1 + whole;
      const y = Math.floor(index / 4);
      const q = (index % 4) + 1;
      return out(formatQuarter(y, q), 'date', { y, m: q * 3 - 2, d: 1, q, granularity: 'quarter' });
    }
    default: {
      const years = Math.round(n * (r.unit === 'decade' ? 10 : r.unit === 'century' ? 100 : 1));
      const y = base.y + years;
      if (anchored && base.granularity === 'quarter') return out(formatQuarter(y, base.q), 'date', { ...base, y });
      if (anchored && base.granularity === 'month') return out(formatMonth(y, base.m), 'date', { ...base, y });
      if (anchored && base.granularity === 'day' && r.discourse) {
        const p = { y, m: base.m, d: Math.min(base.d, 28) };
        return out(formatDate(p), 'date', anchorOf(p, 'day'));
      }
      return out(formatYear(y), 'date', { y, m: 1, d: 1, q: 1, granularity: 'year' });
    }
  }
}

function resolveQuarter(r: Extract<Reading, { type: 'quarter' }>, ctx: ResolveContext): Resolved | null {
  const { ref } = ctx;
  const unitsPerYear = r.half ? 2 : 4;
  const current = r.half ? (ref.m > 6 ? 2 : 1) : quarterOf(ref.m);
  let q = r.q;
  let y = r.y;
  let certainty: Certainty = y !== undefined ? 'stated' : 'relative';
  if (q === 0 && y !== undefined) {
    // "the 1988 period": the quarter the text is about, in that year; else just the year.
    const a = ctx.anchor;
    if (!a || a.granularity !== 'quarter') return { value: formatYear(y), kind: 'date', certainty: 'stated', anchor: { y, m: 1, d: 1, q: 1, granularity: 'year' } };
    q = a.q;
  } else if (q === 0) {
    // "the quarter", "the latest quarter": the one the text is about, else the last one closed.
    const a = ctx.anchor;
    if (a && a.granularity === 'quarter' && !r.half) {
      q = a.q;
      y = a.y;
    } else {
      const index = ref.y * unitsPerYear + current - 2;
      y = Math.floor(index / unitsPerYear);
      q = (index % unitsPerYear) + 1;
    }
  } else if (y === undefined) {
    if (r.yearShift !== undefined) y = ref.y + r.yearShift;
    else {
      // Results are reported after a quarter closes, so a quarter is this year's unless the
      // sentence looks back at one that has not begun yet.
      certainty = 'inferred';
      const ahead = q - current;
      y = (ctx.tense === 'past' && ahead > 0) || (ctx.tense === 'present' && ahead > 1) ? ref.y - 1 : ref.y;
    }
  }
  const value = r.half ? formatHalf(y, q) : formatQuarter(y, q);
  const m = r.half ? q * 6 - 5 : q * 3 - 2;
  const out: Resolved = { value, kind: 'date', certainty, anchor: { y, m, d: 1, q: quarterOf(m), granularity: r.half ? 'half' : 'quarter' } };
  if (r.half) out.timeml = { type: 'DATE', value: `${formatYear(y)}-H${q}` };
  return withMod(out, r.mod);
}

function resolveSeason(r: Extract<Reading, { type: 'season' }>, ctx: ResolveContext): Resolved {
  const { ref } = ctx;
  const start = SEASON_START[r.season] ?? 3;
  let y = r.y;
  let certainty: Certainty = 'stated';
  if (y === undefined) {
    certainty = r.shift !== undefined ? 'relative' : 'inferred';
    // Months counted from year 0; the season of year y runs from month `first(y)` for three months.
    const now = ref.y * 12 + ref.m - 1;
    const first = (year: number): number => year * 12 + start - 1;
    const current = [ref.y - 1, ref.y].find((year) => first(year) <= now && now <= first(year) + 2);
    const last = first(ref.y) + 2 < now ? ref.y : ref.y - 1;
    const next = first(ref.y) > now ? ref.y : ref.y + 1;
    const direction = directionOf(ctx.tense);
    // "last summer" has ended, "next spring" has not begun, "this summer" is this year's (a
    // winter that has ended in March is "this winter" only in the past tense).
    if (r.shift === -1) y = last;
    else if (r.shift === 1) y = next;
    else if (current !== undefined) y = current;
    else if (r.shift === 0) y = start === 12 && direction < 0 ? last : ref.y;
    else if (direction < 0) y = last;
    else if (direction > 0) y = next;
    else y = now - (first(last) + 2) < first(next) - now ? last : next;
  }
  const from = formatMonth(y, start);
  const to = start === 12 ? formatMonth(y + 1, 2) : formatMonth(y, start + 2);
  // The brief writes the season's months (2005-06/2005-08), one of the gold briefs' forms; TimeML 2005-SU.
  return withMod({
    value: `${from}/${to}`, kind: 'date', certainty,
    timeml: { type: 'DATE', value: `${formatYear(y)}-${r.season}` },
    anchor: { y, m: start, d: 1, q: quarterOf(start), granularity: 'year' },
  }, r.mod);
}
