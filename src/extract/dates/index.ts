// The date extractor: every temporal expression of an analysed text, with its TIMEX3-style value
// resolved against the reference time, and the event it dates. Pure: no clock, files or network.
import type { Certainty } from '../../brief/model.js';
import type { Analysis } from '../nlp.js';
import { readRefTime, type RefTime } from './calendar.js';
import { findEvent } from './find-event.js';
import { TenseReader } from './read-tense.js';
import type { Candidate, Reading, Tense } from './reading.js';
import { resolveReading, type Anchor, type Resolved } from './resolve-reading.js';
import { scanCandidates } from './scan-candidates.js';
import { TokenIndex } from './token-index.js';
import type { DatesOptions, FoundDate } from './types.js';

export type { DatesOptions, FoundDate } from './types.js';

/** "the three months to 31 December": the date closes a quarter, and later comparisons are about it. */
/** How close (in characters) a day must be mentioned for a bare time to belong to it. */
const NEAR = 120;

const QUARTER_CLOSE = /\b(?:(?:three|3)\s+months|quarter|period)\s+(?:to|ended|ending|through|until)\s+$/i;

export function extractDates(analysis: Analysis, options: DatesOptions): FoundDate[] {
  const ref = readRefTime(options.referenceTime);
  if (!ref) throw new TypeError(`extractDates: referenceTime is not an ISO 8601 date: ${JSON.stringify(options.referenceTime)}`);
  const text = analysis.text;
  const tokens = new TokenIndex(analysis);
  const candidates = scanCandidates({ text, tokens, locale: options.locale ?? 'en-GB' });
  const tenses = new TenseReader(analysis);

  const taken = new Uint8Array(text.length + 1);
  for (const c of candidates) taken.fill(1, c.start, c.end);
  const isTaken = (offset: number): boolean => taken[offset] === 1;

  const found: FoundDate[] = [];
  let anchor: Anchor | null = null;
  let anchorEnd = -Infinity;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const nearAnchor = c.start - anchorEnd <= NEAR ? anchor : null;
    // "face Barcelona on Wednesday" looks ahead; "Wednesday's defeat" names the day of a noun.
    const futurate = c.reading.type === 'weekday' && !/['’]s$/.test(text.slice(c.start, c.end));
    const counted = c.reading.type === 'around' && c.reading.ofEvent ? readEventDay(c.reading, found, text.slice(found.at(-1)?.end ?? 0, c.start)) : null;
    if (c.reading.type === 'around' && c.reading.ofEvent && !counted) continue;
    const tense = tenses.tenseAt(c.start, c.end, futurate);
    let resolved = resolveReading(counted?.reading ?? c.reading, { ref, tense, anchor, nearAnchor });
    if (!resolved) continue;
    resolved = readTimeAhead(text, c, resolved, tense, ref);
    // A day counted from another is as certain as that one.
    if (counted) resolved = { ...resolved, certainty: counted.certainty };
    resolved = readPartOfYear(text, candidates[k - 1], c, resolved, ref);
    const next = nextAnchor(anchor, resolved, text, c);
    if (next !== anchor) anchorEnd = c.end;
    anchor = next;
    const date = toFoundDate(text, c.start, c.end, resolved, c);
    date.event = findEvent(analysis, tokens, c.start, c.end, isTaken);
    found.push(date);
  }
  return found;
}

/**
 * "the day before the final": the day the text gave the final, found as an earlier date whose
 * event names it; "Oct. 12, the day before the plunge": the date it stands in apposition to (Oct. 12).
 * Without one the expression has no calendar position and is left out.
 */
