// `run --redis` and `schedule --redis`: a pass finds the new articles of the sources as `run`
// does and hands them to the fleet's queue; the workers brief them. The schedule is a Job
// Scheduler in Redis, so any number of `schedule --redis` make one pass per cron tick.
import type { RunFlags } from '../config/run-config.js';
import { MAX_JOB_BYTES } from '../config/fleet-options.js';
import type { Fleet } from '../queue/fleet.js';
import type { Dispatched } from '../schedule/pass.js';
import { runPass } from '../schedule/pass.js';
import { fleetPrefix } from './fleet-prefix.js';
import { EXIT_FAILURES, EXIT_OK, type Io, UsageError } from './io.js';
import { type Prepared, type RunContext, openSession, prepareSession, stopSignal } from './run.js';

export interface FleetFlags {
  redis?: string;
  attempts?: string;
}

function checkFleetFlags(flags: FleetFlags): { redis: string; attempts: number } {
  const redis = flags.redis ?? '';
  if (!/^rediss?:\/\/\S+$/.test(redis)) throw new UsageError('--redis: must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379');
  const attempts = flags.attempts === undefined ? 5 : /^\d+$/.test(flags.attempts) && Number(flags.attempts) >= 1 ? Number(flags.attempts) : NaN;
  if (Number.isNaN(attempts)) throw new UsageError('--attempts: must be a whole number, 1 or more');
  return { redis, attempts };
}

/** Hands a pass's articles to the queue, each read only when the fleet does not know it yet. */
function dispatchTo(fleet: Fleet, attempts: number, maxBytes: number): (articles: { path: string; key: string }[]) => Promise<Dispatched> {
  return async (articles) => {
    const { readJobData } = await import('../queue/enqueue.js');
    const sent: Dispatched = { queued: 0, known: 0, failures: [] };
    for (const { path, key } of articles) {
      try {
        const { added } = await fleet.enqueue(
          [
            {
              sha256: key,
              data: async () => {
                const job = await readJobData(path, maxBytes);
                // Hashed a moment ago; edited since: the next pass sees the new content.
                if (job.sha256 !== key) throw new Error('the file changed while it was being read; its new content is queued on the next pass');
                return job.data;
              },
            },
          ],
          { attempts },
        );
        if (added.length > 0) sent.queued++;
        else sent.known++;
      } catch (error) {
        sent.failures.push({ path, reason: `queue: ${(error as Error).message}`, permanent: false });
      }
    }
    return sent;
  };
}

async function passOnce(prepared: Prepared, flags: RunFlags, io: Io, fleet: Fleet, attempts: number, signal: AbortSignal, command: string): Promise<number> {
  const session = await openSession(flags, io, command, prepared, { brief: false });
  try {
    const result = await runPass({ ...session, signal, dispatch: dispatchTo(fleet, attempts, Math.min(prepared.config.limits.maxInputBytes, MAX_JOB_BYTES)) });
    return result.counts.failed > 0 ? EXIT_FAILURES : EXIT_OK;
  } finally {
    await session.close();
  }
}

export async function runFleetRun(flags: RunFlags, fleetFlags: FleetFlags, io: Io, context: RunContext = {}): Promise<number> {
  const { redis, attempts } = checkFleetFlags(fleetFlags);
  const prepared = await prepareSession(flags, io, { browser: false });
  const { Fleet } = await import('../queue/fleet.js');
  const fleet = await Fleet.open({ redis, prefix: fleetPrefix(io) });
  const stop = stopSignal(context.signal);
  try {
    return await passOnce(prepared, flags, io, fleet, attempts, stop.signal, 'run');
  } finally {
    stop.dispose();
    await fleet.close();
  }
}

export async function runFleetSchedule(flags: RunFlags, fleetFlags: FleetFlags, io: Io, context: RunContext = {}): Promise<number> {
  const { redis, attempts } = checkFleetFlags(fleetFlags);
  const prepared = await prepareSession(flags, io, { browser: false });
  const { config, log } = prepared;
  const { Fleet } = await import('../queue/fleet.js');
  const fleet = await Fleet.open({ redis, prefix: fleetPrefix(io) });
  const stop = stopSignal(context.signal);
  try {
    const passes = await fleet.schedulePasses(config.schedule, async (tick) => {
      log.info('pass job taken', { job: tick.id, tick: new Date(tick.timestamp).toISOString(), pid: process.pid });
      try {
        await passOnce(prepared, flags, io, fleet, attempts, stop.signal, 'schedule');
      } catch (error) {
        // Another process is on the output folder (a `run`, or a pass that outlived its tick): this tick is its.
        if ((error as Error).name === 'LockedError') log.warn(`this tick is skipped: ${(error as Error).message}`);
        else log.error(`the pass failed: ${(error as Error).message}`);
      }
    });
    log.info('scheduler started', { cron: config.schedule, out: config.out, pid: process.pid, fleet: fleet.prefix });
    await new Promise<void>((resolve) => (stop.signal.aborted ? resolve() : stop.signal.addEventListener('abort', () => resolve(), { once: true })));
    log.info('stopping: finishing the pass in flight');
    await passes.close();
    log.info('scheduler stopped');
    return EXIT_OK;
  } finally {
    stop.dispose();
    await fleet.close();
  }
}
