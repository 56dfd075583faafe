// The fleet's queue on Redis: brief jobs, the workers that take them, the pass scheduler and
// the locks of a shared output folder. The only module that imports bullmq and ioredis.
import { hostname } from 'node:os';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';

/** Brief jobs: one per article file, its id the SHA-256 of the file's bytes. */
const BRIEFS = 'briefs';
/** Pass jobs: one per cron tick of the pass scheduler, however many `schedule --redis` run. */
const PASSES = 'passes';
export const PASS_SCHEDULER = 'pass';

/**
 * Ids of briefed articles kept after their jobs are gone, so a re-run does no work: the
 * newest REMEMBER_COUNT, none older than REMEMBER_DAYS. The jobs themselves keep only
 * the last KEEP_COMPLETED (they carry the article's bytes); an article briefed longer ago
 * than the bound is briefed again if enqueued again, into its own folder.
 */
export const REMEMBER_COUNT = 1_000_000;
export const REMEMBER_DAYS = 30;
const KEEP_COMPLETED = 1000;
/** Failed jobs stay (with their reason) for `status` and so that the same bad file is not retried. */
const KEEP_FAILED_DAYS = 30;

export interface FleetOptions {
  /** redis://[user:password@]host:port[/db] */
  redis: string;
  /** Key prefix (default "newsbrief"): one per fleet when one Redis serves several. */
  prefix?: string;
}

/** What a brief job carries: the file itself, so workers need share only Redis and the output folder. */
export interface BriefJobData {
  /** The path it was enqueued from: the brief's source path, and what the log says. */
  name: string;
  /** The file's bytes, base64. */
  content: string;
  /** The file's modification time: the reference time of an article that states no date. */
  mtimeMs: number;
}

export interface BriefJobResult {
  folders: string[];
  /** Articles of a JSON array or feed that could not be briefed (the others were). */
  failures: string[];
}

export interface EnqueueItem {
  sha256: string;
  /** The job's data, or how to read it: read only when the article is not known already. */
  data: BriefJobData | (() => Promise<BriefJobData>);
}

export interface RetryOptions {
  /** Tries in all before a transient failure is final (default 5). */
  attempts?: number;
  /** Back-off before the first retry, doubled each time (default 2000 ms). */
  backoffMs?: number;
}

export interface WorkerOptions {
  concurrency: number;
  /**
   * How long a job's lock lasts without renewal (renewed every half of it): a job of a worker
   * that died is taken again after about this long.
   */
  stallMs?: number;
}

export interface FleetStatus {
  counts: { waiting: number; active: number; delayed: number; completed: number; failed: number };
  remembered: number;
  failed: { id: string; name: string; reason: string; attempts: number; finishedOn: number | null }[];
  workers: { id: string; host: string; pid: number; concurrency: number; seenAt: number; briefed: number }[];
  schedulers: { id: string; pattern: string | null; next: number | null }[];
}

