import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { REPO, SEED, SEED_PUBLISHED, fakeIo } from './helpers.js';
import { briefFolders } from './schedule/helpers.js';

const tmp = () => mkdtemp(join(tmpdir(), 'nb-cli-'));

describe('main: usage', () => {
  it('--help explains every command and exits 0', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const word of ['build', 'extract', '--out', '--published', '--templates', '--formats', '--page', 'Exit codes']) expect(io.out()).toContain(word);
  });

  it('--version prints the package version', async () => {
    const io = fakeIo();
    expect(await main(['--version'], io)).toBe(0);
    const pkg = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(io.out().trim()).toBe(`newsbrief ${pkg.version}`);
  });

  it.each([
    [[], 'no command given'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['build'], 'give at least one input'],
    [['build', SEED, '--formats', 'pdf,docx'], '--formats: must be a comma-separated list'],
    [['build', SEED, '--page', 'a3'], '--page: must be a4 or letter'],
    [['build', SEED, '--published', 'yesterday'], '--published: must be an ISO 8601'],
    [['build', SEED, '--colour'], "Unknown option '--colour'"],
    [['build', SEED, '--feed-entries=-1'], '--feed-entries: must be a whole number, 0 or more'],
    [['build', SEED, '--feed-entries', 'ten'], '--feed-entries: must be a whole number, 0 or more'],
    [['run', '--feed-entries', '5'], 'run does not take --feed-entries'],
    [['extract'], 'exactly one input'],
    [['extract', SEED, '--out', 'x'], 'extract does not take --out'],
  ])('%j is a usage error (exit 2) that says why', async (argv, why) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(why);
    expect(io.err()).toContain('--help');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});

describe('main: extract', () => {
  it('prints the brief as JSON on stdout', async () => {
    const io = fakeIo();
    expect(await main(['extract', SEED, '--published', SEED_PUBLISHED], io)).toBe(0);
    const brief = JSON.parse(io.out()) as { schemaVersion: number; article: { title: string } };
    expect(brief.schemaVersion).toBe(1);
    expect(brief.article.title).toContain('NATO countries likely to send troops');
  });

  it('explains a missing file in one line and exits 1', async () => {
    const io = fakeIo();
    expect(await main(['extract', 'no/such/file.txt'], io)).toBe(1);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain('no/such/file.txt');
  });
});

describe('main: run with --feed', () => {
  it('briefs the items of a feed given on the command line; a bad feed location is a usage error', async () => {
    const dir = await tmp();
    const story = Array.from({ length: 6 }, () => 'The council said on Monday that it would close the library in May, and the union warned that the staff might strike.').join(' ');
    await writeFile(join(dir, 'news.rss'), `<rss version="2.0"><channel><title>Gazette</title><item><title>Library to close in May</title><link>https://gazette.example/library</link><pubDate>Mon, 07 Mar 2005 09:00:00 GMT</pubDate><description>${story}</description></item></channel></rss>`);
    const io = fakeIo(dir);
    expect(await main(['run', '--feed', 'news.rss', '--out', 'out', '--formats', 'json', '--log-format', 'json'], io)).toBe(0);
    expect(await briefFolders(join(dir, 'out'))).toEqual(['2005-03-07-library-to-close-in-may']);
    const bad = fakeIo(dir);
    expect(await main(['run', '--feed', 'ftp://example.org/feed', '--out', 'out'], bad)).toBe(2);
    expect(bad.err()).toContain('--feed: must be an http:// or https:// URL or a file path');
    const build = fakeIo(dir);
    expect(await main(['build', 'news.rss', '--feed', 'x'], build)).toBe(2);
    expect(build.err()).toContain('build does not take --feed');
  });
});

