// Reads the briefs of an output folder: every `<slug>/brief.json` with the
// files beside it. Folders that are not briefs are skipped with a reason;
// dot-folders (the ledger's .newsbrief/) and symbolic links are never read.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Brief, BriefSchema } from '../brief/model.js';

export const BRIEF_FILES = {
  html: 'brief.html',
  pdf: 'brief.pdf',
  md: 'brief.md',
  json: 'brief.json',
  emailHtml: 'brief.email.html',
  text: 'brief.txt',
} as const;
export type BriefFileKind = keyof typeof BRIEF_FILES;

/**
 * What the index page and the feed show of a brief. An entry is held for every brief of the
 * folder until the index is written, so it keeps neither the article's text nor the items'
 * evidence: a build of thousands of articles would otherwise hold them all.
 */
export interface BriefCard {
  source: Pick<Brief['source'], 'sha256'>;
  referenceTime: Brief['referenceTime'];
  article: Omit<Brief['article'], 'text' | 'provenance'>;
  summary: Pick<Brief['summary'][number], 'text'>[];
  actors: Pick<Brief['actors'][number], 'name' | 'role' | 'key' | 'aliases'>[];
}

/** The card of a brief: fresh objects, sharing nothing with the brief. */
export function cardOf(brief: Brief): BriefCard {
  const { text: _text, provenance: _provenance, ...article } = brief.article;
  return {
    source: { sha256: brief.source.sha256 },
    referenceTime: brief.referenceTime,
    article,
    summary: brief.summary.map((s) => ({ text: s.text })),
    actors: brief.actors.map((a) => ({ name: a.name, role: a.role, key: a.key, aliases: [...a.aliases] })),
  };
}

export interface CatalogEntry {
  slug: string;
  brief: BriefCard;
  /** Size in bytes of each file that exists in the folder. */
  files: Partial<Record<BriefFileKind, number>>;
  /** brief.md, for embedding (the index's "copy Markdown"); null when there is none. */
  markdown: string | null;
}

export interface Catalog {
  /** Newest first: by publishedAt, undated last, then by folder name. */
  entries: CatalogEntry[];
  skipped: { folder: string; reason: string }[];
}

/** Only the folder names build writes: safe in a URL and on every file system. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function publishedMs(brief: Pick<BriefCard, 'article'>): number | null {
  const ms = brief.article.publishedAt ? Date.parse(brief.article.publishedAt) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

export function compareEntries(a: CatalogEntry, b: CatalogEntry): number {
  const ta = publishedMs(a.brief);
  const tb = publishedMs(b.brief);
  if (ta !== tb) {
    if (ta === null) return 1;
    if (tb === null) return -1;
    return tb - ta;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

async function readEntry(outDir: string, slug: string): Promise<CatalogEntry | { reason: string } | null> {
  const dir = join(outDir, slug);
  let json: string;
  try {
    json = await readFile(join(dir, BRIEF_FILES.json), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null; // not a brief folder
    return { reason: `brief.json cannot be read: ${(error as Error).message}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { reason: `brief.json is not JSON: ${(error as Error).message}` };
  }
  const parsed = BriefSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { reason: `brief.json does not match the brief schema: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid'}` };
  }
  const files: CatalogEntry['files'] = {};
  const [markdown] = await Promise.all([
    readFile(join(dir, BRIEF_FILES.md), 'utf8').catch(() => null),
    ...(Object.entries(BRIEF_FILES) as [BriefFileKind, string][]).map(async ([kind, name]) => {
      try {
        const info = await stat(join(dir, name));
        if (info.isFile()) files[kind] = info.size;
      } catch {
        // Absent: the format was not built.
      }
    }),
  ]);
  if (markdown === null) delete files.md;
  return { slug, brief: cardOf(parsed.data), files, markdown: files.md === undefined ? null : markdown };
}

/**
 * The entry a brief folder will read as, from the contents just written to it;
 * null without a brief.json (then it is no brief folder). The brief is parsed
 * from the very brief.json text, which the pipeline has checked against the
 * model, so it is not validated again.
 */
export function entryOfContents(slug: string, contents: Partial<Record<BriefFileKind, string | Uint8Array>>): CatalogEntry | null {
  if (contents.json === undefined) return null;
  const text = (data: string | Uint8Array): string => (typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'));
  const files: CatalogEntry['files'] = {};
  for (const kind of Object.keys(BRIEF_FILES) as BriefFileKind[]) {
    const data = contents[kind];
    if (data !== undefined) files[kind] = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
  }
  return { slug, brief: cardOf(JSON.parse(text(contents.json)) as Brief), files, markdown: contents.md === undefined ? null : text(contents.md) };
}

export interface ReadCatalogOptions {
  /**
   * Entries this process has just written, by folder name: used as they are
   * instead of reading their folders back (a build knows what it wrote). Only
   * folders that exist are listed either way.
   */
  written?: ReadonlyMap<string, CatalogEntry>;
}

/**
 * Folders read at once. One after another, the reads of a folder of 1,000
 * briefs took 1.2 s, nearly all of it waiting on the file system; each folder
 * read holds at most one file open.
 */
const READ_CONCURRENCY = 16;

/** `fn` of every item, at most `limit` at a time; results in the items' order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Lists the briefs in `outDir`, newest first. */
export async function readCatalog(outDir: string, options: ReadCatalogOptions = {}): Promise<Catalog> {
  const folders = (await readdir(outDir, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
  const read = await mapLimit(folders, READ_CONCURRENCY, async (name) => options.written?.get(name) ?? readEntry(outDir, name));
  const entries: CatalogEntry[] = [];
  const skipped: Catalog['skipped'] = [];
  for (const [i, entry] of read.entries()) {
    const folder = folders[i]!;
    if (entry === null) continue;
    if (!SLUG.test(folder)) {
      skipped.push({ folder, reason: 'not a brief folder name ([a-z0-9-] only), so it cannot be linked safely' });
      continue;
    }
    if ('reason' in entry) skipped.push({ folder, reason: entry.reason });
    else entries.push(entry);
  }
  entries.sort(compareEntries);
  return { entries, skipped };
}
