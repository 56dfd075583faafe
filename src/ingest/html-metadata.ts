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

const ARTICLE_TYPES = /^(?:Report|ScholarlyArticle|LiveBlogPosting|SocialMediaPosting|WebPage|Blog)$|(?:Article|BlogPosting)$/;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** The JSON of a JSON-LD block, without the CDATA sections and HTML comments some pages wrap it in. */
export function parseJsonLd(raw: string): Json | undefined {
  const s = raw.replace(/<!\[CDATA\[|\]\]>|<!--|-->/g, ' ');
  const start = s.search(/[[{]/);
  const end = Math.max(s.lastIndexOf('}'), s.lastIndexOf(']'));
  if (start < 0 || end < start) return undefined;
  const json = s.slice(start, end + 1);
  try {
    return JSON.parse(json) as Json;
  } catch {
    // Raw line breaks and tabs inside strings are the common fault: JSON allows them only escaped.
    try {
      return JSON.parse(json.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** All JSON-LD objects of the page, arrays, @graph and nested mainEntity flattened, and an index by @id. */
function readJsonLd(doc: Document, notes: string[]): { objects: JsonObject[]; byId: Map<string, JsonObject> } {
  const objects: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  const add = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (isObject(v)) {
      objects.push(v);
      const id = str(v['@id']);
      if (id !== null && !byId.has(id)) byId.set(id, v);
      if (v['@graph'] !== undefined) add(v['@graph']);
      if (v['mainEntity'] !== undefined) add(v['mainEntity']);
    }
  };
  const scripts = Array.from(doc.querySelectorAll('script')).filter((el) => /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? ''));
  for (const script of scripts) {
    const json = parseJsonLd(script.textContent ?? '');
    if (json === undefined) notes.push('a JSON-LD block is not valid JSON and was ignored');
    else add(json);
  }
  return { objects, byId };
}

const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Names of a JSON-LD value: strings, objects' names, and references (@id) to objects elsewhere on the page. */
function nameOf(v: Json | undefined, byId: ReadonlyMap<string, JsonObject> = new Map()): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => nameOf(x, byId));
  if (typeof v === 'string') return [v];
  if (!isObject(v)) return [];
  const name = str(v['name']);
  if (name !== null) return [name];
  const ref = str(v['@id']);
  const target = ref !== null ? byId.get(ref) : undefined;
  return target !== undefined && target !== v ? nameOf(target, new Map()) : [];
}

/** A meta key as pages write it: case aside, and "dc:", "dc." and "dcterms:" alike. */
const metaKey = (key: string): string => key.toLowerCase().replace(/^dc(?:terms?)?[:.]/, 'dc.');

const metaIndexes = new WeakMap<Document, Map<string, { value: string; el: Element }>>();

/**
 * The page's <meta> values by key, read once: a property, name or itemprop may list several
 * keys separated by spaces (property="og:title twitter:title"), and an empty content is none.
 */
function metaIndex(doc: Document): Map<string, { value: string; el: Element }> {
  let index = metaIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const value = el.getAttribute('content')?.trim();
    if (!value) continue;
    const keys = ['property', 'name', 'itemprop'].flatMap((a) => (el.getAttribute(a) ?? '').split(/\s+/)).filter((k) => k !== '');
    for (const key of keys) if (!index.has(metaKey(key))) index.set(metaKey(key), { value, el });
  }
  metaIndexes.set(doc, index);
  return index;
}

function meta(doc: Document, ...keys: string[]): { value: string; key: string; el: Element } | null {
  const index = metaIndex(doc);
  for (const key of keys) {
    const found = index.get(metaKey(key));
    if (found) return { ...found, key };
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

/** Tokens of a date, a time or a "posted" note: what may follow the names in a byline line. */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
const DATE_TOKEN = new RegExp(
  `^(?:${MONTH}|${WEEKDAY}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+z?)?|\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:am|pm)?|[ap]\\.?m\\.?|utc|gmt|[ecmp][sd]?t|bst|cet|cest|ist|at|on|of|the|and|ago|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|read|updated|published|posted|last|modified|[|•·–—-])$`,
  'i',
);
/** Words that announce a date: everything after them is not a name. */
const DATE_MARKER = /^(?:updated|published|posted|modified)$/i;

/**
 * The byline's names without a trailing date: the tail is cut only from a whole token on where
 * every token after it reads as part of a date or time (and there is a digit or a marker such
 * as "updated" or "ago"), so a name that ends like a weekday or a month ("Solomon", "Simon",
 * "Theresa May") stays whole.
 */
function cutTrailingDate(s: string): string {
  const tokens = s.split(/\s+/);
  const word = (t: string): string => t.replace(/^[([]+|[),:;.\]]+$/g, '');
  for (let i = 0; i < tokens.length; i++) {
    const w = word(tokens[i]!);
    if (DATE_MARKER.test(w) || (/^last$/i.test(w) && /^modified/i.test(word(tokens[i + 1] ?? '')))) return tokens.slice(0, i).join(' ');
    const tail = tokens.slice(i).map(word).filter((t) => t !== '');
    if (tail.every((t) => DATE_TOKEN.test(t)) && tail.some((t) => /\d|^ago$/i.test(t))) return tokens.slice(0, i).join(' ');
  }
  return s;
}

/** "By Jane Doe 5 Minutes Ago" → "Jane Doe"; null when nothing name-like is left. */
export function cleanByline(raw: string, outlet: string | null = null): string | null {
  let s = squash(raw);
  // "By", "Written by", and the kind of piece before it ("Analysis by", "Opinion by").
  s = s.replace(/^(?:posted|written|words|story|reporting|text|analysis|opinion|commentary|review|column|editorial|essay|perspective|interview|report|news analysis)?\s*by\s*:?\s+/i, '');
  s = cutTrailingDate(s.replace(/([,|•·–—])(?=\S)/g, '$1 '));
  s = s.replace(/\s*(?:\d+\s+min(?:ute)?s?\s+read)$/i, '');
  // A contact in brackets ("Jane Doe (http://jane.example/)", "(jane@x.org)", "<jane@x.org>") is not a name.
  s = s.replace(/\s*[(<](?:https?:|www\.|mailto:|[^()<>\s]+@)[^()<>]*[)>]/g, '');
  s = s.replace(/\s*[,|•·–—-]\s*$/, '').trim();
  s = s.replace(/\s*\S+@\S+\.\S+\s*/g, ' ').trim();
  if (s === '' || s.length > 100 || /https?:|www\.|\d/.test(s)) return null;
  // An initial alone ("J") or a lone letter is not a byline.
  if (!/\p{L}{2}/u.test(s)) return null;
  if (outlet !== null && fold(s) === fold(outlet)) return null;
  const words = s.split(/\s+/);
  if (words.length > 12) return null;
  // A byline is names: mostly capitalised words joined by "and" or commas.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised < Math.ceil(words.filter((w) => !/^(?:and|&|de|van|von|der|da|di|la|le|du|bin|al|y|e|,)$/i.test(w)).length * 0.6)) return null;
  return s;
}

/** Class or id names of the reader comments, whose bylines are the commenters'; whole names only ("has-comments" is not one). */
const COMMENTS = /^(?:comments?|comment-(?:list|body|content|section|thread|area)|comments-(?:area|section|list|container|wrapper)|commentlist|disqus_thread|respond|replies|talkback)$/i;

function isInComments(el: Element): boolean {
  for (let e: Element | null = el; e && !/^(?:body|html)$/i.test(e.localName); e = e.parentElement) {
    const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.split(/\s+/);
    if (names.some((n) => COMMENTS.test(n))) return true;
  }
  return false;
}

/**
 * The byline from the page's elements: rel/itemprop author (structured) before class names
 * that say byline or author; inside the reader comments nothing counts, and an element that
 * reads as no name (empty, an initial, the outlet) gives way to the next.
 */
function bylineFromElements(doc: Document, outlet: string | null): { byline: string; raw: string; from: string } | null {
  const kinds: [string, string][] = [
    ['html:rel-author', '[rel="author"], [itemprop="author"], [itemprop="creator"]'],
    ['html:byline-element', '.byline, .author, [class*="byline"], [class*="author-name"], [class*="author_name"], [id*="byline"]'],
  ];
  for (const [from, selector] of kinds) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (isInComments(el)) continue;
      // The first block of the element that reads as names ("By A and B", not "Associated Press").
      const named = el.querySelector('[itemprop="name"]');
      const blocks = blockText(named ?? el).split('\n\n').slice(0, 3);
      for (const raw of blocks) {
        const cleaned = readByline(raw) ?? cleanByline(raw, outlet);
        const byline = cleaned === null ? null : (cleanByline(cleaned, outlet) ?? cleaned);
        if (byline && /\p{L}{2}/u.test(byline)) return { byline, raw, from };
      }
    }
  }
  return null;
}

/** An ISO date-time with its zone; a value without a zone is kept as UTC and flagged. */
/** North American zone abbreviations that Date.parse reads (RFC 2822), as minutes from UTC. */
const US_ZONES: Record<string, number> = { EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

function readTime(raw: string): { value: string; zoned: boolean } | null {
  const s = raw.trim().replace(/\.\d+(?=Z|[+-]\d|$)/, '');
  // Placeholders of empty date fields ("0001-01-01T00:00:00Z", the Unix epoch) are no date.
  if (/^0\d{3}-|^1970-01-01(?:T00:00(?::00)?(?:Z|\+00:?00)?)?$/.test(s)) return null;
  const instant = parseInstant(s);
  if (!instant) {
    // RFC 2822 and its kin ("Sat, 09 Oct 2010 07:15:45 EST"): the zone as GMT/UTC, an offset or a North American abbreviation.
    const ms = Date.parse(s);
    if (Number.isNaN(ms) || !/\d{4}/.test(s)) return null;
    const zone = /(?:GMT|UTC|Z)\s*(?:([+-])(\d{2}):?(\d{2}))?|\b([ECMP][SD]T)\b|([+-])(\d{2})(\d{2})$/.exec(s);
    if (zone) {
      // Written in the page's own zone, kept in it: "07:47 PM EST" stays 19:47-05:00, on its own calendar day.
      const sign = zone[1] ?? zone[5];
      const offset = zone[4] !== undefined ? US_ZONES[zone[4]]! : sign !== undefined ? (sign === '-' ? -1 : 1) * (Number(zone[2] ?? zone[6]) * 60 + Number(zone[3] ?? zone[7])) : 0;
      return { value: formatInstant({ ms, offset }), zoned: true };
    }
    // A calendar date alone ("June 7, 2013"): that day, no time zone to read it in.
    if (/\d{1,2}:\d{2}/.test(s)) return null;
    const day = Date.parse(`${s} UTC`);
    return Number.isNaN(day) ? null : { value: formatInstant({ ms: day, offset: 0 }), zoned: false };
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

interface TitleCandidate {
  from: string;
  raw: string;
  /**
   * Where the value comes from, as evidence: the social and Dublin Core <meta> titles are one
   * family (a CMS fills them from one field), several <h1>s are one; agreement counts families.
   */
  kind: 'json-ld' | 'meta' | 'title' | 'h1';
  /** Lower is more reliable, for when no candidate agrees with another. */
  rank: number;
}

/** The title candidates of a page: JSON-LD headline, og:title, twitter:title, <h1>s, <title>. */
function titleCandidates(doc: Document, ldHeadline: string | null): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  const seen = new Set<Element>();
  const add = (from: string, raw: string | null | undefined, rank: number, kind: TitleCandidate['kind']): void => {
    if (raw && squash(raw).length >= 4) out.push({ from, raw, kind, rank });
  };
  // One <meta> that names several keys (property="og:title twitter:title") is one candidate.
  const addMeta = (rank: number, ...keys: string[]): void => {
    const m = meta(doc, ...keys);
    if (!m || seen.has(m.el)) return;
    seen.add(m.el);
    add(`meta:${m.key}`, m.value, rank, 'meta');
  };
  add('json-ld:headline', ldHeadline, 0, 'json-ld');
  addMeta(1, 'og:title');
  addMeta(2, 'twitter:title');
  addMeta(3, 'dc.title');
  addMeta(3, 'parsely-title');
  // <title> before an <h1>, which may be a section's or the logo's, unless it is too short or too
  // long to be a headline (Readability's bounds, 15 and 150 characters: _getArticleTitle).
  const docTitle = squash(doc.querySelector('head title')?.textContent ?? doc.querySelector('title')?.textContent ?? '');
  add('html:title', docTitle, docTitle.length >= 15 && docTitle.length <= 150 ? 4 : 7, 'title');
  // An <h1> in the article (or its headline itemprop) is the page's headline; elsewhere it may be a section or the logo.
  for (const h of Array.from(doc.querySelectorAll('h1, [itemprop="headline"]')).slice(0, 8)) {
    const inArticle = h.getAttribute('itemprop') === 'headline' || h.closest('article, main, [role="main"], [itemprop="articleBody"]') !== null;
    add('html:h1', h.textContent, inArticle ? 5 : 6, 'h1');
  }
  return out;
}

const words = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * "Headline | Section | Some Site" → "Headline | Section": a <title> whose site part matched no
 * known name still ends in one, a short last segment after a spaced separator, as Readability
 * assumes (_getArticleTitle); kept when fewer than three words would remain.
 */
function dropTrailingName(title: string): string {
  const m = /^(.*\S)\s+[|\-–—»/\\]\s+(\S+(?:\s+\S+){0,3})$/.exec(title);
  if (!m || m[1]!.split(/\s+/).length < 3) return title;
  return m[1]!;
}

/** Two titles agree when they are the same words, or one holds the other's words whole and they are not a fragment of it. */
function titlesAgree(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa === '' || wb === '') return false;
  if (wa === wb) return true;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const n = short.split(' ').length;
  return ` ${long} `.includes(` ${short} `) && (n >= 4 || n >= 0.5 * long.split(' ').length);
}

/**
 * The headline: each candidate (site names removed) is supported by the families of candidate
 * that agree with it; the best supported wins. Between equally supported ones the headline the
 * reader sees, an <h1> or one that agrees with it, wins over an SEO title, and then the more
 * reliable kind. A navigation <h1> ("Health Center") loses to the og:title and <title> that agree.
 */
function chooseTitle(candidates: readonly TitleCandidate[], siteNames: readonly string[]): { text: string; from: string; raw: string } | null {
  const cleaned = candidates
    .map((c) => {
      const text = cleanTitle(c.raw, siteNames, candidates.filter((o) => o !== c).map((o) => squash(o.raw)));
      return { ...c, text: c.from === 'html:title' && text === squash(c.raw) ? dropTrailingName(text) : text };
    })
    .filter((c) => c.text.length >= 4 && !siteNames.some((site) => fold(site) === fold(c.text)));
  // Compared in order: support, then (among supported ones) being or agreeing with an <h1>, then rank.
  const keyOf = (c: (typeof cleaned)[number]): number[] => {
    const agreeing = cleaned.filter((o) => o.kind !== c.kind && titlesAgree(c.text, o.text));
    const support = new Set(agreeing.map((o) => o.kind)).size;
    const seen = support > 0 && (c.kind === 'h1' || agreeing.some((o) => o.kind === 'h1')) ? 1 : 0;
    return [support, seen, -c.rank];
  };
  let best: { c: (typeof cleaned)[number]; key: number[] } | null = null;
  for (const c of cleaned) {
    const key = keyOf(c);
    const i = best ? key.findIndex((k, j) => k !== best!.key[j]) : 0;
    if (!best || (i >= 0 && key[i]! > best.key[i]!)) best = { c, key };
  }
  return best ? { text: best.c.text, from: best.c.from, raw: best.c.raw } : null;
}

/** Reads the metadata of a parsed page (call before Readability, which changes the DOM). */
export function readHtmlMetadata(doc: Document): HtmlMetadata {
  const notes: string[] = [];
  const provenance: Record<string, Provenance> = {};
  const { objects: ld, byId } = readJsonLd(doc, notes);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage' && t !== 'Blog')) ?? ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  // The page's other nodes (the WebPage of a @graph) fill what the article node leaves out.
  const fromLd = (key: string): string | null => {
    const own = article ? str(article[key]) : null;
    if (own !== null || !article) return own;
    for (const o of ld) if (o !== article && typesOf(o).some((t) => ARTICLE_TYPES.test(t)) && str(o[key]) !== null) return str(o[key]);
    return null;
  };
  const set = (field: string, from: string, raw: string | null): void => {
    provenance[field] = { from, raw };
  };

  // Outlet: the publisher's name, else og:site_name.
  let outlet: string | null = null;
  const publisher = [article, ...ld.filter((o) => o !== article && typesOf(o).some((t) => ARTICLE_TYPES.test(t)))].flatMap((o) => (o ? nameOf(o['publisher'], byId) : []))[0];
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

  // Title: the candidate the others agree with (site names removed), else the most reliable kind.
  const siteNames = [outlet, ogSite?.value, host, host?.split('.').slice(-2, -1)[0]].filter((x): x is string => !!x);
  const picked = chooseTitle(titleCandidates(doc, article ? str(article['headline']) ?? str(article['name']) : null), siteNames);
  const title = picked?.text ?? null;
  if (picked) set('title', picked.from, picked.raw);

  // Byline: structured sources first (JSON-LD author, meta author, rel/itemprop author), then
  // elements whose class names say byline; never one inside the reader comments.
  let byline: string | null = null;
  const ldAuthorNames = article ? nameOf(article['author'], byId) : [];
  const ldAuthors = ldAuthorNames.map((a) => cleanByline(a, outlet)).filter((a): a is string => a !== null);
  // Dublin Core's creator first, as Readability does (_getArticleMetadata): where a page has both, "author" is the looser one.
  const metaAuthor = meta(doc, 'dc.creator', 'author', 'article:author', 'parsely-author', 'byl', 'sailthru.author');
  if (ldAuthors.length > 0) {
    byline = [...new Set(ldAuthors)].join(', ');
    set('byline', 'json-ld:author', ldAuthorNames.join(', '));
  } else if (metaAuthor && !/^https?:/.test(metaAuthor.value) && cleanByline(metaAuthor.value, outlet)) {
    byline = cleanByline(metaAuthor.value, outlet);
    set('byline', `meta:${metaAuthor.key}`, metaAuthor.value);
  } else {
    const found = bylineFromElements(doc, outlet);
    if (found) {
      byline = found.byline;
      set('byline', found.from, found.raw);
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
  // In order of what they say: a page's first <time> may be its update time ("dateModified").
  const timeEl = ['[itemprop="datePublished"][datetime]', 'time[pubdate]', 'time[class*="publish"]', 'article time[datetime]', 'time[datetime]:not([itemprop="dateModified"])'].map((q) => doc.querySelector(q)).find((el) => el !== null);
  const publishedAt = timeOf('publishedAt', [
    ['json-ld:datePublished', fromLd('datePublished')],
    ...(['article:published_time', 'datePublished', 'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'publish_date', 'article:published', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dc.created', 'date'] as const).map(
      (k): [string, string | null] => [`meta:${k}`, meta(doc, k)?.value ?? null],
    ),
    ['html:time', timeEl?.getAttribute('datetime')],
  ]);
  const updatedAt = timeOf('updatedAt', [
    ['json-ld:dateModified', fromLd('dateModified')],
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
