// Scraped plain text → Article. The input is the visible text of a page: a
// headline (sometimes twice), a byline, a "Posted ..." line, widget residue
// and the body. Pure: the caller passes the reference time.
import type { Message, Provenance } from '../brief/model.js';
import type { Instant } from '../brief/time.js';
import { isJunkLine, readByline, readPostedLine } from './header-lines.js';
import { readDateline } from './clutter.js';
import { readDateLine } from './date-line.js';
import { judgeHeadline } from './headline.js';
import type { MetadataDate } from './parsed.js';
import { type HeadlineCandidate, readPageHeader } from './page-header.js';
import { type PageLine, findArticleSpan, hasBoilerplateWords, isFurnitureLine, lineWords } from './page-text.js';

export type { MetadataDate } from './parsed.js';

export interface ParsedText {
  /** Null when the text has no headline: it starts with its lead sentence. */
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  body: string;
  provenance: Record<string, Provenance>;
  metadataDates: MetadataDate[];
  messages: Message[];
  /** The posted line gives an absolute date ("3 March 2021"), not a relative one ("2 hours ago"). */
  statesPublication: boolean;
  /** The lines weighed as the headline of a whole page, with their scores (diagnostics). */
  headlineCandidates: HeadlineCandidate[];
}

export interface ScrapedTextOptions {
  /** What "2 hours ago" in the header is relative to. */
  reference: Instant;
}

/** How many lines below the headline may still hold header lines (byline, posted line). */
const HEADER_WINDOW = 8;
/** Words of a line that reads as a paragraph of prose rather than a menu item or a label. */
const PARAGRAPH_WORDS = 8;

const words = (line: string): string[] => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** One headline repeating another, with or without punctuation or a tail. */
function isRepeatedHeadline(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 3 || wb.length < 3) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w, i) => long[i] === w);
}

/**
 * The timeline's value of a stated publication time: the day alone when the line gives no time of
 * day ("18 NOV 2019" is that day, not its midnight).
 */
const statedValue = (stated: { value: string; raw: string }): string =>
  /\d{1,2}[:.]\d{2}|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|T\d{2}|\b(?:ago|now|hours?|hrs?|minutes?|mins?)\b/i.test(stated.raw) ? stated.value : stated.value.slice(0, 10);

const message = (ruleId: string, reason: string, severity: Message['severity'] = 'info'): Message => ({
  severity,
  source: 'ingest',
  ruleId,
  reason,
  position: null,
});

