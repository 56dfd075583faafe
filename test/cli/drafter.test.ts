import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Drafter } from '../../src/cli/drafter.js';
import { renderEmailFormats } from '../../src/publish/email.js';
import { DEFAULT_TEMPLATES_DIR, loadTemplates } from '../../src/render/templates.js';
import { REPO, SEED, SEED_PUBLISHED } from '../helpers.js';

const SEVERAL = join(REPO, 'test', 'fixtures', 'ingest', 'several.json');

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
      [SEED, ['War in Ukraine: NATO countries likely to send troops, warns former secretary general']],
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
        expect(email.emailHtml).toContain(brief.article.title.slice(0, 11));
      }
    }
  }, 60_000);

  it('renders no email when no Markdown is built, and reports an input it cannot read', async () => {
    drafter = new Drafter({ templatesDir: DEFAULT_TEMPLATES_DIR, formats: ['html', 'json'] });
    const reply = await drafter.draft(SEVERAL);
    expect(reply.drafts!.map((d) => d.email)).toEqual([undefined, undefined]);
    expect((await drafter.draft(join(REPO, 'no-such-file.txt'))).error).toMatch(/no such file|ENOENT/);
  }, 60_000);
});
