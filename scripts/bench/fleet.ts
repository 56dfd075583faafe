// npm run bench -- --fleet: the fleet against the floor of this machine.
// (1) warm throughput: one worker (already started, warmed on other articles) briefing 500 BBC
//     articles from the queue, against the warm floor printing the same 500 finished HTML files;
// (2) cold build at N = 100 and 1,000 against a floor that launches its browser inside the clock;
// (3) two workers against one on the same 500; (4) the queue's own cost per job: enqueue → start,
//     one job at a time on an idle worker, median and p99.
// One run on one machine; the figures are as noisy as the machine.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enqueueFiles } from '../../src/queue/enqueue.js';
import { Fleet } from '../../src/queue/fleet.js';
import { startRedisServer } from '../../test/redis-server.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const WARM_N = Number(process.env['BENCH_FLEET_N'] ?? 500);
const COLD_SIZES = (process.env['BENCH_FLEET_COLD'] ?? '100,1000').split(',').filter(Boolean).map(Number);
const COLD_TARGET: Record<number, number> = { 100: 1.6, 1000: 1.25 };
const WARM_UP = 10;
const OVERHEAD_JOBS = Number(process.env['BENCH_FLEET_OVERHEAD'] ?? 100);

interface BenchTools {
  corpus(n: number): Promise<string[]>;
  barePrint(htmlFiles: string[], concurrency: number, options?: { cold?: boolean }): Promise<number>;
  measuredBuild(files: string[]): Promise<{ seconds: number; runs: number[]; out: string }>;
  htmlFilesIn(out: string): Promise<string[]>;
  median(xs: number[]): number;
  bareConcurrencies: number[];
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};

