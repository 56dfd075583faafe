// The config of `run`, `schedule` and `status`: newsbrief.config.json (as
// written) + CLI flags → one resolved, validated RunConfig.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import cron from 'node-cron';
import { explainCronExpression } from './cron-fields.js';
import { z } from 'zod';
import type { Format } from '../pipeline.js';
import { FEED_ENTRIES } from '../publish/feed-entries.js';
import { allowEntryProblem } from '../sources/address-policy.js';

export const CONFIG_FILE_NAME = 'newsbrief.config.json';
const FORMATS = ['html', 'pdf', 'md', 'json'] as const;
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

export const DEFAULT_MAX_FETCH_BYTES = 5 * 1024 * 1024;

/** A feed is an http(s) URL or a file path; other schemes (ftp:, file:) are refused. */
const feedLocation = z
  .string()
  .min(1, 'must not be empty')
  .refine((v) => !/^[a-z][a-z0-9+.-]*:/i.test(v) || /^https?:\/\/[^/\s]+/i.test(v), 'must be an http:// or https:// URL or a file path');

const cronExpression = z.string().superRefine((v, ctx) => {
  if (cron.validate(v)) return;
  const why = explainCronExpression(v);
  ctx.addIssue({ code: 'custom', message: `"${v}" is not a cron expression${why ? `: ${why}` : ''} (e.g. "*/15 * * * *": every 15 minutes)` });
});

