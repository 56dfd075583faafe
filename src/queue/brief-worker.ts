// A fleet worker: one brief runner kept warm (browser, extraction thread) that takes brief jobs
// from Redis and writes their folders into the shared output folder, then the index and feed.
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import type { Format } from '../pipeline.js';
import type { WriteFs } from '../output/brief-writer.js';
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

/** Rejects with a FleetUnreachableError when Redis does not answer, a TemplatesError for a bad templates folder. */
export async function startBriefWorker(options: BriefWorkerOptions, log: WorkerLog): Promise<RunningWorker> {
  const fleet = await Fleet.open({ redis: options.redis, ...(options.prefix ? { prefix: options.prefix } : {}) });
  let runner: BriefRunner;
  try {
    runner = await BriefRunner.open({
      out: options.out,
      formats: options.formats,
      page: options.page,
      ...(options.templates === undefined ? {} : { templates: options.templates }),
      ...(options.browser === undefined ? {} : { browser: options.browser }),
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      ...(options.feedEntries === undefined ? {} : { feedEntries: options.feedEntries }),
      ...(options.writeFs ? { writeFs: options.writeFs } : {}),
      // Two articles of one title finishing on two workers would both find the name free.
      lockFolder: (base, write) => fleet.withLock(`folder:${base}`, write, { ttlMs: FOLDER_LOCK_MS }),
    });
  } catch (error) {
    await fleet.close();
    throw error;
  }
  const removed = await removeStaleTemps(options.out, undefined, { minAgeMs: STALE_TEMP_MS }).catch(() => 0);
  if (removed > 0) log.info(`removed ${removed} unfinished temporary folder(s) left by a stopped worker`);
  const publisher = startPublisher(fleet, runner, log, options.publishDelayMs ?? 1000);
  const jobs = await mkdtemp(join(tmpdir(), 'nb-jobs-'));

  const brief = async (data: BriefJobData, job: { id: string; attempt: number }): Promise<BriefJobResult> => {
    // The file travels in the job; it is written where the extraction thread can read it, with its own time.
    const dir = await mkdtemp(join(jobs, 'job-'));
    const file = join(dir, basename(data.name).replace(/[^\w.-]+/g, '_') || 'article');
    try {
      await writeFile(file, Buffer.from(data.content, 'base64'));
      await utimes(file, data.mtimeMs / 1000, data.mtimeMs / 1000);
      const outcome = await runner.briefFile(file, newBatch(), { as: data.name });
      for (const warning of outcome.warnings) log.info(warning);
      const transient = outcome.failures.filter((f) => !f.permanent);
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
      await runner.close();
      await fleet.close();
      await rm(jobs, { recursive: true, force: true });
    },
  };
}

/**
 * Rebuilds the shared folder's index and feed a moment after briefs were written. Two workers
 * never publish at once: one holding the fleet's publish lock takes the "stale" mark and
 * publishes; a worker that finds the lock taken leaves its mark, and whoever looks after the
 * lock is let go (the holder, or this worker on its retry) publishes again.
 */
function startPublisher(fleet: Fleet, runner: BriefRunner, log: WorkerLog, delayMs: number): { stale(): void; flush(): Promise<void> } {
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
    const published = await runner.publish();
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
