// Writes a brief's files into its folder. Each file is written to a temporary
// name in the same folder, flushed and renamed, so no reader ever sees half a file.
import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { headingOf } from '../brief/heading.js';
import type { Article } from '../brief/model.js';
import { BRIEF_FILES, CARD_FILE } from '../publish/catalog.js';
import { TEMP_PREFIX, makeSlug, resolveInside, withSuffix } from './slug.js';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

interface Owner {
  path: string;
  sha256: string;
  /** sha256 of the article's clean text: the same article from another file (page.html and page.html.gz). */
  textSha256?: string;
}

/** The digest that makes two inputs one article: their clean text. */
export function digestArticleText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function ownerOf(folder: string): Promise<Owner | null> {
  try {
    const json = JSON.parse(await readFile(join(folder, 'brief.json'), 'utf8')) as { source?: Owner; article?: { text?: unknown } };
    if (!json.source) return null;
    return typeof json.article?.text === 'string' ? { ...json.source, textSha256: digestArticleText(json.article.text) } : json.source;
  } catch {
    // A brief written without brief.json: its card knows the content's digest, not the path.
    try {
      const card = JSON.parse(await readFile(join(folder, CARD_FILE), 'utf8')) as { source?: { sha256?: string } };
      return typeof card.source?.sha256 === 'string' ? { path: '', sha256: card.source.sha256 } : null;
    } catch {
      return null;
    }
  }
}

/**
 * Chooses the folder for an article: its slug, or the slug with a suffix when
 * another article already owns it. An article owns a folder when the folder's
 * brief.json names the same source path or the same content. `claimed` holds
 * the folders given out in this batch, so that two inputs never share one.
 */
export function chooseFolder(
  outDir: string,
  article: Pick<Article, 'title' | 'text' | 'publishedAt' | 'updatedAt'>,
  source: Owner,
  claimed: Map<string, Owner>,
): Promise<{ slug: string; dir: string }> {
  // One choice at a time per batch: two briefs of one title finishing together would otherwise
  // both look at the disk before either claims the name, and race for one folder.
  const previous = choosing.get(claimed) ?? Promise.resolve();
  const choice = previous.then(() => pickFolder(outDir, article, source, claimed));
  choosing.set(claimed, choice.catch(() => undefined));
  return choice;
}

const choosing = new WeakMap<Map<string, Owner>, Promise<unknown>>();
/** The text digest of each source claimed in a batch (the source itself is kept as given: it is the brief's). */
const textOfClaimed = new WeakMap<Owner, string>();

async function pickFolder(
  outDir: string,
  article: Pick<Article, 'title' | 'text' | 'publishedAt' | 'updatedAt'>,
  source: Owner,
  claimed: Map<string, Owner>,
): Promise<{ slug: string; dir: string }> {
  const base = makeSlug(headingOf(article), article.publishedAt ?? article.updatedAt);
  const textSha256 = source.textSha256 ?? digestArticleText(article.text);
  for (let n = 1; n < 10_000; n++) {
    const slug = withSuffix(base, n);
    const dir = resolveInside(outDir, slug);
    const taken = claimed.get(slug) ?? (await ownerOf(dir));
    const occupied = taken !== null || (await isNonEmptyDir(dir));
    const takenText = taken === null ? undefined : (taken.textSha256 ?? textOfClaimed.get(taken));
    const mine = taken !== null && (taken.path === source.path || taken.sha256 === source.sha256 || takenText === textSha256);
    if (!occupied || mine) {
      if (claimed.has(slug) && mine && claimed.get(slug) !== source) continue;
      // Claimed for this batch only: the folder itself appears whole when its brief is written (brief-writer.ts).
      claimed.set(slug, source);
      textOfClaimed.set(source, textSha256);
      return { slug, dir };
    }
  }
  throw new Error(`no free folder name for "${base}"`);
}

async function isNonEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

/** Only the folder names build writes. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** The owner of every brief folder of `outDir`, read once per batch. */
const foldersOfBatch = new WeakMap<Map<string, Owner>, Promise<Map<string, Owner>>>();

async function readOwners(outDir: string): Promise<Map<string, Owner>> {
  const owners = new Map<string, Owner>();
  let names: string[];
  try {
    names = (await readdir(outDir)).filter((name) => SLUG.test(name)).sort();
  } catch {
    return owners;
  }
  // In slices: thousands of folders must not open thousands of files at once.
  for (let i = 0; i < names.length; i += 64) {
    const slice = names.slice(i, i + 64);
    const found = await Promise.all(slice.map((name) => sourceOf(join(outDir, name))));
    slice.forEach((name, j) => {
      const owner = found[j];
      if (owner) owners.set(name, owner);
    });
  }
  return owners;
}

/** brief.json opens with its source: its first kilobyte names it (else the whole file is read). */
const SOURCE_HEAD = /^\{\s*"schemaVersion":\s*\d+,\s*"source":\s*\{\s*"path":\s*("(?:[^"\\]|\\.)*"),\s*"sha256":\s*"([0-9a-f]{64})"/;

async function sourceOf(folder: string): Promise<Owner | null> {
  try {
    const handle = await open(join(folder, 'brief.json'), 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0);
      const head = SOURCE_HEAD.exec(buffer.toString('utf8', 0, bytesRead));
      if (head) return { path: JSON.parse(head[1]!) as string, sha256: head[2]! };
    } finally {
      await handle.close();
    }
  } catch {
    // No brief.json: a card, or not a brief.
  }
  return ownerOf(folder);
}

/**
 * Removes the folders of earlier briefs of this source under other names. A rebuild whose
 * title or date changed writes the brief to a new folder; the old one would stay, and the index
 * would list the article twice. A folder is the source's when its brief names the same source
 * path or the same content. One is kept (and returned in `kept`) when it holds a file this write
 * did not replace: a file of its own, or a format this build did not make. Call it only for an
 * input that holds one article (the articles of a JSON array share their source path), after
 * the new brief is in place.
 */
export async function removeEarlierFolders(
  outDir: string,
  slug: string,
  source: Pick<Owner, 'path' | 'sha256'>,
  claimed: Map<string, Owner>,
  written: readonly string[],
): Promise<{ removed: string[]; kept: string[] }> {
  let owners = foldersOfBatch.get(claimed);
  if (!owners) foldersOfBatch.set(claimed, (owners = readOwners(outDir)));
  const removed: string[] = [];
  const kept: string[] = [];
  const replaced = new Set(written);
  // Built here, not at load: catalog.ts and this module import each other (through catalog-cache.ts).
  const own = new Set<string>([...Object.values(BRIEF_FILES), CARD_FILE]);
  for (const [name, owner] of await owners) {
    if (name === slug || claimed.has(name)) continue;
    if (owner.path !== source.path && owner.sha256 !== source.sha256) continue;
    const dir = resolveInside(outDir, name);
    let files: string[];
    try {
      files = await readdir(dir);
    } catch {
      continue; // already gone
    }
    if (files.some((file) => !own.has(file) || (file !== CARD_FILE && !replaced.has(file)))) {
      kept.push(name);
      continue;
    }
    // Renamed aside first, so the folder disappears at once, never half-removed.
    const aside = join(outDir, `${TEMP_PREFIX}old-${process.pid}-${randomBytes(4).toString('hex')}`);
    await rename(dir, aside);
    await rm(aside, { recursive: true, force: true });
    removed.push(name);
  }
  return { removed, kept };
}
