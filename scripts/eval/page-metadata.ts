// What a page says of itself, read as the reference for title and publication-date accuracy:
// its headline (og:title, else the JSON-LD headline, else <title>), its site name (og:site_name)
// and its publication date (JSON-LD datePublished, article:published_time and other common meta
// tags, else a <time datetime> inside <article>). Read here on its own, not with the product's
// reader, so that the reference does not move with the product. No files: HTML in, fields out.
import { parseHTML } from 'linkedom';

export interface PageDate {
  /** The calendar date as the page writes it: YYYY-MM-DD. */
  date: string;
  /** Minutes east of UTC when the page gives a time with a zone; null when it does not. */
  offset: number | null;
  raw: string;
  from: string;
}

export interface PageMetadata {
  headline: string | null;
  headlineFrom: 'og:title' | 'json-ld:headline' | 'title' | null;
  siteName: string | null;
  published: PageDate | null;
  /** The text of each <h1> of the page, in document order: the headline a reader sees. */
  h1s: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|LiveBlogPosting)$/;

/** Entities left encoded in attribute values and JSON-LD strings (often encoded twice). */
export function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026' };
  let out = s;
  for (let i = 0; i < 2; i++) {
    out = out.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return named[e.toLowerCase()] ?? m;
    });
  }
  return out.replace(/\s+/g, ' ').trim();
}

function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) add(v['@graph']);
      if (isObject(v['mainEntity'])) add(v['mainEntity']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      add(JSON.parse((script.textContent ?? '').trim().replace(/^<!--|-->$/g, '')) as Json);
    } catch {
      // A block that is not JSON says nothing.
    }
  }
  return out;
}

const typesOf = (o: JsonObject): string[] => (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');
const stringOf = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? decodeEntities(v) : null);

/** Meta tags by lower-cased property, name or itemprop; the first value of each key. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, decodeEntities(content));
    }
  }
  return tags;
}

/** Publication-date meta keys in common use (OpenGraph, Dublin Core, Sailthru, Parse.ly, schema.org microdata, ...), in order of trust. */
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'article.published', 'article:published',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created',
  'citation_publication_date', 'publication_date', 'publish-date', 'publish_date', 'publishdate', 'pubdate', 'originalpublicationdate',
  'article_date_original', 'cxenseparse:recs:publishtime', 'date',
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Reads a date value: ISO 8601 (with its zone), or a written date ("Nov 19, 2019", "19 November 2019"). */
export function readPageDate(raw: string, from: string): PageDate | null {
  const value = raw.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(value);
  if (iso) {
    const date = validDate(+iso[1]!, +iso[2]!, +iso[3]!);
    if (date === null) return null;
    const zone = iso[4] !== undefined ? iso[6] : undefined;
    let offset: number | null = null;
    if (zone !== undefined) {
      if (/^z$/i.test(zone)) offset = 0;
      else {
        const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
        offset = (z[1] === '-' ? -1 : 1) * (+z[2]! * 60 + +z[3]!);
      }
    }
    return { date, offset, raw, from };
  }
  const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(value);
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(value);
  const found = mdy && month(mdy[1]!) > 0 ? validDate(+mdy[3]!, month(mdy[1]!), +mdy[2]!) : dmy && month(dmy[2]!) > 0 ? validDate(+dmy[3]!, month(dmy[2]!), +dmy[1]!) : null;
  if (found === null) return null;
  // A written date with a time in GMT/UTC (RFC 822 style) is a UTC date; otherwise the zone is unknown.
  return { date: found, offset: /\d:\d{2}(?::\d{2})?\s*(?:GMT|UTC|\+0000)\b/.test(value) ? 0 : null, raw, from };
}

function readPublished(doc: Document, objects: readonly JsonObject[], tags: ReadonlyMap<string, string>): PageDate | null {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  for (const o of [...articles, ...objects]) {
    const raw = stringOf(o['datePublished']);
    const date = raw === null ? null : readPageDate(raw, 'json-ld:datePublished');
    if (date) return date;
  }
  for (const key of DATE_KEYS) {
    const raw = tags.get(key);
    const date = raw === undefined ? null : readPageDate(raw, `meta:${key}`);
    if (date) return date;
  }
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"]'))) {
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
    const date = readPageDate(raw, 'microdata:datePublished');
    if (date) return date;
  }
  for (const el of Array.from(doc.querySelectorAll('article time[datetime]'))) {
    const date = readPageDate(el.getAttribute('datetime') ?? '', 'article time[datetime]');
    if (date) return date;
  }
  return null;
}

/** Reads a page's headline, site name and publication date. */
export function readPageMetadata(html: string): PageMetadata {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const tags = metaTags(doc);
  const objects = jsonLdObjects(doc);
  let headline: string | null = tags.get('og:title') ?? null;
  let headlineFrom: PageMetadata['headlineFrom'] = headline === null ? null : 'og:title';
  if (headline === null) {
    const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
    for (const o of [...articles, ...objects]) {
      headline = stringOf(o['headline']);
      if (headline !== null) {
        headlineFrom = 'json-ld:headline';
        break;
      }
    }
  }
  if (headline === null) {
    const title = doc.querySelector('title')?.textContent;
    if (title && title.trim() !== '') {
      headline = decodeEntities(title);
      headlineFrom = 'title';
    }
  }
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((h) => h !== '');
  return { headline, headlineFrom, siteName: tags.get('og:site_name') ?? null, published: readPublished(doc, objects, tags), h1s };
}
