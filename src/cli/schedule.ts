// `newsbrief schedule`: a pass at start, then one per cron tick, never two at
// once; stops cleanly on SIGINT / SIGTERM (or the context's signal).
import cron from 'node-cron';
import type { RunFlags } from '../config/run-config.js';
import { runPass } from '../schedule/pass.js';
import { EXIT_OK, type Io } from './io.js';
import { type RunContext, openSession, stopSignal } from './run.js';

export async function runSchedule(flags: RunFlags, io: Io, context: RunContext = {}): Promise<number> {
  const session = await openSession(flags, io, 'schedule', undefined, { brief: true, ...(context.pass?.writeFs ? { writeFs: context.pass.writeFs } : {}) });
  const { config, log } = session;
  const stop = stopSignal(context.signal);
  let current: Promise<void> | null = null;
  const pass = (reason: string): Promise<void> => {
    if (current) {
      log.warn('the previous pass is still running; this tick is skipped', { reason });
      return current;
    }
    current = runPass({ ...session, signal: stop.signal, ...context.pass })
      .then(() => undefined)
      .catch((error: unknown) => log.error(`the pass failed: ${(error as Error)?.message ?? String(error)}`))
      .finally(() => (current = null));
    return current;
  };
  try {
    log.info('scheduler started', { cron: config.schedule, out: config.out, pid: process.pid });
    // node-cron's own notices (a tick skipped because a pass is still running…) go to the pass log.
    cron.setLogger({
      info: (message) => log.info(message, { source: 'cron' }),
      warn: (message) => log.info(message.replace(/!$/, ''), { source: 'cron' }),
      error: (message) => log.error(String(message), { source: 'cron' }),
      debug: () => undefined,
    });
    const task = cron.schedule(config.schedule, () => (stop.signal.aborted ? undefined : pass('scheduled')), { name: 'newsbrief', noOverlap: true });
    const stopped = new Promise<void>((resolve) => (stop.signal.aborted ? resolve() : stop.signal.addEventListener('abort', () => resolve(), { once: true })));
    void pass('start');
    await stopped;
    log.info('stopping: finishing the articles in flight');
    await task.destroy();
    await current;
    log.info('scheduler stopped');
    return EXIT_OK;
  } finally {
    stop.dispose();
    await session.close();
  }
}
