// Scraped plain text → Article. The input is the visible text of a page: a
// headline (sometimes twice), a byline, a "Posted ..." line, widget residue
// and the body. Pure: the caller passes the reference time.
import type { Message, Provenance } from '../brief/model.js';
import type { Instant } from '../brief/time.js';
import { isJunkLine, readByline, readPostedLine } from './header-lines.js';

export interface MetadataDate {
  /** The phrase as written in the header line ("2 hours ago"). */
  text: string;
  value: string;
  event: string;
}

export interface ParsedText {
  title: string;
  byline: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  body: string;
  provenance: Record<string, Provenance>;
  metadataDates: MetadataDate[];
  messages: Message[];
}

export interface ScrapedTextOptions {
  /** What "2 hours ago" in the header is relative to. */
  reference: Instant;
}

/** How many lines below the headline may still hold header lines (byline, posted line). */
const HEADER_WINDOW = 8;

const words = (line: string): string[] => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** One headline repeating another, with or without punctuation or a tail. */
function isRepeatedHeadline(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 3 || wb.length < 3) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w, i) => long[i] === w);
}

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

  let title = '';
  let byline: string | null = null;
  let publishedAt: string | null = null;
  let updatedAt: string | null = null;
  const metadataDates: MetadataDate[] = [];
  let bodyFrom = 0;

  if (kept.length > 0) {
    title = kept[0]!.text;
    provenance['title'] = { from: 'text:first-line', raw: title };
    bodyFrom = 1;
    // Header lines sit between the headline and the first paragraph of prose.
    for (let i = 1; i < Math.min(kept.length, 1 + HEADER_WINDOW); i++) {
      const line = kept[i]!.text;
      if (isRepeatedHeadline(title, line)) {
        // Keep the fuller form: the punctuated, longer headline.
        if (line.length > title.length) title = line;
        provenance['title'] = { from: 'text:repeated-headline', raw: title };
        bodyFrom = i + 1;
        continue;
      }
      const by: string | null = byline === null ? readByline(line) : null;
      if (by) {
        byline = by;
        provenance['byline'] = { from: 'text:byline-line', raw: line };
        bodyFrom = i + 1;
        continue;
      }
      const posted = readPostedLine(line, options.reference);
      if (posted) {
        if (posted.published) {
          publishedAt = posted.published.value;
          provenance['publishedAt'] = { from: 'text:posted-line', raw: line };
          metadataDates.push({ text: posted.published.raw, value: posted.published.value, event: 'article published' });
        }
        if (posted.updated) {
          updatedAt = posted.updated.value;
          provenance['updatedAt'] = { from: 'text:posted-line', raw: line };
          metadataDates.push({ text: posted.updated.raw, value: posted.updated.value, event: 'article updated' });
        }
        bodyFrom = i + 1;
        continue;
      }
      // The first line of prose ends the header.
      if (line.length > 80 || /[.!?”"]$/.test(line)) break;
    }
  }

  const body = joinParagraphs(kept.slice(bodyFrom));
  if (title === '') messages.push(message('no-title', 'the input has no headline line', 'warning'));
  if (body === '') messages.push(message('empty-body', 'no article text was found in the input', 'fatal'));
  return { title, byline, publishedAt, updatedAt, body, provenance, metadataDates, messages };
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
