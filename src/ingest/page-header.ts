// The headline, byline and date of an article found in the visible text of a whole page. Above
// the article sit menus, consent walls ("Welcome to … EUROPEAN UNION EXPERIENCE"), section
// labels, teasers, captions and share bars; the headline is the line among them that a reader
// would take for it: shaped like a title, saying what the article's opening says, near the
// byline and date line, often repeated ("Share this story: <headline>"). Pure.
import type { Instant } from '../brief/time.js';
import { readDateline } from './clutter.js';
import { type DateLine, readDateLine } from './date-line.js';
import { type PostedLine, readByline, readPostedLine } from './header-lines.js';
import { hasBoilerplateWords, isFurnitureLine, lineWords } from './page-text.js';

export interface PageHeader {
  /** Index of the headline line, or null. */
  titleLine: number | null;
  title: string | null;
  byline: { value: string; raw: string } | null;
  posted: PostedLine | null;
  postedLine: string;
}

/** How far above the article the header is looked for, in lines. */
const HEADER_REACH = 30;
/** How much of the article's opening a headline is compared with. */
const LEAD_CHARS = 1200;
/** The least score of a headline: some of its words must be the opening's. */
const MIN_HEADLINE_SCORE = 0.9;

/** Function words, left out when a headline's words are compared with the article's (a standard English stop list). */
const STOP = new Set(
  'a an the and or but nor of in on at to for by with from as into over after before about against between through during without under up down out off than then so if is are was were be been being has have had do does did will would can could should may might must shall it its this that these those he she they we you i his her their our your my me him them us who whom whose which what when where why how not no all any both each few more most other some such only own same too very just also new says said say'.split(' '),
);

/** Content words of a line, lower-cased and crudely stemmed; in scripts without spaces, character pairs. */
function contentWords(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const cjk = lower.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]+/gu) ?? [];
  const pairs = cjk.flatMap((run) => [...run].slice(1).map((c, i) => run[i] + c));
  const words = (lower.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => !STOP.has(w) && (w.length > 2 || /\d/.test(w)))
    .map((w) => w.replace(/['’]s$/, '').replace(/ies$/, 'y').replace(/(?<=(?:s|x|z|ch|sh))es$/, '').replace(/(?<=[^s])s$/, ''));
  return [...words, ...pairs];
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** A line shaped like a headline: a few words, no closing full stop, not a byline, date or furniture. */
function titleShaped(text: string, reference: Instant): boolean {
  const words = lineWords(text);
  if (words < 3 || words > 30 || text.length > 250) return false;
  if (/[.,;:。]["”’)」]?$/u.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  // Two sentences, or a caption that ends with its credit: "…, 2019. (Manu Fernandez/AP)".
  if (/[.!?]["”’]?\s+["“‘(]?\p{Lu}/u.test(text) && lineWords(text) > 12) return false;
  if (/\([^()]{0,60}\/\s*[^()]{0,40}\)$/.test(text)) return false;
  if (readByline(text) !== null || readPostedLine(text, reference) !== null || readDateLine(text, reference) !== null) return false;
  if (readDateline(text) === text.trim()) return false;
  return !isFurnitureLine(text);
}

/** Chooses the headline, byline and date line of the article that starts at line `start`. */
export function readPageHeader(lines: readonly string[], start: number, end: number, reference: Instant): PageHeader {
  const header: PageHeader = { titleLine: null, title: null, byline: null, posted: null, postedLine: '' };
  const from = Math.max(0, start - HEADER_REACH);

  // Byline and date: the ones nearest the article's start, above it or in its first lines.
  const near = [...Array.from({ length: Math.min(lines.length, start + 3) - from }, (_, k) => start + 2 - k).filter((i) => i >= from && i < lines.length)];
  let anchor: number | null = null;
  for (const i of near) {
    const line = lines[i]!;
    const posted = readPostedLine(line, reference) ?? toPosted(readDateLine(line, reference));
    if (posted && header.posted === null) {
      header.posted = posted;
      header.postedLine = line;
      anchor ??= i;
    }
    const by = readByline(line) ?? readByline(line.replace(/\s+(?:updated|published|posted)\b.*$/i, '').replace(/\s+\d.*$/, ''));
    if (by && header.byline === null && /^\s*(?:by|written by|words by|von|par)\b/i.test(line)) {
      header.byline = { value: by, raw: line };
      anchor ??= i;
    }
  }
  // A page that prints its date only below the article ("Published 11:11 PM EST Nov 19, 2019").
  for (let i = end; header.posted === null && i < Math.min(lines.length, end + 5); i++) {
    const posted = readPostedLine(lines[i]!, reference) ?? toPosted(readDateLine(lines[i]!, reference));
    if (posted) {
      header.posted = posted;
      header.postedLine = lines[i]!;
    }
  }

  // The headline: every title-shaped line above the article (or its first line) is a candidate.
  const lead = new Set(contentWords(lines.slice(start, Math.min(end, start + 8)).join(' ').slice(0, LEAD_CHARS)));
  const page = lines.map(fold);
  let best: { i: number; score: number } | null = null;
  for (let i = from; i < Math.min(lines.length, start + 1); i++) {
    const text = lines[i]!;
    if (!titleShaped(text, reference)) continue;
    const words = contentWords(text);
    if (words.length === 0) continue;
    const matched = words.filter((w) => lead.has(w)).length;
    let score = (2.5 * matched) / words.length + 0.25 * Math.min(matched, 6);
    // Shown twice: as the headline and in a share bar, a breadcrumb or the page's own repeat.
    const own = page[i]!;
    if (matched > 0 && own.length >= 15 && page.some((other, k) => k !== i && (other === own || (other.endsWith(own) && other.length <= own.length + 60)))) score += 1.5;
    // Above the byline and date, close to them; lines between the date and the article are captions.
    const ref = anchor ?? start;
    if (i > ref) score -= 1;
    else score -= 0.04 * (ref - i);
    if (lineWords(text) < 12 && hasBoilerplateWords(text)) score -= 0.8;
    if (text === text.toUpperCase() && /\p{Lu}{4}/u.test(text)) score -= 0.3;
    if (best === null || score > best.score) best = { i, score };
  }
  if (best !== null && best.score >= MIN_HEADLINE_SCORE) {
    header.titleLine = best.i;
    header.title = lines[best.i]!;
  }
  return header;
}

function toPosted(line: DateLine | null): PostedLine | null {
  return line === null ? null : { published: line.published, updated: line.updated };
}
