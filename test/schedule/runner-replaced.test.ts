// `schedule` keeps one brief runner across passes, but a pass after one whose extraction thread
// was given up on (it kept dying) opens a fresh runner and still briefs.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/run.js';
import { runPass } from '../../src/schedule/pass.js';
import { SEED, fakeIo } from '../helpers.js';
import { briefFolders, tmp, writeArticles } from './helpers.js';

describe("schedule's brief runner", () => {
  it('is replaced for the next pass when its extraction thread was given up on', async () => {
    const dir = await tmp();
    const input = join(dir, 'in');
    await mkdir(input);
    // A 64 MB heap: the thread runs out of memory on ~1 MB of text and dies on each try of it.
    const seed = await readFile(SEED, 'utf8');
    const huge = join(input, 'huge.txt');
    await writeFile(huge, Array.from({ length: 300 }, () => seed).join('\n\n'));
    const session = await openSession({ input: [input], out: join(dir, 'out'), formats: 'html,json' }, fakeIo(dir), 'schedule', undefined, { brief: true, extractionHeapMb: 64 });
    try {
      // Four tries in a row that kill the thread: the fourth gives it up.
      session.config.limits.retries = 3;
      session.config.limits.retryBackoffMs = 10;
      const first = await session.runner!();
      const one = await runPass({ ...session, runner: session.runner! });
      expect(one.counts.failed).toBe(1);
      expect(first.broken).toBe(true);

      await rm(huge);
      await writeArticles(input, 2);
      const two = await runPass({ ...session, runner: session.runner! });
      expect(two.counts).toMatchObject({ briefed: 2, failed: 0 });
      expect(await briefFolders(session.config.out)).toHaveLength(2);
      expect(await session.runner!()).not.toBe(first);
    } finally {
      await session.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
