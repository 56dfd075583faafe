// Article metadata from an HTML page: JSON-LD first, then OpenGraph/meta tags, <time>
// elements and byline patterns. Every field records where it came from; a field we cannot read
// with confidence stays null ("unknown") rather than taking a plausible but wrong value.
import type { Provenance } from '../brief/model.js';
import { formatInstant, parseInstant } from '../brief/time.js';
import { readByline } from './header-lines.js';
import { blockText } from './html-text.js';

export interface HtmlMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  url: string | null;
  language: string | null;
  provenance: Record<string, Provenance>;
  /** Raw values that were found but rejected or doubtful, for messages. */
  notes: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|SocialMediaPosting|WebPage|Blog)$/;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** All JSON-LD objects of the page, @graph and arrays flattened. */
function readJsonLd(doc: Document, notes: string[]): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) add(v['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').trim().replace(/^<!--|-->$/g, '');
    try {
      add(JSON.parse(raw) as Json);
    } catch {
      notes.push('a JSON-LD block is not valid JSON and was ignored');
    }
  }
  return out;
}

const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function nameOf(v: Json | undefined): string[] {
  if (Array.isArray(v)) return v.flatMap(nameOf);
  if (typeof v === 'string') return [v];
  if (isObject(v)) return str(v['name']) ? [str(v['name'])!] : [];
  return [];
}

function meta(doc: Document, ...keys: string[]): { value: string; key: string } | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return { value, key };
  }
  return null;
}

