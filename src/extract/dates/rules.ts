// The grammar: one rule per family of temporal expression, each a precompiled regex and a reader
// that turns a match into a Reading. Regexes are linear (no nested unbounded repetition) so that
// long runs of digits or words cannot make them backtrack badly.
import {
  CALENDAR_SPORT_SRC, COUNT_SRC, CROSS_YEAR_SPORT_SRC, DAY_SRC, MONTH_SRC, MONTHS, ORDINALS, PARTS_OF_DAY, POSITION_SRC, QUANTITY_MOD_SRC,
  SEASON_SRC, SEASONS, UNIT_SRC, UNITS, WEEKDAY_SRC, YEAR_SRC,
  readDay, readMonth, readNumber, readPositionMod, readQuantityMod, readWeekday,
} from './lexicon.js';
import type { Unit } from './lexicon.js';
import type { Clock, Reading, ShiftUnit } from './reading.js';
import type { TokenIndex } from './token-index.js';

export interface ScanContext {
  text: string;
  tokens: TokenIndex;
  locale: 'en-GB' | 'en-US';
}

export interface Rule {
  name: string;
  pattern: RegExp;
  /**
   * Words of which every match holds one (in lower case): a text without any of them is not
   * scanned by the rule. Each scan of a text costs about as much whether it finds anything or
   * not, and most rules find nothing in most articles.
   */
  needs?: readonly string[];
  priority?: number;
  /** Returns null to drop the match (e.g. "may" the verb). The named group `x`, if set, is the extent. */
  read(groups: Record<string, string | undefined>, match: RegExpExecArray, scan: ScanContext): Reading | null;
  /** Where the extent starts when it is not where the match starts. */
  startAt?(groups: Record<string, string | undefined>, match: RegExpExecArray): number;
}

const compile = (src: string): RegExp => new RegExp(src, 'dgi');
const formatCenturyYear = (y: number): string => String(y).padStart(4, '0');
/** Between a day and its year: a comma, spaces or one line break, never a blank line. */
const YEAR_GAP = '(?:,[ \\t]*\\n?[ \\t]*|[ \\t]+\\n?[ \\t]*|\\n[ \\t]*)';
/** "26 February 1600 GMT": four digits before a time zone are a time of day, not a year. */
const NOT_CLOCK = '(?![ \\t]*(?:GMT|BST|UTC|CET|hrs?\\b|h\\b))';
/** No letter, digit or apostrophe right before. */
const B_ANY = "(?<![\\w'’])";
/**
 * The same, for a rule whose every match opens with a letter or a digit: there the look-behind
 * implies a word boundary, and a `\b` in front of it, which changes no match, lets the regex engine
 * pass over the inside of words (the rules' scan of a text ~25% cheaper). Every rule but the
 * decade's ("'90s") opens so.
 */
const B = `\\b${B_ANY}`;
const TZ = '(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|Z)(?![\\w])';

const isUpper = (s: string | undefined): boolean => !!s && /^[A-Z]/.test(s);
const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const textBefore = (scan: ScanContext, m: RegExpExecArray, chars = 30): string =>
  scan.text.slice(Math.max(0, m.index - chars), m.index);
const textAfter = (scan: ScanContext, m: RegExpExecArray, chars = 30): string =>
  scan.text.slice(m.index + m[0].length, m.index + m[0].length + chars);

const UNIT_CODES: Record<Unit, string> = {
  second: 'TS', minute: 'TM', hour: 'TH', day: 'D', week: 'W', fortnight: 'W', month: 'M',
  quarter: 'Q', year: 'Y', decade: 'Y', century: 'Y',
};

/** P3Y, PT2H, P2W, P18M, PXY; fractional counts move to the next smaller unit. */
export function formatDuration(n: number | null, unit: Unit): string {
  let code = UNIT_CODES[unit];
  let count = n;
  if (count !== null && unit === 'fortnight') count *= 2;
  if (count !== null && unit === 'decade') count *= 10;
  if (count !== null && unit === 'century') count *= 100;
  if (count !== null && !Number.isInteger(count)) {
    // "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
    const mixed: Partial<Record<string, [string, number]>> = { Y: ['M', 12], D: ['H', 24], TH: ['M', 60], TM: ['S', 60] };
    const parts = mixed[code];
    const whole = Math.floor(count);
    const rest = Math.round((count - whole) * (parts?.[1] ?? 0));
    if (parts && whole > 0 && rest > 0) {
      return code.startsWith('T') ? `PT${whole}${code.slice(1)}${rest}${parts[0]}` : code === 'D' ? `P${whole}DT${rest}H` : `P${whole}${code}${rest}${parts[0]}`;
    }
    const smaller: Partial<Record<string, [string, number]>> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['TH', 24], TH: ['TM', 60], TM: ['TS', 60] };
    const next = smaller[code];
    if (next && Number.isInteger(Math.round(count * next[1] * 1000) / 1000)) {
      count = Math.round(count * next[1]);
      code = next[0];
    }
  }
  const amount = count === null ? 'X' : String(count);
  return code.startsWith('T') ? `PT${amount}${code.slice(1)}` : `P${amount}${code}`;
}

const VAGUE_COUNT = /^(?:a\s+few|few|several|some|many|a\s+number\s+of|dozens\s+of|hundreds\s+of|thousands\s+of)$/i;

const QUARTER_ENDED = new RegExp(`^\\s+(?:ended|ending)\\s+(${MONTH_SRC})`, 'i');

const TENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/** A count from its words; null for vague ones ("several"). `undefined` rejects the match. */
function readCount(raw: string | undefined, unitWord: string): number | null | undefined {
  if (!raw) return undefined;
  const r = lower(raw);
  if (VAGUE_COUNT.test(r)) return null;
  const half = /\s+1\/2$/.test(r) ? 0.5 : /\s+and\s+a\s+half$/.test(r) ? 0.5 : 0;
  const n = readNumber(r.replace(/\s+(?:1\/2|and\s+a\s+half)$/, ''));
  if (n === null) return undefined;
  // "a years" is not English; "1 years" is noise.
  if ((r === 'a' || r === 'an') && /s$/i.test(unitWord)) return undefined;
  return n + half;
}

function readClock(g: Record<string, string | undefined>): Clock | null {
  if (g.named) {
    const w = lower(g.named);
    return { hour: w === 'midnight' ? 24 : 12, minute: 0 };
  }
  if (g.oc) {
    const n = readNumber(g.oc);
    return n === null || n < 1 || n > 12 ? null : { hour: n, minute: 0 };
  }
  if (g.h24) return { hour: Number(g.h24), minute: Number(g.mi24) };
  if (g.h4) return { hour: Number(g.h4), minute: Number(g.m4) };
  if (!g.h) return null;
  let hour = Number(g.h);
  const minute = Number(g.mi ?? 0);
  if (hour < 1 || hour > 12) return null;
  const pm = /^p/i.test(g.ap ?? '');
  if (pm && hour < 12) hour += 12;
  if (!pm && hour === 12) hour = 0;
  return { hour, minute };
}

const CLOCK_SRC =
  `(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\w])` +
  `|(?<h24>[01]?\\d|2[0-3]):(?<mi24>[0-5]\\d)(?![\\d:])` +
  `|(?<h4>[01]\\d|2[0-3])(?<m4>[0-5]\\d)(?=[ \\t]*(?:GMT|BST|UTC|CET)\\b)` +
  `|(?<named>noon|midday|midnight)` +
  `|(?<oc>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o['’]clock)`;

const SHIFT_WORDS: Record<string, number> = {
  last: -1, past: -1, previous: -1, preceding: -1, 'this past': -1, this: 0, current: 0, present: 0,
  same: 0, that: 0, next: 1, coming: 1, following: 1, 'this coming': 1, latest: 0,
};
const DISCOURSE_SHIFTS = new Set(['previous', 'preceding', 'following', 'same', 'that']);

const HOLIDAYS: Record<string, { m: number; d: number } | 'easter' | 'thanksgiving' | 'newyear'> = {
  christmas: { m: 12, d: 25 }, 'christmas day': { m: 12, d: 25 }, 'christmas eve': { m: 12, d: 24 },
  "new year's day": { m: 1, d: 1 }, "new year's eve": { m: 12, d: 31 }, "new year's": { m: 1, d: 1 },
  'the new year': 'newyear', 'new year': 'newyear', halloween: { m: 10, d: 31 }, 'independence day': { m: 7, d: 4 },
  'boxing day': { m: 12, d: 26 }, "valentine's day": { m: 2, d: 14 }, 'bastille day': { m: 7, d: 14 },
  'veterans day': { m: 11, d: 11 }, hogmanay: { m: 12, d: 31 }, easter: 'easter', 'easter sunday': 'easter',
  thanksgiving: 'thanksgiving', 'thanksgiving day': 'thanksgiving',
};

