// (Re)generates an output folder's index.html and feed.xml from the brief
// folders in it. Run after every build; safe to run at any time, since both
// files are written to a temporary name and renamed.
import { join } from 'node:path';
import { writeFileAtomic } from '../output/write.js';
import { DEFAULT_TEMPLATES_DIR } from '../render/templates.js';
import { type CatalogEntry, readCatalog } from './catalog.js';
import { buildAtomFeed, normaliseBaseUrl } from './feed.js';
import { renderIndexPage } from './index-page.js';
import { loadPublishTemplates } from './templates.js';

export const INDEX_FILE = 'index.html';
export const FEED_FILE = 'feed.xml';

export interface PublishOptions {
  /** The --templates folder (index.html.hbs and brief.css; shipped ones where missing). */
  templatesDir?: string;
  /** Absolute http(s) URL the folder is served at: makes the feed's links and id absolute. */
  baseUrl?: string;
  /** Title of the index page and the feed. */
  title?: string;
  /** The feed's `updated` when there are no briefs (default: now). */
  now?: Date;
  /** Briefs just written by this process, by folder name: not read back from disk. */
  written?: ReadonlyMap<string, CatalogEntry>;
  /** Most entries in the feed, the newest (default FEED_ENTRIES); the index lists every brief. */
  feedEntries?: number;
}

export interface PublishResult {
  briefs: number;
  /** Folders that hold a brief.json that could not be used, with the reason. */
  skipped: { folder: string; reason: string }[];
  files: string[];
}

/** Fails with a one-line `publish: <folder>: <reason>` error that keeps the original as `cause`. */
export async function publishIndex(outDir: string, options: PublishOptions = {}): Promise<PublishResult> {
  try {
    return await publish(outDir, options);
  } catch (cause) {
    throw new Error(`publish: ${outDir}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

async function publish(outDir: string, options: PublishOptions): Promise<PublishResult> {
  const baseUrl = options.baseUrl === undefined ? undefined : normaliseBaseUrl(options.baseUrl);
  const [catalog, templates] = await Promise.all([readCatalog(outDir, { cache: true, ...(options.written ? { written: options.written } : {}) }), loadPublishTemplates(options.templatesDir ?? DEFAULT_TEMPLATES_DIR)]);
  const html = renderIndexPage(catalog.entries, templates, { ...(options.title === undefined ? {} : { title: options.title }), feed: FEED_FILE });
  const feed = buildAtomFeed(catalog.entries, {
    outDir,
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.feedEntries === undefined ? {} : { limit: options.feedEntries }),
  });
  await writeFileAtomic(join(outDir, INDEX_FILE), html);
  await writeFileAtomic(join(outDir, FEED_FILE), feed);
  return { briefs: catalog.entries.length, skipped: catalog.skipped, files: [INDEX_FILE, FEED_FILE] };
}
