// `newsbrief worker --redis URL`: takes brief jobs from the fleet's queue until SIGINT/SIGTERM.
import { WrittenWorkerOptionsSchema } from '../config/fleet-options.js';
import { resolveOptions } from '../config/build-options.js';
import { checkOutputFolder, describeOutProblem } from '../output/check-out.js';
import { resolveBrowserPath } from '../render/browser.js';
import { fleetPrefix } from './fleet-prefix.js';
import { EXIT_OK, type Io, UsageError } from './io.js';
import type { RunContext } from './run.js';

export async function runWorker(written: Record<string, unknown>, io: Io, context: RunContext = {}): Promise<number> {
  const { options, errors } = resolveOptions(WrittenWorkerOptionsSchema, written);
  if (!options) throw new UsageError(errors.join('\n'));
  const outProblem = await checkOutputFolder(options.out, { keep: true });
  if (outProblem) throw new UsageError(describeOutProblem(options.out, outProblem), { hint: false });
  if (options.formats.has('pdf')) {
    try {
      resolveBrowserPath({ executablePath: options.browser, env: io.env });
    } catch (error) {
      throw new UsageError(`cannot write PDFs: ${(error as Error).message}`, { hint: false });
    }
  }
  const { startBriefWorker } = await import('../queue/brief-worker.js');
  const { TemplatesError } = await import('../runner/brief-runner.js');
  const log = { info: (line: string) => io.stdout.write(`${line}\n`), error: (line: string) => io.stderr.write(`newsbrief: ${line}\n`) };
  const worker = await startBriefWorker(
    {
      redis: options.redis,
      prefix: fleetPrefix(io),
      out: options.out,
      concurrency: options.concurrency,
      stallMs: options.stallMs,
      formats: options.formats,
      page: options.page,
      feedEntries: options.feedEntries,
      ...(options.templates === undefined ? {} : { templates: options.templates }),
      ...(options.browser === undefined ? {} : { browser: options.browser }),
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
    },
    log,
  ).catch((error: Error) => {
    throw error instanceof TemplatesError ? new UsageError(`--templates: ${error.message}`) : error;
  });
  // The first signal drains: no new job is taken, those in flight finish, the index is written.
  // A second ends the process at once; its jobs are taken again by another worker once their locks lapse.
  await new Promise<void>((resolve) => {
    if (context.signal) {
      if (context.signal.aborted) resolve();
      else context.signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const onSignal = (signal: NodeJS.Signals): void => {
      io.stderr.write(`newsbrief: ${signal}: finishing the jobs in flight and the index; no new job is taken (again to stop at once)\n`);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  await worker.stop();
  io.stdout.write('worker stopped\n');
  return EXIT_OK;
}
