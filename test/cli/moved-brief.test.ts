import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';

const tmp = () => mkdtemp(join(tmpdir(), 'nb-moved-'));
const folders = async (out: string) =>
  (await readdir(out, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
const indexCount = async (out: string) => (await readFile(join(out, 'index.html'), 'utf8')).match(/<article\b/g)?.length ?? 0;

const story = (title: string) =>
  `---\ntitle: ${title}\npublished: 2024-03-04T10:15:00Z\n---\nResidents of the harbour town voted on Sunday to keep the lighthouse lit, the council said. The vote ends a year of argument over its cost.\n`;
const FORMATS = ['--formats', 'html,md,json'];
const OLD = '2024-03-04-harbour-town-keeps-its-lighthouse';

/** An output folder with the story's brief built once, under its first title. */
async function builtOnce(): Promise<{ dir: string; out: string; input: string }> {
  const dir = await tmp();
  const out = join(dir, 'out');
  const input = join(dir, 'story.md');
  await writeFile(input, story('Harbour town keeps its lighthouse'));
  expect(await main(['build', input, '--out', out, ...FORMATS], fakeIo(dir))).toBe(0);
  return { dir, out, input };
}

describe('a rebuild whose title changed', () => {
  it('moves the brief to its new folder and removes the old one, so the index lists it once', async () => {
    const { dir, out, input } = await builtOnce();
    expect(await folders(out)).toEqual([OLD]);

    await writeFile(input, story('Harbour town votes to keep its lighthouse lit'));
    const io = fakeIo(dir);
    expect(await main(['build', input, '--out', out, ...FORMATS], io)).toBe(0);
    expect(await folders(out)).toEqual(['2024-03-04-harbour-town-votes-to-keep-its-lighthouse-lit']);
    expect(io.out()).toContain('replacing 2024-03-04-harbour-town-keeps-its-lighthouse/');
    expect(await indexCount(out)).toBe(1);
  });

  it('keeps the old folder, and says so, when it holds files the rebuild did not write', async () => {
    const { dir, out, input } = await builtOnce();

    await writeFile(input, story('Harbour town votes to keep its lighthouse lit'));
    const io = fakeIo(dir);
    expect(await main(['build', input, '--out', out, '--formats', 'html'], io)).toBe(0);
    expect(await folders(out)).toEqual([OLD, '2024-03-04-harbour-town-votes-to-keep-its-lighthouse-lit']);
    expect(existsSync(join(out, OLD, 'brief.json'))).toBe(true);
    expect(io.err()).toContain(`an earlier brief of this source stays in ${OLD}/`);
  });

  it('keeps a folder that holds a file of the user', async () => {
    const { dir, out, input } = await builtOnce();
    await writeFile(join(out, OLD, 'notes.txt'), 'checked with the council\n');

    await writeFile(input, story('Harbour town votes to keep its lighthouse lit'));
    expect(await main(['build', input, '--out', out, ...FORMATS], fakeIo(dir))).toBe(0);
    expect(await readFile(join(out, OLD, 'notes.txt'), 'utf8')).toBe('checked with the council\n');
  });

  it('leaves the folders of the other articles of a file that holds several', async () => {
    const dir = await tmp();
    const out = join(dir, 'out');
    const input = join(dir, 'stories.json');
    const item = (title: string, text: string) => ({ title, published: '2024-03-04T10:15:00Z', text });
    const lighthouse = 'Residents of the harbour town voted on Sunday to keep the lighthouse lit, the council said.';
    const ferry = 'The ferry to the island will run twice a day from May, the operator said on Monday.';
    await writeFile(input, JSON.stringify([item('Harbour town keeps its lighthouse', lighthouse), item('Island ferry runs twice a day', ferry)]));
    expect(await main(['build', input, '--out', out, ...FORMATS], fakeIo(dir))).toBe(0);
    expect(await folders(out)).toHaveLength(2);

    // The articles of one file share its path: a retitled one cannot tell its old folder from a sibling's.
    await writeFile(input, JSON.stringify([item('Harbour town keeps its lighthouse', lighthouse), item('Island ferry to run twice a day from May', ferry)]));
    expect(await main(['build', input, '--out', out, ...FORMATS], fakeIo(dir))).toBe(0);
    expect(await folders(out)).toContain('2024-03-04-harbour-town-keeps-its-lighthouse');
    expect(await folders(out)).toContain('2024-03-04-island-ferry-to-run-twice-a-day-from-may');
  });
});
