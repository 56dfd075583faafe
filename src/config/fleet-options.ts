// The fleet's command-line options (worker, enqueue, status and the --redis of run and
// schedule), validated by one schema into resolved values.
import { z } from 'zod';
import { WrittenBuildOptionsSchema } from './build-options.js';

/** The default of `limits.maxInputBytes`: a job carries the whole file. */
export const MAX_JOB_BYTES = 20 * 1024 * 1024;

const redisUrl = z
  .string({ message: 'is required: the Redis the fleet shares, e.g. redis://127.0.0.1:6379' })
  .refine((v) => /^rediss?:\/\/[^\s]+$/.test(v), 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379');

const count = (name: string, min: number, fallback: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((v) => /^\d+$/.test(v) && Number(v) >= min, `${name} must be a whole number, ${min} or more`)
    .transform(Number);

export const WrittenWorkerOptionsSchema = WrittenBuildOptionsSchema.omit({ inputs: true, published: true })
  .extend({
    redis: redisUrl,
    concurrency: count('it', 1, 5),
    stallMs: count('it', 1000, 30_000),
  })
  .strict();

export const WrittenEnqueueOptionsSchema = z
  .object({
    inputs: z.array(z.string()).min(1, 'give at least one input file or folder'),
    redis: redisUrl,
    attempts: count('it', 1, 5),
  })
  .strict();

export type WorkerOptions = z.output<typeof WrittenWorkerOptionsSchema>;
export type EnqueueOptions = z.output<typeof WrittenEnqueueOptionsSchema>;

