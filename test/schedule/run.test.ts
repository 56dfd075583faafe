// `run` and `status`: what is briefed once, what again, and what the ledger says.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Ledger } from '../../src/store/ledger.js';
import { LockedError, lockOutputFolder } from '../../src/store/lock.js';
import { REPO, fakeIo } from '../helpers.js';
import { article, briefFolders, jsonLines, requireBuilt, tmp, writeArticles } from './helpers.js';

const run = async (dir: string, ...extra: string[]) => {
  const io = fakeIo(dir);
  const code = await main(['run', '--input', join(dir, 'in'), '--out', join(dir, 'out'), '--formats', 'json,md', '--log-format', 'json', ...extra], io);
  const events = jsonLines(io.out()).filter((l) => l.event === 'article');
  return { code, io, events, briefed: events.filter((l) => l.outcome === 'briefed') };
};

describe('run', () => {
  it('briefs each article once; an unchanged one is never briefed again; a copy is a duplicate', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'in', 'sub'), { recursive: true });
    const [first] = await writeArticles(join(dir, 'in'), 3);
    await copyFile(first!, join(dir, 'in', 'sub', 'copy-of-first.txt'));
    const one = await run(dir);
    expect(one.code).toBe(0);
    expect(one.briefed).toHaveLength(3);
    expect(await briefFolders(join(dir, 'out'))).toHaveLength(3);
    const pass = jsonLines(one.io.out()).find((l) => l.msg === 'pass finished')!;
    expect(pass).toMatchObject({ found: 4, briefed: 3, failed: 0, duplicates: 1 });

    const two = await run(dir);
    expect(two.code).toBe(0);
    expect(two.events).toEqual([]);
    expect(jsonLines(two.io.out()).find((l) => l.msg === 'pass finished')).toMatchObject({ found: 4, briefed: 0, unchanged: 3, duplicates: 1 });
    expect(await briefFolders(join(dir, 'out'))).toHaveLength(3);
  });

  it('an edited article gets a new brief folder; the previous brief stays as it was', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    const path = join(dir, 'in', 'story.txt');
    await writeFile(path, article(1, 'Library closure row deepens'));
    const one = await run(dir);
    const firstFolder = one.briefed[0]!.folder!;
    const before = await readFile(join(dir, 'out', firstFolder, 'brief.json'), 'utf8');
    await writeFile(path, `${article(1, 'Library closure row deepens')}The mayor later apologised.\n`);
    const two = await run(dir);
    expect(two.briefed).toHaveLength(1);
    expect(two.briefed[0]!.folder).toBe(`${firstFolder}-2`);
    expect(await readFile(join(dir, 'out', firstFolder, 'brief.json'), 'utf8')).toBe(before);
    const ledger = Ledger.open(join(dir, 'out'), { readonly: true });
    try {
      expect(ledger.sources()).toEqual([{ path, key: JSON.parse(await readFile(join(dir, 'out', `${firstFolder}-2`, 'brief.json'), 'utf8')).source.sha256 }]);
      expect(ledger.counts().done).toBe(2);
    } finally {
      ledger.close();
    }
  });

  it('status shows the passes, what was produced and what failed, as text and JSON', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 2);
    await writeFile(join(dir, 'in', 'empty.txt'), '');
    expect((await run(dir)).code).toBe(1);
    const text = fakeIo(dir);
    expect(await main(['status', '--out', join(dir, 'out')], text)).toBe(0);
    expect(text.out()).toContain('articles: 2 briefed, 1 refused');
    expect(text.out()).toMatch(/#1 .* done .*found 3, briefed 2, failed 1/);
    expect(text.out()).toContain('in/empty.txt: ingest: is empty [empty-input] — not retried until the file changes');
    const json = fakeIo(dir);
    expect(await main(['status', '--out', join(dir, 'out'), '--json'], json)).toBe(0);
    const report = JSON.parse(json.out()) as { passes: { briefed: number }[]; recent: { folder: string }[]; failed: { reason: string; status: string }[] };
    expect(report.passes[0]!.briefed).toBe(2);
    expect(report.recent).toHaveLength(2);
    expect(report.failed).toEqual([expect.objectContaining({ status: 'failed-permanent', reason: 'ingest: is empty' })]);
    const none = fakeIo(dir);
    expect(await main(['status', '--out', join(dir, 'nowhere')], none)).toBe(2);
    expect(none.err()).toContain(`${join(dir, 'nowhere')} does not exist`);
  });
});