const decodeEntities = (s: string): string =>
  s.replace(/&(?:amp|#38);/g, '&').replace(/&(?:quot|#34);/g, '"').replace(/&(?:#39|apos|#8217);/g, '’').replace(/&nbsp;/g, ' ');
const squash = (s: string): string => decodeEntities(s).replace(/\s+/g, ' ').trim();
const fold = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');

const TITLE_SEPARATORS = /\s+(?:\||-|–|—|::|»|·|:|\/)\s+/;

/**
 * Removes a site name from a title ("Headline | Site", "Site - Headline"): the part that equals
 * the outlet or the host name, or, failing that, a trailing part that equals another title
 * candidate's complement.
 */
export function cleanTitle(title: string, siteNames: readonly string[], others: readonly string[]): string {
  const t = squash(title);
  const parts = t.split(TITLE_SEPARATORS);
  if (parts.length < 2) return t;
  const sites = siteNames.map(fold).filter((s) => s !== '');
  const isSite = (p: string): boolean => {
    const f = fold(p);
    return f !== '' && sites.some((s) => s === f || s.startsWith(f) || f.startsWith(s) || f === s.replace(/com$|couk$|org$|net$/, ''));
  };
  // Another candidate (the <h1>, og:title) that is one side of the separator settles it.
  for (const other of others.map(fold)) {
    if (other === '') continue;
    const sep = t.match(new RegExp(TITLE_SEPARATORS.source, 'g')) ?? [];
    for (let i = 1; i < parts.length; i++) {
      const head = parts.slice(0, i).reduce((acc, p, j) => (j === 0 ? p : `${acc}${sep[j - 1]}${p}`), '');
      if (fold(head) === other) return head;
    }
  }
  let keep = parts;
  while (keep.length > 1 && isSite(keep[keep.length - 1]!)) keep = keep.slice(0, -1);
  while (keep.length > 1 && isSite(keep[0]!)) keep = keep.slice(1);
  if (keep.length === parts.length) return t;
  // Rebuild with the original separators of the kept span.
  const start = parts.indexOf(keep[0]!);
  const pieces = t.split(new RegExp(`(${TITLE_SEPARATORS.source})`));
  return pieces.slice(start * 2, (start + keep.length) * 2 - 1).join('');
}

/** "By Jane Doe 5 Minutes Ago" → "Jane Doe"; null when nothing name-like is left. */
export function cleanByline(raw: string, outlet: string | null = null): string | null {
  let s = squash(raw);
  s = s.replace(/^(?:posted|written|words|story|reporting)?\s*by\s*:?\s+/i, '');
  // Cut at the first date, time, "updated"/"published" or "N minutes ago" tail.
  s = s.replace(
    /\s*(?:[,|•·–—-]\s*)?(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|updated|published|posted|last modified|on\s+(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d+ (?:min|minute)s? read).*$/i,
    '',
  );
  s = s.replace(/\s*[,|•·–—-]\s*$/, '').replace(/\s*\([^)]*@[^)]*\)\s*$/, '').trim();
  s = s.replace(/\s*\S+@\S+\.\S+\s*/g, ' ').trim();
  if (s === '' || s.length > 100 || /https?:|www\.|\d/.test(s)) return null;
  if (outlet !== null && fold(s) === fold(outlet)) return null;
  const words = s.split(/\s+/);
  if (words.length > 12) return null;
  // A byline is names: mostly capitalised words joined by "and" or commas.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised < Math.ceil(words.filter((w) => !/^(?:and|&|de|van|von|der|da|di|la|le|du|bin|al|y|e|,)$/i.test(w)).length * 0.6)) return null;
  return s;
}

/** An ISO date-time with its zone; a value without a zone is kept as UTC and flagged. */
function readTime(raw: string): { value: string; zoned: boolean } | null {
  const s = raw.trim().replace(/\.\d+(?=Z|[+-]\d|$)/, '');
  const instant = parseInstant(s);
  if (!instant) {
    const ms = Date.parse(s);
    if (Number.isNaN(ms) || !/\d{4}/.test(s)) return null;
    const zone = /(?:GMT|UTC|Z)\s*([+-]\d{2}:?\d{2})?/.exec(s);
    if (!zone) return null;
    return { value: formatInstant({ ms, offset: 0 }), zoned: true };
  }
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(s);
  if (!/T|\d{2}:\d{2}/.test(s)) return { value: formatInstant(instant), zoned: false };
  return { value: formatInstant(instant), zoned };
}

function normaliseLanguage(raw: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?\b/i.exec((raw ?? '').trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

function absoluteUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Reads the metadata of a parsed page (call before Readability, which changes the DOM). */
export function readHtmlMetadata(doc: Document): HtmlMetadata {
  const notes: string[] = [];
  const provenance: Record<string, Provenance> = {};
  const ld = readJsonLd(doc, notes);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage' && t !== 'Blog')) ?? ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const set = (field: string, from: string, raw: string | null): void => {
    provenance[field] = { from, raw };
  };

  // Outlet: the publisher's name, else og:site_name.
  let outlet: string | null = null;
  const publisher = article ? nameOf(article['publisher'])[0] : undefined;
  const ogSite = meta(doc, 'og:site_name', 'application-name');
  if (publisher) {
    outlet = squash(publisher);
    set('outlet', 'json-ld:publisher', publisher);
  } else if (ogSite) {
    outlet = squash(ogSite.value);
    set('outlet', `meta:${ogSite.key}`, ogSite.value);
  }

  // URL: canonical link, og:url, JSON-LD.
  let url: string | null = null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const ogUrl = meta(doc, 'og:url', 'twitter:url');
  const ldUrl = article ? (str(article['url']) ?? (isObject(article['mainEntityOfPage']) ? str(article['mainEntityOfPage']['@id']) : str(article['mainEntityOfPage']))) : null;
  for (const [from, raw] of [
    ['html:link-canonical', canonical],
    [`meta:${ogUrl?.key ?? 'og:url'}`, ogUrl?.value],
    ['json-ld:url', ldUrl],
  ] as const) {
    const u = absoluteUrl(raw);
    if (u) {
      url = u;
      set('url', from, raw ?? null);
      break;
    }
  }
  const host = url ? new URL(url).hostname.replace(/^www\./, '') : null;

  // Title: JSON-LD headline, og:title, twitter:title, the single <h1>, <title>; site names removed.
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => squash(h.textContent ?? ''))
    .filter((t) => t.length > 3);
  const h1 = h1s.length >= 1 ? h1s[0]! : null;
  const docTitle = doc.querySelector('title')?.textContent ?? null;
  const ogTitle = meta(doc, 'og:title', 'twitter:title');
  const candidates: [string, string | null][] = [
    ['json-ld:headline', article ? str(article['headline']) : null],
    [`meta:${ogTitle?.key ?? 'og:title'}`, ogTitle?.value ?? null],
    ['html:h1', h1],
    ['html:title', docTitle],
  ];
  const siteNames = [outlet, ogSite?.value, host, host?.split('.').slice(-2, -1)[0]].filter((s): s is string => !!s);
  let title: string | null = null;
  for (const [from, raw] of candidates) {
    if (!raw || squash(raw).length < 4) continue;
    const others = candidates.filter(([f, r]) => f !== from && r).map(([, r]) => squash(r!));
    const cleaned = cleanTitle(raw, siteNames, others);
    if (siteNames.some((s) => fold(s) === fold(cleaned))) continue;
    title = cleaned;
    set('title', from, raw);
    break;
  }

  // Byline: JSON-LD author names, meta author, then byline elements.
  let byline: string | null = null;
  const ldAuthors = article ? nameOf(article['author']).map((a) => cleanByline(a, outlet)).filter((a): a is string => a !== null) : [];
  const metaAuthor = meta(doc, 'author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator');
  if (ldAuthors.length > 0) {
    byline = [...new Set(ldAuthors)].join(', ');
    set('byline', 'json-ld:author', nameOf(article?.['author']).join(', '));
  } else if (metaAuthor && !/^https?:/.test(metaAuthor.value) && cleanByline(metaAuthor.value, outlet)) {
    byline = cleanByline(metaAuthor.value, outlet);
    set('byline', `meta:${metaAuthor.key}`, metaAuthor.value);
  } else {
    const el = doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author, [class*="byline"], [class*="author-name"]');
    // The first block of the element that reads as names ("By A and B", not "Associated Press").
    for (const raw of el ? blockText(el).split('\n\n').slice(0, 3) : []) {
      const cleaned = readByline(raw) ?? cleanByline(raw, outlet);
      if (cleaned) {
        byline = cleanByline(cleaned, outlet) ?? cleaned;
        set('byline', 'html:byline-element', raw);
        break;
      }
    }
  }

  // Publication and update times: JSON-LD, meta, <time>.
  const timeOf = (field: 'publishedAt' | 'updatedAt', sources: [string, string | null | undefined][]): string | null => {
    let unzoned: { value: string; from: string; raw: string } | null = null;
    for (const [from, raw] of sources) {
      if (!raw) continue;
      const t = readTime(raw);
      if (!t) continue;
      if (t.zoned) {
        set(field, from, raw);
        return t.value;
      }
      unzoned ??= { value: t.value, from, raw };
    }
    if (unzoned) {
      notes.push(`${field === 'publishedAt' ? 'the publication' : 'the update'} time "${unzoned.raw}" (${unzoned.from}) states no time zone; read as UTC`);
      set(field, `${unzoned.from} (no time zone: UTC assumed)`, unzoned.raw);
      return unzoned.value;
    }
    return null;
  };
  const timeEl = doc.querySelector('time[itemprop="datePublished"], time[pubdate], time[class*="publish"], article time[datetime], time[datetime]');
  const publishedAt = timeOf('publishedAt', [
    ['json-ld:datePublished', article ? str(article['datePublished']) : null],
    ...(['article:published_time', 'datePublished', 'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'date'] as const).map(
      (k): [string, string | null] => [`meta:${k}`, meta(doc, k)?.value ?? null],
    ),
    ['html:time', timeEl?.getAttribute('datetime')],
  ]);
  const updatedAt = timeOf('updatedAt', [
    ['json-ld:dateModified', article ? str(article['dateModified']) : null],
    ['meta:article:modified_time', meta(doc, 'article:modified_time', 'og:updated_time', 'dateModified')?.value],
  ]);

  // Language: <html lang>, JSON-LD, og:locale, content-language.
  let language: string | null = null;
  const httpLang = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  for (const [from, raw] of [
    ['html:lang', doc.documentElement?.getAttribute('lang')],
    ['json-ld:inLanguage', article ? str(article['inLanguage']) : null],
    ['meta:og:locale', meta(doc, 'og:locale')?.value],
    ['meta:content-language', httpLang],
  ] as const) {
    const l = normaliseLanguage(raw);
    if (l) {
      language = l;
      set('language', from, raw ?? null);
      break;
    }
  }

  if (updatedAt !== null && updatedAt === publishedAt) delete provenance['updatedAt'];
  return { title, byline, outlet, publishedAt, updatedAt: updatedAt === publishedAt ? null : updatedAt, url, language, provenance, notes };
}
