import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefCard } from '../../src/publish/catalog.js';
import { BRIEF_FILES, type BriefFileKind, type CatalogEntry, entryOfContents, readCatalog } from '../../src/publish/catalog.js';
import { buildAtomFeed } from '../../src/publish/feed.js';
import { publishIndex } from '../../src/publish/index.js';
import { hasShared } from '../helpers.js';
import { type BuiltOutputs, buildOutputs } from './build-outputs.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Strict XML parsing (jsdom's XML parser): a malformed document comes back as <parsererror>. */
function parseXml(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const children = (el: Element, name: string): Element[] => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
const child = (el: Element, name: string): Element => {
  const found = children(el, name);
  expect(found, `exactly one atom:${name} in ${el.localName}`).toHaveLength(1);
  return found[0]!;
};

describe('the strict XML check', () => {
  it('rejects what is not well-formed, so the feed tests can fail', () => {
    expect(() => parseXml('<feed><title>a & b</title></feed>')).toThrow(/not well-formed/);
    expect(() => parseXml('<feed><title>a</feed>')).toThrow(/not well-formed/);
    expect(() => parseXml('<feed><title>\u0001</title></feed>')).toThrow(/not well-formed/);
  });
});

describe.skipIf(!hasShared)('publishIndex: index.html and feed.xml', () => {
  let out: BuiltOutputs;
  beforeAll(async () => {
    out = await buildOutputs();
    // Things in the output folder that are not briefs.
    await mkdir(join(out.outDir, '.newsbrief'), { recursive: true });
    await writeFile(join(out.outDir, '.newsbrief', 'brief.json'), '{}');
    await mkdir(join(out.outDir, 'broken-brief'));
    await writeFile(join(out.outDir, 'broken-brief', 'brief.json'), '{"schemaVersion": 1, "trunc');
    await mkdir(join(out.outDir, 'assets'));
    await writeFile(join(out.outDir, 'notes.txt'), 'not a brief');
  }, 180_000);
  afterAll(() => out?.cleanup());

  it('an entry made from the files a build just wrote is the one read back from its folder', async () => {
    const catalog = await readCatalog(out.outDir);
    const written = new Map<string, CatalogEntry>();
    for (const entry of catalog.entries) {
      const dir = join(out.outDir, entry.slug);
      const contents: Parameters<typeof entryOfContents>[1] = {};
      for (const [kind, name] of Object.entries(BRIEF_FILES) as [BriefFileKind, string][]) {
        const data = await readFile(join(dir, name)).catch(() => undefined);
        if (data !== undefined) contents[kind] = kind === 'pdf' ? new Uint8Array(data) : data.toString('utf8');
      }
      const made = entryOfContents(entry.slug, contents);
      expect(made).toEqual(entry);
      written.set(entry.slug, made!);
    }
    expect(entryOfContents('x', { md: '# x' })).toBeNull();
    expect(await readCatalog(out.outDir, { written })).toEqual(catalog);
  });

  it('lists the briefs newest first, skips broken folders with a reason and ignores the rest', async () => {
    const result = await publishIndex(out.outDir);
    expect(result.briefs).toBe(3);
    expect(result.skipped).toEqual([{ folder: 'broken-brief', reason: expect.stringMatching(/^brief\.json is not JSON/) }]);
    const catalog = await readCatalog(out.outDir);
    expect(catalog.entries.map((e) => e.slug)).toEqual(out.briefs.map((b) => b.slug));
    expect(catalog.entries[0]!.files).toMatchObject({ html: expect.any(Number), pdf: expect.any(Number), md: expect.any(Number), json: expect.any(Number), emailHtml: expect.any(Number), text: expect.any(Number) });
    const html = await readFile(join(out.outDir, 'index.html'), 'utf8');
    const positions = out.briefs.map((b) => html.indexOf(`data-brief="${b.slug}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const { slug } of out.briefs) expect(html).toContain(`<a class="btn primary" href="${slug}/brief.pdf" download="${slug}.pdf"`);
    // Self-contained: no external resource of any kind.
    expect(html).not.toMatch(/<link rel="stylesheet"|<script src|@import|url\(|https?:\/\/(?!www\.w3\.org)/i);
  });

  it('uses a --templates folder’s index.html.hbs and brief.css, and the shipped templates for what it lacks', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const custom = await mkdtemp(join(tmpdir(), 'newsbrief-templates-'));
    try {
      await writeFile(join(custom, 'brief.css'), ':root { --accent: #123456; }');
      await publishIndex(out.outDir, { templatesDir: custom });
      let html = await readFile(join(out.outDir, 'index.html'), 'utf8');
      expect(html).toContain('--accent: #123456');
      expect(html).toContain('data-brief=');
      // Templates are compiled once per folder, so each variant gets its own folder.
      await mkdir(join(custom, 'own-index'));
      await writeFile(join(custom, 'own-index', 'index.html.hbs'), '<!doctype html><title>{{title}}</title>{{#each briefs}}<p>{{title}}</p>{{/each}}');
      await publishIndex(out.outDir, { templatesDir: join(custom, 'own-index'), title: 'Mine' });
      html = await readFile(join(out.outDir, 'index.html'), 'utf8');
      expect(html).toContain('<title>Mine</title>');
      expect(html.match(/<p>/g)).toHaveLength(3);
      await mkdir(join(custom, 'broken'));
      await writeFile(join(custom, 'broken', 'index.html.hbs'), '{{#each briefs}}');
      await expect(publishIndex(out.outDir, { templatesDir: join(custom, 'broken') })).rejects.toThrow(/^publish: .*index\.html\.hbs/);
      await expect(publishIndex(join(out.outDir, 'missing'))).rejects.toThrow(/^publish: .*missing: ENOENT/);
    } finally {
      await rm(custom, { recursive: true, force: true });
      await publishIndex(out.outDir);
    }
  });

  it('reads a folder of many briefs (read several at a time) as it reads each alone, broken ones reported', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const many = await mkdtemp(join(tmpdir(), 'newsbrief-many-'));
    try {
      const source = out.briefs[0]!;
      const slugs = Array.from({ length: 60 }, (_, i) => `brief-${String(i).padStart(2, '0')}`);
      for (const slug of slugs) await cp(source.dir, join(many, slug), { recursive: true });
      await writeFile(join(many, 'brief-07', 'brief.json'), '{"schemaVersion": 1');
      await writeFile(join(many, 'brief-41', 'brief.json'), '{"schemaVersion": 1}');
      await rm(join(many, 'brief-23', 'brief.md'));
      await rm(join(many, 'brief-50', 'brief.json'));

      const catalog = await readCatalog(many);
      // 60 folders: two broken, one without a brief.json (so no brief folder).
      expect(catalog.entries).toHaveLength(57);
      expect(catalog.skipped.map((s) => s.folder).sort()).toEqual(['brief-07', 'brief-41']);
      expect(catalog.skipped.find((s) => s.folder === 'brief-07')!.reason).toMatch(/^brief\.json is not JSON/);
      expect(catalog.skipped.find((s) => s.folder === 'brief-41')!.reason).toMatch(/^brief\.json does not match the brief schema/);
      const withoutMd = catalog.entries.find((e) => e.slug === 'brief-23')!;
      expect(withoutMd.markdown).toBeNull();
      expect(withoutMd.files.md).toBeUndefined();
      const alone = await readCatalog(out.outDir);
      const original = alone.entries.find((e) => e.slug === source.slug)!;
      for (const entry of catalog.entries.filter((e) => e.slug !== 'brief-23')) expect(entry).toEqual({ ...original, slug: entry.slug });
      // Same publication time, so folder name decides the order.
      expect(catalog.entries.map((e) => e.slug)).toEqual(slugs.filter((s) => !['brief-07', 'brief-41', 'brief-50'].includes(s)));
    } finally {
      await rm(many, { recursive: true, force: true });
    }
  });

  it('keeps what it read in a cache, and reads a folder again only when its files change', async () => {
    const { mkdtemp, rm, utimes } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { catalogCachePath } = await import('../../src/publish/catalog-cache.js');
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-cache-'));
    try {
      for (const b of out.briefs) await cp(b.dir, join(dir, b.slug), { recursive: true });
      const uncached = await readCatalog(dir);
      await expect(stat(catalogCachePath(dir))).rejects.toThrow(/ENOENT/);
      expect(await readCatalog(dir, { cache: true })).toEqual(uncached);
      const written = (await stat(catalogCachePath(dir))).mtimeMs;
      expect(await readCatalog(dir, { cache: true })).toEqual(uncached);
      // Nothing changed, nothing rewritten.
      expect((await stat(catalogCachePath(dir))).mtimeMs).toBe(written);

      // An unchanged folder is not read again: what the cache says is what is listed.
      const [first, second, third] = out.briefs;
      const cache = JSON.parse(await readFile(catalogCachePath(dir), 'utf8')) as { folders: Record<string, { card: { article: { title: string } }; markdown: string }> };
      cache.folders[first!.slug]!.card.article.title = 'Title from the cache';
      await writeFile(catalogCachePath(dir), JSON.stringify(cache));
      const fromCache = await readCatalog(dir, { cache: true });
      expect(fromCache.entries.find((e) => e.slug === first!.slug)!.brief.article.title).toBe('Title from the cache');

      // Rewritten in place, keeping the size and the modification time to the millisecond: read again.
      const jsonPath = join(dir, first!.slug, 'brief.json');
      const { mtime } = await stat(jsonPath);
      await writeFile(jsonPath, await readFile(jsonPath));
      await utimes(jsonPath, mtime, mtime);
      const mdPath = join(dir, second!.slug, 'brief.md');
      await writeFile(mdPath, '# Edited\n');
      const reread = await readCatalog(dir, { cache: true });
      expect(reread.entries.find((e) => e.slug === first!.slug)!.brief.article.title).toBe(first!.brief.article.title);
      const edited = reread.entries.find((e) => e.slug === second!.slug)!;
      expect(edited.markdown).toBe('# Edited\n');
      expect(edited.files.md).toBe(9);

      // A folder replaced by another brief, one removed, one added: all seen.
      await rm(join(dir, third!.slug), { recursive: true });
      await cp(first!.dir, join(dir, 'added-brief'), { recursive: true });
      await rm(join(dir, second!.slug), { recursive: true });
      await cp(third!.dir, join(dir, second!.slug), { recursive: true });
      const changed = await readCatalog(dir, { cache: true });
      expect(changed).toEqual(await readCatalog(dir));
      expect(changed.entries.map((e) => e.slug).sort()).toEqual([first!.slug, second!.slug, 'added-brief'].sort());
      expect(changed.entries.find((e) => e.slug === second!.slug)!.brief.article.title).toBe(third!.brief.article.title);
      const saved = JSON.parse(await readFile(catalogCachePath(dir), 'utf8')) as { folders: Record<string, unknown> };
      expect(Object.keys(saved.folders).sort()).toEqual([first!.slug, second!.slug, 'added-brief'].sort());

      // A damaged or foreign cache is no cache: everything is read and the file rewritten.
      for (const junk of ['{"version": 1, "folders": {"x": {}}}', '{"version": 999, "folders": {}}', '{"trunc', '']) {
        await writeFile(catalogCachePath(dir), junk);
        expect(await readCatalog(dir, { cache: true })).toEqual(changed);
        expect(JSON.parse(await readFile(catalogCachePath(dir), 'utf8'))).toMatchObject({ version: 3 });
      }
      // A cache that cannot be written is only a slower read.
      await rm(join(dir, '.newsbrief'), { recursive: true });
      await writeFile(join(dir, '.newsbrief'), 'a file where the state folder goes');
      expect(await readCatalog(dir, { cache: true })).toEqual(changed);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('feed.xml holds the newest briefs up to its limit; the index lists them all', async () => {
    const catalog = await readCatalog(out.outDir);
    expect(catalog.entries.length).toBeGreaterThanOrEqual(3);
    const ids = (xml: string): string[] => children(parseXml(xml).documentElement, 'entry').map((e) => child(e, 'id').textContent!);
    const all = ids(buildAtomFeed(catalog.entries, { outDir: out.outDir }));
    expect(all).toEqual(catalog.entries.map((e) => `urn:sha256:${e.brief.source.sha256}`));
    expect(ids(buildAtomFeed(catalog.entries, { outDir: out.outDir, limit: 2 }))).toEqual(all.slice(0, 2));
    expect(ids(buildAtomFeed(catalog.entries, { outDir: out.outDir, limit: 0 }))).toEqual([]);
    const { FEED_ENTRIES } = await import('../../src/publish/feed.js');
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) => ({ ...catalog.entries[0]!, slug: `b-${i}`, brief: { ...catalog.entries[0]!.brief, source: { sha256: i.toString(16).padStart(64, '0') } } }));
    expect(ids(buildAtomFeed(many, { outDir: out.outDir }))).toHaveLength(FEED_ENTRIES);
    try {
      await publishIndex(out.outDir, { feedEntries: 1 });
      expect(ids(await readFile(join(out.outDir, 'feed.xml'), 'utf8'))).toEqual(all.slice(0, 1));
      const html = await readFile(join(out.outDir, 'index.html'), 'utf8');
      for (const e of catalog.entries) expect(html).toContain(`id="md-${e.slug}"`);
    } finally {
      await publishIndex(out.outDir);
    }
  });

  it('orders by publication time, then folder name, undated last', async () => {
    const { compareEntries } = await import('../../src/publish/catalog.js');
    const entry = (slug: string, publishedAt: string | null) => ({ slug, brief: { article: { publishedAt } } as unknown as BriefCard, files: {}, markdown: null });
    const sorted = [entry('b', '2023-06-07T10:00Z'), entry('z', null), entry('a', '2023-06-07T12:00+02:00'), entry('c', '2024-01-01T00:00Z'), entry('y', null)].sort(compareEntries);
    expect(sorted.map((e) => e.slug)).toEqual(['c', 'a', 'b', 'y', 'z']);
  });

  it('embeds the Markdown so that nothing in it can end the script element', async () => {
    const source = out.briefs[0]!;
    const copy = join(out.outDir, 'hostile-markdown');
    await cp(source.dir, copy, { recursive: true });
    const hostile = '# T\n\n</script><script>alert(1)</script> <!-- & \u2028 \u2029 "quotes" \\ ${x}\n';
    await writeFile(join(copy, 'brief.md'), hostile);
    await publishIndex(out.outDir);
    const html = await readFile(join(out.outDir, 'index.html'), 'utf8');
    const match = /<script type="application\/json" id="md-hostile-markdown">([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    expect(match![1]).not.toMatch(/[<>]/);
    expect(JSON.parse(match![1]!)).toBe(hostile);
    const { rm } = await import('node:fs/promises');
    await rm(copy, { recursive: true });
    await publishIndex(out.outDir);
  });

  it('feed.xml is a well-formed RFC 4287 Atom feed with one entry per brief', async () => {
    await publishIndex(out.outDir);
    const doc = parseXml(await readFile(join(out.outDir, 'feed.xml'), 'utf8'));
    const feed = doc.documentElement;
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    expect(child(feed, 'id').textContent).toMatch(/^[a-z][a-z0-9+.-]*:\S+$/);
    expect(child(feed, 'title').textContent).not.toBe('');
    expect(child(feed, 'updated').textContent).toMatch(RFC3339);
    expect(children(feed, 'link').some((l) => l.getAttribute('rel') === 'self' && l.getAttribute('href') === 'feed.xml')).toBe(true);
    const entries = children(feed, 'entry');
    expect(entries).toHaveLength(out.briefs.length);
    for (const [i, entry] of entries.entries()) {
      const { slug, brief } = out.briefs[i]!;
      expect(child(entry, 'id').textContent).toBe(`urn:sha256:${brief.source.sha256}`);
      expect(child(entry, 'title').textContent).toBe(brief.article.title);
      expect(child(entry, 'updated').textContent).toMatch(RFC3339);
      expect(child(child(entry, 'author'), 'name').textContent).toBe(brief.article.byline ?? 'newsbrief');
      expect(child(entry, 'summary').textContent).toBe(brief.summary.map((s) => s.text.replace(/\s+/g, ' ').trim()).join(' '));
      const links = children(entry, 'link');
      const alternate = links.filter((l) => l.getAttribute('rel') === 'alternate' && l.getAttribute('type') === 'text/html');
      expect(alternate.map((l) => l.getAttribute('href'))).toEqual([`${slug}/brief.html`]);
      const enclosure = links.find((l) => l.getAttribute('rel') === 'enclosure');
      expect(enclosure?.getAttribute('type')).toBe('application/pdf');
      expect(enclosure?.getAttribute('href')).toBe(`${slug}/brief.pdf`);
      expect(Number(enclosure?.getAttribute('length'))).toBe((await stat(join(out.outDir, slug, 'brief.pdf'))).size);
      const content = child(entry, 'content');
      expect(content.getAttribute('type')).toBe('html');
      expect(content.textContent).toContain('<h2>Bottom line</h2>');
    }
    // Entry ids are unique, as RFC 4287 wants for distinct entries.
    expect(new Set(entries.map((e) => child(e, 'id').textContent)).size).toBe(entries.length);
  });

  it('makes links and the feed id absolute with a baseUrl, and escapes any text', async () => {
    await publishIndex(out.outDir, { baseUrl: 'https://briefs.example.org/daily' });
    const doc = parseXml(await readFile(join(out.outDir, 'feed.xml'), 'utf8'));
    const feed = doc.documentElement;
    expect(child(feed, 'id').textContent).toBe('https://briefs.example.org/daily/feed.xml');
    const hrefs = [...doc.getElementsByTagNameNS(ATOM, 'link')].map((l) => l.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(6);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/briefs\.example\.org\/daily\//);
    await expect(publishIndex(out.outDir, { baseUrl: 'ftp://x' })).rejects.toThrow(/http or https/);

    const catalog = await readCatalog(out.outDir);
    const first = catalog.entries[0]!;
    const nasty = 'Q&A: <b>"Bombs" & \'bullets\'</b> ]]> \u0001\u0007 \uFFFF end';
    const entry = { ...first, brief: { ...first.brief, heading: nasty, article: { ...first.brief.article, title: nasty, byline: 'A & B <c>' } }, markdown: `# ${nasty}\n` };
    const xml = buildAtomFeed([entry], { outDir: out.outDir });
    const parsed = parseXml(xml).documentElement;
    const e = child(parsed, 'entry');
    expect(child(e, 'title').textContent).toBe('Q&A: <b>"Bombs" & \'bullets\'</b> ]]>   end');
    expect(child(child(e, 'author'), 'name').textContent).toBe('A & B <c>');
  });
});
