// A fleet worker: one brief runner kept warm (browser, extraction thread) that takes brief jobs
// from Redis and writes their folders into the shared output folder, then the index and feed.
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import type { Format } from '../pipeline.js';
import type { WriteFs } from '../output/brief-writer.js';
import type { CatalogEntry } from '../publish/catalog.js';
import { removeStaleTemps } from '../output/brief-writer.js';
import type { PageSize } from '../render/pdf.js';
import { BriefRunner, IN_FLIGHT, newBatch } from '../runner/brief-runner.js';
import { describe } from '../runner/describe.js';
import { type BriefJobData, type BriefJobResult, Fleet, permanentFailure } from './fleet.js';

export interface BriefWorkerOptions {
  redis: string;
  prefix?: string;
  out: string;
  /** Jobs in flight (default: the runner's, four printing and one being extracted). */
  concurrency?: number;
  formats: ReadonlySet<Format>;
  page: PageSize;
  templates?: string;
  browser?: string;
  baseUrl?: string;
  feedEntries?: number;
  /** A job of a worker that died is taken again after this long (default 30 s). */
  stallMs?: number;
  /** The index and feed are rebuilt this long after the last brief written (default 1 s). */
  publishDelayMs?: number;
  /** Test seam: the file layer the briefs are written through. */
  writeFs?: WriteFs;
  /** Test seam: the extraction thread's heap limit in MB (see RunnerOptions). */
  extractionHeapMb?: number;
}

export interface WorkerLog {
  info(line: string): void;
  error(line: string): void;
}

export interface RunningWorker {
  readonly fleet: Fleet;
  /** Stops taking jobs, finishes those in flight, publishes the index and feed, closes the browser. */
  stop(): Promise<void>;
}

/** The publish lock's lease, renewed while the holder publishes: a dead holder's lapses this soon. */
const PUBLISH_LOCK_MS = 10_000;
/** Between two publishes a worker waits this many times as long as the last one took (it then spends at most a tenth of its time on them). */
const PUBLISH_PAUSE_FACTOR = 9;
/** The same for the lock on a folder name while a brief is written into it. */
const FOLDER_LOCK_MS = 10_000;

/** Temporary brief folders left by a dead writer are removed once this old: another machine's writer may still own a fresh one. */
const STALE_TEMP_MS = 10 * 60_000;

/** A worker's folder of job files is named after its process, so a later worker on the machine can tell when its owner is gone. */
const JOBS_PREFIX = 'nb-jobs-';

