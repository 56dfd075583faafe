// CLI flags (as written) → one resolved, validated options object.
import { z } from 'zod';
import { normaliseIso } from '../brief/time.js';
import type { Format } from '../pipeline.js';
import { normaliseBaseUrl } from '../publish/base-url.js';
import { FEED_ENTRIES, parseFeedEntries } from '../publish/feed-entries.js';

const FORMATS = ['html', 'pdf', 'md', 'json'] as const;

export const WrittenBuildOptionsSchema = z
  .object({
    inputs: z.array(z.string()).min(1, 'give at least one input file or folder'),
    out: z.string().min(1).default('output'),
    published: z
      .string()
      .optional()
      .refine((v) => v === undefined || normaliseIso(v) !== null, 'must be an ISO 8601 date or date-time, e.g. 2023-06-07T12:00:00Z'),
    templates: z.string().min(1).optional(),
    formats: z
      .string()
      .default(FORMATS.join(','))
      .transform((v) => v.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))
      .refine((list) => list.length > 0 && list.every((f) => (FORMATS as readonly string[]).includes(f)), `must be a comma-separated list of ${FORMATS.join(', ')}`)
      .transform((list) => new Set(list as Format[])),
    page: z
      .string()
      .default('a4')
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(['a4', 'letter'], { message: 'must be a4 or letter' })),
    browser: z.string().min(1).optional(),
    baseUrl: z
      .string()
      .optional()
      .refine((v) => v === undefined || isBaseUrl(v), 'must be an absolute http(s) URL, e.g. https://example.org/briefs/'),
    feedEntries: z
      .string()
      .default(String(FEED_ENTRIES))
      .refine((v) => parseFeedEntries(v) !== null, 'must be a whole number, 0 or more')
      .transform((v) => parseFeedEntries(v)!),
  })
  .strict();

function isBaseUrl(value: string): boolean {
  try {
    normaliseBaseUrl(value);
    return true;
  } catch {
    return false;
  }
}

export type BuildOptions = z.output<typeof WrittenBuildOptionsSchema>;

export interface ParsedOptions<T> {
  options: T | null;
  errors: string[];
}

/** Validates written options; errors come flattened as "--flag: message". */
export function resolveBuildOptions(written: unknown): ParsedOptions<BuildOptions> {
  return resolveOptions(WrittenBuildOptionsSchema, written);
}

/** Validates a command's written options against its schema; errors as "--flag: message". */
export function resolveOptions<S extends z.ZodType>(schema: S, written: unknown): ParsedOptions<z.output<S>> {
  const parsed = schema.safeParse(written);
  if (parsed.success) return { options: parsed.data, errors: [] };
  return {
    options: null,
    errors: parsed.error.issues.map((i) => {
      const key = i.path.join('.');
      return key === 'inputs' || key === '' ? i.message : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`;
    }),
  };
}
