// A teaser or paywalled page is said to be one: on stderr, in brief.json and in the brief itself.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Harbour town votes on its lighthouse</title></head><body><article><h1>Harbour town votes on its lighthouse</h1>${body}</article></body></html>`;

describe('teaser or paywall', () => {
  it.each([
    ['a teaser', '<p>Residents of the harbour town voted on Sunday to keep the lighthouse lit, the council said.</p>', 'its body is only'],
    ['a paywall', `<p>Residents of the harbour town voted on Sunday to keep the lighthouse lit, the council said. ${'The council met again. '.repeat(30)}</p><p>Subscribe to continue reading.</p>`, 'it says "Subscribe to continue reading"'],
  ])('%s: a warning on stderr, in brief.json and under the title', async (_, body, why) => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-teaser-'));
    await writeFile(join(dir, 'page.html'), page(body));
    const out = join(dir, 'out');
    const io = fakeIo(dir);
    expect(await main(['build', join(dir, 'page.html'), '--out', out, '--formats', 'md,json'], io)).toBe(0);
    expect(io.err()).toContain(`page.html: warning: the page looks like a teaser or a paywall (${why}`);
    const [folder] = (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
    const brief = JSON.parse(await readFile(join(out, folder!, 'brief.json'), 'utf8')) as { messages: { ruleId: string }[] };
    expect(brief.messages.map((m) => m.ruleId)).toContain('teaser-or-paywall');
    expect(await readFile(join(out, folder!, 'brief.md'), 'utf8')).toContain('**Note:** the page looks like a teaser or a paywall');
  });
});