/** Splits scraped text into headline, header metadata and clean body paragraphs. */
export function parseScrapedText(raw: string, options: ScrapedTextOptions): ParsedText {
  const messages: Message[] = [];
  const provenance: Record<string, Provenance> = {};
  const lines = raw.split('\n').map((l) => l.replace(/[\t \u00a0]+$/u, ''));

  let junk = 0;
  const kept: { text: string; blankBefore: boolean }[] = [];
  let blank = false;
  for (const line of lines) {
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    if (isJunkLine(line)) {
      junk++;
      continue;
    }
    kept.push({ text: line.trim(), blankBefore: blank });
    blank = false;
  }
  if (junk > 0) messages.push(message('junk-lines-removed', `removed ${junk} line(s) of page residue (markup, widgets, bare URLs)`));
  // A page saved with no blank line at all (a copy that dropped them) says nothing by its spacing:
  // to find the article, a paragraph of prose is taken to stand apart, as it would, and short
  // lines (menus, labels) to stand packed together.
  let spaced = kept.map((k) => k.blankBefore);
  if (kept.length >= 8 && kept.every((k) => !k.blankBefore)) {
    const paragraph = kept.map((k) => lineWords(k.text) >= PARAGRAPH_WORDS);
    spaced = kept.map((_, i) => i > 0 && (paragraph[i]! || paragraph[i - 1]!));
  }

  let title: string | null = null;
  let byline: string | null = null;
  let publishedAt: string | null = null;
  let updatedAt: string | null = null;
  let statesPublication = false;
  const metadataDates: MetadataDate[] = [];
  let headlineCandidates: HeadlineCandidate[] = [];
  let bodyFrom = 0;
  /** Header lines under a standfirst, left out of the body. */
  const underStandfirst = new Set<number>();

  /** Reads a byline or posted line into the header; false when the line is neither. */
  const readHeaderLine = (line: string): boolean => {
    if (readDateline(line) === line.trim()) {
      provenance['dateline'] = { from: 'text:dateline-line', raw: line };
      return true;
    }
    const by: string | null = byline === null ? readByline(line) : null;
    if (by) {
      byline = by;
      provenance['byline'] = { from: 'text:byline-line', raw: line };
      return true;
    }
    const posted = readPostedLine(line, options.reference) ?? readDateLine(line, options.reference);
    if (!posted) return false;
    const stated = posted.published ?? posted.updated;
    if (stated && (publishedAt ?? updatedAt) === null) statesPublication = !/\bago$|^just now$|^moments? ago$/i.test(stated.raw);
    if (posted.published) {
      publishedAt = posted.published.value;
      provenance['publishedAt'] = { from: 'text:posted-line', raw: line };
      metadataDates.push({ text: posted.published.raw, value: statedValue(posted.published), event: 'article published' });
    }
    if (posted.updated) {
      updatedAt = posted.updated.value;
      provenance['updatedAt'] = { from: 'text:posted-line', raw: line };
      metadataDates.push({ text: posted.updated.raw, value: posted.updated.value, event: 'article updated' });
    }
    return true;
  };
  const isHeaderLine = (line: string): boolean =>
    readByline(line) !== null || readPostedLine(line, options.reference) !== null || readDateLine(line, options.reference) !== null || readDateline(line) === line.trim();

  // The visible text of a whole page: find the article among the page furniture.
  const pageLines: PageLine[] = kept.map((k, i) => ({ text: k.text, blankBefore: k.blankBefore, blankAfter: kept[i + 1]?.blankBefore ?? true }));
  const span = findArticleSpan(kept.map((k, i) => ({ text: k.text, blankBefore: spaced[i]!, blankAfter: spaced[i + 1] ?? true })));
  // Menus and link lists are runs of lines with no blank line between them; an article file
  // (BBC style, or the seed) has at most a few such lines in its header.
  const tight = pageLines.filter((l, i) => i >= HEADER_WINDOW && !l.blankBefore && !l.blankAfter).length;
  // A small page has few menus, but its header still holds furniture (sign-up boxes, share bars).
  const furnitureAbove = pageLines.slice(0, span.start).filter((l) => isFurnitureLine(l.text) || (lineWords(l.text) < 8 && hasBoilerplateWords(l.text))).length;
  const isPage = span.end > span.start && span.start >= 2 && (tight >= MIN_TIGHT_LINES || furnitureAbove >= 1);
  if (!isPage) {
    // Bylines and posted lines may come first; the line after them is the headline candidate.
    while (bodyFrom < Math.min(kept.length, HEADER_WINDOW) && readHeaderLine(kept[bodyFrom]!.text)) bodyFrom++;
    const candidate = kept[bodyFrom];
    if (candidate) {
      const below = kept.slice(bodyFrom + 1, bodyFrom + 1 + 4).map((k) => k.text);
      const judgement = judgeHeadline(kept.slice(bodyFrom, bodyFrom + 2), {
        repeated: below.some((line) => isRepeatedHeadline(candidate.text, line)),
        headerFollows: below.some(isHeaderLine),
      });
      if (judgement.headline) {
        title = candidate.text;
        provenance['title'] = { from: 'text:first-line', raw: title };
        bodyFrom++;
      } else {
        messages.push(message('no-headline', `the text starts with its lead, not a headline (${judgement.reasons.join(', ')}): the whole text is the body and the brief has no title`));
      }
    }
    if (title !== null) {
      // Header lines sit between the headline and the first paragraph of prose, or right under
      // a standfirst: that paragraph stays in the body, the byline and date line under it leave it.
      let standfirst: number | null = null;
      for (let i = bodyFrom; i < Math.min(kept.length, bodyFrom + HEADER_WINDOW); i++) {
        const line = kept[i]!.text;
        if (standfirst === null && isRepeatedHeadline(title, line)) {
          // Keep the fuller form: the punctuated, longer headline.
          if (line.length > title.length) title = line;
          provenance['title'] = { from: 'text:repeated-headline', raw: title };
          bodyFrom = i + 1;
          continue;
        }
        if (readHeaderLine(line)) {
          if (standfirst === null) bodyFrom = i + 1;
          else underStandfirst.add(i);
          continue;
        }
        const prose = line.length > 80 || /[.!?”"]$/.test(line);
        // The first line of prose ends the header, unless header lines follow it right away.
        if (standfirst !== null || !prose) {
          if (standfirst !== null) break;
          continue;
        }
        standfirst = i;
        if (!isHeaderLine(kept[i + 1]?.text ?? '')) break;
      }
    }
  }

  let bodyLines = kept.slice(bodyFrom).filter((_, k) => !underStandfirst.has(bodyFrom + k));
  if (isPage) {
    // The article's run can open with its own header (headline, standfirst, caption, byline, date
    // line): its prose starts after the last byline or date line there.
    const opening = (i: number): boolean => i < span.start + HEADER_WINDOW && isHeaderLine(kept[i]!.text) && kept[i]!.text.length < 160;
    let proseStart = span.start;
    // (A header holds a standfirst and a caption at most: past two paragraphs of prose, a date line
    // is a teaser's, in a related-links box inside the article.)
    let paragraphs = 0;
    for (let i = span.start; i < Math.min(span.end - 1, span.start + HEADER_WINDOW) && paragraphs < 2; i++) {
      if (opening(i)) proseStart = i + 1;
      else if (lineWords(kept[i]!.text) >= 12 && /[.!?"”’]$/.test(kept[i]!.text)) paragraphs++;
    }
    const header = readPageHeader(kept.map((k) => k.text), proseStart, span.end, options.reference);
    title = header.title;
    headlineCandidates = header.candidates;
    for (const key of ['title', 'byline', 'publishedAt', 'updatedAt']) delete provenance[key];
    if (header.title) provenance['title'] = { from: 'text:headline-above-article', raw: header.title };
    byline = header.byline?.value ?? null;
    if (header.byline) provenance['byline'] = { from: 'text:byline-line', raw: header.byline.raw };
    publishedAt = header.published?.value ?? null;
    updatedAt = header.updated?.value ?? null;
    // A page that states only when it was updated is still best read against that time.
    const stated = header.published ?? header.updated;
    statesPublication = stated !== null && !/\bago$|^just now$/i.test(stated.raw);
    metadataDates.length = 0;
    if (header.published) {
      provenance['publishedAt'] = { from: 'text:posted-line', raw: header.published.line };
      metadataDates.push({ text: header.published.raw, value: statedValue(header.published), event: 'article published' });
    }
    if (header.updated) {
      provenance['updatedAt'] = { from: 'text:posted-line', raw: header.updated.line };
      metadataDates.push({ text: header.updated.raw, value: header.updated.value, event: 'article updated' });
    }
    bodyLines = kept.slice(span.start, span.end).filter((_, k) => !span.dropped.has(span.start + k) && span.start + k !== header.titleLine && !opening(span.start + k));
    const dropped = kept.length - bodyLines.length;
    messages.push(
      message(
        'page-text-article-found',
        `the input looks like the text of a whole web page: lines ${span.start + 1}–${span.end} of ${kept.length} were taken as the article and ${dropped} line(s) of navigation, links and other page furniture were left out`,
      ),
    );
  }
  const body = joinParagraphs(bodyLines);
  if (title === null && !messages.some((m) => m.ruleId === 'no-headline')) messages.push(message('no-title', 'no headline was found above the article', 'warning'));
  if (body === '') messages.push(message('empty-body', 'no article text was found in the input', 'fatal'));
  return { title, byline, publishedAt, updatedAt, body, provenance, metadataDates, messages, statesPublication, headlineCandidates };
}

/** One paragraph per line, except hard-wrapped lines, which are joined back. */
function joinParagraphs(lines: { text: string; blankBefore: boolean }[]): string {
  const paragraphs: string[] = [];
  for (const { text, blankBefore } of lines) {
    const last = paragraphs.length - 1;
    const previous = paragraphs[last];
    const wrapped = previous !== undefined && !blankBefore && !/[.!?:;”"’)\]]$/.test(previous) && /^[\p{Ll}(]/u.test(text);
    if (wrapped) paragraphs[last] = `${previous} ${text}`;
    else paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

/** Lines packed without blank lines (menus, link lists) that make an input a whole page. */
const MIN_TIGHT_LINES = 8;
