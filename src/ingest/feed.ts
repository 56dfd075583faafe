// A feed (RSS 2.0 / RSS 1.0, Atom, JSON Feed) → its items. Pure: no file, clock or network.
// The XML parser is lenient, so a feed is also refused when its root element is not closed
// (the usual shape of a truncated download).
import { formatInstant, normaliseIso } from '../brief/time.js';
import { parseXml } from './html-dom.js';

export type FeedKind = 'rss' | 'atom' | 'json-feed';

export interface FeedItem {
  /** The feed's own id of the item (RSS guid, Atom id, JSON Feed id), if any. */
  guid: string | null;
  /** The item's page, absolute. */
  url: string | null;
  title: string | null;
  /** Full content as HTML (content:encoded, Atom content, content_html), if any. */
  contentHtml: string | null;
  /** Full content as plain text (JSON Feed content_text, Atom type="text"), if any. */
  contentText: string | null;
  /** The summary as HTML (RSS description, Atom summary, JSON Feed summary), if any. */
  summaryHtml: string | null;
  /** ISO 8601, or null when absent or unreadable. */
  published: string | null;
  updated: string | null;
  byline: string | null;
}

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  items: FeedItem[];
  /** One line per item that was left out: `item 3: has no link, id or content`. */
  skipped: string[];
}

/** The input is not a feed we can read; the message says why. */
export class FeedError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Parses a feed's text; `base` resolves relative links (the feed's own URL, if it has one). */
export function parseFeed(text: string, base?: string): ParsedFeed {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head === '') throw new FeedError('is empty', 'empty-feed');
  if (head.startsWith('{')) return parseJsonFeed(head, base);
  if (head.startsWith('<')) return parseXmlFeed(head, base);
  throw new FeedError('is neither XML (RSS, Atom) nor JSON (JSON Feed)', 'not-a-feed');
}

function parseJsonFeed(text: string, base?: string): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError(`is not valid JSON (${(error as Error).message})`, 'malformed-feed');
  }
  const feed = json as Record<string, unknown>;
  if (typeof feed['version'] !== 'string' || !feed['version'].startsWith('https://jsonfeed.org/version/')) throw new FeedError('is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/…")', 'not-a-feed');
  if (!Array.isArray(feed['items'])) throw new FeedError('is a JSON Feed without an "items" array', 'malformed-feed');
  const feedBase = str(feed['feed_url']) ?? str(feed['home_page_url']) ?? base;
  const feedAuthor = authorsOf(feed);
  const items: FeedItem[] = [];
  const skipped: string[] = [];
  feed['items'].forEach((raw: unknown, i: number) => {
    if (raw === null || typeof raw !== 'object') return skipped.push(`item ${i + 1}: is not an object`);
    const e = raw as Record<string, unknown>;
    const id = e['id'];
    const item: FeedItem = {
      guid: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
      url: absolute(str(e['url']) ?? str(e['external_url']), feedBase),
      title: str(e['title']),
      contentHtml: str(e['content_html']),
      contentText: str(e['content_text']),
      summaryHtml: str(e['summary']),
      published: isoOf(str(e['date_published'])),
      updated: isoOf(str(e['date_modified'])),
      byline: authorsOf(e) ?? feedAuthor,
    };
    keep(item, i, items, skipped);
  });
  return { kind: 'json-feed', title: str(feed['title']), items, skipped };
}

function authorsOf(o: Record<string, unknown>): string | null {
  const list = Array.isArray(o['authors']) ? (o['authors'] as unknown[]) : o['author'] ? [o['author']] : [];
  const names = list.map((a) => (a && typeof a === 'object' ? str((a as Record<string, unknown>)['name']) : null)).filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(', ') : null;
}

/**
 * A document type declaration, with its internal subset ("<!DOCTYPE rss [<!ENTITY …>]>"). A feed
 * needs none; it is dropped before parsing, so its entities are never defined, let alone expanded
 * (no file or URL named by an external entity is read, no entity grows into a billion laughs).
 */
