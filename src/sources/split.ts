// A JSON array of articles found in a source folder → one JSON article file per entry in a
// spool folder, which the pass reads as one more source. Each entry is named after the hash of
// its content, so an entry that comes back in an edited array is not briefed again.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { JsonArticleSchema } from '../ingest/json-input.js';
import { STATE_DIR } from '../store/ledger.js';
import { writeSpoolFile } from './spool.js';

export const SPLIT_DIR = 'split';

export const splitDirOf = (out: string): string => join(out, STATE_DIR, SPLIT_DIR);

export interface SplitResult {
  /** Entries that are articles (already spooled ones included). */
  articles: number;
  /** Entries newly written to the spool. */
  written: number;
  /** One line per entry that is not an article: `[2]: has neither "text" nor "html"`. */
  refused: string[];
}

/** Spools the article entries of `entries` (read from `path`); entries that are not articles are listed, not written. */
export async function splitJsonArray(out: string, path: string, entries: unknown[]): Promise<SplitResult> {
  const dir = splitDirOf(out);
  await mkdir(dir, { recursive: true });
  const result: SplitResult = { articles: 0, written: 0, refused: [] };
  for (const [i, entry] of entries.entries()) {
    const parsed = JsonArticleSchema.safeParse(entry);
    if (!parsed.success) {
      result.refused.push(`[${i}]: ${parsed.error.issues.map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ')}`);
      continue;
    }
    result.articles++;
    const content = `${JSON.stringify(entry, null, 2)}\n`;
    // Readable (which file, which entry) and unique per content; the ledger's content hash
    // keeps an entry that moved in an edited array from being briefed twice.
    const stem = basename(path).replace(/[^a-z0-9.]+/gi, '-').slice(0, 60);
    const name = `${stem}-${i + 1}-${createHash('sha256').update(content).digest('hex').slice(0, 16)}.json`;
    const target = join(dir, name);
    if ((await readFile(target, 'utf8').catch(() => null)) === content) continue;
    await writeSpoolFile(target, content);
    result.written++;
  }
  return result;
}