/** Prepositions after which a bare month name or a capitalised season is a date. */
const DATE_PREPOSITION = /\b(?:in|on|of|by|since|until|till|from|through|during|before|after|between|and|to|early|late|mid|last|this|next|each|every|for|until|around|as\s+of)[\s-]*$/i;

const YEAR_PREPOSITION = /\b(?:in|since|of|by|from|until|till|through|to|before|after|during|between|and|circa|c\.|year|around|early|late|mid|fiscal|the|summer|winter|spring|autumn|fall|than)\s*$/i;

/** A measure named before "of" ("a score of", "a total of"), whose value follows. */
const QUANTITY_OF = /\b(?:score|scores|total|average|maximum|minimum|max|min|rate|speed|number|count|sum|tally|rating|index|capacity|reading|value)\s+of\s*$/i;
/** A verb of change with "from" or "to" before the figure ("rose from 1061 to 1128", "fell to 1500"). */
const CHANGE_FROM_TO = /\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|increased|increasing|increases|decreased|decreasing|decreases|grew|grown|growing|grows|dropped|dropping|jumped|climbed|declined|slipped|surged|soared|improved)\s+(?:from|to)\s+(?:[\d,.]+\s+to\s+)?$/i;

function readBareYear(y: number, m: RegExpExecArray, scan: ScanContext): boolean {
  const before = textBefore(scan, m, 20);
  const after = textAfter(scan, m, 20);
  if (/^\s*(?:a\.m|p\.m|am\b|pm\b|hours?\b|GMT|UTC|h\b|hrs\b|[*x×]\s*\d)/i.test(after)) return false;
  if (/[*x×]\s*$/.test(before)) return false;
  if (/(?:No\.?|number|page|pages|flight|route|room|model|code|#)\s*$/i.test(before)) return false;
  const preposition = YEAR_PREPOSITION.test(before);
  if (y < 1900 && !preposition) return false;
  // "a total score of 2072", "scores increased from 1061 to 1128": a measure's value or a change in it is no year.
  if (QUANTITY_OF.test(before)) return false;
  if (CHANGE_FROM_TO.test(textBefore(scan, m, 40))) return false;
  // "1500 people", "2000 troops": a count before a plural noun is not a year.
  const next = scan.tokens.after(m.index + m[0].length);
  if (next && next.pos === 'NOUN' && next.text !== next.lemma && /s$/i.test(next.text) && !preposition) return false;
  if (next && /^(?:of|people|men|women|troops|jobs|workers|employees|shares|units|cars|homes|copies|tonnes|tons)$/i.test(next.text) && !/\b(?:in|since)\s*$/i.test(before)) return false;
  // "2005 million": an amount; "the 2012 model": a product named by its model year ("the 2008
  // model year" itself is a time).
  if (next && /^(?:million|billion|trillion|bn)$/i.test(next.text)) return false;
  if (next && /^models?$/i.test(next.text) && !/^\s+year/i.test(scan.text.slice(next.end, next.end + 6))) return false;
  // "Windows 2000", "Euro 2004": a year that ends a name is part of it.
  // (The tagger reads the last word of a name as a verb or noun at times: "the Immigration Act 1999".)
  const prev = scan.tokens.before(m.index);
  const beforePrev = prev && scan.tokens.before(prev.start);
  const endsName = !!prev && (prev.pos === 'PROPN' || (/^(?:VERB|NOUN)$/.test(prev.pos) && beforePrev?.pos === 'PROPN' && beforePrev.sentence === prev.sentence && /^[A-Z]/.test(beforePrev.text)));
  if (prev && !preposition && endsName && /^[A-Z]/.test(prev.text) && /^\s?$/.test(scan.text.slice(prev.end, m.index)) && !MONTHS[prev.text.toLowerCase().replace(/\.$/, '')]) return false;
  return y >= 1000 && y <= 2099;
}

/** The number that ends the match is followed by a plural noun ("25 people", "12 players"): a count. */
function countsNextNoun(scan: ScanContext, m: RegExpExecArray): boolean {
  const next = scan.tokens.after(m.index + m[0].length);
  if (!next || next.pos !== 'NOUN') return false;
  const word = next.text.toLowerCase();
  // The tagger's lemma keeps the irregular plurals of persons as they are.
  return word !== next.lemma.toLowerCase() || IRREGULAR_PLURALS.has(word);
}

/** Irregular plural nouns of persons (English grammar's closed class: people, men, women, children). */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children']);

/**
 * Figures of accounts and national statistics: money, rates and the nouns they are reported
 * under (IAS 34 interim reports; national accounts). Quarters and halves of a year are read only
 * in a sports report when their sentence gives such figures: elsewhere there "the second half" is
 * a period of play.
 */
const REPORTING = /[$£€¥%]|\d\s*bn\b|\b(?:per\s?cent|percent|billion|million|profits?|sales|revenues?|earnings|turnover|income|losses|dividends?|shares|GDP|economy|economic|growth|inflation|fiscal)\b/i;

/** A result or a moment of a match: "lost 3-0", "at half-time", "a friendly". */
const PLAY = /\b(?:won|lost|beat|drew|trailed|led|win|defeat|victory|draw)\s+(?:\w+\s+){0,2}\d{1,3}-\d{1,3}\b|\bhalf-time\b|\bfriendl(?:y|ies)\b|\bkick-off\b|\bextra[ -]time\b/i;
const playReports = new WeakMap<ScanContext, boolean>();

/** A half or quarter without a year: of play in a sports report, unless its sentence gives figures. */
function isPeriodOfPlay(scan: ScanContext, offset: number): boolean {
  let play = playReports.get(scan);
  if (play === undefined) {
    play = !!readSeasonCalendar(scan) || PLAY.test(scan.text);
    playReports.set(scan, play);
  }
  if (!play) return false;
  const s = scan.tokens.sentenceAt(offset);
  return !s || !REPORTING.test(scan.text.slice(s.start, s.end));
}

const SPORT = new RegExp(`\\b(?:(?<cross>${CROSS_YEAR_SPORT_SRC})|(?<calendar>${CALENDAR_SPORT_SRC}))(?![\\w-])`, 'gi');
const seasonCalendars = new WeakMap<ScanContext, 'cross-year' | 'calendar' | null>();

/** Whether the text's sport plays across the new year, within one, or is not a sport at all. */
function readSeasonCalendar(scan: ScanContext): 'cross-year' | 'calendar' | null {
  const known = seasonCalendars.get(scan);
  if (known !== undefined) return known;
  let cross = 0;
  let calendar = 0;
  SPORT.lastIndex = 0;
  for (let m = SPORT.exec(scan.text); m; m = SPORT.exec(scan.text)) {
    if (m.groups?.cross) cross++;
    else calendar++;
  }
  const found = cross + calendar < 2 ? null : cross > calendar ? 'cross-year' : 'calendar';
  seasonCalendars.set(scan, found);
  return found;
}

/**
 * The head noun of a definite noun phrase that starts at `offset` ("the [stock market] plunge",
 * "his wedding"): the last noun before anything that is not part of the phrase.
 */
function readEventHead(scan: ScanContext, offset: number): string | null {
  let t = scan.tokens.after(offset);
  if (!t || !/^(?:the|his|her|its|their|this|that|our|my|your)$/i.test(t.text)) return null;
  let head: string | null = null;
  for (let n = 0; n < 5; n++) {
    t = scan.tokens.after(t.end);
    if (!t || !/^(?:ADJ|NOUN|PROPN|VERB)$/.test(t.pos)) break;
    if (t.pos !== 'ADJ') head = t.text.toLowerCase();
    // "the final" is tagged an adjective.
    else if (!head) head = t.text.toLowerCase();
  }
  return head;
}

/** What a written date can begin with: "the day after [Boxing Day]", "[7 May]", "[Monday]". */
const DATE_AHEAD = new RegExp(`^\\s+(?:\\d|the\\s+\\d|${MONTH_SRC}|${WEEKDAY_SRC}|(?:Christmas|Easter|Boxing|Valentine|Halloween|Thanksgiving|New\\s+Year)(?![\\w])|yesterday|today|tomorrow)`);

const toYear = (raw: string, century?: number): number => {
  const digits = raw.replace(/\D/g, '');
  if (digits.length === 4) return Number(digits);
  const n = Number(digits);
  if (century !== undefined) return century * 100 + n;
  return n < 50 ? 2000 + n : 1900 + n;
};

export const RULES: readonly Rule[] = [
  {
    name: 'iso-date',
    pattern: compile(`${B}(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:[T ](?<hh>[01]\\d|2[0-3]):(?<mm>[0-5]\\d)(?::\\d\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\w-])`),
    priority: 5,
    read: (g) => ({
      type: 'calendar', y: Number(g.y), m: Number(g.m), d: Number(g.d),
      ...(g.hh ? { clock: { hour: Number(g.hh), minute: Number(g.mm) } } : {}),
    }),
  },
  {
    name: 'numeric-date',
    pattern: compile('(?<![\\w./-])(?<a>[0-3]?\\d)(?<sep>[/.-])(?<b>[0-3]?\\d)\\k<sep>(?<c>\\d{4}|\\d{2})(?![\\w/]|[.,-]\\d)'),
    priority: 5,
    read: (g, _m, scan) => {
      const a = Number(g.a);
      const b = Number(g.b);
      if (g.c!.length === 2 && g.sep !== '/') return null;
      const y = toYear(g.c!);
      // Day first in Britain and Europe, month first in the US; a number above 12 settles it.
      let [d, mo] = scan.locale === 'en-US' ? [b, a] : [a, b];
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      if (g.sep === '.') [d, mo] = a <= 31 && b <= 12 ? [a, b] : [d, mo];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return { type: 'calendar', y, m: mo, d };
    },
  },
  {
    name: 'month-day',
    pattern: compile(
      `${B}(?:(?<wd>${WEEKDAY_SRC}),?\\s+)?(?<mon>${MONTH_SRC})\\s*(?<d1>${DAY_SRC})(?:\\s*(?<sep>-|–|—|to|through|and|until)\\s*(?<d2>${DAY_SRC}))?(?:${YEAR_GAP}(?<y>${YEAR_SRC})${NOT_CLOCK})?(?![\\w%]|[.,:]\\d|\\s*(?:%|percent|per\\s+cent))`,
    ),
    priority: 3,
    read: (g, m, scan) => {
      const mo = readMonth(g.mon!);
      if (!mo) return null;
      // "May 5" needs the digit right after; "Jan.14" is fine too.
      if (!/\s|\./.test(m[0].slice(m[0].indexOf(g.mon!) + g.mon!.length, m[0].indexOf(g.mon!) + g.mon!.length + 2)) && !/\.$/.test(g.mon!)) return null;
      const y = g.y ? Number(g.y) : undefined;
      // "In January 25 people were jailed": a bare number before a plural noun counts it, and the
      // month stands alone. A day takes "on" ("on March 3 elections were held") and may modify a
      // noun after a determiner ("the March 3 elections").
      if (!y && !g.d2 && /^\d+$/.test(g.d1!) && countsNextNoun(scan, m) && !/^(?:on|the|a|an|this|that|its|their|his|her)$/i.test(scan.tokens.before(m.index)?.text ?? '')) return null;
      const from: Reading = { type: 'calendar', ...(y ? { y } : {}), m: mo, d: readDay(g.d1!) };
      if (!g.d2) return from;
      const d2 = readDay(g.d2);
      if (d2 <= readDay(g.d1!)) return null;
      const to: Reading = { type: 'calendar', ...(y ? { y } : {}), m: mo, d: d2 };
      const d1End = (m.indices?.groups?.d1?.[1]) ?? m.index;
      const d2Start = (m.indices?.groups?.d2?.[0]) ?? m.index;
      return { type: 'range', from, to, fromSpan: [m.index, d1End], toSpan: [d2Start, m.index + m[0].length] };
    },
  },
  {
    name: 'day-month',
    pattern: compile(
      `(?<![\\w.,$£€#/'’-])(?:(?<wd>${WEEKDAY_SRC}),?\\s+)?(?:the\\s+(?=\\d+(?:st|nd|rd|th)\\s+of\\s))?(?<d1>${DAY_SRC})\\.?(?:\\s*(?<sep>-|–|—|/|to|and|until|till)\\s*(?:the\\s+)?(?<d2>${DAY_SRC})\\.?)?(?:\\s+of)?\\s+(?<mon>${MONTH_SRC})(?:${YEAR_GAP}(?<y>${YEAR_SRC})${NOT_CLOCK})?(?![\\w%]|[.,:]\\d)`,
    ),
    priority: 3,
    read: (g, m) => {
      const mo = readMonth(g.mon!);
      if (!mo) return null;
      const y = g.y ? Number(g.y) : undefined;
      const d1 = readDay(g.d1!);
      const from: Reading = { type: 'calendar', ...(y ? { y } : {}), m: mo, d: d1 };
      if (!g.d2) return from;
      const d2 = readDay(g.d2);
      if (d2 <= d1) return null;
      const to: Reading = { type: 'calendar', ...(y ? { y } : {}), m: mo, d: d2 };
      const d1End = m.indices?.groups?.d1?.[1] ?? m.index;
      const d2Start = m.indices?.groups?.d2?.[0] ?? m.index;
      return { type: 'range', from, to, fromSpan: [m.index, d1End + (m[0][d1End - m.index] === '.' ? 1 : 0)], toSpan: [d2Start, m.index + m[0].length] };
    },
  },
  {
    name: 'week-of-month',
    needs: ['week'],
    pattern: compile(`${B}(?:the\\s+)?(?<ord>first|second|third|fourth|last|final)\\s+week\\s+(?:of|in)\\s+(?<mon>${MONTH_SRC})(?:,?\\s+(?<y>${YEAR_SRC}))?(?![\\w-])`),
    priority: 3,
    read: (g) => {
      const mo = readMonth(g.mon!);
      const n = ORDINALS[lower(g.ord)];
      if (!mo || n === undefined || n === 0 || n > 4) return null;
      return { type: 'calendar', m: mo, week: n, ...(g.y ? { y: Number(g.y) } : {}) };
    },
  },
  {
    name: 'month-year',
    pattern: compile(`${B}(?:(?<pos>${POSITION_SRC}))?(?<mon>${MONTH_SRC})(?:\\s+of|,)?${YEAR_GAP}(?<y>${YEAR_SRC})${NOT_CLOCK}(?![\\w%]|[.,:]\\d)`),
    priority: 2,
    read: (g) => {
      const mo = readMonth(g.mon!);
      if (!mo) return null;
      const mod = readPositionMod(g.pos);
      return { type: 'calendar', y: Number(g.y), m: mo, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'month',
    pattern: compile(
      `${B}(?:(?<pos>${POSITION_SRC}))?(?:(?<shift>last|this|next|this\\s+past|this\\s+coming|past|coming)\\s+)?(?<mon>${MONTH_SRC})(?:\\s+(?:of\\s+)?(?<ys>last|this|next)\\s+year)?(?![\\w-])`,
    ),
    priority: 1,
    read: (g, m, scan) => {
      const mo = readMonth(g.mon!);
      if (!mo) return null;
      const before = textBefore(scan, m);
      const after = textAfter(scan, m, 12);
      if (!g.shift && !g.pos && !g.ys) {
        // Month names that are also given names or verbs need a preposition: "in May", not "May said".
        const word = lower(g.mon).replace(/\.$/, '');
        // "a June summit", "the March elections": a month before the noun it dates.
        const premodifier = /\b(?:a|an|the|this|that|its|their|his|her)\s+$/i.test(before) && /^\s+[a-z]/.test(after);
        if (/^(?:may|june|april|august|march|jan|mar|sep|dec)$/.test(word) && !DATE_PREPOSITION.test(before) && !premodifier) return null;
        if (/^\s+[A-Z][a-z]/.test(after) && !DATE_PREPOSITION.test(before)) return null;
        if (/^(?:mar|sep|dec|jun|jul|jan|oct|nov|feb|apr|aug)$/.test(word)) return null;
      }
      const shift = g.shift ? SHIFT_WORDS[lower(g.shift)] : undefined;
      const yearShift = g.ys ? SHIFT_WORDS[lower(g.ys)] : undefined;
      const mod = readPositionMod(g.pos);
      return {
        type: 'calendar', m: mo,
        ...(shift !== undefined ? { shift } : {}),
        ...(yearShift !== undefined ? { yearShift } : {}),
        ...(mod ? { mod } : {}),
      };
    },
  },
  {
    name: 'position-year',
    pattern: compile(`${B}(?<pos>${POSITION_SRC})(?<y>${YEAR_SRC})(?![\\w%]|[.,]\\d)`),
    priority: 2,
    read: (g) => ({ type: 'fixed', kind: 'date', value: g.y!, mod: readPositionMod(g.pos) ?? 'MID', certainty: 'stated' }),
  },
  {
    name: 'fiscal-year',
    pattern: compile(`${B}(?<fy>(?:fiscal|financial)(?:\\s+year)?\\s+|FY\\s?)(?<y>${YEAR_SRC}|\\d\\d(?![\\w]))(?:\\s*[-–/]\\s*(?<y2>(?:1\\d|20)\\d\\d|\\d\\d)(?![\\w%]|[.,]\\d))?`),
    priority: 2,
    read: (g) => {
      const y = toYear(g.y!);
      // "fiscal year 2022-23", "FY2023/24": a year of account across two calendar years, written
      // as the seasons are; TimeML names it by the year it ends in.
      if (g.y2) {
        const end = toYear(g.y2, Math.floor(y / 100));
        if (end !== y + 1) return null;
        return { type: 'fixed', kind: 'date', value: `${y}/${end}`, certainty: 'stated', timeml: `FY${end}` };
      }
      // The brief names the year (the gold briefs' form); TimeML writes FY2005.
      return { type: 'fixed', kind: 'date', value: String(y), certainty: 'stated', ...(/^fy/i.test(g.fy!) ? { timeml: `FY${y}` } : {}) };
    },
  },
  {
    name: 'year-range',
    pattern: compile(`(?<![\\w$£€#.,/-])(?<y1>${YEAR_SRC})\\s*(?:-|–|—|/)\\s*(?<y2>(?:1\\d|20)\\d\\d|\\d\\d)(?![\\w%]|[.,]\\d)`),
    priority: 2,
    read: (g, m) => {
      const y1 = Number(g.y1);
      const y2 = toYear(g.y2!, Math.floor(y1 / 100));
      if (y2 <= y1 || y2 - y1 > 100 || y1 < 1800) return null;
      const y2Start = m.indices?.groups?.y2?.[0] ?? m.index;
      return {
        type: 'range',
        from: { type: 'fixed', kind: 'date', value: String(y1), certainty: 'stated' },
        to: { type: 'fixed', kind: 'date', value: String(y2), certainty: 'stated' },
        fromSpan: [m.index, m.index + 4],
        toSpan: [y2Start, m.index + m[0].length],
      };
    },
  },
  {
    name: 'year',
    pattern: compile(`(?<![\\w$£€#'’.,/:-]|\\d[,.])(?<y>${YEAR_SRC})(?![\\w%]|[.,:/]\\d|-\\d|\\s*(?:%|percent|per\\s+cent))`),
    priority: 0,
    read: (g, m, scan) => {
      const y = Number(g.y);
      return readBareYear(y, m, scan) ? { type: 'fixed', kind: 'date', value: g.y!, certainty: 'stated' } : null;
    },
  },
  {
    name: 'decade',
    needs: ['0s', "0'", '0’'],
    pattern: compile(`${B_ANY}(?:(?<the>the)\\s+)?(?:(?<pos>early|mid|late)[\\s-]+)?(?<dec>(?:1\\d|20)\\d0|['’]\\d0|\\d0)['’]?s(?![\\w])`),
    priority: 2,
    read: (g, m, scan) => {
      const raw = g.dec!.replace(/['’]/, '');
      if (raw.length === 2 && !g.the && !/['’]/.test(g.dec!) && !/\b(?:and|or|the)\s+$/i.test(textBefore(scan, m, 5))) return null;
      if (/\b(?:his|her|their|its|my|your|our|in\s+(?:his|her|their))\s*$/i.test(textBefore(scan, m))) return null;
      const year = raw.length === 4 ? Number(raw) : Number(raw) + 1900;
      const mod = readPositionMod(g.pos);
      // The brief writes the span of years (GOLD.md's intervals); TimeML the decade's digits,
      // "198" — or the century's, "13", for "the 1300s". ("The 2000s" is the decade 2000–2009,
      // as the current century is never called that in news text: "in the early 2000s".)
      if (raw.length === 4 && year % 100 === 0 && year !== 2000) {
        return { type: 'fixed', kind: 'date', value: `${year}/${year + 99}`, timeml: String(year / 100), ...(mod ? { mod } : {}), certainty: 'stated' };
      }
      return { type: 'fixed', kind: 'date', value: `${year}/${year + 9}`, timeml: String(year).slice(0, 3), ...(mod ? { mod } : {}), certainty: 'stated' };
    },
  },
  {
    // "the nineties", "the early eighties": a decade of the last century by its spelled tens
    // (with "the": "in her forties" is an age).
    name: 'spelled-decade',
    needs: ['ties'],
    pattern: compile(`${B}the\\s+(?:(?<pos>early|mid|late)[\\s-]+)?(?<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\\w])`),
    priority: 2,
    read: (g) => {
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(lower(g.tens)) + 2;
      const year = 1900 + tens * 10;
      const mod = readPositionMod(g.pos);
      return { type: 'fixed', kind: 'date', value: `${year}/${year + 9}`, timeml: String(year).slice(0, 3), ...(mod ? { mod } : {}), certainty: 'stated' };
    },
  },
  {
    name: 'century',
    needs: ['century'],
    pattern: compile(`${B}(?:the\\s+)?(?:(?<pos>early|mid|late)[\\s-]+)?(?<n>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century(?![\\w])`),
    priority: 2,
    read: (g, match) => {
      const n = Number(g.n);
      const mod = readPositionMod(g.pos);
      // "20th Century Fox", "21st Century Insurance": a capitalised "Century" with no article in front and a
      // capitalised word after it is a word of a name, not a time.
      const after = match.input.slice(match.index + match[0].length);
      if (!/^the\s/i.test(match[0]) && /Century$/.test(match[0]) && /^[ \t]+\p{Lu}/u.test(after)) return null;
      // "the 20th century": 1901/2000 to the brief, "19" to TimeML.
      return n < 1 ? null : { type: 'fixed', kind: 'date', value: `${formatCenturyYear((n - 1) * 100 + 1)}/${formatCenturyYear(n * 100)}`, timeml: String(n - 1).padStart(2, '0'), ...(mod ? { mod } : {}), certainty: 'stated' };
    },
  },
  {
    name: 'day-word',
    needs: ['today', 'tonight', 'yesterday', 'tomorrow'],
    pattern: compile(
      `${B}(?:(?<pre>(?:(?:early|late|mid)[\\s-]?)?(?:morning|afternoon|evening))\\s+)?(?:(?<pos>early|late|mid)[\\s-]+)?(?<w>today|tonight|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?![\\w])(?:['’]s)?(?:\\s+(?<part>morning|afternoon|evening|night)(?![\\w]))?`,
    ),
    priority: 2,
    read: (g, m, scan) => {
      const w = lower(g.w);
      const days = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.includes('before') ? -2 : w.includes('after') ? 2 : 0;
      const partWord = lower(g.part ?? g.pre).replace(/^(?:early|late|mid)[\s-]?/, '');
      const part = w === 'tonight' ? 'NI' : partWord ? PARTS_OF_DAY[partWord] : undefined;
      const mod = readPositionMod(g.pos ?? g.pre);
      // "today's world", "the youth of today": today as the present era.
      // "BBC Radio 4's Today programme": a capitalised day word inside a sentence is a name.
      if (/^[A-Z]/.test(g.w!) && !g.pos && /[\w,'’]\s*$/.test(textBefore(scan, m, 3))) return null;
      const vague = w === 'today' && /^['’]s\s+(?:world|society|market|economy|generation|standards)/i.test(scan.text.slice(m.index + m[0].length - 2, m.index + m[0].length + 20));
      return { type: 'day', days, ...(part ? { part } : {}), ...(mod ? { mod } : {}), ...(vague ? { vague } : {}) };
    },
  },
  {
    name: 'part-of-day',
    pattern: compile(`${B}(?:(?<pos>early|late|mid)[\\s-]+)?(?<w>this|last|later\\s+this|earlier\\s+this)\\s+(?<part>morning|afternoon|evening|night)(?![\\w])`),
    priority: 2,
    read: (g) => {
      const w = lower(g.w);
      const part = PARTS_OF_DAY[lower(g.part)]!;
      const days = w === 'last' ? (part === 'NI' || part === 'EV' ? -1 : -1) : 0;
      const mod = readPositionMod(g.pos) ?? (w.startsWith('later') ? 'END' : w.startsWith('earlier') ? 'START' : undefined);
      return { type: 'day', days, part, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'clock',
    pattern: compile(`${B}(?:(?<qm>about|around|approximately|roughly|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?${CLOCK_SRC}(?:\\s+(?<tz>${TZ}))?(?:\\s+(?<inpart>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night))?`),
    priority: 2,
    read: (g, m, scan) => {
      const clock = readClock(g);
      if (!clock) return null;
      // "Jamie Noon": a capitalised "Noon" inside a sentence is a name.
      if (g.named && /^[A-Z]/.test(g.named) && /[\w,]\s*$/.test(textBefore(scan, m, 3))) return null;
      if (g.h24 && !g.tz && !/\b(?:at|by|from|until|till|before|after|around|about|since|to)\s+$/i.test(textBefore(scan, m, 12))) return null;
      if (g.oc && !/\d/.test(g.oc) && !/\b(?:at|by|until|till|before|after|around|about|since)\s+$/i.test(textBefore(scan, m, 12))) return null;
      if (g.inpart && /evening|afternoon|night/i.test(g.inpart) && clock.hour < 12) clock.hour += 12;
      if (g.tz && /^(?:UTC|GMT|Z)$/i.test(g.tz)) clock.utc = true;
      const mod = g.qm ? (/^(?:about|around|approximately|roughly)/i.test(g.qm) ? 'APPROX' : /before/i.test(g.qm) ? 'BEFORE' : 'AFTER') : undefined;
      return { type: 'clock', clock, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'weekday',
    pattern: compile(
      `${B}(?:(?<pos>early|late|mid)[\\s-]+)?(?:(?<shift>last|this|next|this\\s+past|this\\s+coming|coming|past|the\\s+(?:previous|preceding|following))\\s+)?(?<wd>${WEEKDAY_SRC})(?![\\w])(?:['’]s)?(?:\\s+(?<part>morning|afternoon|evening|night)(?![\\w]))?`,
    ),
    priority: 1,
    read: (g, m, scan) => {
      const weekday = readWeekday(g.wd!);
      if (!weekday) return null;
      const after = textAfter(scan, m, 20);
      // "The Independent on Sunday", "The Mail on Sunday": British Sunday papers.
      if (/\b(?:Independent|Mail|Scotland|Wales)\s+on\s+$/.test(textBefore(scan, m, 16)) && /^sunday$/i.test(g.wd!)) return null;
      // "the Sunday Telegraph", "Monday Night Football": a weekday inside a name.
      if (!g.part && /^\s+(?:[A-Z][a-z]+)/.test(after) && !/^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|At|In|On|The|He|She|It|They|We|I|But|And|After|Before)\b/.test(after)) return null;
      const word = lower(g.shift).replace(/^the\s+/, '');
      const shift = g.shift ? SHIFT_WORDS[word] : undefined;
      const part = g.part ? PARTS_OF_DAY[lower(g.part)] : undefined;
      const mod = readPositionMod(g.pos);
      // "the previous Friday": the one before the day just mentioned.
      const discourse = DISCOURSE_SHIFTS.has(word);
      return { type: 'weekday', weekday, ...(shift !== undefined ? { shift } : {}), ...(discourse ? { discourse } : {}), ...(part ? { part } : {}), ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'offset',
    // (`\b` as in B: every match opens with a letter or a digit.)
    pattern: compile(
      `\\b(?<![\\w$£€#.,/-])(?:(?<qm>${QUANTITY_MOD_SRC}|some)\\s+)?(?<n>${COUNT_SRC})[\\s-]+(?<unit>${UNIT_SRC})(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|later|previously|before|after|back|from\\s+now|hence|on)(?![\\w])`,
    ),
    priority: 3,
    read: (g, m, scan) => {
      const unit = UNITS[lower(g.unit)];
      if (!unit) return null;
      const n = readCount(g.n, g.unit!);
      if (n === undefined) return null;
      const dir = lower(g.dir);
      // "two days before the vote": a duration with a signal, not a date.
      if (/^(?:before|after|on|back)$/.test(dir) && /^\s*[\w“"'‘]/.test(textAfter(scan, m, 3))) return null;
      const mod = readQuantityMod(g.qm);
      const direction = /^(?:ago|earlier|previously|before|back)$/.test(dir) ? -1 : 1;
      if (n === null) return { type: 'fixed', kind: 'date', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF', certainty: 'relative' };
      const discourse = !/^(?:ago|from now|hence|back)$/.test(dir);
      return { type: 'offset', n, unit, direction, discourse, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'vague-ago',
    pattern: compile(`${B}(?<unit>years|months|weeks|days|decades|hours|minutes)\\s+(?<dir>ago|earlier|later|before)(?![\\w])`),
    priority: 2,
    read: (g, m, scan) => {
      // "the years before 1997": "before" opens a phrase; it is not the adverb.
      if (/^(?:before|after)$/i.test(g.dir!) && /^\s*[\w“"'‘]/.test(textAfter(scan, m, 3))) return null;
      return { type: 'fixed', kind: 'date', value: /ago|earlier|before/i.test(g.dir!) ? 'PAST_REF' : 'FUTURE_REF', certainty: 'relative' };
    },
  },
  {
    // "the day after Boxing Day", "the day before 7 May": a day counted from the date that
    // follows; "the day after, ..." from the date last mentioned. "The day before the vote"
    // counts from an event whose date is not written: it is left out.
    name: 'day-around',
    pattern: compile(`${B}the\\s+(?<unit>day|night|week|month)\\s+(?<dir>before|after)(?![\\w-])`),
    priority: 1,
    read: (g, m, scan) => {
      const unit = UNITS[lower(g.unit) === 'night' ? 'day' : lower(g.unit)]!;
      const direction = lower(g.dir) === 'before' ? -1 : 1;
      const after = textAfter(scan, m, 16);
      if (DATE_AHEAD.test(after)) return { type: 'around', n: 1, unit, direction, ofDate: true };
      const next = scan.tokens.after(m.index + m[0].length);
      const ends = !next || /^(?:PUNCT|AUX|VERB|ADV|CCONJ|SCONJ)$/.test(next.pos) || /^(?:he|she|it|they|we|i|you)$/i.test(next.text);
      if (!ends) {
        // "the day before the final": counted from the day the text gives that event, if any.
        const head = readEventHead(scan, m.index + m[0].length);
        return head && unit === 'day' ? { type: 'around', n: 1, unit, direction, ofDate: true, ofEvent: head } : null;
      }
      if (next?.pos === 'VERB' && /ing$/i.test(next.text)) return null;
      return { type: 'offset', n: 1, unit, direction, discourse: true };
    },
  },
  {
    name: 'year-ago',
    needs: ['earlier', 'ago', 'before'],
    pattern: compile(
      `${B}(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?(?:a\\s+)?year[\\s-](?<dir>earlier|ago|before)(?:\\s+(?:(?:first|second|third|fourth|fiscal)[\\s-]+)?(?<noun>quarter|period|month|half))?(?![\\w-])`,
    ),
    priority: 2,
    read: (g, m) => {
      // "the year-ago quarter" is a quarter even when the last date mentioned was a day.
      const quarter = /^(?:quarter|period)$/i.test(g.noun ?? '');
      // "year-ago", "year-earlier" before a noun: the accounts' comparison with a year before now.
      const comparison = /year-(?:ago|earlier)/i.test(m[0]);
      return { type: 'offset', n: 1, unit: 'year', direction: -1, discourse: true, ...(quarter ? { quarter } : {}), ...(comparison ? { comparison } : {}) };
    },
  },
  {
    name: 'same-period-last-year',
    pattern: compile(
      `${B}the\\s+(?:same|corresponding|comparable)\\s+(?:(?:first|second|third|fourth)\\s+)?(?:period|quarter|month|week|time)\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year)(?![\\w-])`,
    ),
    priority: 3,
    read: (_g, m) => ({ type: 'offset', n: 1, unit: 'year', direction: -1, discourse: true, ...(/period|quarter/i.test(m[0]) ? { quarter: true } : {}) }),
  },
  {
    name: 'duration',
    // "the 90-day consultation period": the article belongs to the noun, not to the duration.
    startAt: (g, m) => {
      // "over the past three quarters": "over" is the preposition, not "more than".
      if (g.the && lower(g.qm) === 'over') return m.indices?.groups?.the?.[0] ?? m.index;
      return g.the && !g.qm && !g.span && /-\s*\S+$/.test(m[0].slice(0, (m.indices?.groups?.unit?.[1] ?? 0) - m.index)) ? (m.indices?.groups?.n?.[0] ?? m.index) : m.index;
    },
    // (`\b` as in B: every match opens with a letter or a digit.)
    pattern: compile(
      `\\b(?<![\\w$£€#.,/-])(?:(?<qm>${QUANTITY_MOD_SRC})\\s+)?(?:(?<the>the)\\s+)?(?:(?<span>past|last|next|first|coming|previous|final|latest|remaining|following|initial|preceding|full|whole|entire|better\\s+part\\s+of\\s+the)\\s+)?(?<n>${COUNT_SRC})(?:\\s*(?:-|–|to|or)\\s*(?<n2>${COUNT_SRC}))?[\\s-]+(?:(?:more|additional|further|extra|straight|consecutive|full|trading|business|working|calendar)\\s+)?(?<unit>${UNIT_SRC})(?![\\w])(?<half>\\s+and\\s+a\\s+half)?(?<old>[\\s-]+old(?![\\w]))?`,
    ),
    priority: 1,
    read: (g, m, scan) => {
      const unit = UNITS[lower(g.unit)];
      if (!unit) return null;
      let n = readCount(g.n, g.unit!);
      if (n === undefined) return null;
      if (g.n2) n = null;
      else if (n !== null && g.half) n += 0.5;
      // Ages ("a 52-year-old", "52 years old", "65 years of age") are not annotated as times.
      if (g.old || /^\s+of\s+age\b/i.test(textAfter(scan, m, 8))) return null;
      const before = textBefore(scan, m, 12);
      const rawCount = lower(g.n);
      if ((rawCount === 'a' || rawCount === 'an' || rawCount === 'one') && !g.the && !g.span && !g.qm) {
        // "$5 a year", "24 hours a day": a rate, not a time; "twice a week" is read as a set.
        if (/(?:\d|\bm|bn|pence|cents?|dollars|pounds|euros)\s*$/i.test(before)) return null;
        const prev = scan.tokens.before(m.index);
        if (prev && prev.pos === 'NOUN' && prev.text.toLowerCase() !== prev.lemma.toLowerCase()) return null;
        if (unit === 'second') return null;
      }
      // "a quarter-final", "a quarter-of-an-hour", "the three-quarters" (rugby backs), "in many
      // quarters": not three months.
      if (unit === 'quarter' && (/^-/.test(textAfter(scan, m, 1)) || /-/.test(m[0]) || /^(?:many|some)$/.test(rawCount))) return null;
      // "three-quarters of", "a quarter of": fractions.
      if (unit === 'quarter' && /^\s+of\b/i.test(textAfter(scan, m, 5))) return null;
      // "dropped by nearly a quarter", "voted for a quarter point rise", "more than a quarter said":
      // one quarter is a share unless time marks it ("for a quarter.", "a quarter later").
      if (unit === 'quarter' && n === 1 && !g.the && !g.span) {
        const next = scan.tokens.after(m.index + m[0].length);
        const share = next !== undefined && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos);
        if (share || (!/\b(?:for|in|within|over|after|during)\s*$/i.test(before) && !/^\s+(?:ago|later|earlier|ahead|before|after)\b/i.test(textAfter(scan, m, 8)))) return null;
      }
      // "the first quarter" is a calendar quarter, read by the quarter rule.
      if (unit === 'quarter' && /^(?:first|second|third|fourth)$/.test(rawCount)) return null;
      if (rawCount === 'second' && unit !== 'second') return null;
      const mod = g.the && lower(g.qm) === 'over' ? undefined : readQuantityMod(g.qm);
      return { type: 'fixed', kind: 'duration', value: formatDuration(n, unit), ...(mod ? { mod } : {}) };
    },
  },
  {
    // Transcripts spell years out: "nineteen ninety-six", "the year two thousand".
    name: 'spelled-year',
    needs: ['nineteen', 'eighteen', 'twenty', 'thousand'],
    pattern: compile(`${B}(?:the\\s+year\\s+)?(?:(?<c>nineteen|eighteen|twenty)\\s+(?:hundred\\s+(?:and\\s+)?)?(?<t>${TENS})(?:[\\s-](?<u>${UNITS_WORDS}))?|two\\s+thousand(?:\\s+(?:and\\s+)?(?<u2>${UNITS_WORDS}|${TENS}))?)(?![\\w-])`),
    priority: 2,
    read: (g, m) => {
      if (!g.c && !/^the\s+year/i.test(m[0]) && !g.u2) return null;
      const century = g.c ? readNumber(g.c)! : 20;
      const rest = g.c ? (readNumber(g.t!) ?? 0) + (g.u ? readNumber(g.u)! : 0) : g.u2 ? readNumber(g.u2)! : 0;
      return { type: 'fixed', kind: 'date', value: String(century * 100 + rest), certainty: 'stated' };
    },
  },
  {
    name: 'year-end',
    pattern: compile(`${B}(?:the\\s+)?(?:year[\\s-]end|year['’]s\\s+end)(?![\\w-])`),
    priority: 1,
    read: (_g, m, scan) => ({ type: 'calendar', m: 12, d: 31, yearShift: /\bsince\s+$/i.test(textBefore(scan, m, 8)) ? -1 : 0 }),
  },
  {
    name: 'whole-period',
    pattern: compile(`${B}(?:(?<pos>${POSITION_SRC})|(?<el>earlier|later)\\s+in\\s+)?the\\s+(?:(?<full>full|whole|entire)\\s+)?(?<unit>year|month|week|day|decade|century)(?![\\w-])`),
    priority: 0,
    read: (g) => {
      // "the end of the year", "earlier in the year", "the full year": this one.
      if (!g.pos && !g.el && !g.full) return null;
      const mod = readPositionMod(g.pos) ?? (lower(g.el) === 'earlier' ? 'START' : lower(g.el) === 'later' ? 'END' : undefined);
      const unit = lower(g.unit) as ShiftUnit;
      // "the full year", "later in the day": the year or day the text is talking about.
      const discourse = !!(g.full || g.el);
      return { type: 'shift', unit, shift: 0, ...(discourse ? { discourse } : {}), ...(g.full ? { near: true } : {}), ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'part-of-day-alone',
    pattern: compile(`${B}(?<pos>early|late|mid)[\\s-]?(?<part>morning|afternoon|evening)(?![\\w-])`),
    priority: 0,
    read: (g) => ({ type: 'day', days: 0, part: PARTS_OF_DAY[lower(g.part)]!, mod: readPositionMod(g.pos) ?? 'MID' }),
  },
  {
    name: 'vague-duration',
    // The leading word is matched forwards, not looked behind for: a lookbehind ending in \\s+
    // rescans a run of whitespace from every position in it (quadratic on long blank stretches).
    pattern: compile(`\\b(?:for|over|within|took|take|takes|taken|lasted|last|lasts|spent|spend|spends|in|over\\s+the|the\\s+early)[ \\t]{1,3}(?<x>(?:(?<qm>more\\s+than|several|many)\\s+)?(?<unit>years|months|weeks|days|hours|minutes|decades|centuries))(?![\\w])`),
    priority: 0,
    read: (g) => {
      const unit = UNITS[lower(g.unit)];
      return unit ? { type: 'fixed', kind: 'duration', value: formatDuration(null, unit) } : null;
    },
  },
  {
    name: 'vague-long',
    needs: ['-long'],
    pattern: compile(`${B}(?<unit>decades|years|months|weeks|days|hours)-long(?![\\w-])`),
    priority: 1,
    read: (g) => {
      const unit = UNITS[lower(g.unit)];
      return unit ? { type: 'fixed', kind: 'duration', value: formatDuration(null, unit) } : null;
    },
  },
  {
    name: 'shift',
    pattern: compile(
      `${B}(?:(?<pos>${POSITION_SRC}|earlier|later)\\s*)?(?:(?<the>the)\\s+)?(?<shift>last|this|next|past|previous|preceding|coming|current|following|same|latest|that|this\\s+past|this\\s+coming|present)\\s+(?:(?<fiscal>fiscal|calendar)\\s+)?(?<unit>week|weekend|month|quarter|year|decade|century|fortnight|half)(?![\\w-])`,
    ),
    priority: 2,
    read: (g, m, scan) => {
      const word = lower(g.shift);
      const unit = lower(g.unit) as ShiftUnit | 'fortnight';
      const mod = readPositionMod(g.pos) ?? (lower(g.pos) === 'earlier' ? 'START' : lower(g.pos) === 'later' ? 'END' : undefined);
      if (unit === 'fortnight') return null;
      if (/^[A-Z]/.test(g.unit!) && /^[A-Z]/.test(g.shift!)) return null;
      if (word === 'that' && !/^(?:day|week|month|year)$/.test(unit)) return null;
      if (word === 'present' && !g.the) return null;
      // "the past year", "the next month": a stretch of time counted from now.
      if (g.the && /^(?:past|last|next|coming)$/.test(word) && unit !== 'quarter' && unit !== 'weekend' && !mod) {
        const u = unit === 'half' ? null : UNITS[unit];
        return u ? { type: 'fixed', kind: 'duration', value: formatDuration(1, u) } : null;
      }
      if (word === 'latest' && unit !== 'quarter' && unit !== 'year' && unit !== 'half') return null;
      const shift = SHIFT_WORDS[word] ?? 0;
      const discourse = DISCOURSE_SHIFTS.has(word);
      if (unit === 'quarter' || unit === 'half') {
        if (!g.fiscal && isPeriodOfPlay(scan, m.index)) return null;
        if (word === 'latest') return { type: 'quarter', q: 0, ...(unit === 'half' ? { half: true } : {}) };
        return { type: 'shift', unit, shift, discourse, ...(mod ? { mod } : {}) };
      }
      return { type: 'shift', unit, shift, discourse, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'the-weekend',
    pattern: compile(`${B}the\\s+weekend(?![\\w-])`),
    priority: 1,
    // "the weekend of 12-13 March": the days that follow say which weekend.
    read: (_g, m, scan) => (/^\s+of\s+(?:\d|the\s+\d)/i.test(textAfter(scan, m, 12)) ? null : { type: 'shift', unit: 'weekend', shift: Number.NaN }),
  },
  {
    name: 'quarter',
    pattern: compile(
      `${B}(?:(?<the>the)\\s+)?(?:(?<yr>${YEAR_SRC}|(?:this|last|next)\\s+year['’]s)\\s+)?(?:(?<pos>early|late)\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?:(?:fiscal|calendar)[\\s-]+)?(?<unit>quarter|half)(?![\\w])(?:\\s+of\\s+(?:(?:fiscal\\s+|the\\s+)?(?<y>${YEAR_SRC})|(?<ys>this|last|next)\\s+year|the\\s+year))?`,
    ),
    priority: 3,
    read: (g, m, scan) => {
      const half = lower(g.unit) === 'half';
      // "the first half of the season", "the second half of the match": a half of something else.
      const of = /^\s+of\s+(?:the|a|an|his|her|its|their|this|that|each)\s+([a-z][\w-]*(?:\s+[\w-]+){0,2})/i.exec(textAfter(scan, m, 40));
      if (!g.y && !g.ys && of && !/\byear\b/i.test(of[1]!)) return null;
      if (!g.y && !g.yr && !g.ys && !/fiscal|calendar/i.test(m[0]) && isPeriodOfPlay(scan, m.index)) return null;
      let q = ORDINALS[lower(g.ord)] ?? 0;
      if (q === -1) q = half ? 2 : 4;
      if (q < 1 || q > (half ? 2 : 4)) return null;
      const yrWord = lower(g.yr);
      const y = g.y ? Number(g.y) : /^\d{4}$/.test(yrWord) ? Number(yrWord) : undefined;
      const ys = g.ys ?? (yrWord && !/^\d/.test(yrWord) ? yrWord.split(' ')[0] : undefined);
      const yearShift = ys ? SHIFT_WORDS[lower(ys)] : undefined;
      const mod = readPositionMod(g.pos);
      return { type: 'quarter', q, ...(half ? { half } : {}), ...(y ? { y } : {}), ...(yearShift !== undefined ? { yearShift } : {}), ...(mod ? { mod } : {}) };
    },
  },
  {
    // "the 1988 period" in a report about a quarter is that quarter of 1988.
    name: 'year-period',
    pattern: compile(`${B}the\\s+(?<y>${YEAR_SRC})\\s+(?:period|quarter)(?![\\w-])`),
    priority: 3,
    read: (g) => ({ type: 'quarter', q: 0, y: Number(g.y) }),
  },
  {
    name: 'quarter-code',
    needs: ['q1', 'q2', 'q3', 'q4', '1q', '2q', '3q', '4q', 'h1', 'h2'],
    pattern: compile(`${B}(?:Q(?<q>[1-4])|(?<q2>[1-4])Q|H(?<h>[12]))(?:\\s*|['’])(?<y>${YEAR_SRC}|\\d\\d)?(?![\\w])`),
    priority: 2,
    read: (g, m) => {
      if (!/^[QH1-4]/.test(m[0])) return null;
      // "H1 2023": a half only with its year ("H2" alone is as likely hydrogen or a heading).
      if (g.h) return g.y ? { type: 'quarter', q: Number(g.h), half: true, y: toYear(g.y) } : null;
      const q = Number(g.q ?? g.q2);
      return { type: 'quarter', q, ...(g.y ? { y: toYear(g.y) } : {}) };
    },
  },
  {
    name: 'the-quarter',
    pattern: compile(`${B}the\\s+(?:(?<adj>latest|recent|most\\s+recent|fiscal)\\s+)?(?<unit>quarter|period)(?![\\w-])`),
    priority: 0,
    read: (g, m, scan) => {
      if (lower(g.unit) === 'period' && !g.adj) return null;
      if (isPeriodOfPlay(scan, m.index)) return null;
      // "the quarter ended Sept. 30": the calendar quarter that month falls in.
      const ended = QUARTER_ENDED.exec(textAfter(scan, m, 24));
      const month = ended ? readMonth(ended[1]!) : null;
      return month ? { type: 'quarter', q: Math.floor((month - 1) / 3) + 1 } : { type: 'quarter', q: 0 };
    },
  },
  {
    name: 'season',
    needs: ['spring', 'summer', 'autumn', 'winter', 'fall'],
    pattern: compile(
      `${B}(?:(?<pos>${POSITION_SRC}))?(?:(?<shift>last|this|next|this\\s+past|this\\s+coming|the|coming|past)\\s+)?(?<s>${SEASON_SRC})(?:\\s+(?:of\\s+)?(?<y>${YEAR_SRC}))?(?![\\w-])`,
    ),
    priority: 1,
    read: (g, m, scan) => {
      const shiftWord = lower(g.shift);
      const before = textBefore(scan, m, 12);
      if (!g.y && !g.shift && !g.pos && !/\b(?:in|during|by|until|since|through|early|late|this|last|next)\s+$/i.test(before)) return null;
      if (shiftWord === 'the' && !g.y && !/\b(?:in|during|by|until|since|through|over|for)\s+$/i.test(before)) return null;
      const season = SEASONS[lower(g.s)]!;
      const mod = readPositionMod(g.pos);
      const shift = shiftWord && shiftWord !== 'the' ? SHIFT_WORDS[shiftWord] : undefined;
      return { type: 'season', season, ...(g.y ? { y: Number(g.y) } : {}), ...(shift !== undefined ? { shift } : {}), ...(mod ? { mod } : {}) };
    },
  },
  {
    // A sport's season: "this season", "last season", "the end of the season", "the season before last".
    name: 'sport-season',
    needs: ['season'],
    pattern: compile(
      `${B}(?:(?<pos>${POSITION_SRC}|the\\s+rest\\s+of\\s+))?(?:(?<shift>this|last|next|previous|current|coming|following|past)\\s+|the\\s+)season(?<bl>\\s+before\\s+last)?(?![\\w-])`,
    ),
    priority: 1,
    read: (g, m, scan) => {
      const word = lower(g.shift);
      // Bare "the season" is a date only with its position: "the end of the season".
      if (!word && !g.pos && !g.bl) return null;
      const calendar = readSeasonCalendar(scan);
      if (!calendar) return null;
      const shift = g.bl ? -2 : word === 'following' ? 1 : word === 'previous' ? -1 : (SHIFT_WORDS[word] ?? 0);
      const mod = readPositionMod(g.pos) ?? (/rest/i.test(g.pos ?? '') ? 'END' : undefined);
      return { type: 'sport-season', shift, crossYear: calendar === 'cross-year', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'holiday',
    pattern: compile(
      `${B}(?<h>Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year['’]s(?:\\s+Day|\\s+Eve)?|(?:the\\s+)?New\\s+Year(?!['’])|Easter(?:\\s+Sunday)?|Thanksgiving(?:\\s+Day)?|Halloween|Independence\\s+Day|Boxing\\s+Day|Valentine['’]s\\s+Day|Bastille\\s+Day|Veterans\\s+Day|Hogmanay)(?:\\s+(?<y>${YEAR_SRC}))?(?![\\w])`,
    ),
    priority: 2,
    read: (g, m, scan) => {
      const name = lower(g.h).replace(/’/g, "'");
      const words = g.h!.replace(/^the\s+/i, '');
      if (!isUpper(words)) return null;
      const rule = HOLIDAYS[name];
      if (!rule) return null;
      const y = g.y ? Number(g.y) : undefined;
      // "the New Year" is the year that begins at the New Year's Day nearest the story: in March
      // the one just begun ("the New Year Honours"), in December the next.
      // A bare "New Year" is the holiday only after a preposition or in "New Year Honours".
      if (rule === 'newyear' && !/^the/i.test(g.h!) && !/\b(?:in|at|over|since|by|after|before|until|till|for|during)\s+$/i.test(textBefore(scan, m, 12)) && !/^\s+Honours/i.test(textAfter(scan, m, 9))) return null;
      if (rule === 'newyear') return { type: 'calendar', ...(y ? { y } : {}), m: 1, d: 1, yearOnly: true };
      if (rule === 'easter' || rule === 'thanksgiving') return { type: 'calendar', ...(y ? { y } : {}), m: rule === 'easter' ? 4 : 11, d: 1, feast: rule };
      return { type: 'calendar', ...(y ? { y } : {}), m: rule.m, d: rule.d };
    },
  },
  {
    // A date so often named that it stands for its event; without a year it is still 2001.
    name: 'named-event',
    pattern: compile(`${B}(?:11(?:th)?\\s+(?:of\\s+)?September|September\\s+11(?:th)?|9/11)(?=[\\s,]+(?:attacks?|terror|terrorist|hijack|hijackings|bombings|strikes|commission|atrocities))`),
    priority: 4,
    read: () => ({ type: 'calendar', y: 2001, m: 9, d: 11 }),
  },
  {
    name: 'present-ref',
    pattern: compile(`${B}(?:(?<x>now|nowadays|currently|presently|these\\s+days|at\\s+the\\s+moment|the\\s+present|current)|at\\s+(?<x2>present))(?![\\w-])`),
    priority: 0,
    read: (g, m, scan) => {
      const word = lower(g.x ?? g.x2);
      const after = textAfter(scan, m, 20);
      if (word === 'current') {
        const next = scan.tokens.after(m.index + m[0].length);
        if (!next || !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos) || /^(?:account|accounts|affairs|events|law|rules|system|flowing|of)\b/i.test(next.text)) return null;
      }
      if (word === 'the present' && /^\s+(?:day|time|government|system|case)/i.test(after)) return null;
      return { type: 'fixed', kind: 'date', value: 'PRESENT_REF', certainty: 'relative' };
    },
  },
  {
    name: 'past-ref',
    pattern: compile(`${B}(?:recently|lately|recent(?:\\s+(?<span>years|months|weeks|days|quarters|times))?|(?<=\\b(?:in|into|from|of)[ \\t]{1,3})the\\s+(?:recent\\s+)?past)(?![\\w-])`),
    priority: 0,
    read: (g, m, scan) => {
      // "in recent months" is a vague stretch; "in recent years" the vague past.
      const span = lower(g.span);
      if (/^(?:months|weeks|days|quarters)$/.test(span)) return { type: 'fixed', kind: 'duration', value: formatDuration(null, span === 'quarters' ? 'month' : UNITS[span]!) };
      if (/^recent$/i.test(m[0])) {
        const next = scan.tokens.after(m.index + m[0].length);
        if (!next || !/^(?:NOUN|PROPN)$/.test(next.pos)) return null;
      }
      return { type: 'fixed', kind: 'date', value: 'PAST_REF', certainty: 'relative' };
    },
  },
  {
    name: 'future-ref',
    needs: ['future', 'coming', 'term'],
    // ("the future of Perrier", "the future of the club": its fate, no time.)
    pattern: compile(`${B}(?:the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future(?!\\s+of\\b)|(?:the\\s+)?coming\\s+(?:years|months|weeks|days|decades|quarters)|future\\s+(?:years|quarters)|the\\s+(?:near|short)\\s+term)(?![\\w-])`),
    priority: 0,
    read: () => ({ type: 'fixed', kind: 'date', value: 'FUTURE_REF', certainty: 'relative' }),
  },
  {
    name: 'set-every',
    pattern: compile(
      `${B}(?:every|each)\\s+(?:other\\s+|single\\s+)?(?:(?<wd>${WEEKDAY_SRC})|(?<mon>${MONTH_SRC})|(?<u>day|week|month|year|quarter|hour|minute|morning|afternoon|evening|night|weekend|summer|winter|spring|autumn|fall|decade))(?![\\w])`,
    ),
    priority: 2,
    read: (g) => {
      if (g.wd) {
        const wd = readWeekday(g.wd);
        return wd ? { type: 'fixed', kind: 'set', value: `XXXX-WXX-${wd}` } : null;
      }
      if (g.mon) {
        const mo = readMonth(g.mon);
        return mo ? { type: 'fixed', kind: 'set', value: `XXXX-${String(mo).padStart(2, '0')}` } : null;
      }
      const u = lower(g.u);
      const part = PARTS_OF_DAY[u];
      if (part) return { type: 'fixed', kind: 'set', value: `XXXX-XX-XXT${part}` };
      if (SEASONS[u]) return { type: 'fixed', kind: 'set', value: `XXXX-${SEASONS[u]}` };
      if (u === 'weekend') return { type: 'fixed', kind: 'set', value: 'XXXX-WXX-WE' };
      const unit = UNITS[u];
      return unit ? { type: 'fixed', kind: 'set', value: formatDuration(1, unit) } : null;
    },
  },
  {
    name: 'set-adverb',
    needs: ['daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'quarterly', 'nightly', 'biennially'],
    pattern: compile(`${B}(?<w>daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|fortnightly|biannually|biennially|semiannually)(?![\\w])`),
    priority: 1,
    read: (g, m, scan) => {
      const values: Record<string, string> = {
        daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H',
        quarterly: 'P1Q', nightly: 'XXXX-XX-XXTNI', fortnightly: 'P2W', biannually: 'P6M',
        biennially: 'P2Y', semiannually: 'P6M',
      };
      const value = values[lower(g.w)];
      // "a quarterly dividend", "the daily Granma": adjectives, not times.
      const next = scan.tokens.after(m.index + m[0].length);
      if (next && /^(?:NOUN|PROPN)$/.test(next.pos) && next.start - (m.index + m[0].length) <= 1) return null;
      if (/\b(?:its|their|his|her|our|a|an|the)\s+$/i.test(textBefore(scan, m, 8))) return null;
      return value ? { type: 'fixed', kind: 'set', value } : null;
    },
  },
  {
    name: 'set-weekdays',
    pattern: compile(`${B}(?<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)days)(?:\\s+(?<part>mornings|afternoons|evenings|nights))?(?![\\w])`),
    priority: 1,
    read: (g, m, scan) => {
      const wd = readWeekday(g.wd!);
      if (!wd) return null;
      if (/^\s+[A-Z]/.test(textAfter(scan, m, 3))) return null;
      const part = g.part ? PARTS_OF_DAY[lower(g.part).replace(/s$/, '')] : undefined;
      return { type: 'fixed', kind: 'set', value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}` };
    },
  },
  {
    name: 'set-frequency',
    needs: ['once', 'twice', 'thrice', 'times'],
    pattern: compile(`${B}(?:once|twice|thrice|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<u>day|week|month|year|hour|minute|decade)(?![\\w])`),
    priority: 3,
    read: (g) => {
      const unit = UNITS[lower(g.u)];
      return unit ? { type: 'fixed', kind: 'set', value: formatDuration(1, unit) } : null;
    },
  },
];
