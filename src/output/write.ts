// Writes a brief's files into its folder. Each file is written to a temporary
// name in the same folder, flushed and renamed, so no reader ever sees half a file.
import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { headingOf } from '../brief/heading.js';
import type { Article } from '../brief/model.js';
import { CARD_FILE } from '../publish/catalog.js';
import { makeSlug, resolveInside, withSuffix } from './slug.js';

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
