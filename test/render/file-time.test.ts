// Without a publication time the dates are read against the file's time: said in the timeline's heading, nothing "upcoming".
import { mkdtemp, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';

const STORY = 'Harbour council to vote on lighthouse budget\n\nThe harbour council said on Tuesday that it will vote on the lighthouse budget in March, and the mayor, Jon Berg, said the lamp would stay lit until next year.\n';

describe('dates read against the file time', () => {
  it('the timeline heading says the article date is unknown; no date is marked upcoming', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-filetime-'));
    const file = join(dir, 'story.txt');
    await writeFile(file, STORY);
    await utimes(file, new Date('2026-01-10T12:00:00Z'), new Date('2026-01-10T12:00:00Z'));
    const out = join(dir, 'out');
    expect(await main(['build', file, '--out', out, '--formats', 'html,md'], fakeIo(dir))).toBe(0);
    const [folder] = (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
    const md = await readFile(join(out, folder!, 'brief.md'), 'utf8');
    expect(md).toContain("## Timeline (article date unknown: relative dates read from the file's date, 10 January 2026)");
    expect(md).toMatch(/^- \*\*/m);
    expect(md).not.toContain('(upcoming)');
    const html = await readFile(join(out, folder!, 'brief.html'), 'utf8');
    expect(html).toContain('article date unknown');

    // Given a publication time, the heading is plain and later dates are upcoming.
    expect(await main(['build', file, '--out', join(dir, 'out2'), '--formats', 'md', '--published', '2026-01-10T12:00:00Z'], fakeIo(dir))).toBe(0);
    const [folder2] = (await readdir(join(dir, 'out2'), { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
    const md2 = await readFile(join(dir, 'out2', folder2!, 'brief.md'), 'utf8');
    expect(md2).toContain('## Timeline\n');
    expect(md2).toContain('(upcoming)');
  });

  it('never marks the page\'s own update time as upcoming', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-updated-'));
    const file = join(dir, 'story.txt');
    const header = 'Harbour council to vote on lighthouse budget\n\nPublished: 10 January 2026, 09:00 GMT\nUpdated: 10 January 2026, 15:00 GMT\n\n';
    await writeFile(file, header + STORY.slice(STORY.indexOf('\n\n') + 2));
    const out = join(dir, 'out');
    expect(await main(['build', file, '--out', out, '--formats', 'md'], fakeIo(dir))).toBe(0);
    const [folder] = (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
    const md = await readFile(join(out, folder!, 'brief.md'), 'utf8');
    expect(md).toContain('**10 January 2026, 15:00**: article updated');
    // A date the story puts after its publication still is.
    expect(md).toMatch(/\*\*2027\*\* \*\(upcoming\)\*/);
  });
  it('a page that states only when it was updated shows that time, with no separator before it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-update-only-'));
    const file = join(dir, 'story.txt');
    await writeFile(file, `Harbour council to vote on lighthouse budget\nUpdated: 10 January 2026, 15:00 GMT\n\n${STORY.slice(STORY.indexOf('\n\n') + 2)}`);
    const out = join(dir, 'out');
    expect(await main(['build', file, '--out', out, '--formats', 'md'], fakeIo(dir))).toBe(0);
    const [folder] = (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
    const md = await readFile(join(out, folder!, 'brief.md'), 'utf8');
    expect(md).toContain('\n\nUpdated 10 January 2026, 15:00');
    expect(md).not.toMatch(/^ · /m);
  });
});
