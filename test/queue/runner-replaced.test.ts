// A worker whose extraction thread kept dying and was given up on opens a fresh brief runner
// instead of failing every later job; against a real redis-server.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueFiles } from '../../src/queue/enqueue.js';
import { Fleet } from '../../src/queue/fleet.js';
import { startBriefWorker } from '../../src/queue/brief-worker.js';
import { SEED } from '../helpers.js';
import { type RedisServer, hasRedisServer, startRedisServer } from '../redis-server.js';
import { articleText, waitFor } from './helpers.js';

describe.runIf(hasRedisServer())('a worker whose extraction thread was given up on', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.dispose();
  });

  it('closes that runner, opens a fresh one with one line said, and briefs the later jobs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-fleet-'));
    const prefix = `t${randomBytes(4).toString('hex')}`;
    const fleet = await Fleet.open({ redis: redis.url, prefix });
    const lines: string[] = [];
    const log = { info: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
    // A 64 MB heap: the thread runs out of memory on ~1 MB of text (the drafter's own test), and
    // dies on each try of it; the fourth death in a row gives the thread up.
    const worker = await startBriefWorker({ redis: redis.url, prefix, out: join(dir, 'out'), formats: new Set(['html', 'json'] as const), page: 'a4', concurrency: 1, publishDelayMs: 100, extractionHeapMb: 64 }, log);
    try {
      const seed = await readFile(SEED, 'utf8');
      await writeFile(join(dir, 'huge.txt'), Array.from({ length: 300 }, () => seed).join('\n\n'));
      await enqueueFiles(fleet, [join(dir, 'huge.txt')], { maxBytes: 1 << 24, attempts: 5, backoffMs: 50 });
      await waitFor(async () => (await fleet.status()).counts.failed === 1, 120_000, 'the large input failing for good');
      // Its fourth try met the thread given up on, and was a transient failure: a fifth was made.
      expect((await fleet.status()).failed).toMatchObject([{ attempts: 5 }]);
      expect(lines.filter((l) => l.includes('given up on'))).toEqual(['the extraction thread kept dying and was given up on; closing this brief runner and opening a fresh one']);

      const later = [1, 2, 3].map((n) => join(dir, `later-${n}.txt`));
      for (const [i, path] of later.entries()) await writeFile(path, articleText(i + 1));
      await enqueueFiles(fleet, later, { maxBytes: 1 << 20, attempts: 2, backoffMs: 50 });
      await waitFor(async () => (await fleet.remembered()) === 3, 60_000, 'the later jobs briefed');
      // The worker remembers an id before BullMQ moves its job out of "active": wait for that too.
      await waitFor(async () => (await fleet.status()).counts.active === 0, 10_000, 'no job active');
      const folders = (await readdir(join(dir, 'out'), { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
      expect(folders).toHaveLength(3);
      expect((await fleet.status()).counts).toMatchObject({ failed: 1, waiting: 0, active: 0 });
    } finally {
      await worker.stop();
      await fleet.obliterate();
      await fleet.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
