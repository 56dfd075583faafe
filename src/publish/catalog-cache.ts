// What the catalog read from each brief folder, kept in <out>/.newsbrief/catalog.json
// so that a run adding one brief to a folder of thousands reads one brief.json, not
// thousands: parsing and validating them took ~0.5 s per 1,000 briefs on every run.
// A card is reused only while brief.json is the very file it was read from (same
// inode, size, modification and change time), the Markdown likewise. The file is
// only a cache: when it is missing, unreadable, of another version or invalid in
// any way, every folder is read again and the file rewritten.
import { mkdir, readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleSchema, ActorSchema, BriefSchema, SummarySentenceSchema } from '../brief/model.js';
import { writeFileAtomic } from '../output/write.js';
import { STATE_DIR } from '../store/state-dir.js';

export const CATALOG_CACHE_FILE = 'catalog.json';
/** Raised whenever what is cached of a folder changes shape. */
const CACHE_VERSION = 3;

/**
 * What the index page and the feed show of a brief. An entry is held for every brief of the
 * folder until the index is written, so it keeps neither the article's text nor the items'
 * evidence: a build of thousands of articles would otherwise hold them all.
 */
export const BriefCardSchema = z
  .object({
    source: BriefSchema.shape.source.pick({ sha256: true }),
    referenceTime: BriefSchema.shape.referenceTime,
    article: ArticleSchema.omit({ text: true, provenance: true }),
    /** The headline, or for an article without one the start of its lead (headingOf). */
    heading: z.string(),
    /** The text the publication time was read from, so a stated date is shown as a date (formatTimestamp). */
    publishedStated: z.string().nullable(),
    /** The same for the update time, shown where the article states only when it was updated (cards cached before it have none). */
    updatedStated: z.string().nullable().optional(),
    summary: z.array(SummarySentenceSchema.pick({ text: true })),
    actors: z.array(ActorSchema.pick({ name: true, role: true, key: true, aliases: true })),
  })
  .strict();
export type BriefCard = z.infer<typeof BriefCardSchema>;

const CachedFolderSchema = z
  .object({
    /** fileSignature() of the brief.json the card was read from. */
    json: z.string(),
    card: BriefCardSchema,
    /** fileSignature() of the brief.md read, null when there was none. */
    md: z.string().nullable(),
    markdown: z.string().nullable(),
  })
  .strict();
export type CachedFolder = z.infer<typeof CachedFolderSchema>;

const CacheFileSchema = z.object({ version: z.literal(CACHE_VERSION), folders: z.record(z.string(), CachedFolderSchema) }).strict();

/** Changes whenever the file is rewritten or replaced, in place or by a rename. */
export function fileSignature(info: Stats): string {
  return `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
}

export const catalogCachePath = (outDir: string): string => join(outDir, STATE_DIR, CATALOG_CACHE_FILE);

/**
 * What this process last wrote to each cache file, with the file's signature then: a worker
 * publishing every few seconds reads its own file back only when another process replaced it.
 */
const savedHere = new Map<string, { signature: string; folders: ReadonlyMap<string, CachedFolder> }>();

/** The cached folders by name; none when there is no usable cache. */
export async function loadCatalogCache(outDir: string): Promise<Map<string, CachedFolder>> {
  const path = catalogCachePath(outDir);
  const saved = savedHere.get(path);
  if (saved) {
    const info = await stat(path).catch(() => null);
    if (info && fileSignature(info) === saved.signature) return new Map(saved.folders);
    savedHere.delete(path);
  }
  try {
    const parsed = CacheFileSchema.safeParse(JSON.parse(await readFile(catalogCachePath(outDir), 'utf8')));
    return parsed.success ? new Map(Object.entries(parsed.data.folders)) : new Map();
  } catch {
    return new Map();
  }
}

/** Replaces the cache file atomically. */
export async function saveCatalogCache(outDir: string, folders: ReadonlyMap<string, CachedFolder>): Promise<void> {
  await mkdir(join(outDir, STATE_DIR), { recursive: true });
  const path = catalogCachePath(outDir);
  savedHere.delete(path);
  await writeFileAtomic(path, JSON.stringify({ version: CACHE_VERSION, folders: Object.fromEntries(folders) }));
  const info = await stat(path).catch(() => null);
  if (info) savedHere.set(path, { signature: fileSignature(info), folders: new Map(folders) });
}