describe('main: build', () => {
  it('writes the good inputs, explains each failure in one line and exits 1', async () => {
    const dir = await tmp();
    const out = join(dir, 'out');
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'photo.txt');
    await writeFile(empty, '');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const io = fakeIo(dir);
    const code = await main(['build', SEED, empty, binary, join(dir, 'missing.txt'), '--out', out, '--published', SEED_PUBLISHED, '--formats', 'json,md'], io);
    expect(code).toBe(1);
    const errors = io.err().trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors.find((l) => l.includes('empty.txt'))).toContain('is empty');
    expect(errors.find((l) => l.includes('photo.txt'))).toContain('binary');
    expect(errors.find((l) => l.includes('missing.txt'))).toContain('no such file');
    const folders = await briefFolders(out);
    expect(folders).toEqual(['2023-06-07-war-in-ukraine-nato-countries-likely-to-send-troops-warns']);
    expect((await readdir(join(out, folders[0]!))).sort()).toEqual(['brief.email.html', 'brief.json', 'brief.md', 'brief.txt']);
    // The hidden state folder holds the index's catalog cache, nothing else (build keeps no ledger).
    expect((await readdir(out)).sort()).toEqual(['.newsbrief', folders[0], 'feed.xml', 'index.html']);
    expect(await readdir(join(out, '.newsbrief'))).toEqual(['catalog.json']);
    expect(io.out()).toContain('1 brief written');
  });

  it('when every input fails, says why for each and leaves no output folder behind', async () => {
    const dir = await tmp();
    const out = join(dir, 'out');
    await writeFile(join(dir, 'empty.txt'), '');
    const io = fakeIo(dir);
    expect(await main(['build', join(dir, 'empty.txt'), join(dir, 'missing.txt'), '--out', out, '--formats', 'json'], io)).toBe(1);
    expect(io.err().trim().split('\n').sort()).toEqual([expect.stringContaining('empty.txt: ingest: is empty'), expect.stringContaining('missing.txt: no such file')]);
    expect(existsSync(out)).toBe(false);
    expect(io.out()).toContain('0 briefs written');
  });

  it('exits 0 when every input succeeded, and rebuilding reuses the same folder', async () => {
    const dir = await tmp();
    const io = fakeIo(dir);
    const args = ['build', SEED, '--out', join(dir, 'out'), '--published', SEED_PUBLISHED, '--formats', 'json'];
    expect(await main(args, io)).toBe(0);
    expect(await main(args, io)).toBe(0);
    expect(await briefFolders(join(dir, 'out'))).toHaveLength(1);
  });

  it('takes every file of an input folder', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'a.txt'), 'First headline here\n\nThe council said on Monday it would close the library.\n');
    await writeFile(join(dir, 'b.txt'), 'Second headline here\n\nThe union said the strike would go ahead.\n');
    const io = fakeIo(dir);
    expect(await main(['build', dir, '--out', join(dir, 'out'), '--published', SEED_PUBLISHED, '--formats', 'json'], io)).toBe(0);
    expect(await briefFolders(join(dir, 'out'))).toHaveLength(2);
  });

  it('files a page that states only when it was updated under that day, not as undated', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'p.txt'), 'Puffin numbers double on the cliffs\nLast updated 3 June 2024\n\nPuffins nest on the north cliff, the warden said on Monday.\n');
    expect(await main(['build', join(dir, 'p.txt'), '--out', join(dir, 'out'), '--formats', 'json'], fakeIo(dir))).toBe(0);
    expect(await briefFolders(join(dir, 'out'))).toEqual(['2024-06-03-puffin-numbers-double-on-the-cliffs']);
  });

  it('--feed-entries: the feed carries that many briefs, the newest; the index lists them all', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'a.txt'), 'First headline here\n\nThe council said on Monday it would close the library.\n');
    const out = join(dir, 'out');
    expect(await main(['build', SEED, join(dir, 'a.txt'), '--out', out, '--published', SEED_PUBLISHED, '--formats', 'json,md'], fakeIo(dir))).toBe(0);
    const entries = async (): Promise<number> => ((await readFile(join(out, 'feed.xml'), 'utf8')).match(/<entry>/g) ?? []).length;
    expect(await entries()).toBe(2);
    expect(await main(['build', SEED, '--out', out, '--published', SEED_PUBLISHED, '--formats', 'json,md', '--feed-entries', '1'], fakeIo(dir))).toBe(0);
    expect(await entries()).toBe(1);
    // The seed states 10:00 UTC; the other article has no time of its own, so --published (12:00) makes it the newer.
    const feed = await readFile(join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('First headline here');
    expect(feed).not.toContain('NATO countries likely to send troops');
    expect(((await readFile(join(out, 'index.html'), 'utf8')).match(/id="md-/g) ?? []).length).toBe(2);
  });
});

describe('main: several articles in one JSON file', () => {
  it('build writes one brief per entry and extract prints an array', async () => {
    const dir = await tmp();
    const file = join(dir, 'two.json');
    await writeFile(
      file,
      JSON.stringify([
        { title: 'Council closes library', text: 'The council said on Monday it would close the library in March.', published: '2024-02-05T09:00:00Z' },
        { title: 'Union calls strike', text: 'The union said the strike would go ahead next week.', published: '2024-02-06T09:00:00Z' },
      ]),
    );
    const io = fakeIo(dir);
    expect(await main(['build', file, '--out', join(dir, 'out'), '--formats', 'json,md'], io)).toBe(0);
    expect(await briefFolders(join(dir, 'out'))).toEqual(['2024-02-05-council-closes-library', '2024-02-06-union-calls-strike']);
    expect(io.out()).toContain('[2/2]');
    const io2 = fakeIo(dir);
    expect(await main(['extract', file], io2)).toBe(0);
    const briefs = JSON.parse(io2.out()) as { article: { title: string } }[];
    expect(briefs.map((b) => b.article.title)).toEqual(['Council closes library', 'Union calls strike']);
  });
});

describe('bin/newsbrief.js', () => {
  it('runs the built CLI with the same exit codes', () => {
    if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) throw new Error('run "npm run build" first (npm test does)');
    const run = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin', 'newsbrief.js'), ...args], { encoding: 'utf8' });
    expect(run(['--help']).status).toBe(0);
    const usage = run(['build']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('give at least one input');
    const missing = run(['extract', 'nope.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('builds a brief with the built modules, loaded in the order the command loads them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-bin-'));
    const built = spawnSync(process.execPath, [join(REPO, 'bin', 'newsbrief.js'), 'build', SEED, '--out', join(dir, 'out'), '--formats', 'md,json'], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/^wrote /);
  });
});
