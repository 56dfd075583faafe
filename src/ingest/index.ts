// raw input → Article: reads the file (gunzipping it when its bytes say gzip), decodes it,
// recognises its format by content and hands it to the parser for that format. Each parser
// returns ParsedArticle; this module settles the reference time and the source.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Article, Message, SourceFormat } from '../brief/model.js';
import { type Instant, formatInstant, parseInstant } from '../brief/time.js';
import { decodeCharacterReferences, decodeHtml, decodeText, decodeXml, isGzip, looksBinary } from './decode.js';
import { describeBinary, detectFormat, isJsonFeed } from './format.js';
import { type MetadataDate, type ParsedArticle, ingestMessage } from './parsed.js';
import { cleanBody, datelineAgency } from './clutter.js';
import { hasProse } from './headline.js';
import { parseScrapedText } from './scraped-text.js';

export type { MetadataDate } from './parsed.js';

export interface IngestOptions {
  /** ISO 8601 reference time (when the article was published or captured). */
  published?: string;
  /** Inputs larger than this are refused (also after decompression). */
  maxBytes?: number;
}

export interface IngestedArticle {
  source: { path: string; sha256: string; format: SourceFormat };
  article: Article;
  /** What relative expressions resolve against. */
  referenceTime: string;
  /** Dates read from header lines rather than from the body. */
  metadataDates: MetadataDate[];
  messages: Message[];
}

/** A content problem that makes the input unusable (empty, binary, unsupported...). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InputError';
  }
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads one article file into an Article; throws InputError when it cannot be used. A file that
 * holds several articles (a JSON array) is refused with `several-articles`: use readArticles.
 */
export async function readArticle(path: string, options: IngestOptions = {}): Promise<IngestedArticle> {
  const all = await readArticles(path, options);
  if (all.length !== 1) throw new InputError(`holds ${all.length} articles; read it with readArticles`, 'several-articles');
  return all[0]!;
}

/** Reads every article of a file: one for text, HTML and Markdown, one per entry of a JSON array. */
export async function readArticles(path: string, options: IngestOptions = {}): Promise<IngestedArticle[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path);
  if (info.isDirectory()) throw new InputError('is a directory, not an article file', 'not-a-file');
  if (info.size > maxBytes) throw new InputError(`is ${info.size} bytes, over the ${maxBytes}-byte limit`, 'too-large');
  const raw = await readFile(path);
  const sha256 = createHash('sha256').update(raw).digest('hex');
  if (raw.length === 0) throw new InputError('is empty', 'empty-input');

  const messages: Message[] = [];
  let bytes: Uint8Array = raw;
  if (isGzip(raw)) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes });
    } catch (error) {
      const tooLarge = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      if (tooLarge) throw new InputError(`decompresses to more than the ${maxBytes}-byte limit`, 'too-large', { cause: error });
      throw new InputError(`is gzip-compressed but cannot be decompressed (${error instanceof Error ? error.message : String(error)})`, 'bad-gzip', { cause: error });
    }
    messages.push(ingestMessage('gunzipped', `the input is gzip-compressed (${raw.length} bytes → ${bytes.length}); it was decompressed`));
    if (bytes.length === 0) throw new InputError('is an empty gzip file', 'empty-input');
  }
  if (looksBinary(bytes)) {
    const kind = describeBinary(bytes);
    throw new InputError(`is a binary file${kind ? ` (${kind})` : ''}, not an article in text, HTML, Markdown or JSON`, 'binary-input');
  }

  const reference = resolveReference(options.published, info.mtime, messages);
  // HTML declares its own charset; other text is UTF-8 or Windows-1252.
  const probe = decodeText(bytes.subarray(0, 16384));
  const firstGuess = detectFormat(probe.text, path).format;
  const decoded = firstGuess === 'html' ? decodeHtml(bytes) : firstGuess === 'feed' ? decodeXml(bytes) : decodeText(bytes);
  messages.push(...decoded.messages);
  const detected = detectFormat(decoded.text, path);
  const json = detected.json;
  // A JSON Feed is a feed, whatever its syntax.
  const format: SourceFormat = detected.format === 'json' && isJsonFeed(json) ? 'feed' : detected.format;

  // Each format's parser (and its libraries: linkedom, Readability, yaml, zod) loads when an
  // input of that format first comes: a plain-text article never waits for them.
  let parsed: ParsedArticle[];
  switch (format) {
    case 'html': {
      const { parseHtml } = await import('./html.js');
      parsed = [parseHtml(decoded.text, { reference })];
      break;
    }
    case 'markdown': {
      const { parseMarkdown } = await import('./markdown.js');
      parsed = [parseMarkdown(decoded.text)];
      break;
    }
    case 'json': {
      const { looksLikeJsonArticles, parseJsonArticles } = await import('./json-input.js');
      if (!looksLikeJsonArticles(json)) throw new InputError('is JSON but not an article: expected { "title", "text" | "html", "published", "url", "byline" } or an array of them', 'unsupported-json');
      const result = parseJsonArticles(json, reference);
      if (result.articles.length === 0) throw new InputError(`holds no usable article: ${result.errors.join('; ')}`, 'unsupported-json');
      for (const e of result.errors) messages.push(ingestMessage('json-entry-skipped', `skipped an entry that is not an article: ${e}`, 'warning'));
      parsed = result.articles;
      break;
    }
    case 'feed':
      parsed = await feedArticles(decoded.text, reference, messages);
      break;
    default:
      parsed = [{ ...parseScrapedText(decodeCharacterReferences(decoded.text, messages), { reference }), outlet: null, url: null, language: null }];
  }
  return parsed.map((p) => settle(p, { path, sha256, format }, reference, options, messages));
}

