// Words of the date grammar: month, weekday, number and unit names with their values, and the
// regex source fragments built from them. Everything here is data; the rules use it.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** ISO weekday numbers: Monday = 1. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
  thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, a: 1, an: 1, single: 1,
  dozen: 12, couple: 2,
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, last: -1, final: -1,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNITS: Readonly<Record<string, Unit>> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
};

export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/** Reads "three", "twenty-four", "twenty four", "12", "1.5", "a", "a couple of" as a number. */
export function readNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+of$/, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  const words = s.replace(/^a\s+(?=couple|dozen)/, '').split(/[\s-]+/);
  let total = 0;
  for (const w of words) {
    if (w === 'and') continue;
    const n = SMALL_NUMBERS[w];
    if (n === undefined) return null;
    if (n === 100 || n === 1000) total = (total || 1) * n;
    else total += n;
  }
  return total;
}

const alternation = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');

// Month and weekday names are matched case-insensitively by the regexes; the rules reject
// lower-case ones ("may", "march", "sun") because those are ordinary words.
const MONTH_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_SRC = `(?:${alternation(MONTH_FULL)}|(?:${alternation(MONTH_ABBR)})\\.?)(?![\\w'’])`;

const WEEKDAY_FULL = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ABBR = ['mon', 'tues', 'tue', 'wed', 'thurs', 'thur', 'thu', 'fri', 'sat', 'sun'];
export const WEEKDAY_SRC = `(?:${alternation(WEEKDAY_FULL)}|(?:${alternation(WEEKDAY_ABBR)})\\.)`;

/** A day of the month, 1–31, with an optional ordinal suffix. */
export const DAY_SRC = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d)';
/** Years 1000–2099 as four digits. */
export const YEAR_SRC = '(?:1\\d|20)\\d\\d(?![\\d])';

const NUMBER_WORDS = Object.keys(SMALL_NUMBERS).filter((w) => !['a', 'an', 'dozen', 'couple', 'hundred', 'thousand', 'single'].includes(w));
const NUMBER_WORD = `(?:${alternation(NUMBER_WORDS)})`;
/** A written or numeric count: "three", "twenty-four", "24", "1.5", "a", "a couple of", "a few". */
export const COUNT_SRC =
  `(?:\\d{1,3}(?:\\.\\d+)?(?![\\d,])(?:\\s+1/2)?|${NUMBER_WORD}(?:[\\s-]${NUMBER_WORD})?(?:\\s+and\\s+a\\s+half)?|an?\\s+(?:hundred|thousand)|(?:${NUMBER_WORD}\\s+)?(?:hundred|thousand)|an?|(?:a\\s+)?couple\\s+of|a\\s+dozen|a\\s+few|few|several|some|many|a\\s+number\\s+of|dozens\\s+of|hundreds\\s+of|thousands\\s+of)`;

export const UNIT_SRC = `(?:${alternation(Object.keys(UNITS))})(?![\\w])`;
export const SEASON_SRC = `(?:${alternation(Object.keys(SEASONS))})`;

/** Approximation and bound words before a quantity, as TimeML `mod`. */
const QUANTITY_MODS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:about|around|approximately|roughly|some|nearly|almost|close\s+to|circa|or\s+so)\b/i, 'APPROX'],
  [/^(?:more\s+than|over|longer\s+than)\b/i, 'MORE_THAN'],
  [/^(?:at\s+least)\b/i, 'EQUAL_OR_MORE'],
  [/^(?:less\s+than|under|fewer\s+than|shorter\s+than)\b/i, 'LESS_THAN'],
  [/^(?:up\s+to|at\s+most|no\s+more\s+than)\b/i, 'EQUAL_OR_LESS'],
];
export const QUANTITY_MOD_SRC =
  '(?:about|around|approximately|roughly|nearly|almost|close\\s+to|more\\s+than|over|longer\\s+than|at\\s+least|less\\s+than|under|fewer\\s+than|up\\s+to|at\\s+most|no\\s+more\\s+than)';

/** Position words before a period ("early March", "the end of 1990"), as TimeML `mod`. */
export function readPositionMod(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.toLowerCase();
  if (/early|beginning|start/.test(s)) return 'START';
  if (/late|end/.test(s)) return 'END';
  if (/mid|middle/.test(s)) return 'MID';
  return undefined;
}
export const POSITION_SRC =
  "(?:(?:the\\s+)?(?:very\\s+)?(?:early|late|mid|middle\\s+of|the\\s+middle\\s+of|end\\s+of|beginning\\s+of|start\\s+of)(?:[\\s-]+|(?<=of)\\s+))";

export function readQuantityMod(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  for (const [re, mod] of QUANTITY_MODS) if (re.test(raw.trim())) return mod;
  return undefined;
}

export function readMonth(word: string): number | null {
  // Lower-case month names are ordinary words ("may", "march"), except in all-lower text.
  if (!/^[A-Z]/.test(word)) return null;
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function readWeekday(word: string): number | null {
  if (!/^[A-Z]/.test(word)) return null;
  return WEEKDAYS[word.toLowerCase().replace(/s?\.?$/, '')] ?? WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function readDay(raw: string): number {
  return Number(raw.replace(/\D/g, ''));
}

/**
 * Sports by how their season lies on the calendar. Football, rugby union, basketball, ice hockey
 * and American football play their leagues from late summer to spring in the northern hemisphere,
 * so "this season" spans two years (2004/2005); athletics, tennis, golf, motor racing, cricket,
 * cycling and baseball play within one calendar year. Each sport is recognised by its name, its
 * governing bodies and competitions, and the positions and scores peculiar to it.
 */
export const CROSS_YEAR_SPORT_SRC =
  "football|soccer|half-time|referee|penalty|penalties|free-kick|premiership|premier\\s+league|champions\\s+league|uefa|fifa|fa\\s+cup|league\\s+cup|serie\\s+a|la\\s+liga|bundesliga|striker|midfielder|goalkeeper|defender|goals?|rugby|six\\s+nations|line-outs?|heineken\\s+cup|fly-half|scrum-half|scrum|basketball|nba|ice\\s+hockey|nhl|nfl|touchdowns?|quarterback";
export const CALENDAR_SPORT_SRC =
  "athletics|athletes?|iaaf|marathon|hurdles|sprint(?:er)?|(?<![£$€¥\\d.,])(?:60|100|110|200|400|800|1,?500|3,?000|5,?000|10,?000)m|metres|tennis|atp|wta|grand\\s+slam|wimbledon|golf|pga|formula\\s+one|f1|grand\\s+prix|cricket|wickets?|cycling|tour\\s+de\\s+france|baseball|mlb";
