// `newsbrief build`: briefs for each input, written to <out>/<slug>/.
import { readdirSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { resolveBuildOptions } from '../config/build-options.js';
import { TEMP_PREFIX } from '../output/slug.js';
import { checkOutputFolder, describeOutProblem } from '../output/check-out.js';
import { resolveBrowserPath } from '../render/browser.js';
import { BriefRunner, IN_FLIGHT, TemplatesError, newBatch } from '../runner/brief-runner.js';
import { describe } from '../runner/describe.js';
import { expandInputs } from './inputs.js';
import { EXIT_FAILURES, EXIT_OK, type Io, UsageError } from './io.js';

export { describe };

const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type StopSignal = keyof typeof EXIT_ON_SIGNAL;

/**
 * The first SIGINT/SIGTERM/SIGHUP is noted (and said); a second ends the process at once,
 * after removing this process's half-written brief folders (the browser dies with it).
 */
function listenForInterrupt(io: Io, out: string): { readonly signal: StopSignal | null; dispose(): void } {
  let received: StopSignal | null = null;
  const removeTemps = () => {
    try {
      for (const name of readdirSync(out)) if (name.startsWith(`${TEMP_PREFIX}${process.pid}-`)) rmSync(join(out, name), { recursive: true, force: true });
    } catch {
      // No output folder yet: nothing to remove.
    }
  };
  const onSignal = (signal: StopSignal) => {
    if (received) {
      io.stderr.write(`newsbrief: ${signal} again: stopping now\n`);
      removeTemps();
      process.exit(EXIT_ON_SIGNAL[signal]);
    }
    received = signal;
    io.stderr.write(`newsbrief: ${signal}: finishing the briefs in flight and the index; no new input is started (again to stop at once)\n`);
  };
  const listeners = (Object.keys(EXIT_ON_SIGNAL) as StopSignal[]).map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, listener] of listeners) process.on(signal, listener);
  return {
    get signal() {
      return received;
    },
    dispose() {
      for (const [signal, listener] of listeners) process.off(signal, listener);
    },
  };
}

export async function runBuild(written: Record<string, unknown>, io: Io): Promise<number> {
  const { options, errors } = resolveBuildOptions(written);
  if (!options) throw new UsageError(errors.join('\n'));
  const outProblem = await checkOutputFolder(options.out);
  if (outProblem) throw new UsageError(describeOutProblem(options.out, outProblem), { hint: false });

  const formats = new Set(options.formats);
  // Ctrl-C: no new input is started; the briefs in flight finish, the index lists what was written.
  const interrupt = listenForInterrupt(io, options.out);
  let browserError: Error | undefined;
  if (formats.has('pdf')) {
    try {
      resolveBrowserPath({ executablePath: options.browser, env: io.env });
    } catch (error) {
      browserError = error as Error;
      formats.delete('pdf');
    }
  }

  let runner: BriefRunner | undefined;
  try {
    runner = await BriefRunner.open({
      out: options.out,
      formats,
      page: options.page,
      feedEntries: options.feedEntries,
      ...(options.templates === undefined ? {} : { templates: options.templates }),
      ...(options.browser === undefined ? {} : { browser: options.browser }),
      ...(options.published === undefined ? {} : { published: options.published }),
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
    }).catch((error: Error) => {
      // The templates are loaded and used by the extraction thread only; a folder it cannot load is a usage error.
      throw error instanceof TemplatesError ? new UsageError(`--templates: ${error.message}`) : error;
    });

    let failed = 0;
    if (browserError) {
      io.stderr.write(`newsbrief: cannot write PDFs: ${browserError.message}\n`);
      failed++;
      if (formats.size === 0) return EXIT_FAILURES;
    }

    const inputs = await expandInputs(options.inputs);
    const batch = newBatch();
    let written_ = 0;
    // A few inputs in flight: while some are printed, the next is extracted.
    const queue = [...inputs];
    const tty = (io.stdout as { isTTY?: boolean }).isTTY === true;
    const startedAt = Date.now();
    let done = 0;
    const report = (lines: string[]): void => {
      done++;
      const left = inputs.length - done;
      const eta = left > 0 && done > 0 ? `, ~${Math.ceil((((Date.now() - startedAt) / done) * left) / 1000)} s left` : '';
      const counted = tty ? `[${done}/${inputs.length}${eta}] ` : '';
      for (const line of lines) {
        if (line.startsWith('!')) io.stderr.write(`${tty ? counted : ''}${line.slice(1)}`);
        else io.stdout.write(`${counted}${line}`);
      }
    };
    const briefInput = async (input: (typeof inputs)[number], lines: string[], active: BriefRunner): Promise<void> => {
      if (input.error) {
        lines.push(`!newsbrief: ${input.path}: ${input.error}\n`);
        failed++;
        return;
      }
      const outcome = await active.briefFile(input.path, batch);
      for (const warning of outcome.warnings) lines.push(`!newsbrief: ${warning}\n`);
      for (const brief of outcome.written) {
        written_++;
        const replacing = brief.replaced.length > 0 ? `, replacing ${brief.replaced.map((slug) => `${slug}/`).join(', ')}` : '';
        lines.push(`wrote ${relative(io.cwd, brief.dir) || '.'}/ (${brief.files.join(', ')}) from ${brief.label}${replacing}\n`);
      }
      for (const failure of outcome.failures) {
        failed++;
        lines.push(`!newsbrief: ${failure.label}: ${describe(failure.error)}\n`);
      }
    };
    const worker = async (active: BriefRunner): Promise<void> => {
      for (let input = queue.shift(); input && !interrupt.signal; input = queue.shift()) {
        // An input's lines are written when it is done, counted ("[12/300, ~40 s left]") on a terminal.
        const lines: string[] = [];
        try {
          await briefInput(input, lines, active);
        } finally {
          report(lines);
        }
      }
    };
    if (runner.active) await Promise.all(Array.from({ length: IN_FLIGHT }, () => worker(runner!)));

    // Nothing more to print or extract: both shut down while the index is written.
    const closing = runner.closeBriefing();
    // The output folder's index page and Atom feed list every brief in it (none to list when
    // nothing was written and the folder does not exist).
    const outExists = written_ > 0 || (await stat(options.out).then(() => true, () => false));
    if (outExists) {
      try {
        const published = await runner.publish(batch.entries);
        for (const s of published.skipped) io.stderr.write(`newsbrief: ${join(options.out, s.folder)}: left out of the index: ${s.reason}\n`);
        io.stdout.write(`wrote ${relative(io.cwd, published.indexFile) || 'index.html'} and ${published.feedFile} (${published.briefs} brief${published.briefs === 1 ? '' : 's'})\n`);
      } catch (error) {
        failed++;
        io.stderr.write(`newsbrief: ${options.out}: index and feed: ${describe(error)}\n`);
      }
    }
    await closing;
    const notStarted = interrupt.signal ? queue.length : 0;
    io.stdout.write(`${written_} brief${written_ === 1 ? '' : 's'} written to ${options.out}${failed > 0 ? `, ${failed} failed` : ''}${interrupt.signal ? `; stopped by ${interrupt.signal}, ${notStarted} input${notStarted === 1 ? '' : 's'} not started` : ''}\n`);
    if (interrupt.signal) return EXIT_ON_SIGNAL[interrupt.signal];
    return failed > 0 ? EXIT_FAILURES : EXIT_OK;
  } finally {
    await runner?.close();
    interrupt.dispose();
  }
}
