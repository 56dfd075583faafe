// An HTML page → ParsedArticle: metadata from the intact DOM, then the body (Readability and
// our fallbacks, html-body.ts), then header lines Readability left at the top of the body.
import { extractBody } from './html-body.js';
import { parseDocument } from './html-dom.js';
import { readHtmlMetadata, cleanByline } from './html-metadata.js';
import { type DateLine, readDateLine } from './date-line.js';
import { readByline, readPostedLine } from './header-lines.js';
import type { Provenance } from '../brief/model.js';
import type { Instant } from '../brief/time.js';
import { type ParsedArticle, ingestMessage } from './parsed.js';

export interface HtmlOptions {
  reference: Instant;
}

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const DATE_WORDS =
  /\b(?:published|updated|posted|last|modified|on|at|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|am|pm|a\.m|p\.m|utc|gmt|[ecmp][sd]t|bst|cet|cest|ist)\b\.?/gi;

/** "Nov. 20, 2019 5:52 AM EST", "Updated: 19/11/2019 10:00": a line that is only a date. */
export function isDateLine(line: string): boolean {
  if (line.length > 60 || !/\b(?:19|20)\d{2}\b|\d{1,2}:\d{2}/.test(line)) return false;
  return !/\p{L}/u.test(line.replace(DATE_WORDS, ''));
}

/** A byte-order mark read as text, in whatever charset it was mangled ("ï»¿", "þÿ", U+FFFD), at the start of a page. */
const LEADING_BOM = /^(?:\uFEFF|\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE|\uFFFD)+/;

export function parseHtml(source: string, options: HtmlOptions): ParsedArticle {
  const html = source.replace(LEADING_BOM, '');
  const doc = parseDocument(html);
  const meta = readHtmlMetadata(doc);
  const messages = meta.notes.map((n) => ingestMessage('html-metadata', n));
  const body = extractBody(html);
  messages.push(...body.messages);
  const provenance: Record<string, Provenance> = { ...meta.provenance, text: { from: `html:${body.method}`, raw: null } };

  let { title, byline } = meta;
  // Drop the headline, byline and dateline that some pages keep inside the article container.
  const paragraphs = body.text === '' ? [] : body.text.split('\n\n');
  let drop = 0;
  for (let i = 0; i < Math.min(paragraphs.length, 4); i++) {
    const p = paragraphs[i]!;
    if (p.length > 160) break;
    if (title && fold(p) === fold(title)) drop = i + 1;
    else if (readByline(p) !== null) {
      if (byline === null) {
        byline = cleanByline(p, meta.outlet);
        if (byline) provenance['byline'] = { from: 'html:byline-line', raw: p };
      }
      drop = i + 1;
    } else if (readPostedLine(p, options.reference) || isDateLine(p)) drop = i + 1;
  }
  const text = paragraphs.slice(drop).join('\n\n');

  if (title === null) {
    title = '';
    messages.push(ingestMessage('no-title', 'the page names no title (no JSON-LD headline, og:title, <h1> or <title>)', 'warning'));
  }
  if (text === '') {
    // Say what the extractors met, so a refused page names its cause (Readability's error, too little text).
    const failed = body.messages.find((m) => m.ruleId === 'html-readability-failed');
    messages.push(ingestMessage('empty-body', `no article text was found on the page${failed ? ` (${failed.reason})` : ''}`, 'fatal'));
  }
  let { publishedAt, updatedAt } = meta;
  if (publishedAt === null) {
    // No machine-readable date: the one the page shows its readers ("Published 7:07 PM EST Nov 19, 2019").
    const shown = readShownDate(doc, paragraphs.slice(0, Math.max(drop, 4)), options.reference);
    if (shown?.published) {
      publishedAt = shown.published.value;
      provenance['publishedAt'] = { from: 'html:date-line', raw: shown.line };
    } else if (updatedAt === null && shown?.updated) {
      updatedAt = shown.updated.value;
      provenance['updatedAt'] = { from: 'html:date-line', raw: shown.line };
    }
  }
  if (publishedAt === null) messages.push(ingestMessage('no-publication-time', 'the page states no publication time (JSON-LD, meta, <time> or a date line)'));
  return {
    title,
    byline,
    outlet: meta.outlet,
    publishedAt,
    updatedAt,
    url: meta.url,
    language: meta.language,
    body: text,
    provenance,
    metadataDates: [],
    messages,
    statesPublication: publishedAt !== null,
  };
}

/** Elements where pages print their date for readers, in document order. */
const DATE_HOLDERS = 'time, [class*="date"], [class*="Date"], [class*="publish"], [class*="Publish"], [class*="byline"], [class*="Byline"], [class*="timestamp"], [itemprop*="date"]';

/** The first date line among the top of the body and the page's date and byline elements. */
function readShownDate(doc: Document, top: readonly string[], reference: Instant): (DateLine & { line: string }) | null {
  const lines = [...top, ...Array.from(doc.querySelectorAll(DATE_HOLDERS)).slice(0, 40).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())];
  for (const line of lines) {
    if (line === '' || line.length > 160) continue;
    const read = readPostedLine(line, reference) ?? readDateLine(line, reference);
    if (read && (read.published || read.updated)) return { ...read, line };
  }
  return null;
}