export const DOCTYPE = /<!DOCTYPE\s[^[>]*(?:\[[\s\S]*?\]\s*)?>/i;

function parseXmlFeed(text: string, base?: string): ParsedFeed {
  const doc = parseXml(text.replace(DOCTYPE, ''));
  const root = doc.documentElement;
  const name = root?.tagName.toLowerCase() ?? '';
  if (!['rss', 'feed', 'rdf:rdf'].includes(name)) throw new FeedError(`is XML but not a feed (its root element is <${root?.tagName ?? 'none'}>, not <rss>, <feed> or <rdf:RDF>)`, 'not-a-feed');
  if (!new RegExp(`</${root!.tagName}\\s*>\\s*$`, 'i').test(text.trimEnd())) throw new FeedError(`is malformed or truncated: its <${root!.tagName}> element is never closed`, 'malformed-feed');
  return name === 'feed' ? readAtom(root!, base) : readRss(root!, base);
}

function readRss(root: Element, base?: string): ParsedFeed {
  const channel = child(root, 'channel');
  const feedBase = absolute(textOf(channel && child(channel, 'link')), base) ?? base;
  // RSS 2.0 puts items in <channel>; RSS 1.0 (RDF) next to it.
  const entries = [...(channel ? children(channel, 'item') : []), ...children(root, 'item')];
  const items: FeedItem[] = [];
  const skipped: string[] = [];
  entries.forEach((e, i) => {
    const guid = child(e, 'guid');
    const link = textOf(child(e, 'link')) ?? (guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(textOf(guid) ?? '') ? textOf(guid) : null);
    const item: FeedItem = {
      guid: textOf(guid) ?? e.getAttribute('rdf:about'),
      url: absolute(link, feedBase),
      title: textOf(child(e, 'title')),
      contentHtml: textOf(child(e, 'content:encoded')),
      contentText: null,
      summaryHtml: textOf(child(e, 'description')),
      published: isoOf(textOf(child(e, 'pubDate')) ?? textOf(child(e, 'dc:date'))),
      updated: isoOf(textOf(child(e, 'atom:updated')) ?? textOf(child(e, 'dcterms:modified'))),
      byline: textOf(child(e, 'dc:creator')) ?? rssAuthor(textOf(child(e, 'author'))),
    };
    keep(item, i, items, skipped);
  });
  return { kind: 'rss', title: textOf(channel && child(channel, 'title')), items, skipped };
}

/** RSS <author> is "email (Name)": keep the name. */
function rssAuthor(value: string | null): string | null {
  if (!value) return null;
  const named = /\(([^)]+)\)/.exec(value);
  return named ? named[1]!.trim() : value;
}

function readAtom(root: Element, base?: string): ParsedFeed {
  const feedBase = absolute(root.getAttribute('xml:base'), base) ?? base;
  const feedAuthor = textOf(child(child(root, 'author'), 'name'));
  const items: FeedItem[] = [];
  const skipped: string[] = [];
  children(root, 'entry').forEach((e, i) => {
    const links = children(e, 'link');
    const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? null;
    const content = atomText(child(e, 'content'));
    const item: FeedItem = {
      guid: textOf(child(e, 'id')),
      url: absolute(alternate?.getAttribute('href') ?? null, feedBase),
      title: textOf(child(e, 'title')),
      contentHtml: content?.html ?? null,
      contentText: content?.text ?? null,
      summaryHtml: atomText(child(e, 'summary'))?.html ?? atomText(child(e, 'summary'))?.text ?? null,
      published: isoOf(textOf(child(e, 'published'))),
      updated: isoOf(textOf(child(e, 'updated'))),
      byline: children(e, 'author').map((a) => textOf(child(a, 'name'))).filter((n): n is string => n !== null).join(', ') || feedAuthor,
    };
    keep(item, i, items, skipped);
  });
  return { kind: 'atom', title: textOf(child(root, 'title')), items, skipped };
}