/** A worker process as a user starts it; resolves once it takes jobs. */
async function startWorker(redisUrl: string, prefix: string, out: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(REPO, 'bin', 'newsbrief.js'), 'worker', '--redis', redisUrl, '--out', out], { env: { ...process.env, NEWSBRIEF_FLEET_PREFIX: prefix }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('taking jobs')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${err}`)));
  });
  child.stdout!.resume();
  return child;
}

async function stopWorker(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Polls until `n` jobs are remembered as briefed. */
async function waitBriefed(fleet: Fleet, n: number): Promise<void> {
  while ((await fleet.remembered()) < n) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Workers briefing `files` from the queue: the clock runs from the first enqueue to the last
 * job finished (as Redis recorded it). The workers are started and warmed on `warmUp` first.
 */
async function briefByFleet(redisUrl: string, workers: number, files: string[], warmUp: string[]): Promise<{ seconds: number; out: string }> {
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const out = await mkdtemp(join(tmpdir(), 'nb-bench-fleet-'));
  const fleet = await Fleet.open({ redis: redisUrl, prefix });
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(redisUrl, prefix, out)));
  try {
    // The corpus holds a few articles twice (the same bytes): one job each, counted once.
    const warm = await enqueueFiles(fleet, warmUp, { maxBytes: 20 << 20 });
    await waitBriefed(fleet, warm.added.length);
    const started = Date.now();
    const { added } = await enqueueFiles(fleet, files, { maxBytes: 20 << 20 });
    await waitBriefed(fleet, warm.added.length + added.length);
    const times = await fleet.jobTimes(added);
    const last = Math.max(...times.map((t) => t.finished ?? 0));
    return { seconds: (last - started) / 1000, out };
  } finally {
    await Promise.all(children.map(stopWorker));
    await fleet.close();
  }
}

/** Enqueue → start of each job, one job at a time on an idle warm worker. */
async function queueOverhead(redisUrl: string, files: string[]): Promise<number[]> {
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const out = await mkdtemp(join(tmpdir(), 'nb-bench-fleet-'));
  const fleet = await Fleet.open({ redis: redisUrl, prefix });
  const child = await startWorker(redisUrl, prefix, out);
  const waits: number[] = [];
  let briefed = 0;
  try {
    for (const file of files) {
      const { added } = await enqueueFiles(fleet, [file], { maxBytes: 20 << 20 });
      if (added.length === 0) continue;
      await waitBriefed(fleet, ++briefed);
      const [t] = await fleet.jobTimes(added);
      if (t?.started) waits.push(t.started - t.added);
      // The worker is idle again (its publish a second after the last brief aside).
      await new Promise((r) => setTimeout(r, 20));
    }
    return waits.slice(WARM_UP);
  } finally {
    await stopWorker(child);
    await fleet.close();
    await rm(out, { recursive: true, force: true });
  }
}

/** The brief.html files of the briefs made from `sources` (the warm-up's left out). */
async function htmlOfSources(htmlFiles: string[], sources: Set<string>): Promise<string[]> {
  const kept: string[] = [];
  for (const html of htmlFiles) {
    const json = JSON.parse(await readFile(join(dirname(html), 'brief.json'), 'utf8')) as { source: { path: string } };
    if (sources.has(json.source.path)) kept.push(html);
  }
  return kept;
}

export async function benchFleet(tools: BenchTools): Promise<void> {
  const redis = await startRedisServer({ appendOnly: true });
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    process.stderr.write(`bench --fleet: ${line}\n`);
  };
  try {
    const all = await tools.corpus(WARM_N + WARM_UP + OVERHEAD_JOBS + WARM_UP);
    const files = all.slice(0, WARM_N);
    const warmUp = all.slice(WARM_N, WARM_N + WARM_UP);

    // (1) One warm worker against the warm floor on the same 500.
    const one = await briefByFleet(redis.url, 1, files, warmUp);
    const html = await htmlOfSources(await tools.htmlFilesIn(one.out), new Set(files));
    let best = { seconds: Infinity, pages: 0 };
    for (const pages of tools.bareConcurrencies) {
      const seconds = await tools.barePrint(html.slice(0, 100), pages);
      if (seconds < best.seconds) best = { seconds, pages };
    }
    const warmFloor = await tools.barePrint(html, best.pages);
    say(`warm: one worker, ${html.length} articles from the queue (${WARM_N} files, the corpus's duplicates one job each): ${one.seconds.toFixed(2)} s (${((one.seconds * 1000) / html.length).toFixed(1)} ms each); warm floor ${warmFloor.toFixed(2)} s (${best.pages} pages); ratio ${(one.seconds / warmFloor).toFixed(2)} (target ≤ 1.25)`);

    // (3) Two workers against one, same articles and warm-up.
    const two = await briefByFleet(redis.url, 2, files, warmUp);
    say(`two workers: ${two.seconds.toFixed(2)} s against one worker's ${one.seconds.toFixed(2)} s: ${(one.seconds / two.seconds).toFixed(2)}× (2 cores: no gain expected)`);
    await rm(two.out, { recursive: true, force: true });
    await rm(one.out, { recursive: true, force: true });

    // (4) The queue's own cost: enqueue → start on an idle worker.
    const waits = await queueOverhead(redis.url, all.slice(WARM_N + WARM_UP));
    say(`queue overhead, enqueue → start, ${waits.length} jobs one at a time on an idle worker: median ${tools.median(waits).toFixed(1)} ms, p99 ${quantile(waits, 0.99).toFixed(1)} ms`);

    // (2) Cold build at N = 100 and 1,000 against a floor that launches its browser in the clock.
    for (const n of COLD_SIZES) {
      const target = COLD_TARGET[n] ?? '—';
      const build = await tools.measuredBuild(await tools.corpus(n));
      const htmlOf = await tools.htmlFilesIn(build.out);
      const colds: number[] = [];
      for (let i = 0; i < build.runs.length; i++) colds.push(await tools.barePrint(htmlOf, best.pages, { cold: true }));
      const cold = tools.median(colds);
      say(`cold build, N = ${n}: ${build.seconds.toFixed(2)} s (median of ${build.runs.length}); cold floor (launch included, ${best.pages} pages) ${cold.toFixed(2)} s; ratio ${(build.seconds / cold).toFixed(2)} (target ≤ ${target})`);
      await rm(build.out, { recursive: true, force: true });
    }
  } finally {
    await redis.dispose();
  }
  console.log(`\nnewsbrief bench --fleet — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, BBC corpus, all four formats, one run\n${lines.map((l) => `- ${l}`).join('\n')}`);
}