function readEventDay(r: Extract<Reading, { type: 'around' }>, found: readonly FoundDate[], gap: string): { reading: Reading; certainty: Certainty } | null {
  const isDay = (d: FoundDate): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d.value);
  const last = found.at(-1);
  const head = new RegExp(`\\b${(r.ofEvent ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const dayOf = (date: FoundDate): Reading => {
    const [y, m, d] = date.value.split('-').map(Number) as [number, number, number];
    return { type: 'calendar', y, m, d };
  };
  // In apposition the phrase names the date before it: that day itself.
  if (last && isDay(last) && /^\s*,\s*$/.test(gap)) return { reading: dayOf(last), certainty: last.certainty };
  const base = [...found].reverse().find((d) => isDay(d) && !!d.event && head.test(d.event));
  return base ? { reading: { ...r, of: dayOf(base) }, certainty: base.certainty } : null;
}

/** "in four days", "in two weeks": a count of whole units, as a duration writes it. */
const COUNTED = /^P(?<n>\d+)(?<unit>[DWMY])$/;
const COUNTED_UNITS = { D: 'day', W: 'week', M: 'month', Y: 'year' } as const;

/**
 * "In four days, the union starts balloting", "will resume in two weeks": a span after "in" that
 * the clause looks ahead through ends on a date, the date the brief gives; TimeML still
 * annotates the span, so it keeps the duration. ("Built in four days" is the time it took.)
 */
function readTimeAhead(text: string, c: Candidate, r: Resolved, tense: Tense, ref: RefTime): Resolved {
  const m = r.kind === 'duration' && !r.mod ? COUNTED.exec(r.value) : null;
  // "In the nine months" names a period the text knows; only a bare count ("in four days") looks ahead.
  if (!m || /^the\s/i.test(text.slice(c.start, c.end)) || !/(?:^|\s)in\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start))) return r;
  const fronted = /^\s*,/.test(text.slice(c.end, c.end + 2)) && /(?:^|[.!?]["”’]?\s+|\n\s*)in\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start));
  if (tense !== 'future' && !fronted) return r;
  const reading: Reading = { type: 'offset', n: Number(m.groups!.n), unit: COUNTED_UNITS[m.groups!.unit as keyof typeof COUNTED_UNITS], direction: 1, discourse: false };
  const ahead = resolveReading(reading, { ref, tense, anchor: null });
  return ahead ? { ...ahead, timeml: { type: 'DURATION', value: r.value } } : r;
}

/** "the last three months of 2004": TimeML's duration and year; to the brief, the months (2004-10/2004-12). */
const PART_OF_YEAR = /^(?:the\s+)?(?<side>first|last|final)\s+(?<n>three|six|nine|3|6|9)\s+months$/i;

/** "the three months to January": a period of account closing at that month. */
const MONTHS_TO = /^(?:the\s+)?(?<n>three|six|nine|twelve|3|6|9|12)[\s-]+months$/i;

function readPartOfYear(text: string, previous: Candidate | undefined, c: Candidate, r: Resolved, ref: RefTime): Resolved {
  if (!previous) return r;
  const gap = text.slice(previous.end, c.start);
  const span = text.slice(previous.start, previous.end);
  const to = MONTHS_TO.exec(span);
  if (to && /^\d{4}-\d{2}$/.test(r.value) && /^\s+(?:to|ending|ended|through)\s+$/i.test(gap)) {
    const n = { three: 3, six: 6, nine: 9, twelve: 12 }[to.groups!.n!.toLowerCase()] ?? Number(to.groups!.n);
    let y = Number(r.value.slice(0, 4));
    const m = Number(r.value.slice(5, 7));
    // Accounts are reported once the period has closed: a guessed year puts its end before the story.
    if (r.certainty === 'inferred' && y * 12 + m > ref.y * 12 + ref.m) y--;
    const index = y * 12 + m - 1 - (n - 1);
    const from = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    const anchor: Anchor = { y, m, d: 1, q: Math.ceil(m / 3), granularity: n === 3 ? 'quarter' : 'month' };
    const end = `${y}-${String(m).padStart(2, '0')}`;
    return { ...r, value: `${from}/${end}`, timeml: { type: 'DATE', value: end }, anchor };
  }
  if (!/^\d{4}$/.test(r.value) || !/^\s+of\s+$/.test(gap)) return r;
  const m = PART_OF_YEAR.exec(span);
  if (!m) return r;
  const n = { three: 3, six: 6, nine: 9 }[m.groups!.n!.toLowerCase()] ?? Number(m.groups!.n);
  const y = Number(r.value);
  const first = /^first$/i.test(m.groups!.side!) ? 1 : 13 - n;
  const last = first + n - 1;
  const pad = (x: number): string => String(x).padStart(2, '0');
  const anchor: Anchor = { y, m: first, d: 1, q: Math.ceil(first / 3), granularity: n === 3 ? 'quarter' : 'month' };
  return { ...r, value: `${y}-${pad(first)}/${y}-${pad(last)}`, timeml: { type: 'DATE', value: r.value }, anchor };
}

function nextAnchor(current: Anchor | null, resolved: Resolved, text: string, c: Candidate): Anchor | null {
  const a = resolved.anchor;
  if (!a) return current;
  // Year-on-year comparisons look back without moving the story's own time.
  if (c.reading.type === 'offset' && c.reading.unit === 'year' && current) return current;
  if (a.granularity === 'day' && QUARTER_CLOSE.test(text.slice(Math.max(0, c.start - 30), c.start))) {
    return { ...a, granularity: 'quarter' };
  }
  return a;
}

function toFoundDate(text: string, start: number, end: number, r: Resolved, c: Candidate): FoundDate {
  const date: FoundDate = {
    start,
    end,
    text: text.slice(start, end),
    kind: r.kind,
    value: r.value,
    certainty: r.certainty,
    event: null,
  };
  if (r.mod) date.mod = r.mod;
  if (r.timeml) date.timeml = r.timeml;
  if (r.parts && c.reading.type === 'range') {
    const spans = [c.reading.fromSpan, c.reading.toSpan];
    date.parts = r.parts.map((p, i) => toFoundDate(text, spans[i]![0], spans[i]![1], p, c));
  }
  return date;
}
