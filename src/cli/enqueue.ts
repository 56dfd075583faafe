// `newsbrief enqueue <input>... --redis URL`: hands article files to the fleet.
import { MAX_JOB_BYTES, WrittenEnqueueOptionsSchema } from '../config/fleet-options.js';
import { resolveOptions } from '../config/build-options.js';
import { expandInputs } from './inputs.js';
import { fleetPrefix } from './fleet-prefix.js';
import { EXIT_FAILURES, EXIT_OK, type Io, UsageError } from './io.js';

export async function runEnqueue(written: Record<string, unknown>, io: Io): Promise<number> {
  const { options, errors } = resolveOptions(WrittenEnqueueOptionsSchema, written);
  if (!options) throw new UsageError(errors.join('\n'));
  const { Fleet } = await import('../queue/fleet.js');
  const { enqueueFiles } = await import('../queue/enqueue.js');
  const fleet = await Fleet.open({ redis: options.redis, prefix: fleetPrefix(io) });
  try {
    const inputs = await expandInputs(options.inputs);
    const unusable = inputs.filter((i) => i.error !== undefined);
    for (const input of unusable) io.stderr.write(`newsbrief: ${input.path}: ${input.error}\n`);
    const result = await enqueueFiles(
      fleet,
      inputs.filter((i) => i.error === undefined).map((i) => i.path),
      { maxBytes: MAX_JOB_BYTES, attempts: options.attempts },
    );
    for (const f of result.failed) io.stderr.write(`newsbrief: ${f.path}: ${f.reason}\n`);
    io.stdout.write(`${result.added.length} job${result.added.length === 1 ? '' : 's'} queued; ${result.known.length} already queued, briefed or failed\n`);
    return unusable.length + result.failed.length > 0 ? EXIT_FAILURES : EXIT_OK;
  } finally {
    await fleet.close();
  }
}
