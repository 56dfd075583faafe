import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Drafter } from '../../src/runner/drafter.js';
import { renderEmailFormats } from '../../src/publish/email.js';
import { DEFAULT_TEMPLATES_DIR, loadTemplates } from '../../src/render/templates.js';
import { REPO, SEED, SEED_PUBLISHED } from '../helpers.js';

const SEVERAL = join(REPO, 'test', 'fixtures', 'ingest', 'several.json');
const SEED_TITLE = 'War in Ukraine: NATO countries likely to send troops, warns former secretary general';

describe('the extraction thread of build', () => {
  let drafter: Drafter | undefined;
  afterEach(async () => {
    await drafter?.close();
    drafter = undefined;
  });

  it("drafts each article of an input, then renders each one's email pair, the same as on the main thread", async () => {
    drafter = new Drafter({ templatesDir: DEFAULT_TEMPLATES_DIR, formats: ['html', 'md', 'json'], published: SEED_PUBLISHED });
    const templates = await loadTemplates(DEFAULT_TEMPLATES_DIR);
    for (const [path, titles] of [
      [SEED, [SEED_TITLE]],
      [SEVERAL, ['First story', 'Second story']],
    ] as const) {
      const reply = await drafter.draft(path);
      expect(reply.error).toBeUndefined();
      expect(reply.drafts!.map((d) => d.draft?.brief.article.title)).toEqual(titles);
      for (const d of reply.drafts!) {
        const { brief, markdown, view } = d.draft!;
        expect(d.email).toBeInstanceOf(Promise);
        const email = await d.email!;
        expect(email).toEqual(await renderEmailFormats(brief, markdown!, { templates, view }));
        expect(email.emailHtml).toContain(brief.article.title!.slice(0, 11));
      }
    }
  }, 60_000);

  it('renders no email when no Markdown is built, and reports an input it cannot read', async () => {
    drafter = new Drafter({ templatesDir: DEFAULT_TEMPLATES_DIR, formats: ['html', 'json'] });
    const reply = await drafter.draft(SEVERAL);
    expect(reply.drafts!.map((d) => d.email)).toEqual([undefined, undefined]);
    expect((await drafter.draft(join(REPO, 'no-such-file.txt'))).error).toMatch(/no such file|ENOENT/);
  }, 60_000);

  it('fails only the input the thread ran out of memory on, and drafts the others in a new thread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-drafter-'));
    try {
      // ~1 MB of text: far more than the 64 MB heap allows; the seed needs less.
      const seed = await readFile(SEED, 'utf8');
      const huge = join(dir, 'huge.txt');
      await writeFile(huge, Array.from({ length: 300 }, () => seed).join('\n\n'));
      drafter = new Drafter({ formats: ['html', 'md', 'json'], published: SEED_PUBLISHED, heapLimitMb: 64 });
      const [before, failed, after] = await Promise.allSettled([drafter.draft(SEED), drafter.draft(huge), drafter.draft(SEED)]);
      expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'the extraction thread ran out of memory on this input' } });
      for (const r of [before, after]) {
        expect(r.status).toBe('fulfilled');
        const { drafts } = (r as PromiseFulfilledResult<Awaited<ReturnType<Drafter['draft']>>>).value;
        expect(drafts!.map((d) => d.draft?.brief.article.title)).toEqual([SEED_TITLE]);
        await expect(drafts![0]!.email).resolves.toMatchObject({ emailHtml: expect.stringContaining('<html') });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('fails every input when the thread cannot even start', async () => {
    drafter = new Drafter({ formats: ['html', 'json'], heapLimitMb: 8 });
    await expect(drafter.ready()).rejects.toThrow(/memory/);
    await expect(drafter.draft(SEED)).rejects.toThrow(/memory/);
  }, 60_000);
});
