// `newsbrief run`: one pass over the configured sources, then exit.
import { existsSync } from 'node:fs';
import { type RunConfig, type RunFlags, resolveRunConfig } from '../config/run-config.js';
import { checkOutputFolder, describeOutProblem } from '../output/check-out.js';
import { resolveBrowserPath } from '../render/browser.js';
import { DEFAULT_TEMPLATES_DIR, type Templates, loadTemplates } from '../render/templates.js';
import type { BriefRunner } from '../runner/brief-runner.js';
import { type PassLog, createLog, pickLogFormat } from '../schedule/log.js';
import { type PassOptions, runPass, runnerFor } from '../schedule/pass.js';
import { Ledger } from '../store/ledger.js';
import { type FolderLock, lockOutputFolder } from '../store/lock.js';
import { EXIT_FAILURES, EXIT_OK, type Io, UsageError } from './io.js';

export { EXIT_LOCKED } from './io.js';

/** What the commands may be given besides the Io: a signal that asks them to stop, and test seams. */
export interface RunContext {
  signal?: AbortSignal;
  /** Test seams: the file layers the pass reads and writes through. */
  pass?: Pick<PassOptions, 'writeFs' | 'sourceFs'>;
}

export interface Session {
  config: RunConfig;
  log: PassLog;
  ledger: Ledger;
  /**
   * The brief runner the passes brief with, opened when a pass first has an article to brief and
   * kept warm from one pass to the next; none when the fleet briefs.
   */
  runner?: () => Promise<BriefRunner>;
  close(): Promise<void>;
}

/** What a pass needs before the lock: the resolved config, the log and the templates. */
export interface Prepared {
  config: RunConfig;
  log: PassLog;
  templates: Templates;
}

/**
 * Resolves the config and checks it can work: the output folder, the sources, the templates and,
 * when the pass briefs PDFs itself (`browser`), the browser.
 */
export async function prepareSession(flags: RunFlags, io: Io, options: { browser: boolean }): Promise<Prepared> {
  const { config, errors, warnings } = resolveRunConfig(flags, io.cwd);
  if (!config) throw new UsageError(errors.join('\n'));
  const outProblem = await checkOutputFolder(config.out, { keep: true });
  if (outProblem) throw new UsageError(describeOutProblem(config.out, outProblem), { hint: false });
  const missing = config.sources.filter((source) => !existsSync(source));
  if (missing.length > 0) throw new UsageError(missingSources(missing, flags, config));
  const log = createLog(pickLogFormat(config.logFormat, io), io);
  for (const warning of warnings) log.warn(warning);
  const templates = await loadTemplates(config.templates ?? DEFAULT_TEMPLATES_DIR).catch((error: Error) => {
    throw new UsageError(`templates: ${error.message}`);
  });
  if (options.browser && config.formats.has('pdf')) {
    try {
      resolveBrowserPath({ executablePath: config.browser, env: io.env });
    } catch (error) {
      throw new UsageError(`cannot write PDFs: ${(error as Error).message}`);
    }
  }
  return { config, log, templates };
}

/**
 * Resolves the config, takes the output folder's lock, opens the ledger and, when the passes brief
 * here (`brief`), the brief runner: its extraction thread and browser.
 */
export async function openSession(flags: RunFlags, io: Io, command: string, prepared?: Prepared, options: { brief: boolean; writeFs?: PassOptions['writeFs']; extractionHeapMb?: number } = { brief: true }): Promise<Session> {
  const { config, log } = prepared ?? (await prepareSession(flags, io, { browser: true }));
  const lock: FolderLock = lockOutputFolder(config.out, command);
  let ledger: Ledger;
  try {
    ledger = Ledger.open(config.out);
  } catch (error) {
    lock.release();
    throw error;
  }
  let opening: Promise<BriefRunner> | undefined;
  const runner = async (): Promise<BriefRunner> => {
    // A runner whose extraction thread was given up on (it kept dying) is replaced for the next pass.
    const current = await opening?.catch(() => undefined);
    if (current?.broken || (opening && !current)) {
      await current?.close();
      opening = undefined;
    }
    return (opening ??= runnerFor(config, { ...(options.writeFs ? { writeFs: options.writeFs } : {}), ...(options.extractionHeapMb === undefined ? {} : { extractionHeapMb: options.extractionHeapMb }) }));
  };
  return {
    config,
    log,
    ledger,
    ...(options.brief ? { runner } : {}),
    async close() {
      await opening?.then((r) => r.close()).catch(() => undefined);
      ledger.close();
      lock.release();
    },
  };
}

/** Why a pass cannot start: its source folders are not there (the default `input/` included). */
function missingSources(missing: string[], flags: RunFlags, config: RunConfig): string {
  const list = missing.join(', ');
  if (flags.input?.length) return `--input: no such folder or file: ${list}`;
  return config.file
    ? `${config.file}: sources: no such folder or file: ${list}`
    : `no source: ${list} does not exist (the default when neither --input nor --feed is given); create it and put articles in it, or give --input DIR or --feed URL`;
}

/** An AbortSignal that fires on SIGINT or SIGTERM, unless the caller brought its own. */
export function stopSignal(given: AbortSignal | undefined): { signal: AbortSignal; dispose(): void } {
  if (given) return { signal: given, dispose: () => undefined };
  const controller = new AbortController();
  // `once`: a second signal gets the default action and ends the process at
  // once, which is safe too (the ledger is transactional, the lock dies with us).
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

export async function runRun(flags: RunFlags, io: Io, context: RunContext = {}): Promise<number> {
  const session = await openSession(flags, io, 'run', undefined, { brief: true, ...(context.pass?.writeFs ? { writeFs: context.pass.writeFs } : {}) });
  const stop = stopSignal(context.signal);
  try {
    const result = await runPass({ ...session, signal: stop.signal, ...context.pass });
    if (result.aborted) session.log.warn('stopped before the pass finished; the next pass does the rest');
    return result.counts.failed > 0 ? EXIT_FAILURES : EXIT_OK;
  } finally {
    stop.dispose();
    await session.close();
  }
}