/** Removes the job-file folders of this machine's workers that are no longer running (killed with -9, out of memory). */
export async function removeDeadWorkersJobs(dir = tmpdir()): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const pid = new RegExp(`^${JOBS_PREFIX}(\\d+)-`).exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Rejects with a FleetUnreachableError when Redis does not answer, a TemplatesError for a bad templates folder. */
export async function startBriefWorker(options: BriefWorkerOptions, log: WorkerLog): Promise<RunningWorker> {
  const fleet = await Fleet.open({ redis: options.redis, ...(options.prefix ? { prefix: options.prefix } : {}) });
  const openRunner = (): Promise<BriefRunner> =>
    BriefRunner.open({
      out: options.out,
      formats: options.formats,
      page: options.page,
      ...(options.templates === undefined ? {} : { templates: options.templates }),
      ...(options.browser === undefined ? {} : { browser: options.browser }),
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      ...(options.feedEntries === undefined ? {} : { feedEntries: options.feedEntries }),
      ...(options.writeFs ? { writeFs: options.writeFs } : {}),
      ...(options.extractionHeapMb === undefined ? {} : { extractionHeapMb: options.extractionHeapMb }),
      // Two articles of one title finishing on two workers would both find the name free.
      lockFolder: (base, write) => fleet.withLock(`folder:${base}`, write, { ttlMs: FOLDER_LOCK_MS }),
    });
  let runners: RunnerKeeper;
  try {
    runners = keepRunner(await openRunner(), openRunner, log);
  } catch (error) {
    await fleet.close();
    throw error;
  }
  const removed = await removeStaleTemps(options.out, undefined, { minAgeMs: STALE_TEMP_MS }).catch(() => 0);
  if (removed > 0) log.info(`removed ${removed} unfinished temporary folder(s) left by a stopped worker`);
  const gone = await removeDeadWorkersJobs().catch(() => 0);
  if (gone > 0) log.info(`removed the job files of ${gone} stopped worker(s)`);
  // What this worker wrote since its last publish: the index takes it as written instead of reading those folders back.
  const written = new Map<string, CatalogEntry>();
  const publisher = startPublisher(fleet, runners, log, options.publishDelayMs ?? 1000, written);
  const jobs = await mkdtemp(join(tmpdir(), `${JOBS_PREFIX}${process.pid}-`));

  const brief = async (data: BriefJobData, job: { id: string; attempt: number }): Promise<BriefJobResult> => {
    // The file travels in the job; it is written where the extraction thread can read it, with its own time.
    const dir = await mkdtemp(join(jobs, 'job-'));
    const file = join(dir, basename(data.name).replace(/[^\w.-]+/g, '_') || 'article');
    try {
      await writeFile(file, Buffer.from(data.content, 'base64'));
      await utimes(file, data.mtimeMs / 1000, data.mtimeMs / 1000);
      const batch = newBatch();
      const { outcome, broken } = await runners.use(async (runner) => ({ outcome: await runner.briefFile(file, batch, { as: data.name }), broken: () => runner.broken }));
      for (const [slug, entry] of batch.entries) written.set(slug, entry);
      for (const warning of outcome.warnings) log.info(warning);
      // A runner given up on fails whatever it held, whatever the content: the job is retried on a fresh one.
      const transient = broken() ? outcome.failures : outcome.failures.filter((f) => !f.permanent);
      if (transient.length > 0) throw new Error(transient.map((f) => `${f.label}: ${describe(f.error)}`).join('; '));
      const failures = outcome.failures.map((f) => `${f.label}: ${describe(f.error)}`);
      if (outcome.written.length === 0) throw permanentFailure(failures.join('; ') || `${data.name}: no article in it`);
      for (const written of outcome.written) log.info(`wrote ${relative(process.cwd(), written.dir) || '.'}/ (${written.files.join(', ')}) from ${written.label} [job ${job.id.slice(0, 12)}, attempt ${job.attempt}]`);
      for (const failure of failures) log.error(failure);
      publisher.stale();
      return { folders: outcome.written.map((w) => w.slug), failures };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  let lastError = 0;
  const worker = fleet.work(brief, { concurrency: options.concurrency ?? IN_FLIGHT, ...(options.stallMs === undefined ? {} : { stallMs: options.stallMs }) }, {
    // A lost connection repeats its error at every retry: one line every 10 s is enough.
    onError: (error) => {
      if (Date.now() - lastError < 10_000) return;
      lastError = Date.now();
      log.error(`redis: ${error.message}; retrying`);
    },
    // The reasons the brief function gives start with the input's name; others (a lost lock) do not.
    onFailed: (id, name, reason, final) => log.error(`${reason.startsWith(name) ? '' : `${name}: `}${reason} [job ${id.slice(0, 12)}${final ? ', failed' : ', will be retried'}]`),
  });
  await worker.waitUntilReady();
  log.info(`worker ${worker.id} taking jobs from ${fleet.prefix} (concurrency ${options.concurrency ?? IN_FLIGHT}), writing to ${options.out}`);
  return {
    fleet,
    async stop() {
      await worker.close();
      await publisher.flush();
      await runners.close();
      await fleet.close();
      await rm(jobs, { recursive: true, force: true });
    },
  };
}

interface RunnerKeeper {
  /** Runs `fn` with a runner that was not given up on; a retired runner is closed once no job uses it. */
  use<T>(fn: (runner: BriefRunner) => Promise<T>): Promise<T>;
  /** The runner jobs now get, for publishing (it needs neither the thread nor the browser). */
  current(): Promise<BriefRunner>;
  close(): Promise<void>;
}

/**
 * Keeps the worker's runner for its whole life, but replaces it when its extraction thread kept
 * dying and was given up on: that runner fails every job, so the worker would only fail and retry.
 * A runner that cannot be opened again fails the job at hand (transient) and is tried at the next.
 */
function keepRunner(first: BriefRunner, open: () => Promise<BriefRunner>, log: WorkerLog): RunnerKeeper {
  let current: Promise<BriefRunner> = Promise.resolve(first);
  const users = new Map<BriefRunner, number>();
  const retired = new Set<BriefRunner>();
  const closeIfIdle = (runner: BriefRunner): void => {
    if (retired.has(runner) && !users.get(runner)) void runner.close().catch(() => undefined);
  };
  const acquire = async (): Promise<BriefRunner> => {
    const seen = current;
    const runner = await seen.catch(() => undefined);
    if (runner && !runner.broken) return runner;
    // The first job to find it dead replaces it; the others take the one it opens.
    if (current === seen) {
      if (runner) {
        log.error('the extraction thread kept dying and was given up on; closing this brief runner and opening a fresh one');
        retired.add(runner);
        closeIfIdle(runner);
      }
      current = open();
      current.catch(() => undefined);
    }
    return current;
  };
  return {
    async use(fn) {
      for (;;) {
        const runner = await acquire();
        // Retired while this job waited: another job has opened its successor.
        if (retired.has(runner)) continue;
        users.set(runner, (users.get(runner) ?? 0) + 1);
        try {
          return await fn(runner);
        } finally {
          users.set(runner, users.get(runner)! - 1);
          closeIfIdle(runner);
        }
      }
    },
    current: () => current,
    async close() {
      await current.then((r) => r.close()).catch(() => undefined);
    },
  };
}

/**
 * Rebuilds the shared folder's index and feed a moment after briefs were written. Two workers
 * never publish at once: one holding the fleet's publish lock takes the "stale" mark and
 * publishes; a worker that finds the lock taken leaves its mark, and whoever looks after the
 * lock is let go (the holder, or this worker on its retry) publishes again.
 */
function startPublisher(fleet: Fleet, runners: RunnerKeeper, log: WorkerLog, delayMs: number, written: Map<string, CatalogEntry>): { stale(): void; flush(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  // The index of a large folder takes a while to render on the thread that drives the browser:
  // publishing back to back while briefs keep coming halved a worker's throughput.
  let lastPublishMs = 0;
  const pause = (): number => Math.max(delayMs, PUBLISH_PAUSE_FACTOR * lastPublishMs);
  /** Whether this worker wrote a brief that no publish has started after. */
  let dirty = false;
  const publishHeld = async (): Promise<void> => {
    dirty = false;
    const started = Date.now();
    // Taken before publishing: a brief written meanwhile stays for the next publish (the index checks each entry's sizes against the files).
    const fresh = new Map(written);
    written.clear();
    const published = await (await runners.current()).publish(fresh);
    lastPublishMs = Date.now() - started;
    for (const s of published.skipped) log.error(`${s.folder}: left out of the index: ${s.reason}`);
  };
  const publishNow = async (): Promise<void> => {
    await fleet.setFlag('index-stale');
    await fleet.tryLock(
      'publish',
      async () => {
        if (await fleet.takeFlag('index-stale')) await publishHeld();
      },
      PUBLISH_LOCK_MS,
    );
    // Marked again, by this worker or by one that found the lock taken (a holder that died lets
    // its lock lapse): published again after the pause, by whichever worker gets the lock.
    if (await fleet.hasFlag('index-stale')) schedule(Math.max(pause(), 200));
  };
  const run = (): Promise<void> => {
    timer = undefined;
    running = running.then(publishNow).catch((error: unknown) => log.error(`index and feed: ${describe(error)}`));
    return running;
  };
  const schedule = (ms: number): void => {
    if (!stopped) timer ??= setTimeout(() => void run(), ms);
  };
  return {
    stale() {
      dirty = true;
      schedule(pause());
    },
    /** Leaving: what this worker wrote since its last publish is published before it goes, waiting for the lock if need be. */
    async flush() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await running;
      const deadline = Date.now() + 2 * PUBLISH_LOCK_MS;
      while (dirty && Date.now() < deadline) {
        const held = await fleet
          .tryLock('publish', () => publishHeld(), PUBLISH_LOCK_MS)
          .catch((error: unknown) => {
            log.error(`index and feed: ${describe(error)}`);
            return { value: undefined };
          });
        if (!held) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}