/** Atom text constructs: type="text" (default), "html" (escaped) or "xhtml" (inline, in a <div>). */
function atomText(el: Element | null): { html?: string; text?: string } | null {
  if (!el || el.getAttribute('src')) return null;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const html = (el.firstElementChild ?? el).innerHTML.trim();
    return html ? { html } : null;
  }
  const value = textOf(el);
  if (value === null) return null;
  return type === 'html' || type === 'text/html' ? { html: value } : { text: value };
}

function keep(item: FeedItem, i: number, items: FeedItem[], skipped: string[]): void {
  if (!item.url && !item.guid) skipped.push(`item ${i + 1}${item.title ? ` ("${item.title}")` : ''}: has neither a link nor an id`);
  else if (!item.url && !item.contentHtml && !item.contentText && !item.summaryHtml) skipped.push(`item ${i + 1}${item.title ? ` ("${item.title}")` : ''}: has no link and no content`);
  else items.push(item);
}

function children(el: Element | null, name: string): Element[] {
  if (!el) return [];
  return [...el.children].filter((c) => c.tagName.toLowerCase() === name.toLowerCase());
}

function child(el: Element | null, name: string): Element | null {
  return children(el, name)[0] ?? null;
}

function textOf(el: Element | null): string | null {
  const value = el?.textContent?.trim();
  return value ? value : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function absolute(url: string | null | undefined, base: string | undefined): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, number> = { GMT: 0, UT: 0, UTC: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
const RFC822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?$/i;

/** RFC 822 (RSS) or ISO 8601 (Atom, JSON Feed) → ISO 8601 in the feed's own UTC offset; null when unreadable. */
function isoOf(value: string | null): string | null {
  if (!value) return null;
  const iso = normaliseIso(value);
  if (iso) return iso;
  const m = RFC822.exec(value.trim());
  if (m) {
    const [, d, mon, y, h, mi, sec = '0', zone = 'GMT'] = m;
    const month = MONTHS.indexOf(mon!.toLowerCase());
    const offset = /^[+-]/.test(zone) ? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) : ZONES[zone.toUpperCase()];
    const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
    if (month >= 0 && offset !== undefined) {
      const local = Date.UTC(year, month, Number(d), Number(h), Number(mi), Number(sec));
      if (!Number.isNaN(local)) return formatInstant({ ms: local - offset * 60_000, offset });
    }
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : formatInstant({ ms, offset: 0 });
}

/** An item whose content has fewer characters of text than this is only a summary: its page is the article. */
export const MIN_CONTENT_CHARS = 500;

/** The item's fullest content (content, else a long summary), or null when it carries only a summary or nothing. */
export function itemContent(item: FeedItem): { html: string } | { text: string } | null {
  const candidates: { html?: string; text?: string; chars: number }[] = [
    ...(item.contentHtml ? [{ html: item.contentHtml, chars: textLength(item.contentHtml) }] : []),
    ...(item.contentText ? [{ text: item.contentText, chars: item.contentText.trim().length }] : []),
    ...(item.summaryHtml ? [{ html: item.summaryHtml, chars: textLength(item.summaryHtml) }] : []),
  ];
  const best = candidates.sort((a, b) => b.chars - a.chars)[0];
  if (!best || best.chars < MIN_CONTENT_CHARS) return null;
  return best.html !== undefined ? { html: best.html } : { text: best.text! };
}

/** The short content of an item without a page to fetch (better than nothing), or null. */
export function itemSummary(item: FeedItem): { html: string } | { text: string } | null {
  if (item.contentHtml) return { html: item.contentHtml };
  if (item.contentText) return { text: item.contentText };
  return item.summaryHtml ? { html: item.summaryHtml } : null;
}

/** Characters of text in an HTML fragment (tags and entities dropped, spaces collapsed). */
function textLength(html: string): number {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, 'x')
    .replace(/\s+/g, ' ')
    .trim().length;
}
