// The fleet against a real redis-server: one job per article, permanent failures at once,
// transient ones retried, and the command line's answers when Redis is not there.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeWriteFs, type WriteFs } from '../../src/output/brief-writer.js';
import { enqueueFiles } from '../../src/queue/enqueue.js';
import { Fleet } from '../../src/queue/fleet.js';
import { type RunningWorker, startBriefWorker } from '../../src/queue/brief-worker.js';
import { PROFILE_PREFIX } from '../../src/render/orphans.js';
import { SEED, fakeIo } from '../helpers.js';
import { type RedisServer, hasRedisServer, startRedisServer } from '../redis-server.js';
import { articleText, waitFor } from './helpers.js';

const FORMATS = new Set(['html', 'md', 'json'] as const);

describe.runIf(hasRedisServer())('the fleet on a real Redis', () => {
  let redis: RedisServer;
  let dir: string;
  let prefix: string;
  const opened: { close(): Promise<void> }[] = [];
  const workers: RunningWorker[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.dispose();
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) await w.stop();
    for (const f of opened.splice(0)) await f.close();
    await rm(dir, { recursive: true, force: true });
  });

  const setUp = async (): Promise<{ fleet: Fleet; out: string; input: string }> => {
    dir = await mkdtemp(join(tmpdir(), 'nb-fleet-'));
    prefix = `t${randomBytes(4).toString('hex')}`;
    const fleet = await Fleet.open({ redis: redis.url, prefix });
    opened.push(fleet);
    return { fleet, out: join(dir, 'out'), input: join(dir, 'in') };
  };
  const startWorker = async (out: string, writeFs?: WriteFs): Promise<RunningWorker> => {
    const worker = await startBriefWorker({ redis: redis.url, prefix, out, formats: FORMATS, page: 'a4', concurrency: 2, publishDelayMs: 100, ...(writeFs ? { writeFs } : {}) }, { info: () => undefined, error: () => undefined });
    workers.push(worker);
    return worker;
  };
  const briefFolders = async (out: string): Promise<string[]> => (await readdir(out, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);

  it('the same article enqueued twice, or from two files, is one job and one brief; once briefed it is not queued again', async () => {
    const { fleet, out, input } = await setUp();
    await writeFile(join(dir, 'a.txt'), articleText(1));
    await copyFile(join(dir, 'a.txt'), join(dir, 'copy-of-a.txt'));
    const first = await enqueueFiles(fleet, [join(dir, 'a.txt'), join(dir, 'a.txt'), join(dir, 'copy-of-a.txt')], { maxBytes: 1 << 20 });
    expect(first.added).toHaveLength(1);
    expect(first.known).toHaveLength(2);
    void input;
    await startWorker(out);
    await waitFor(async () => (await fleet.remembered()) === 1, 60_000);
    expect(await briefFolders(out)).toHaveLength(1);
    const again = await enqueueFiles(fleet, [join(dir, 'copy-of-a.txt')], { maxBytes: 1 << 20 });
    expect(again).toMatchObject({ added: [], known: [first.added[0]] });
    const status = await fleet.status();
    expect(status.counts).toMatchObject({ waiting: 0, active: 0, failed: 0 });
    expect(status.workers).toHaveLength(1);
    // The index and feed are published by the worker a moment after the brief.
    await waitFor(async () => (await readFile(join(out, 'index.html'), 'utf8').catch(() => '')).includes((await briefFolders(out))[0]!), 30_000);
  });

  it('a file that is not an article fails at once, with the reason, after one attempt', async () => {
    const { fleet, out } = await setUp();
    await writeFile(join(dir, 'settings.json'), '{"name": "not an article", "version": 3}\n');
    await enqueueFiles(fleet, [join(dir, 'settings.json')], { maxBytes: 1 << 20, attempts: 5, backoffMs: 50 });
    await startWorker(out);
    await waitFor(async () => (await fleet.status()).counts.failed === 1, 60_000);
    const { failed, counts } = await fleet.status();
    expect(counts).toMatchObject({ waiting: 0, delayed: 0, completed: 0 });
    expect(failed[0]).toMatchObject({ name: join(dir, 'settings.json'), attempts: 1 });
    expect(failed[0]!.reason).toMatch(/not an article/);
    expect(await briefFolders(out)).toEqual([]);
  });

  it('a transient failure (the disk says EIO) is retried with back-off and the brief is written once', async () => {
    const { fleet, out } = await setUp();
    let renames = 0;
    // The first two attempts fail where the brief folder is renamed into place.
    const flaky: WriteFs = {
      ...nodeWriteFs,
      rename: async (from, to) => {
        if (++renames <= 2) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        return nodeWriteFs.rename(from, to);
      },
    };
    await writeFile(join(dir, 'b.txt'), articleText(2));
    await enqueueFiles(fleet, [join(dir, 'b.txt')], { maxBytes: 1 << 20, attempts: 4, backoffMs: 100 });
    await startWorker(out, flaky);
    await waitFor(async () => (await fleet.remembered()) === 1, 60_000);
    expect(renames).toBeGreaterThanOrEqual(3);
    // The worker remembers an id before BullMQ moves its job out of "active": wait for that too.
    await waitFor(async () => (await fleet.status()).counts.active === 0, 10_000, 'no job active');
    const { counts } = await fleet.status();
    expect(counts).toMatchObject({ failed: 0, completed: 1 });
    expect(await briefFolders(out)).toHaveLength(1);
    // No temporary folder is left behind by the failed attempts.
    expect((await readdir(out)).filter((n) => n.startsWith('.newsbrief-tmp-'))).toEqual([]);
  });

  it('run --redis: a pass queues the new articles once (a copy is a duplicate); the next pass queues nothing', async () => {
    const { fleet, out, input } = await setUp();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(input, { recursive: true });
    await writeFile(join(input, 'one.txt'), articleText(11));
    await writeFile(join(input, 'two.txt'), articleText(12));
    await copyFile(join(input, 'one.txt'), join(input, 'one-again.txt'));
    const previous = process.env['NEWSBRIEF_FLEET_PREFIX'];
    process.env['NEWSBRIEF_FLEET_PREFIX'] = prefix;
    try {
      const first = fakeIo(dir);
      expect(await main(['run', '--redis', redis.url, '--input', input, '--out', out, '--log-format', 'json'], first)).toBe(0);
      const finished = (io: ReturnType<typeof fakeIo>) => JSON.parse(io.out().split('\n').find((l) => l.includes('"pass finished"'))!) as { queued: number; duplicates: number };
      expect(finished(first)).toMatchObject({ queued: 2, duplicates: 1 });
      expect((await fleet.status()).counts.waiting).toBe(2);
      // No brief is written by the pass itself: the workers do that.
      expect(await briefFolders(out)).toEqual([]);
      const second = fakeIo(dir);
      expect(await main(['run', '--redis', redis.url, '--input', input, '--out', out, '--log-format', 'json'], second)).toBe(0);
      expect(finished(second)).toMatchObject({ queued: 0 });
      expect((await fleet.status()).counts.waiting).toBe(2);
    } finally {
      if (previous === undefined) delete process.env['NEWSBRIEF_FLEET_PREFIX'];
      else process.env['NEWSBRIEF_FLEET_PREFIX'] = previous;
    }
  });

  it('a worker whose browser is killed mid-run launches another: every article is briefed, none fails', async () => {
    const { fleet, out } = await setUp();
    const files: string[] = [];
    for (let n = 40; n < 46; n++) {
      files.push(join(dir, `p${n}.txt`));
      await writeFile(files.at(-1)!, articleText(n));
    }
    await enqueueFiles(fleet, files, { maxBytes: 1 << 20, attempts: 3, backoffMs: 100 });
    const worker = await startBriefWorker({ redis: redis.url, prefix, out, formats: new Set(['html', 'pdf', 'json'] as const), page: 'a4', concurrency: 2, publishDelayMs: 100 }, { info: () => undefined, error: () => undefined });
    workers.push(worker);
    // The browsers this test file's process launched (each file runs in its own process; only this worker's here), found by their throw-away profile.
    const browsers = (): number[] =>
      execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes(PROFILE_PREFIX))
        .map((line) => Number.parseInt(line, 10));
    await waitFor(async () => (await fleet.remembered()) >= 1, 60_000, 'a first brief');
    const [first, ...others] = browsers();
    expect(first).toBeDefined();
    expect(others).toEqual([]);
    process.kill(first!, 'SIGKILL');
    await waitFor(async () => (await fleet.remembered()) === files.length, 60_000, 'every article briefed');
    // The worker remembers an id before BullMQ moves its job out of "active": wait for that too.
    await waitFor(async () => (await fleet.status()).counts.active === 0, 10_000, 'no job active');
    expect((await fleet.status()).counts).toMatchObject({ failed: 0, completed: files.length });
    const folders = await briefFolders(out);
    expect(folders).toHaveLength(files.length);
    for (const folder of folders) expect((await readFile(join(out, folder, 'brief.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(browsers().filter((pid) => pid !== first)).toHaveLength(1);
  });

  it('enqueue from the command line; status --redis shows the queue', async () => {
    const { fleet } = await setUp();
    void fleet;
    const io = fakeIo();
    expect(await main(['enqueue', SEED, '--redis', redis.url], io)).toBe(0);
    expect(io.out()).toMatch(/^(1 job queued; 0|0 jobs queued; 1) already queued, briefed or failed\n$/);
    const status = fakeIo();
    expect(await main(['status', '--redis', redis.url, '--json'], status)).toBe(0);
    expect(JSON.parse(status.out())).toHaveProperty('counts.waiting');
  });
});

describe('Redis that cannot be reached', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'nb-unreached-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });
  it.each([['worker', '--out'], ['enqueue', SEED], ['status'], ['run', '--input', 'input', '--out']])('%s: one line that says where and why, exit 2', async (command, ...rest) => {
    if (rest.at(-1) === '--out') rest.push(out);
    const io = fakeIo();
    // Port 9 (discard) on the loopback: nothing listens there.
    const code = await main([command, ...rest, '--redis', 'redis://127.0.0.1:9', ...(command === 'worker' ? ['--formats', 'html'] : [])], io);
    expect(code).toBe(2);
    expect(io.err()).toBe('newsbrief: cannot reach Redis at redis://127.0.0.1:9: connect ECONNREFUSED 127.0.0.1:9\n');
  });

  it('--redis must be a redis:// URL', async () => {
    const io = fakeIo();
    expect(await main(['worker', '--redis', 'localhost:6379'], io)).toBe(2);
    expect(io.err()).toMatch(/--redis: must be a redis:\/\/ or rediss:\/\/ URL/);
  });
});