/** Redis could not be reached: said in one line, with the address and why. */
export class FleetUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`cannot reach Redis at ${redactUrl(url)}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'FleetUnreachableError';
  }
}

/** A failure that retrying cannot mend (the input is not an article): the job fails at once. */
export function permanentFailure(message: string): Error {
  return new UnrecoverableError(message);
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

/** ioredis for BullMQ: never give up on a command (a Redis restart is waited out), reconnect forever. */
function connect(url: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(200 * times, 2000) });
  // Errors while reconnecting are said by the worker's own 'error' event; here they would be unhandled.
  client.on('error', () => undefined);
  return client;
}

/** Connects once without retrying, so an unreachable Redis is one clear error instead of a wait. */
async function probe(url: string): Promise<void> {
  let client: Redis;
  try {
    client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000, enableOfflineQueue: false });
  } catch (error) {
    throw new FleetUnreachableError(url, error);
  }
  // The socket's own error (ECONNREFUSED, ENOTFOUND, a wrong password) says more than "Connection is closed".
  let socketError: Error | undefined;
  client.on('error', (error: Error) => (socketError ??= error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new FleetUnreachableError(url, socketError ?? error);
  } finally {
    client.disconnect();
  }
}

export class Fleet {
  private readonly redis: Redis;
  private readonly briefs: Queue<BriefJobData, BriefJobResult>;
  private passesQueue: Queue | undefined;
  private readonly closers: (() => Promise<unknown>)[] = [];
  /** Every connection made, closed with the fleet: BullMQ leaves a connection it was given open. */
  private readonly clients: Redis[] = [];
  readonly prefix: string;

  private constructor(
    private readonly url: string,
    prefix: string,
  ) {
    this.prefix = prefix;
    this.redis = this.connect();
    this.briefs = new Queue(BRIEFS, { connection: this.redis, prefix });
    this.briefs.on('error', () => undefined);
  }

  /** Connects to Redis; rejects with a FleetUnreachableError when it does not answer. */
  static async open(options: FleetOptions): Promise<Fleet> {
    await probe(options.redis);
    return new Fleet(options.redis, options.prefix || 'newsbrief');
  }

  private connect(): Redis {
    const client = connect(this.url);
    this.clients.push(client);
    return client;
  }

  private key(name: string): string {
    return `${this.prefix}:fleet:${name}`;
  }

  /**
   * Adds one job per article file. The job id is the file's SHA-256: the same file enqueued
   * twice, or by two passes, is one job; one briefed within the remembered bound is not added.
   */
  async enqueue(items: EnqueueItem[], retry: RetryOptions = {}): Promise<{ added: string[]; known: string[] }> {
    const added: string[] = [];
    const known: string[] = [];
    for (const item of items) {
      if ((await this.redis.zscore(this.key('briefed'), item.sha256)) !== null) {
        known.push(item.sha256);
        continue;
      }
      // An id already in the queue (waiting, active, kept completed or failed) is the same article.
      if ((await this.briefs.getJobState(item.sha256)) !== 'unknown') {
        known.push(item.sha256);
        continue;
      }
      await this.briefs.add('brief', typeof item.data === 'function' ? await item.data() : item.data, {
        jobId: item.sha256,
        attempts: retry.attempts ?? 5,
        backoff: { type: 'exponential', delay: retry.backoffMs ?? 2000 },
        removeOnComplete: { count: KEEP_COMPLETED },
        removeOnFail: { age: KEEP_FAILED_DAYS * 86_400 },
      });
      added.push(item.sha256);
    }
    return { added, known };
  }

  /** Remembers a briefed article's id, within the bound (REMEMBER_COUNT, REMEMBER_DAYS). */
  private async remember(sha256: string): Promise<void> {
    const now = Date.now();
    await this.redis
      .multi()
      .zadd(this.key('briefed'), now, sha256)
      .zremrangebyscore(this.key('briefed'), '-inf', now - REMEMBER_DAYS * 86_400_000)
      .zremrangebyrank(this.key('briefed'), 0, -REMEMBER_COUNT - 1)
      .exec();
  }

  /** How many briefed ids are remembered, and whether one is. */
  async remembered(sha256?: string): Promise<number> {
    if (sha256 !== undefined) return (await this.redis.zscore(this.key('briefed'), sha256)) === null ? 0 : 1;
    return this.redis.zcard(this.key('briefed'));
  }

  /**
   * Takes brief jobs until closed. `brief` throws `permanentFailure(...)` for input that
   * cannot be briefed (the job fails at once) and anything else for a transient failure
   * (retried with back-off).
   */
  work(brief: (data: BriefJobData, job: { id: string; attempt: number }) => Promise<BriefJobResult>, options: WorkerOptions, events: { onError?: (error: Error) => void; onFailed?: (id: string, name: string, reason: string, final: boolean) => void } = {}): FleetWorker {
    const stallMs = options.stallMs ?? 30_000;
    const worker = new Worker<BriefJobData, BriefJobResult>(
      BRIEFS,
      async (job) => {
        const result = await brief(job.data, { id: job.id ?? '', attempt: job.attemptsMade + 1 });
        await this.remember(job.id ?? '');
        return result;
      },
      // A job recovered from two dead workers fails when a third dies under it, instead of killing more.
      { connection: this.connect(), prefix: this.prefix, concurrency: options.concurrency, lockDuration: stallMs, stalledInterval: stallMs, maxStalledCount: 2, autorun: false },
    );
    worker.on('error', (error) => events.onError?.(error));
    worker.on('failed', (job, error) => {
      if (job) events.onFailed?.(job.id ?? '', job.data.name, error.message, error instanceof UnrecoverableError || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1));
    });
    const id = `${hostname()}:${process.pid}:${worker.id}`;
    let briefed = 0;
    worker.on('completed', () => briefed++);
    const beat = async () => {
      const seen = { id, host: hostname(), pid: process.pid, concurrency: options.concurrency, seenAt: Date.now(), briefed };
      await this.redis.hset(this.key('workers'), id, JSON.stringify(seen)).catch(() => undefined);
    };
    void beat();
    const heartbeat = setInterval(() => void beat(), 10_000);
    heartbeat.unref();
    const running = worker.run();
    running.catch(() => undefined);
    return {
      id,
      async close(force = false) {
        clearInterval(heartbeat);
        await worker.close(force);
        await running.catch(() => undefined);
      },
      waitUntilReady: () => worker.waitUntilReady().then(() => undefined),
    };
  }

  /** When each job was added, taken and finished (ms), for the jobs still kept: the bench's figures. */
  async jobTimes(ids: string[]): Promise<{ id: string; added: number; started: number | null; finished: number | null }[]> {
    const out: { id: string; added: number; started: number | null; finished: number | null }[] = [];
    for (const id of ids) {
      const job = await this.briefs.getJob(id);
      if (job) out.push({ id, added: job.timestamp, started: job.processedOn ?? null, finished: job.finishedOn ?? null });
    }
    return out;
  }

  /** The queue as it stands: counts, the failed jobs with their reasons, workers seen in the last minute, schedulers. */
  async status(): Promise<FleetStatus> {
    const counts = await this.briefs.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const failedJobs = await this.briefs.getFailed(0, 49);
    const now = Date.now();
    const seen = await this.redis.hgetall(this.key('workers'));
    const workers: FleetStatus['workers'] = [];
    for (const [id, json] of Object.entries(seen)) {
      const worker = JSON.parse(json) as FleetStatus['workers'][number];
      // Forget workers gone for a day; show those seen in the last minute.
      if (now - worker.seenAt > 86_400_000) await this.redis.hdel(this.key('workers'), id);
      else if (now - worker.seenAt <= 60_000) workers.push(worker);
    }
    const passes = this.passes();
    const schedulers = (await passes.getJobSchedulers(0, -1, true)).map((s) => ({ id: s.key, pattern: s.pattern ?? null, next: s.next ?? null }));
    return {
      counts: { waiting: (counts['waiting'] ?? 0) + (counts['prioritized'] ?? 0), active: counts['active'] ?? 0, delayed: counts['delayed'] ?? 0, completed: counts['completed'] ?? 0, failed: counts['failed'] ?? 0 },
      remembered: await this.remembered(),
      failed: failedJobs.filter((j) => j !== undefined).map((j) => ({ id: j.id ?? '', name: (j.data as BriefJobData).name, reason: j.failedReason ?? '', attempts: j.attemptsMade, finishedOn: j.finishedOn ?? null })),
      workers: workers.sort((a, b) => a.id.localeCompare(b.id)),
      schedulers,
    };
  }

  private passes(): Queue {
    if (!this.passesQueue) {
      this.passesQueue = new Queue(PASSES, { connection: this.redis, prefix: this.prefix });
      this.passesQueue.on('error', () => undefined);
    }
    return this.passesQueue;
  }

  /**
   * Makes sure the pass scheduler has this cron pattern (every `schedule --redis` says the same:
   * one scheduler, one pass job per tick), and runs the pass jobs that come to this process.
   */
  async schedulePasses(pattern: string, pass: (tick: { id: string; timestamp: number }) => Promise<void>): Promise<FleetWorker> {
    await this.passes().upsertJobScheduler(PASS_SCHEDULER, { pattern }, { name: 'pass', opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } });
    const worker = new Worker(
      PASSES,
      async (job) => {
        // A scheduler's job id ends with the tick it was made for (repeat:<scheduler>:<ms>).
        const tick = Number(/:(\d+)$/.exec(job.id ?? '')?.[1] ?? job.processedOn ?? Date.now());
        await pass({ id: job.id ?? '', timestamp: tick });
      },
      { connection: this.connect(), prefix: this.prefix, concurrency: 1, autorun: false },
    );
    worker.on('error', () => undefined);
    const running = worker.run();
    running.catch(() => undefined);
    return {
      id: worker.id,
      async close(force = false) {
        await worker.close(force);
        await running.catch(() => undefined);
      },
      waitUntilReady: () => worker.waitUntilReady().then(() => undefined),
    };
  }

  /** The pass jobs run so far (newest first), for tests and `status`. */
  async passesRun(): Promise<{ id: string; timestamp: number; processedOn: number | null }[]> {
    const jobs = await this.passes().getJobs(['completed', 'failed', 'active'], 0, 999);
    return jobs.filter((j) => j !== undefined).map((j) => ({ id: j.id ?? '', timestamp: j.timestamp, processedOn: j.processedOn ?? null }));
  }

  /**
   * Runs `fn` holding a lock of the fleet (SET NX with an expiry, renewed while it runs), so
   * only one process at a time does it; waits for the lock up to `waitMs`.
   */
  async withLock<T>(name: string, fn: () => Promise<T>, options: { ttlMs?: number; waitMs?: number } = {}): Promise<T> {
    const token = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2)}`;
    const ttl = options.ttlMs ?? 30_000;
    const key = this.key(`lock:${name}`);
    const deadline = Date.now() + (options.waitMs ?? 120_000);
    for (let wait = 5; (await this.redis.set(key, token, 'PX', ttl, 'NX')) !== 'OK'; wait = Math.min(wait * 2, 200)) {
      if (Date.now() > deadline) throw new Error(`the fleet's lock "${name}" was not free within ${options.waitMs ?? 120_000} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const renew = setInterval(() => void this.redis.eval(RENEW, 1, key, token, String(ttl)).catch(() => undefined), ttl / 3);
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await this.redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  }

  /** Tries the lock once: the result of `fn`, or `undefined` when another process holds it. */
  async tryLock<T>(name: string, fn: () => Promise<T>, ttlMs = 60_000): Promise<{ value: T } | undefined> {
    const key = this.key(`lock:${name}`);
    if ((await this.redis.get(key)) !== null) return undefined;
    try {
      return { value: await this.withLock(name, fn, { ttlMs, waitMs: 0 }) };
    } catch (error) {
      if (error instanceof Error && error.message.includes('was not free')) return undefined;
      throw error;
    }
  }

  /** Sets, reads and clears a flag of the fleet (the "index is stale" mark of the publisher). */
  async setFlag(name: string): Promise<void> {
    await this.redis.set(this.key(name), '1');
  }

  async takeFlag(name: string): Promise<boolean> {
    return (await this.redis.getdel(this.key(name))) !== null;
  }

  async hasFlag(name: string): Promise<boolean> {
    return (await this.redis.exists(this.key(name))) === 1;
  }

  /** Removes every key of this prefix: the tests' clean slate. */
  async obliterate(): Promise<void> {
    await this.briefs.obliterate({ force: true });
    await this.passes().obliterate({ force: true });
    const keys = await this.redis.keys(`${this.prefix}:fleet:*`);
    if (keys.length > 0) await this.redis.del(...keys);
  }

  onClose(fn: () => Promise<unknown>): void {
    this.closers.push(fn);
  }

  async close(): Promise<void> {
    for (const fn of this.closers) await fn().catch(() => undefined);
    await this.briefs.close().catch(() => undefined);
    await this.passesQueue?.close().catch(() => undefined);
    for (const client of this.clients) client.disconnect();
  }
}

export interface FleetWorker {
  readonly id: string;
  /** Stops taking jobs and waits for those in flight (`force`: does not wait). */
  close(force?: boolean): Promise<void>;
  waitUntilReady(): Promise<void>;
}

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
