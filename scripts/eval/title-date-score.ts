// Title and publication-date accuracy of the product's article against what the page says of
// itself (page-metadata.ts). Pure: strings in, judgements out.
//
// Title: the product's article.title against the page's headline, both normalised (case,
// accents, curly quotes, punctuation, whitespace). A page title (og:title or <title>) loses a
// trailing " | Site" / " - Site" when Site is the page's og:site_name, or when it follows the
// last such separator and is at most four words; a JSON-LD headline is taken as it is.
// Judged exactly, and as "one contains the other".
//
// Date: the calendar date (year, month, day) of the product's article.publishedAt, read in the
// page's own time zone when the page gives one, else as the product writes it, against the page's
// date. For scraped text, a page's date counts only where the text writes that date in a common
// form ("Nov 19, 2019", "19 November 2019", "2019-11-19", "11/19/2019", ...).
import type { PageDate, PageMetadata } from './page-metadata.js';

const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"' };

export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201c\u201d\u00ab\u00bb]/g, (c) => QUOTES[c]!)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SEPARATOR = /\s+(?:\||-|\u2013|\u2014)\s+/g;

/** A page title without its trailing site name (see the header for when one is taken off). */
export function stripSiteName(title: string, siteName: string | null): string {
  const separators = [...title.matchAll(SEPARATOR)];
  const last = separators[separators.length - 1];
  if (last === undefined || last.index === 0) return title;
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index + last[0].length).trim();
  if (siteName !== null && normaliseTitle(siteName) !== '' && normaliseTitle(tail) === normaliseTitle(siteName)) return head;
  const words = tail.split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= 4 ? head : title;
}

/** The headline a product title is judged against: the page title without its site name. */
export function referenceHeadline(meta: Pick<PageMetadata, 'headline' | 'headlineFrom' | 'siteName'>): string | null {
  if (meta.headline === null) return null;
  return meta.headlineFrom === 'json-ld:headline' ? meta.headline : stripSiteName(meta.headline, meta.siteName);
}

const headlineWords = (text: string): Set<string> => new Set(normaliseTitle(text).split(' ').filter((w) => w.length >= 3 || /\d/.test(w)));

/**
 * The headline the page shows its reader. Sites often write one headline for social media
 * (og:title) and another for the page ("Spiced Honey Pear Jam Recipe" against "Homemade Spiced
 * Honey Pear Jam for the Holidays"); a reader calls the one on the page the title. So: the
 * metadata headline when the page's visible text shows it as a line of its own; else the page's
 * <h1> shown as a line that shares the most words with it (the first on a tie); else the
 * metadata headline. Never the product's output: the reference is fixed by the page alone.
 */
export function shownHeadline(meta: Pick<PageMetadata, 'headline' | 'headlineFrom' | 'siteName' | 'h1s'>, visibleText: string): string | null {
  const headline = referenceHeadline(meta);
  if (headline === null) return null;
  const lines = new Set(visibleText.split('\n').map(normaliseTitle).filter((l) => l !== ''));
  if (lines.has(normaliseTitle(headline))) return headline;
  const words = headlineWords(headline);
  let best: { h1: string; shared: number } | null = null;
  for (const h1 of meta.h1s) {
    if (!lines.has(normaliseTitle(h1))) continue;
    const shared = [...headlineWords(h1)].filter((w) => words.has(w)).length;
    if (best === null || shared > best.shared) best = { h1, shared };
  }
  return best?.h1 ?? headline;
}

export interface TitleJudgement {
  exact: boolean;
  contains: boolean;
}

/** The product's title (null: it gave none) against the page's headline. */
export function judgeTitle(product: string | null, headline: string): TitleJudgement {
  const p = product === null ? '' : normaliseTitle(product);
  const g = normaliseTitle(headline);
  if (p === '' || g === '') return { exact: false, contains: false };
  return { exact: p === g, contains: p.includes(g) || g.includes(p) };
}

/** The calendar date of an ISO date-time, read at a UTC offset (minutes) or as written. */
export function calendarDate(iso: string, offset: number | null): string | null {
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(iso)?.[1] ?? null;
  if (offset === null) return written;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return written;
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

export type DateJudgement = 'right' | 'wrong' | 'none';

/**
 * The product's publishedAt against the page's date. `dateOnly`: the product read a date with no
 * time of day ("Nov 19, 2019"), written as midnight; it is a calendar date, compared as written
 * (midnight UTC read at the page's -05:00 would be the day before).
 */
export function judgeDate(product: string | null, page: PageDate, dateOnly = false): DateJudgement {
  if (product === null) return 'none';
  return calendarDate(product, dateOnly ? null : page.offset) === page.date ? 'right' : 'wrong';
}

/** A stated date with no time of day in it: "Nov 19, 2019", "2019-11-19", not "Nov 19, 2019 8:41 AM" or an ISO date-time. */
export function isDateOnly(raw: string): boolean {
  return !/\d{1,2}[:.]\d{2}(?!\d)|T\d{2}/.test(raw.replace(/\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/g, ' '));
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A pattern for one calendar date written in the common English and numeric forms. */
export function datePattern(date: string): RegExp {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const full = MONTH_NAMES[m - 1]!;
  // "Sept" beside "Sep"; the full name, or its first three letters and an optional period.
  const month = `(?:${full}|${full.slice(0, 3)}${m === 9 ? '|Sept' : ''})\\.?`;
  const day = `0?${d}(?:st|nd|rd|th)?`;
  const mm = `0?${m}`;
  const dd = `0?${d}`;
  const yy = String(y % 100).padStart(2, '0');
  const forms = [
    `${month}\\s+${day},?\\s+${y}`, // Nov 19, 2019
    `${day}\\s+(?:of\\s+)?${month},?\\s+${y}`, // 19 November 2019
    `${y}[-/.]${mm}[-/.]${dd}`, // 2019-11-19
    `${mm}/${dd}/(?:${y}|${yy})`, // 11/19/2019, 11/19/19
    `${dd}[/.]${mm}[/.](?:${y}|${yy})`, // 19/11/2019, 19.11.2019
    `${mm}[-.]${dd}[-.]${y}`, // 11-19-2019
  ];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Does the text write this calendar date (YYYY-MM-DD)? */
export function statesDate(text: string, date: string): boolean {
  return datePattern(date).test(text);
}
