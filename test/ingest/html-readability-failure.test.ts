// Readability is a dependency we do not control: whatever it does on a page (throw, return null),
// ingestion falls back to its own extraction and says why, never passing on an internal error.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { InputError, readArticle } from '../../src/ingest/index.js';
import { REPO } from '../helpers.js';

const behaviour = vi.hoisted(() => ({ mode: 'throw' as 'throw' | 'null' }));

vi.mock('@mozilla/readability', () => ({
  Readability: class {
    parse(): null {
      // The error Readability raised on linkedom's tree for content outside <body>.
      if (behaviour.mode === 'throw') throw new TypeError("Cannot read properties of null (reading 'tagName')");
      return null;
    }
  },
}));

const PAGE = join(REPO, 'test', 'fixtures', 'ingest', 'article.html');

describe('when Readability fails', () => {
  it.each(['throw', 'null'] as const)('on a %s, the body comes from the density extractor with a message that says why', async (mode) => {
    behaviour.mode = mode;
    const { article, messages } = await readArticle(PAGE, { published: '2024-06-01T00:00:00Z' });
    expect(article.provenance['text']?.from).toBe('html:text-density');
    expect(article.text).toMatch(/The city council voted on Monday/);
    const fallback = messages.find((m) => m.ruleId === (mode === 'throw' ? 'html-readability-failed' : 'html-density-fallback'));
    expect(fallback?.severity).toBe('warning');
    expect(fallback?.source).toBe('ingest');
    if (mode === 'throw') expect(fallback?.reason).toContain("reading 'tagName'");
  });

  it('refuses a page where nothing else finds text either, naming the Readability error', async () => {
    behaviour.mode = 'throw';
    const path = join(await mkdtemp(join(tmpdir(), 'nb-readability-')), 'menu.html');
    await writeFile(path, '<html><head><title>Menu</title></head><body><a href="/">Home</a></body></html>');
    const error = await readArticle(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).ruleId).toBe('empty-body');
    expect((error as InputError).message).toContain("reading 'tagName'");
  });
});
