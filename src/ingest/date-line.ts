// The date line of a page's header, in the many shapes sites print it: "Nov. 19, 2019, 8:41 AM
// UTC", "Published 11:11 PM EST Nov 19, 2019", "November 19, 2019 / 12:21 AM / Updated 14 hours
// ago", "By Umair Irfan Updated Nov 13, 2019, 10:28am EST", "21:17 18.11.2019", "2016.12.01".
// A line is a date line when, besides its dates, times and labels, little is left: a byline, a
// reading time, a section name. Pure: the caller passes the reference time.
import { type Instant, formatInstant, parseInstant } from '../brief/time.js';

export interface DateLine {
  published: { value: string; raw: string } | null;
  updated: { value: string; raw: string } | null;
}

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10, dec: 11, december: 11,
};
/**
 * Month names of German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Danish, Norwegian,
 * Polish, Czech, Turkish, Russian and Ukrainian (the Unicode CLDR's wide month names, in the form
 * a date takes: the genitive in the Slavic languages), read only day first as those languages
 * write them: "22 de outubro de 2010", "18. November 2019", "3 mars 2021", "20 ноября 2019".
 */
const OTHER_MONTHS: Record<string, number> = Object.fromEntries(
  [
    'januar janvier enero janeiro gennaio januari stycznia ledna ocak января січня',
    'februar février febrero fevereiro febbraio februari lutego února şubat февраля лютого',
    'märz mars marzo março maart marts marca března mart марта березня',
    'avril abril aprile kwietnia dubna nisan апреля квітня',
    'mai mayo maio maggio mei maj maja května mayıs мая травня',
    'juni juin junio junho giugno czerwca června haziran июня червня',
    'juli juillet julio julho luglio lipca července temmuz июля липня',
    'août agosto augustus augusti sierpnia srpna ağustos августа серпня',
    'septembre septiembre setiembre setembro settembre września září eylül сентября вересня',
    'oktober octobre octubre outubro ottobre października října ekim октября жовтня',
    'novembre noviembre novembro listopada listopadu kasım ноября листопада',
    'dezember décembre diciembre dezembro dicembre desember grudnia prosince aralık декабря грудня',
  ].flatMap((names, month) => names.split(' ').map((name) => [name, month])),
);
const OTHER_MONTH = `(${Object.keys(OTHER_MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** UTC offsets of the zone abbreviations sites print, in minutes; ET/CT/MT/PT follow US daylight time. */
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, bst: 60, ist: 330, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, wet: 0, west: 60,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600,
  jst: 540, kst: 540, hkt: 480, sgt: 480, pht: 480, wib: 420, ict: 420, aest: 600, aedt: 660, acst: 570, awst: 480, nzst: 720, nzdt: 780,
  sast: 120, wat: 60, cat: 120, eat: 180, pkt: 300, npt: 345, brt: -180, art: -180,
};
const US_ZONES: Record<string, number> = { et: -300, ct: -360, mt: -420, pt: -480 };
const ZONE = `(${[...Object.keys(ZONES), ...Object.keys(US_ZONES)].sort((a, b) => b.length - a.length).join('|')})`;
const ZONES_ANYWHERE = new RegExp(ZONE, 'gi');

interface Found {
  index: number;
  end: number;
  year: number;
  month: number;
  day: number;
}

/** A North American time zone on the line ("7:15 AM EDT"): a slashed date on it is month first, as the US writes it. */
const US_ZONE = /\b(?:[ECMP][SD]?T|AK[SD]T|HST)\b/;
/**
 * The labels of a date line in French, Spanish, Portuguese, German, Italian and Dutch, and the
 * word before its time ("Publié le 05/04/2013 à 17:08"): a slashed date on it is day first, as
 * those languages write it.
 */
const EUROPEAN_LABEL = /(?<!\p{L})(?:publié(?:e)?(?: le)?|mis à jour(?: le)?|actualisé(?:e)?|publicado|actualizado|atualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?!\p{L})/iu;
const EUROPEAN_LINE = new RegExp(`${EUROPEAN_LABEL.source}|(?<!\\p{L})(?:à|às|um|alle|om)\\s+\\d{1,2}[:.h]\\d{2}`, 'iu');
/** Which order a slashed date with both parts up to 12 is in, from the line around it; null when it does not say. */
const slashedOrder = (line: string): 'month-first' | 'day-first' | null => (US_ZONE.test(line) ? 'month-first' : EUROPEAN_LINE.test(line) ? 'day-first' : null);

const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray, line: string) => [number, number, number] | null }[] = [
  // 2019-11-19T12:48:14Z: a whole ISO date-time; its time and offset are read by readDateLine.
  { re: /\b(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g, read: (m) => [Number(m[1]), Number(m[2]) - 1, Number(m[3])] },
  // Nov. 19, 2019 · November 19 2019 · Nov 19th, 2019 · November 19 , 2019
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?!\\d)`, 'gi'), read: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])] },
  // 19 November 2019 · 20 Nov, 2019 · 19th of November, 2019 · 19-Nov-2019 (the hyphens on both sides)
  {
    re: new RegExp(`\\b(\\d{1,2})(?:(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH},?\\s+|-${MONTH}-)(\\d{4})(?!\\d)`, 'gi'),
    read: (m) => [Number(m[4]), MONTHS[(m[2] ?? m[3])!.toLowerCase()]!, Number(m[1])],
  },
  // 22 de outubro de 2010 · 18. November 2019 · 3 mars 2021
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(?:de\\s+)?${OTHER_MONTH}\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => [Number(m[3]), OTHER_MONTHS[m[2]!.toLowerCase()]!, Number(m[1])],
  },
  // 2019年11月20日 · 2019년 11월 20일: year, month and day marked, as Chinese, Japanese and Korean write a date.
  { re: /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, read: (m) => [Number(m[1]), Number(m[2]) - 1, Number(m[3])] },
  // 2019-11-19 · 2016.12.01 · 2016/12/01
  { re: /\b(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d])/g, read: (m) => [Number(m[1]), Number(m[3]) - 1, Number(m[4])] },
  // 18.11.2019 · 11.14.2019 · 19/11/2019 · 11/19/2019: the order that makes a date; when both
  // do, dots are day first (as in most of Europe) and slashes are the site's secret.
  {
    re: /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g,
    read: (m, line) => {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (a > 12) return [y, b - 1, a];
      if (b > 12) return [y, a - 1, b];
      if (m[2] === '.' || (m[2] === '/' && slashedOrder(line) === 'day-first')) return [y, b - 1, a];
      return m[2] === '/' && slashedOrder(line) === 'month-first' ? [y, a - 1, b] : null;
    },
  },
  // 11/19/19 06:56 AM: a two-digit year only where a time of day follows, which no score,
  // fraction or issue number has; the same order rule as above.
  {
    re: /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?=,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b)/gi,
    read: (m, line) => {
      const [a, b, yy] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const y = yy < 70 ? 2000 + yy : 1900 + yy;
      if (a > 12) return [y, b - 1, a];
      if (b > 12) return [y, a - 1, b];
      if (m[2] === '.' || (m[2] === '/' && slashedOrder(line) === 'day-first')) return [y, b - 1, a];
      return m[2] === '/' && slashedOrder(line) === 'month-first' ? [y, a - 1, b] : null;
    },
  },
];

