// Feeds → a spool of JSON article files that the pass reads as one more source folder.
// Each item is written once, under the hash of its identity (canonical URL, else GUID), so the
// same item in two feeds is one file and one brief; the same story under another URL is caught
// by the ledger's content hash. A feed that is down or malformed is reported and read again
// next pass; it never stops the other feeds or sources.
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunConfig } from '../config/run-config.js';
import { decodeHtml, decodeXml } from '../ingest/decode.js';
import { type FeedItem, itemContent, itemSummary, parseFeed } from '../ingest/feed.js';
import type { PassLog } from '../schedule/log.js';
import { STATE_DIR } from '../store/ledger.js';
import { createAddressPolicy } from './address-policy.js';
import { type Fetched, type FetchOptions, HostQueue, fetchUrl } from './fetch.js';
import { writeSpoolFile } from './spool.js';

/** The spool folder, inside the output folder's state folder. */
export const FEEDS_DIR = 'feeds';

/** Inside the spool: what was read but not spooled, and which content is spooled under which name. Hidden, so the pass skips it. */
const SEEN_DIR = '.seen';

export interface SpoolOptions {
  signal?: AbortSignal;
  /** Shared between passes of one process, so a host is never asked twice at once. */
  queue?: HostQueue;
  /** Resolves host names (tests); default the system's resolver. */
  resolve?: FetchOptions['resolve'];
}

export interface SpoolFailure {
  /** The feed (URL or path), or the item's URL when only its page failed. */
  path: string;
  reason: string;
}

export interface SpoolResult {
  /** The spool folder, or null when no feed is configured. */
  dir: string | null;
  written: number;
  failures: SpoolFailure[];
  /** Per feed: how many items it listed and spooled, or why it could not be read. */
  feeds: Map<string, FeedOutcome>;
}

export type FeedOutcome = { ok: true; items: number; fresh: number; itemFailures: ItemFailure[] } | { ok: false; error: string };

/** An item of a feed that was read but could not be spooled (its page failed), and why. */
export interface ItemFailure {
  item: string;
  reason: string;
}

/** A feed file found in a source folder, already read. */
export interface FoundFeed {
  path: string;
  text: string;
}

/** What a spool file holds: a JSON article (see ingest/json-input.ts) and where it came from. */
interface SpooledArticle {
  title: string | null;
  text?: string;
  html?: string;
  published: string | null;
  url: string | null;
  byline: string | null;
  feed: { id: string; updated: string | null };
}

export const spoolDirOf = (out: string): string => join(out, STATE_DIR, FEEDS_DIR);

