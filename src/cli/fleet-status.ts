// `newsbrief status --redis URL`: the fleet's queue, its failed jobs, workers and schedulers.
import { fleetPrefix } from './fleet-prefix.js';
import { EXIT_OK, type Io, UsageError } from './io.js';

export async function runFleetStatus(flags: { redis: string; json?: boolean }, io: Io): Promise<number> {
  if (!/^rediss?:\/\/\S+$/.test(flags.redis)) throw new UsageError('--redis: must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379');
  const { Fleet } = await import('../queue/fleet.js');
  const fleet = await Fleet.open({ redis: flags.redis, prefix: fleetPrefix(io) });
  try {
    const status = await fleet.status();
    if (flags.json) {
      io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      return EXIT_OK;
    }
    const { counts } = status;
    const now = Date.now();
    const lines = [
      `queue: ${counts.waiting} waiting, ${counts.active} active, ${counts.delayed} waiting to retry, ${counts.completed} completed (the last kept), ${counts.failed} failed; ${status.remembered} briefed article${status.remembered === 1 ? '' : 's'} remembered`,
    ];
    if (status.failed.length > 0) {
      lines.push(`failed${status.failed.length < counts.failed ? ` (the ${status.failed.length} newest)` : ''}:`);
      for (const f of status.failed) lines.push(`  ${f.reason.startsWith(f.name) ? '' : `${f.name}: `}${f.reason} (${f.attempts} attempt${f.attempts === 1 ? '' : 's'}${f.finishedOn ? `, ${new Date(f.finishedOn).toISOString()}` : ''}) [job ${f.id.slice(0, 12)}]`);
    }
    lines.push(`workers seen in the last minute: ${status.workers.length}`);
    for (const w of status.workers) lines.push(`  ${w.host} pid ${w.pid}: concurrency ${w.concurrency}, ${w.briefed} job${w.briefed === 1 ? '' : 's'} done, seen ${Math.round((now - w.seenAt) / 1000)} s ago`);
    lines.push(`schedulers: ${status.schedulers.length === 0 ? 'none' : ''}`.trimEnd());
    for (const s of status.schedulers) lines.push(`  ${s.id}: "${s.pattern ?? ''}", next ${s.next ? new Date(s.next).toISOString() : 'not planned'}`);
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_OK;
  } finally {
    await fleet.close();
  }
}