/**
 * A feed read as a file: one article per item that carries its full content. An item with only a
 * summary is left out with a warning: its page is fetched only when the feed is a source of
 * `run`/`schedule` (a file read here never touches the network).
 */
async function feedArticles(text: string, reference: Instant, messages: Message[]): Promise<ParsedArticle[]> {
  const [{ FeedError, itemContent, parseFeed }, { parseJsonArticles }] = await Promise.all([import('./feed.js'), import('./json-input.js')]);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(text);
  } catch (error) {
    if (error instanceof FeedError) throw new InputError(`looks like a feed but ${error.message}`, error.ruleId, { cause: error });
    throw error;
  }
  const entries: unknown[] = [];
  const summaryOnly: string[] = [];
  feed.items.forEach((item, i) => {
    const content = itemContent(item);
    if (content) entries.push({ title: item.title, published: item.published ?? item.updated, url: item.url, byline: item.byline, ...content });
    else summaryOnly.push(`${i + 1}${item.title ? ` ("${item.title}")` : ''}`);
  });
  for (const s of feed.skipped) messages.push(ingestMessage('feed-item-skipped', `feed ${s}`, 'warning'));
  const fetchHint = 'list the feed under "feeds" in newsbrief.config.json and `newsbrief run` fetches its pages';
  if (feed.items.length === 0) throw new InputError('is a feed without items', 'empty-feed');
  if (entries.length === 0) throw new InputError(`is a feed whose ${feed.items.length} item(s) carry only a summary, not the article; ${fetchHint}`, 'feed-without-content');
  if (summaryOnly.length > 0) messages.push(ingestMessage('feed-summary-only', `feed item(s) ${summaryOnly.join(', ')} carry only a summary and were left out; ${fetchHint}`, 'warning'));
  const result = parseJsonArticles(entries, reference, 'feed');
  for (const e of result.errors) messages.push(ingestMessage('feed-item-skipped', `feed item ${e}`, 'warning'));
  if (result.articles.length === 0) throw new InputError(`is a feed without a usable article: ${result.errors.join('; ')}`, 'feed-without-content');
  return result.articles;
}