/** What a user writes in newsbrief.config.json. Unknown keys are errors (typos must not pass silently). */
export const WrittenRunConfigSchema = z
  .object({
    // Absent: ["input"], or none when feeds are given.
    sources: z.array(z.string().min(1, 'must not be empty')).min(1, 'give at least one source folder').optional(),
    feeds: z.array(feedLocation).default([]),
    out: z.string().min(1, 'must not be empty').default('output'),
    schedule: cronExpression.default('*/15 * * * *'),
    formats: z.array(z.enum(FORMATS, { message: `must be one of ${FORMATS.join(', ')}` })).min(1, 'give at least one format').default([...FORMATS]),
    page: z.enum(['a4', 'letter'], { message: 'must be "a4" or "letter"' }).default('a4'),
    templates: z.string().min(1).optional(),
    browser: z.string().min(1).optional(),
    logFormat: z.enum(['auto', 'pretty', 'json'], { message: 'must be "auto", "pretty" or "json"' }).default('auto'),
    feedEntries: z.number().int('must be a whole number').min(0, 'must be 0 or more').default(FEED_ENTRIES),
    limits: z
      .object({
        maxInputBytes: z.number().int().positive().default(DEFAULT_MAX_INPUT_BYTES),
        articleTimeoutMs: z.number().int().min(1000, 'must be at least 1000').default(60_000),
        retries: z.number().int().min(0).max(10).default(2),
        retryBackoffMs: z.number().int().min(0).default(1000),
        concurrency: z.number().int().min(1).max(8).default(2),
        fetchTimeoutMs: z.number().int().min(1000, 'must be at least 1000').default(20_000),
        maxFetchBytes: z.number().int().positive().default(DEFAULT_MAX_FETCH_BYTES),
      })
      .strict()
      .prefault({}),
    // Feeds and their pages may not reach loopback, private, link-local or other special-purpose
    // addresses; these hosts, addresses and CIDR ranges are the exceptions.
    network: z
      .object({
        allow: z.array(z.string().trim().min(1, 'must not be empty').superRefine((v, ctx) => {
          const problem = allowEntryProblem(v);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })).default([]),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type WrittenRunConfig = z.input<typeof WrittenRunConfigSchema>;

export interface RunConfig {
  sources: string[];
  /** http(s) URLs as written; file paths resolved. */
  feeds: string[];
  out: string;
  schedule: string;
  formats: Set<Format>;
  page: 'a4' | 'letter';
  templates?: string;
  browser?: string;
  logFormat: 'auto' | 'pretty' | 'json';
  /** How many briefs feed.xml carries, the newest. */
  feedEntries: number;
  limits: { maxInputBytes: number; articleTimeoutMs: number; retries: number; retryBackoffMs: number; concurrency: number; fetchTimeoutMs: number; maxFetchBytes: number };
  /** Special-purpose hosts, addresses and CIDR ranges that fetches may reach all the same. */
  network: { allow: string[] };
  /** The config file that was read, if any. */
  file: string | null;
}

/** CLI flags as parsed; each overrides its config-file key. */
export interface RunFlags {
  config?: string;
  input?: string[];
  feed?: string[];
  out?: string;
  cron?: string;
  formats?: string;
  page?: string;
  templates?: string;
  browser?: string;
  logFormat?: string;
}

export interface ResolvedRunConfig {
  config: RunConfig | null;
  errors: string[];
  warnings: string[];
}

const FLAG_OF: Record<string, string> = { sources: '--input', feeds: '--feed', out: '--out', schedule: '--cron', formats: '--formats', page: '--page', templates: '--templates', browser: '--browser', logFormat: '--log-format' };

/**
 * Reads the config file (--config, else ./newsbrief.config.json when present),
 * applies the flags and validates the result. Errors read `dot.path: message`
 * (config keys) or `--flag: message` (flags); paths in the file are relative to
 * the file's folder, paths in flags to `cwd`.
 */
export function resolveRunConfig(flags: RunFlags, cwd: string): ResolvedRunConfig {
  const errors: string[] = [];
  const warnings: string[] = [];
  const explicit = flags.config !== undefined;
  const file = explicit ? resolve(cwd, flags.config!) : resolve(cwd, CONFIG_FILE_NAME);
  let written: Record<string, unknown> = {};
  let fileUsed: string | null = null;
  if (explicit || existsSync(file)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) errors.push(`${file}: must hold a JSON object`);
      else written = parsed as Record<string, unknown>;
      fileUsed = file;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push(`--config: ${code === 'ENOENT' ? `no such file ${file}` : `${file}: ${(error as Error).message}`}`);
    }
  }
  if (errors.length > 0) return { config: null, errors, warnings };

  const base = fileUsed ? dirname(fileUsed) : cwd;
  const fromFile = WrittenRunConfigSchema.safeParse(written);
  if (!fromFile.success) {
    for (const issue of fromFile.error.issues) {
      const path = issue.path.map(String).join('.');
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => (path ? `${path}.${k}` : k)) : [path];
      for (const key of keys) errors.push(`${key || '(top level)'}: ${issue.code === 'unrecognized_keys' ? 'is not a known setting' : issue.message}`);
    }
    return { config: null, errors: errors.map((e) => (fileUsed ? `${fileUsed}: ${e}` : e)), warnings };
  }
  const merged = { ...written };
  if (flags.input && flags.input.length > 0) merged['sources'] = flags.input;
  if (flags.feed && flags.feed.length > 0) merged['feeds'] = flags.feed;
  if (flags.out !== undefined) merged['out'] = flags.out;
  if (flags.cron !== undefined) merged['schedule'] = flags.cron;
  if (flags.formats !== undefined) merged['formats'] = flags.formats.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  if (flags.page !== undefined) merged['page'] = flags.page.toLowerCase();
  if (flags.templates !== undefined) merged['templates'] = flags.templates;
  if (flags.browser !== undefined) merged['browser'] = flags.browser;
  if (flags.logFormat !== undefined) merged['logFormat'] = flags.logFormat;
  const parsed = WrittenRunConfigSchema.safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      errors.push(`${FLAG_OF[key] ?? key}: ${issue.message}`);
    }
    return { config: null, errors, warnings };
  }
  const c = parsed.data;
  // A flag's path is relative to where the command runs; a file's to the file.
  const at = (value: string, fromFlag: boolean) => (isAbsolute(value) ? value : resolve(fromFlag ? cwd : base, value));
  const sources = (c.sources ?? (c.feeds.length > 0 ? [] : ['input'])).map((s) => at(s, Boolean(flags.input?.length)));
  const feeds = c.feeds.map((f) => (/^https?:\/\//i.test(f) ? f : at(f, Boolean(flags.feed?.length))));
  if (c.limits.articleTimeoutMs < 10_000) warnings.push(`limits.articleTimeoutMs: ${c.limits.articleTimeoutMs} ms is short; long articles may time out while printing`);
  return {
    config: {
      sources,
      feeds,
      out: at(c.out, flags.out !== undefined),
      schedule: c.schedule,
      formats: new Set(c.formats),
      page: c.page,
      ...(c.templates === undefined ? {} : { templates: at(c.templates, flags.templates !== undefined) }),
      ...(c.browser === undefined ? {} : { browser: c.browser }),
      logFormat: c.logFormat,
      feedEntries: c.feedEntries,
      limits: c.limits,
      network: c.network,
      file: fileUsed,
    },
    errors,
    warnings,
  };
}