const TIME = new RegExp(`\\b(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*${ZONE}\\b)?`, 'gi');
const LABEL = new RegExp(`\\b(first published|published|posted|created|last updated|updated|modified|last modified)\\b\\s*(?:on|at|:)?|(${EUROPEAN_LABEL.source})`, 'giu');

function findDates(line: string): Found[] {
  const found: Found[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const ymd = read(m, line);
      if (!ymd) continue;
      const [year, month, day] = ymd;
      const check = new Date(Date.UTC(year, month, day));
      if (year < 1990 || year > 2100 || check.getUTCMonth() !== month || check.getUTCDate() !== day) continue;
      if (found.some((f) => m!.index < f.end && f.index < m!.index + m![0].length)) continue;
      found.push({ index: m.index, end: m.index + m[0].length, year, month, day });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** US daylight time: from the second Sunday of March to the first Sunday of November. */
function usOffset(standard: number, year: number, month: number, day: number): number {
  const nthSunday = (m: number, n: number): number => {
    const first = new Date(Date.UTC(year, m, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (n - 1);
  };
  const start = Date.UTC(year, 2, nthSunday(2, 2));
  const end = Date.UTC(year, 10, nthSunday(10, 1));
  const t = Date.UTC(year, month, day);
  return t >= start && t < end ? standard + 60 : standard;
}

/** A zone abbreviation standing as a word ("CET"), not letters inside one ("Madrid"), is dropped. */
const dropZone = (zone: string, _name: string, offset: number, line: string): string => (/\w/.test(line[offset - 1] ?? '') || /\w/.test(line[offset + zone.length] ?? '') ? zone : ' ');

/** Words a header line may hold besides its dates: labels, reading time, separators. */
const FILLER = /\b(?:published|posted|created|updated|last|first|modified|on|at|am|pm|a\.m\.|p\.m\.|min(?:ute)?s?|read|reading|time|ago|hours?|days?|mins?|secs?|seconds?|just|now|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|date|est|edt|et|pt|ct|gmt|utc|ist|bst)\b\.?|[\d:;,./|•·–—()-]+/gi;

/** A preposition right before a date (past its weekday), after words of the line's own. */
const PHRASE_PREPOSITION = /\p{L}[^]*\s(?:for|of|from|since|until|till|through|before|after|during)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$/iu;

/**
 * Reads a header date line; null when the line holds no full date (with its year) or is prose
 * with a date in it. A byline on the same line ("By Umair Irfan Updated Nov 13, 2019") is allowed;
 * the caller reads it with readByline on the part before the date.
 */
export interface DateLineOptions {
  /**
   * The line sits where a header's meta line does (under the headline, above the article): it may
   * carry more words besides its one date (an author, a comment count, categories).
   */
  underHeadline?: boolean;
}

export function readDateLine(raw: string, reference: Instant, options: DateLineOptions = {}): DateLine | null {
  // A credit or a source note dates what it credits, not the article.
  if (raw.length > 160 || /^\s*(?:sources?|credits?|photo|image|data|chart|graphic)\s*:/i.test(raw)) return null;
  // An embedded post's signature ("— Name (@handle) November 18, 2019") dates the post.
  if (/^\s*[—–―-]\s/.test(raw) || /\(@\w+\)/.test(raw)) return null;
  // Blocks glued by the scraper: "NOV 15, 20195:45 AM" is a year and a time.
  const line = raw.replace(/\b((?:19|20)\d{2})(?=\d{1,2}[:.]\d{2}\b)/g, '$1 ');
  const dates = findDates(line);
  if (dates.length === 0 || dates.length > 3) return null;
  // "October 14, 1999 – January 20, 2000": two dates joined as a range state a span (an event's, a
  // term's), not when the page was published or updated.
  if (dates.some((d, k) => k > 0 && /^\s*(?:[–—-]|to|until|till|through|thru)\s*$/i.test(line.slice(dates[k - 1]!.end, d.index)))) return null;
  // Little may be left once the dates, times, labels and a byline are taken out.
  let rest = line;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.end);
  rest = rest
    .replace(ZONES_ANYWHERE, dropZone)
    .replace(/\b[Bb]y\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}/gu, ' ')
    .replace(FILLER, ' ');
  const leftover = rest.match(/\p{L}+/gu) ?? [];
  // A date that opens or closes the line may carry a few more words (categories, an author).
  // (A time and zone after the date close it too: "Madrid 27 OCT 2012 - 12:14 CET".)
  const tail = line.slice(dates[dates.length - 1]!.end).replace(TIME, ' ').replace(ZONES_ANYWHERE, dropZone).replace(FILLER, ' ');
  const atEdge = dates[0]!.index <= 2 || !/[\p{L}\p{N}]/u.test(tail);
  const allowed = options.underHeadline && dates.length === 1 ? 14 : atEdge ? 8 : 6;
  if (leftover.length > allowed) return null;
  // "Marketplace Tech for Friday, April 19, 2013": a date that is the object of a preposition
  // (other than a date line's "on" or "at") belongs to a phrase, a headline's or a sentence's.
  if (PHRASE_PREPOSITION.test(line.slice(0, dates[0]!.index))) return null;
  // "The vote on Nov. 19, 2019 was close." is prose that holds a date, not a date line.
  if (leftover.filter((w) => /^\p{Ll}/u.test(w)).length >= 3 && /[.!?]["”’]?$/u.test(line.trim())) return null;
  // A meta line is names and labels; words in lower case beyond a few make it a caption or prose.
  if (options.underHeadline && leftover.length > 8 && leftover.filter((w) => /^\p{Ll}/u.test(w)).length > 3) return null;

  const labels: { index: number; updated: boolean }[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(line); m; m = LABEL.exec(line)) labels.push({ index: m.index, updated: /updated|modified|mis à jour|actuali|atuali|aktualisiert|aggiornato|bijgewerkt/i.test(m[0]) });
  const times: { index: number; end: number; hour: number; minute: number; zone: string | undefined }[] = [];
  TIME.lastIndex = 0;
  for (let m = TIME.exec(line); m; m = TIME.exec(line)) {
    if (dates.some((d) => m!.index >= d.index && m!.index < d.end)) continue;
    let hour = Number(m[1]);
    const minute = Number(m[2]);
    const half = m[4]?.toLowerCase().replace(/\./g, '');
    if (half === 'pm' && hour < 12) hour += 12;
    if (half === 'am' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) continue;
    times.push({ index: m.index, end: m.index + m[0].length, hour, minute, zone: m[5]?.toLowerCase() });
  }

  const result: DateLine = { published: null, updated: null };
  for (const d of dates) {
    const label = [...labels].reverse().find((l) => l.index <= d.index);
    const updated = label?.updated ?? false;
    // The time that belongs to this date: the nearest one not past another date's label.
    const time = times
      .filter((t) => !labels.some((l) => (l.index > Math.min(t.index, d.index) && l.index < Math.max(t.index, d.index) && l.updated !== updated)))
      .sort((a, b) => Math.abs(a.index - d.index) - Math.abs(b.index - d.index))[0];
    const zoneName = time?.zone ?? /\b([a-z]{2,4})\b/i.exec(line.slice(d.end, d.end + 8))?.[1]?.toLowerCase();
    const offset =
      zoneName !== undefined && zoneName in ZONES
        ? ZONES[zoneName]!
        : zoneName !== undefined && zoneName in US_ZONES
          ? usOffset(US_ZONES[zoneName]!, d.year, d.month, d.day)
          : reference.offset;
    // A bare ISO date ("2019-11-19 14:32:00") takes its time from the line; a whole ISO date-time keeps its own.
    const iso = /T/.test(line.slice(d.index, d.end)) ? parseInstant(line.slice(d.index, d.end)) : null;
    const ms = Date.UTC(d.year, d.month, d.day, time?.hour ?? 0, time?.minute ?? 0) - offset * 60_000;
    const raw = iso ? line.slice(d.index, d.end) : line.slice(Math.min(d.index, time?.index ?? d.index), Math.max(d.end, time?.end ?? d.end)).trim();
    const entry = { value: formatInstant(iso ?? { ms, offset }), raw };
    if (updated) result.updated ??= entry;
    else result.published ??= entry;
  }
  return result.published || result.updated ? result : null;
}