describe('run: the log on a terminal', () => {
  it('is one line per article with progress; failures on stderr', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 2);
    await writeFile(join(dir, 'in', 'zero.txt'), '');
    const io = fakeIo(dir);
    expect(await main(['run', '--input', join(dir, 'in'), '--out', join(dir, 'out'), '--formats', 'json', '--log-format', 'pretty'], io)).toBe(1);
    const lines = io.out().trim().split('\n');
    expect(lines.filter((l) => /^\[\d\/3\] briefed .*article-00\d\.txt → undated-council-story-number-\d-makes-the-news\/ \(\d+\.\d s\)$/.test(l))).toHaveLength(2);
    expect(io.err().trim()).toMatch(/^\[\d\/3\] failed .*zero\.txt: ingest: is empty \[empty-input\]$/);
  });
});

describe('one pass at a time per output folder', () => {
  it('a second run on a folder in use refuses with a clear message (exit 3) and touches nothing', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 1);
    const lock = lockOutputFolder(join(dir, 'out'), 'schedule');
    try {
      expect(() => lockOutputFolder(join(dir, 'out'), 'run')).toThrow(LockedError);
      const refused = await run(dir);
      expect(refused.code).toBe(3);
      expect(refused.io.err()).toMatch(new RegExp(`another newsbrief \\(pid ${process.pid} on .*\\) is already working on`));
      expect(await briefFolders(join(dir, 'out'))).toEqual([]);
    } finally {
      lock.release();
    }
    expect((await run(dir)).code).toBe(0);
  });

  it('a lock held by a process that was killed (kill -9) is free again', async () => {
    requireBuilt();
    const dir = await tmp();
    const out = join(dir, 'out');
    const holder = spawn(
      process.execPath,
      ['--input-type=module', '-e', `import { lockOutputFolder } from ${JSON.stringify(join(REPO, 'dist', 'store', 'lock.js'))}; lockOutputFolder(${JSON.stringify(out)}, 'test'); console.log('locked'); setInterval(() => {}, 1000);`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    expect(() => lockOutputFolder(out, 'run')).toThrow(/already working on/);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('close', resolve));
    const lock = lockOutputFolder(out, 'run');
    lock.release();
    expect(await readdir(join(out, '.newsbrief'))).toContain('lock.sqlite');
  });
});

describe('recovering from a process that died mid-pass', () => {
  it('an article left running whose brief was already renamed into place is recorded, not briefed again', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 2);
    const first = await run(dir);
    const victim = first.briefed[0]!.folder!;
    // The state a kill -9 between the folder rename and the ledger commit leaves behind.
    const db = new Database(join(dir, 'out', '.newsbrief', 'ledger.sqlite'));
    db.prepare(`UPDATE articles SET status = 'running', files = '[]' WHERE folder = ?`).run(victim);
    db.prepare(`UPDATE passes SET status = 'running', finished_at = NULL`).run();
    db.close();
    const second = await run(dir);
    expect(second.code).toBe(0);
    expect(second.events.map((e) => [e.outcome, e.folder])).toEqual([['adopted', victim]]);
    expect(second.io.out()).toContain('left running by a stopped process will be retried');
    expect(await briefFolders(join(dir, 'out'))).toHaveLength(2);
    const ledger = Ledger.open(join(dir, 'out'), { readonly: true });
    try {
      expect(ledger.counts()).toMatchObject({ done: 2, running: 0 });
      expect(ledger.articles().find((a) => a.folder === victim)?.files).toEqual(['brief.email.html', 'brief.json', 'brief.md', 'brief.txt']);
      expect(ledger.passes(5).map((p) => p.status)).toEqual(['done', 'interrupted']);
    } finally {
      ledger.close();
    }
  });

  it('an article left running before its brief appeared is briefed again, into the folder it had reserved', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 1);
    const first = await run(dir);
    const folder = first.briefed[0]!.folder!;
    // Killed while the files were still in the temporary folder.
    await rename(join(dir, 'out', folder), join(dir, 'out', '.newsbrief-tmp-999999-deadbeef'));
    const db = new Database(join(dir, 'out', '.newsbrief', 'ledger.sqlite'));
    db.prepare(`UPDATE articles SET status = 'running'`).run();
    db.close();
    const second = await run(dir);
    expect(second.briefed.map((e) => e.folder)).toEqual([folder]);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['.newsbrief', folder, 'feed.xml', 'index.html'].sort());
  });

  it('keeps the temporary folder of a writer that is still alive', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 1);
    await mkdir(join(dir, 'out', `.newsbrief-tmp-${process.ppid}-0badcafe`), { recursive: true });
    await mkdir(join(dir, 'out', '.newsbrief-tmp-999999-0badcafe'), { recursive: true });
    await run(dir);
    expect((await readdir(join(dir, 'out'))).filter((e) => e.startsWith('.newsbrief-tmp'))).toEqual([`.newsbrief-tmp-${process.ppid}-0badcafe`]);
  });
});