export async function spoolFeeds(config: Pick<RunConfig, 'feeds' | 'out' | 'limits' | 'network'>, log: PassLog, options: SpoolOptions = {}, found: FoundFeed[] = []): Promise<SpoolResult> {
  const outcomes = new Map<string, FeedOutcome>();
  if (config.feeds.length === 0 && found.length === 0) return { dir: null, written: 0, failures: [], feeds: outcomes };
  const dir = spoolDirOf(config.out);
  try {
    await mkdir(join(dir, SEEN_DIR), { recursive: true });
  } catch (error) {
    const reason = `feeds: cannot create the spool folder ${dir}: ${oneLine(error)}`;
    log.error(reason);
    return { dir: null, written: 0, failures: [{ path: dir, reason }], feeds: outcomes };
  }
  const queue = options.queue ?? new HostQueue();
  const fetchOptions = {
    timeoutMs: config.limits.fetchTimeoutMs,
    maxBytes: config.limits.maxFetchBytes,
    policy: createAddressPolicy(config.network.allow),
    ...(options.resolve ? { resolve: options.resolve } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const claimed = new Set<string>();
  const claimedContent = new Map<string, string>();
  const failures: SpoolFailure[] = [];
  let written = 0;
  const fail = (path: string, reason: string) => {
    log.error(reason);
    failures.push({ path, reason });
  };

  const readOne = async (feed: string, load: () => Promise<string>): Promise<void> => {
    const isUrl = /^https?:\/\//i.test(feed);
    let items: FeedItem[];
    try {
      const parsed = parseFeed(await load(), isUrl ? feed : undefined);
      for (const s of parsed.skipped) log.warn(`feed ${feed}: ${s}`);
      items = parsed.items;
    } catch (error) {
      outcomes.set(feed, { ok: false, error: oneLine(error) });
      return fail(feed, `feed ${feed}: ${oneLine(error)}; read again next pass`);
    }
    let fresh = 0;
    const itemFailures: ItemFailure[] = [];
    for (const item of items) {
      if (options.signal?.aborted) return;
      const id = identityOf(item);
      // Synchronous claim: the same item in two feeds read at once is spooled once.
      if (claimed.has(id)) continue;
      claimed.add(id);
      const name = spoolName(id);
      const path = join(dir, `${name}.json`);
      const alias = join(dir, SEEN_DIR, name);
      const stored = (await readSpooled(path)) ?? (await readSpooled(alias));
      if (stored && !(item.updated && stored.feed.updated && Date.parse(item.updated) > Date.parse(stored.feed.updated))) continue;
      try {
        const article = await articleOf(item, id, (url) => fetchUrl(url, fetchOptions, queue));
        // The same body under another URL: the spool files would differ (url), so the ledger's
        // content hash could not tell; remember the item as seen without spooling it.
        const digest = sha256(article.html ?? article.text ?? '');
        const marker = join(dir, SEEN_DIR, `content-${digest}`);
        const owner = claimedContent.get(digest) ?? (await readFile(marker, 'utf8').catch(() => null));
        if (owner !== null && owner !== undefined && owner !== name) {
          log.info('feed item has the same content as one already read; not briefed again', { feed, url: item.url, same: owner });
          await writeSpoolFile(alias, JSON.stringify({ feed: article.feed }));
          continue;
        }
        claimedContent.set(digest, name);
        await writeSpoolFile(path, `${JSON.stringify(article, null, 2)}\n`);
        await writeSpoolFile(marker, name);
        written++;
        fresh++;
      } catch (error) {
        itemFailures.push({ item: item.url ?? item.guid ?? '(no link)', reason: oneLine(error) });
        fail(item.url ?? feed, `feed ${feed}: item ${item.url ?? item.guid}: ${oneLine(error)}; tried again next pass`);
      }
    }
    outcomes.set(feed, { ok: true, items: items.length, fresh, itemFailures });
    log.info('feed read', { feed, items: items.length, new: fresh });
  };
  await Promise.all([
    ...config.feeds.map((feed) =>
      readOne(feed, async () => (/^https?:\/\//i.test(feed) ? decodeXml((await fetchUrl(feed, fetchOptions, queue)).body).text : readFeedFile(feed, config.limits.maxFetchBytes))),
    ),
    ...found.map((f) => readOne(f.path, () => Promise.resolve(f.text))),
  ]);
  return { dir, written, failures, feeds: outcomes };
}

/** The item's identity: its canonical URL, else its GUID. */
export function identityOf(item: FeedItem): string {
  return item.url ? `url:${canonicalUrl(item.url)}` : `guid:${item.guid ?? ''}`;
}

/** The URL without its fragment and tracking parameters (utm_*, fbclid, gclid). */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (/^utm_|^(?:fbclid|gclid)$/i.test(key)) u.searchParams.delete(key);
  return u.href;
}

async function articleOf(item: FeedItem, id: string, fetchPage: (url: string) => Promise<Fetched>): Promise<SpooledArticle> {
  const base = { title: item.title, published: item.published ?? item.updated, url: item.url, byline: item.byline, feed: { id, updated: item.updated } };
  const content = itemContent(item) ?? (item.url ? null : itemSummary(item));
  if (content) return { ...base, ...content };
  // Only a summary (or nothing): the article is the linked page.
  const page = await fetchPage(item.url!);
  if (page.contentType && !/html|xml/i.test(page.contentType)) throw new Error(`is ${page.contentType.split(';')[0]}, not an HTML page`);
  return { ...base, html: decodeHtml(page.body).text };
}

async function readFeedFile(path: string, maxBytes: number): Promise<string> {
  const info = await stat(path);
  if (info.size > maxBytes) throw new Error(`is ${info.size} bytes, over the ${maxBytes}-byte limit (limits.maxFetchBytes)`);
  return decodeXml(await readFile(path)).text;
}

async function readSpooled(path: string): Promise<SpooledArticle | null> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as SpooledArticle;
    return value && typeof value.feed === 'object' ? value : null;
  } catch {
    return null;
  }
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A readable, stable file name for an item: `example.org-news-story-1-<hash>`. */
function spoolName(id: string): string {
  const readable = id
    .replace(/^(?:url|guid):(?:https?:\/\/)?/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
    .toLowerCase();
  return `${readable ? `${readable}-` : ''}${sha256(id).slice(0, 16)}`;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ');
}
