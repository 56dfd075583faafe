// Folder names for briefs: date + title, safe on every file system, never a
// path outside the output folder.
import { isAbsolute, relative, resolve } from 'node:path';

const MAX_TITLE_CHARS = 60;

/** Prefix of the temporary folders a writer makes in the output folder; hidden, so no reader or input scan takes them for briefs. */
export const TEMP_PREFIX = '.newsbrief-tmp-';

/**
 * "War in Ukraine: NATO…" + "2023-06-07…" → "2023-06-07-war-in-ukraine-nato…" (only [a-z0-9-]).
 * `dated` is the day the article was published, else the day it was last updated: a page that
 * states only "Updated …" is still filed under its day, not as undated.
 */
export function makeSlug(title: string, dated: string | null): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(dated ?? '')?.[0] ?? 'undated';
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let cut = words.slice(0, MAX_TITLE_CHARS);
  if (words.length > MAX_TITLE_CHARS && cut.includes('-')) cut = cut.slice(0, cut.lastIndexOf('-'));
  return `${date}-${cut.replace(/-+$/, '') || 'untitled'}`;
}

/** The slug with a numeric suffix for the n-th article that would share it (n ≥ 2). */
export function withSuffix(slug: string, n: number): string {
  return n <= 1 ? slug : `${slug}-${n}`;
}

/** Resolves `slug` inside `outDir`, refusing anything that would land outside it. */
export function resolveInside(outDir: string, slug: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new Error(`unsafe folder name "${slug}"`);
  const root = resolve(outDir);
  const target = resolve(root, slug);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`folder "${slug}" would be outside ${root}`);
  return target;
}
