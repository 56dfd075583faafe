import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSlug, resolveInside } from '../src/output/slug.js';
import { chooseFolder } from '../src/output/write.js';

describe('makeSlug', () => {
  it('joins the publication date and the title in lower-case ASCII words', () => {
    expect(makeSlug('War in Ukraine: NATO countries likely to send troops', '2023-06-07T10:00:00Z')).toBe(
      '2023-06-07-war-in-ukraine-nato-countries-likely-to-send-troops',
    );
  });

  it('never yields path separators, dots or other unsafe characters', () => {
    for (const title of ['../../etc/x', '..\\..\\windows\\system32', 'a/b\\c:d*e?f"g<h>i|j', '\u0000nul\u202e', 'CON', '.hidden', '   ']) {
      const slug = makeSlug(title, null);
      expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(slug.startsWith('undated-')).toBe(true);
    }
    expect(makeSlug('../../etc/x', null)).toBe('undated-etc-x');
  });

  it('folds accents and keeps non-Latin titles usable', () => {
    expect(makeSlug('Zürich café résumé', '2024-01-02')).toBe('2024-01-02-zurich-cafe-resume');
    expect(makeSlug('Новости дня', '2024-01-02')).toBe('2024-01-02-untitled');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = makeSlug('word '.repeat(40), '2024-01-02');
    expect(slug.length).toBeLessThanOrEqual(11 + 60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.endsWith('word')).toBe(true);
  });
});

describe('resolveInside', () => {
  it('refuses anything that is not a plain slug inside the folder', () => {
    const out = resolve('/tmp/out');
    expect(resolveInside(out, '2024-01-02-x')).toBe(`${out}${sep}2024-01-02-x`);
    for (const bad of ['..', '../x', '/etc', 'a/b', '', '.', 'A-B']) expect(() => resolveInside(out, bad)).toThrow();
  });
});

describe('chooseFolder', () => {
  it('gives two different articles with the same title and date different folders', async () => {
    const out = await mkdtemp(join(tmpdir(), 'nb-slug-'));
    const claimed = new Map();
    const article = { title: 'Same headline', text: 'Body.', publishedAt: '2024-01-02T00:00:00Z', updatedAt: null };
    const a = await chooseFolder(out, article, { path: 'a.txt', sha256: 'a'.repeat(64) }, claimed);
    const b = await chooseFolder(out, article, { path: 'b.txt', sha256: 'b'.repeat(64) }, claimed);
    expect(a.slug).toBe('2024-01-02-same-headline');
    expect(b.slug).toBe('2024-01-02-same-headline-2');
    // Only chosen: the folders appear when their briefs are written, whole.
    expect(await readdir(out)).toEqual([]);
  });

  it('reuses the folder of the same source on a later run, and skips folders other sources own', async () => {
    const out = await mkdtemp(join(tmpdir(), 'nb-slug-'));
    const article = { title: 'Same headline', text: 'Body.', publishedAt: '2024-01-02T00:00:00Z', updatedAt: null };
    const first = await chooseFolder(out, article, { path: 'a.txt', sha256: 'a'.repeat(64) }, new Map());
    // As the brief writer leaves it.
    await mkdir(first.dir);
    await writeFile(join(first.dir, 'brief.json'), JSON.stringify({ source: { path: 'a.txt', sha256: 'a'.repeat(64) } }));
    const again = await chooseFolder(out, article, { path: 'a.txt', sha256: 'c'.repeat(64) }, new Map());
    expect(again.slug).toBe(first.slug);
    const other = await chooseFolder(out, article, { path: 'b.txt', sha256: 'b'.repeat(64) }, new Map());
    expect(other.slug).toBe('2024-01-02-same-headline-2');
  });
});

describe('chooseFolder, called at once for one title', () => {
  it('gives every article its own folder whatever the timing', async () => {
    const out = await mkdtemp(join(tmpdir(), 'nb-slug-'));
    const claimed = new Map();
    const article = { title: 'Same headline', text: 'Body.', publishedAt: '2024-01-02T00:00:00Z', updatedAt: null };
    const chosen = await Promise.all(['a', 'b', 'c', 'd'].map((x) => chooseFolder(out, article, { path: `${x}.txt`, sha256: x.repeat(64) }, claimed)));
    expect(new Set(chosen.map((c) => c.slug)).size).toBe(4);
  });
});
