// The fleet under faults: 300 articles over two worker processes, one of them killed (-9)
// twice mid-run and Redis killed and restarted once (append-only file on). Every article must
// end up briefed exactly once: one folder each, whole, one remembered id each, each listed once
// by the index and the feed. And two schedulers on one cron make one pass per tick.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { enqueueFiles } from '../../src/queue/enqueue.js';
import { Fleet } from '../../src/queue/fleet.js';
import { REPO, fakeIo } from '../helpers.js';
import { type RedisServer, hasRedisServer, startRedisServer } from '../redis-server.js';
import { articleText, waitFor } from './helpers.js';

const ARTICLES = 300;
const BRIEF_FILES = ['brief.email.html', 'brief.html', 'brief.json', 'brief.md', 'brief.txt'];

describe.runIf(hasRedisServer())('the fleet under faults', () => {
  let redis: RedisServer;
  let dir: string;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    redis = await startRedisServer({ appendOnly: true });
    dir = await mkdtemp(join(tmpdir(), 'nb-fleet-faults-'));
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await redis?.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  /** A worker process as a user starts it (the built command line); its output kept for a failure's message. */
  const spawnWorker = (out: string, prefix: string): { child: ChildProcess; log: () => string } => {
    // A short stall time so a killed worker's jobs come back within seconds; long enough that a busy machine renews its locks.
    const child = spawn(process.execPath, [join(REPO, 'bin', 'newsbrief.js'), 'worker', '--redis', `${redis.url}`, '--out', out, '--formats', 'html,md,json', '--concurrency', '3', '--stall-ms', '5000', '--feed-entries', String(ARTICLES)], {
      env: { ...process.env, NEWSBRIEF_FLEET_PREFIX: prefix },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    children.add(child);
    child.once('exit', () => children.delete(child));
    return { child, log: () => log };
  };
  const killHard = async (child: ChildProcess): Promise<void> => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };

  it('300 articles, a worker killed twice and Redis restarted once: each briefed exactly once, nothing half-written', async () => {
    const started = Date.now();
    const prefix = `f${randomBytes(4).toString('hex')}`;
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    await mkdir(input, { recursive: true });
    const paths: string[] = [];
    for (let n = 1; n <= ARTICLES; n++) {
      const path = join(input, `article-${String(n).padStart(3, '0')}.txt`);
      await writeFile(path, articleText(n));
      paths.push(path);
    }
    let fleet = await Fleet.open({ redis: redis.url, prefix });
    const queued = await enqueueFiles(fleet, paths, { maxBytes: 1 << 20, attempts: 10, backoffMs: 200 });
    expect(queued.added).toHaveLength(ARTICLES);
    const shas = new Set(queued.added);

    const a = spawnWorker(out, prefix);
    const b = spawnWorker(out, prefix);
    const done = () => fleet.remembered();
    const logs = [a.log, b.log];
    const inFlight: number[] = [];
    try {
      await waitFor(async () => (await done()) >= 40, 120_000, '40 articles briefed');
      inFlight.push((await fleet.status()).counts.active);
      await killHard(a.child);
      const a2 = spawnWorker(out, prefix);
      logs.push(a2.log);
      await waitFor(async () => (await done()) >= 110, 120_000, '110 articles briefed');
      // Redis dies (-9) with jobs in flight and comes back from its append-only file.
      const before = await done();
      inFlight.push((await fleet.status()).counts.active);
      await fleet.close();
      await redis.stop({ hard: true });
      await redis.start();
      fleet = await Fleet.open({ redis: redis.url, prefix });
      // Nothing it had accepted is lost.
      expect(await done()).toBeGreaterThanOrEqual(before);
      await waitFor(async () => (await done()) >= 180, 120_000, '180 articles briefed');
      inFlight.push((await fleet.status()).counts.active);
      await killHard(a2.child);
      const a3 = spawnWorker(out, prefix);
      logs.push(a3.log);
      await waitFor(async () => (await done()) >= ARTICLES, 180_000, 'every article briefed');
      await waitFor(async () => {
        const { counts } = await fleet.status();
        return counts.waiting + counts.active + counts.delayed === 0;
      }, 60_000, 'an empty queue');
      // SIGTERM: the workers drain and publish the index and feed.
      const stopping = [...children].map((child) => new Promise((resolve) => child.once('exit', resolve)));
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(stopping);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- worker logs ---\n${logs.map((l) => l().slice(-3000)).join('\n---\n')}`);
    }

    const status = await fleet.status();
    expect(status.counts.failed, JSON.stringify(status.failed)).toBe(0);
    expect(await fleet.remembered()).toBe(ARTICLES);
    for (const sha of shas) expect(await fleet.remembered(sha)).toBe(1);

    const folders = (await readdir(out, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
    expect(folders).toHaveLength(ARTICLES);
    const briefed = new Set<string>();
    for (const folder of folders) {
      // Whole: every file there, and a brief.json that parses.
      expect((await readdir(join(out, folder))).filter((n) => !n.startsWith('.')).sort(), folder).toEqual(BRIEF_FILES);
      const json = JSON.parse(await readFile(join(out, folder, 'brief.json'), 'utf8')) as { source: { sha256: string } };
      briefed.add(json.source.sha256);
    }
    expect(briefed).toEqual(shas);

    const index = await readFile(join(out, 'index.html'), 'utf8');
    const feed = await readFile(join(out, 'feed.xml'), 'utf8');
    // One card per brief in the index (each card is one <article data-brief="…">).
    expect(index.split('data-brief="').length - 1).toBe(ARTICLES);
    for (const folder of folders) expect(index.split(`data-brief="${folder}"`).length - 1, folder).toBe(1);
    for (const sha of shas) expect(feed.split(`<id>urn:sha256:${sha}</id>`).length - 1, sha).toBe(1);
    await fleet.close();
    console.log(`fleet fault test: ${ARTICLES} articles in ${((Date.now() - started) / 1000).toFixed(1)} s; jobs active at the two kills and the Redis restart: ${inFlight.join(', ')}`);
  });

  it('two schedulers on one cron (every second): exactly one pass per tick over 5 ticks', async () => {
    const prefix = `s${randomBytes(4).toString('hex')}`;
    const input = join(dir, 'sched-in');
    const out = join(dir, 'sched-out');
    await mkdir(input, { recursive: true });
    await writeFile(join(input, 'one.txt'), articleText(1001));
    const previous = process.env['NEWSBRIEF_FLEET_PREFIX'];
    process.env['NEWSBRIEF_FLEET_PREFIX'] = prefix;
    const stop = new AbortController();
    const ios = [fakeIo(dir), fakeIo(dir)];
    const args = ['schedule', '--redis', redis.url, '--cron', '* * * * * *', '--input', input, '--out', out, '--log-format', 'json'];
    const schedulers = ios.map((io) => main(args, io, { signal: stop.signal }));
    const fleet = await Fleet.open({ redis: redis.url, prefix });
    try {
      const taken = (): { job: string; tick: string }[] =>
        ios.flatMap((io) =>
          io
            .out()
            .split('\n')
            .filter((line) => line.includes('"pass job taken"'))
            .map((line) => JSON.parse(line) as { job: string; tick: string }),
        );
      await waitFor(() => taken().length >= 5, 60_000, 'five passes');
      // status --redis shows the one scheduler and its next run.
      const shown = (await fleet.status()).schedulers;
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatchObject({ id: 'pass', pattern: '* * * * * *' });
      expect(shown[0]!.next).toBeGreaterThan(Date.now() - 5000);
      stop.abort();
      expect(await Promise.all(schedulers)).toEqual([0, 0]);
      const passes = taken();
      // One job per tick, taken by one scheduler: no job id twice, no tick twice.
      expect(new Set(passes.map((p) => p.job)).size).toBe(passes.length);
      const ticks = passes.map((p) => Date.parse(p.tick)).sort((x, y) => x - y);
      expect(new Set(ticks).size).toBe(ticks.length);
      // Each on a whole second of the cron. BullMQ plans the next tick when it hands out the
      // current one and does not make up ticks it passed, so on a starved machine one may be
      // skipped, never doubled: five ticks span five seconds, give or take such a skip.
      expect(ticks.every((t) => t % 1000 === 0)).toBe(true);
      expect(ticks[4]! - ticks[0]!).toBeGreaterThanOrEqual(4000);
      expect(ticks[4]! - ticks[0]!).toBeLessThanOrEqual(8000);
      // The article was queued by one pass only.
      expect((await fleet.status()).counts.waiting).toBe(1);
    } finally {
      stop.abort();
      await Promise.allSettled(schedulers);
      await fleet.close();
      if (previous === undefined) delete process.env['NEWSBRIEF_FLEET_PREFIX'];
      else process.env['NEWSBRIEF_FLEET_PREFIX'] = previous;
    }
  });
});