/** Builds the IngestedArticle: fatal messages become InputErrors, the reference time is settled. */
function settle(parsed: ParsedArticle, source: IngestedArticle['source'], reference: Instant, options: IngestOptions, shared: Message[]): IngestedArticle {
  const fatal = parsed.messages.find((m) => m.severity === 'fatal');
  if (fatal) throw new InputError(fatal.reason, fatal.ruleId);
  const messages = [...shared, ...parsed.messages];
  const provenance = { ...parsed.provenance };
  // Every format's body loses the same clutter and its opening dateline.
  const clean = cleanBody(parsed.body);
  if (clean.body === '') throw new InputError(`holds no article text, only page clutter ("${clean.removed[0]?.slice(0, 60) ?? ''}")`, 'empty-body');
  if (!hasProse(clean.body)) {
    const first = clean.body.split('\n')[0]!.slice(0, 60);
    throw new InputError(`holds no sentence of prose to brief, only short lines such as "${first}"`, 'no-prose');
  }
  let outlet = parsed.outlet;
  if (clean.dateline !== null) {
    provenance['dateline'] ??= { from: 'text:dateline', raw: clean.dateline };
    messages.push(ingestMessage('dateline-removed', `the dateline "${clean.dateline}" opening the text is metadata, not part of its first sentence; it was taken out of the body`));
  }
  // The agency of a wire story's dateline is its outlet when nothing else names one.
  const dateline = provenance['dateline'];
  const agency = dateline?.raw ? datelineAgency(dateline.raw) : null;
  if (outlet === null && agency !== null) {
    outlet = agency;
    provenance['outlet'] = { from: dateline!.from, raw: dateline!.raw };
  }
  if (clean.removed.length > 0) {
    messages.push(ingestMessage('clutter-removed', `removed ${clean.removed.length} line(s) of page clutter from the body: ${clean.removed.slice(0, 5).map((l) => `"${l.slice(0, 40)}"`).join(', ')}`));
  }
  let publishedAt = parsed.publishedAt;
  let referenceTime = formatInstant(reference);
  if (publishedAt !== null && parsed.statesPublication) {
    // A page that states when it was published is the best anchor for its relative dates.
    const before = options.published !== undefined ? `--published ${options.published}` : "the file's modification time";
    if (publishedAt !== referenceTime) {
      messages.push(ingestMessage('reference-from-article', `relative dates resolve against the publication time the article states (${publishedAt}, from ${provenance['publishedAt']?.from ?? 'the article'}), not ${before}`));
    }
    referenceTime = publishedAt;
    const mtime = messages.findIndex((m) => m.ruleId === 'reference-from-mtime');
    if (mtime >= 0) messages.splice(mtime, 1);
  } else if (publishedAt === null && parsed.updatedAt !== null && parsed.statesPublication) {
    // The input states only when it was updated: its dates are read against that, it is not a publication time.
    messages.push(ingestMessage('reference-from-update', `the article states only when it was updated (${parsed.updatedAt}); relative dates resolve against that time`));
    referenceTime = parsed.updatedAt;
    const mtime = messages.findIndex((m) => m.ruleId === 'reference-from-mtime');
    if (mtime >= 0) messages.splice(mtime, 1);
    if (options.published) {
      publishedAt = formatInstant(reference);
      provenance['publishedAt'] = { from: 'option:--published', raw: options.published };
    }
  } else if (publishedAt === null && options.published) {
    publishedAt = formatInstant(reference);
    provenance['publishedAt'] = { from: 'option:--published', raw: options.published };
  }
  return {
    source,
    article: {
      title: parsed.title || null,
      byline: parsed.byline,
      outlet,
      publishedAt,
      updatedAt: parsed.updatedAt,
      url: parsed.url,
      language: parsed.language,
      text: clean.body,
      provenance,
    },
    referenceTime,
    metadataDates: parsed.metadataDates,
    messages,
  };
}

function resolveReference(published: string | undefined, mtime: Date, messages: Message[]): Instant {
  if (published !== undefined) {
    const instant = parseInstant(published);
    if (!instant) throw new InputError(`--published "${published}" is not an ISO 8601 date or date-time`, 'bad-reference-time');
    return instant;
  }
  messages.push(ingestMessage('reference-from-mtime', "no --published time given: relative dates resolve against the file's modification time"));
  return { ms: Math.floor(mtime.getTime() / 1000) * 1000, offset: 0 };
}
