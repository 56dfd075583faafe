// `newsbrief build`: briefs for each input, written to <out>/<slug>/.
import { readdirSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { resolveBuildOptions } from '../config/build-options.js';
import { TEMP_PREFIX } from '../output/slug.js';
import type { CatalogEntry } from '../publish/catalog.js';
import { checkOutputFolder, describeOutProblem } from '../output/check-out.js';
import { resolveBrowserPath } from '../render/browser.js';
import type { PdfRenderer } from '../render/pdf.js';
import { describe } from './describe.js';
import { DraftError, Drafter, TemplatesError } from './drafter.js';
import { expandInputs } from './inputs.js';
import { EXIT_FAILURES, EXIT_OK, type Io, UsageError } from './io.js';

export { describe };

/**
 * Pages printing at once. With Chromium's headless shell a print is short
 * enough that the round trips between prints leave a core idle: on the 2-core
 * bench machine, 1,000 articles took 39.5-42.4 s with four pages against
 * 43.4-48.7 s with two (three alternating pairs; three pages 45.1 s); at 100
 * articles they were even (medians of 7: 5.88 and 5.82 s).
 */
const PRINT_CONCURRENCY = 4;
/** Briefs in flight: those printing, plus one being extracted while they print. */
const IN_FLIGHT = PRINT_CONCURRENCY + 1;

/** Messages about a whole feed or JSON array (items left out), not about one of its briefs. */
const CONTAINER_RULES = new Set(['feed-summary-only', 'feed-item-skipped', 'json-entry-skipped', 'teaser-or-paywall']);

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

  // Start-up is mostly waiting for Chromium and loading the extraction
  // libraries: the extraction thread starts first, then the browser, and both
  // get ready while the main thread loads the rest.
  let drafter: Drafter | undefined = formats.size > 0 ? new Drafter({ ...(options.templates === undefined ? {} : { templatesDir: options.templates }), formats: [...formats], ...(options.published === undefined ? {} : { published: options.published }) }) : undefined;
  let pdf: PdfRenderer | undefined;
  try {
    if (formats.has('pdf')) {
      const { PdfRenderer } = await import('../render/pdf.js');
      pdf = new PdfRenderer({ executablePath: options.browser, concurrency: PRINT_CONCURRENCY, handleSignals: false });
      // A launch failure is met and reported by the first print.
      pdf.warmUp().catch(() => undefined);
    }
    const [{ StageError, finishBrief }, { briefFilesOf, writeBriefFolder }, { chooseFolder, digestArticleText }, { entryOfContents }] = await Promise.all([
      import('../pipeline.js'),
      import('../output/brief-writer.js'),
      import('../output/write.js'),
      import('../publish/catalog.js'),
    ]);
    // The templates are loaded and used by the extraction thread only; a folder it cannot load is a usage error.
    await drafter?.ready().catch((error: Error) => {
      throw error instanceof TemplatesError ? new UsageError(`--templates: ${error.message}`) : error;
    });
    // The index page and feed are written at the end; their libraries load while the first brief prints.
    let publishing: Promise<typeof import('../publish/publish.js')> | undefined;
    const loadPublish = (): Promise<typeof import('../publish/publish.js')> => (publishing ??= import('../publish/publish.js'));

    let failed = 0;
    if (browserError) {
      io.stderr.write(`newsbrief: cannot write PDFs: ${browserError.message}\n`);
      failed++;
      if (formats.size === 0) return EXIT_FAILURES;
    }

    const inputs = await expandInputs(options.inputs);
    const claimed = new Map<string, { path: string; sha256: string }>();
    const briefed = new Map<string, string>();
    // What this build wrote, so the index need not read those folders back.
    const entries = new Map<string, CatalogEntry>();
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
    const worker = async (drafts: Drafter): Promise<void> => {
      for (let input = queue.shift(); input && !interrupt.signal; input = queue.shift()) {
        // An input's lines are written when it is done, counted ("[12/300, ~40 s left]") on a terminal.
        const lines: string[] = [];
        try {
          await briefInput(input, lines, drafts);
        } finally {
          report(lines);
        }
      }
    };
    const briefInput = async (input: (typeof inputs)[number], lines: string[], drafts: Drafter): Promise<void> => {
      if (input.error) {
        lines.push(`!newsbrief: ${input.path}: ${input.error}\n`);
        failed++;
        return;
      }
      // A JSON array holds several articles: one brief each.
      const reply = await drafts.draft(input.path).catch((error: Error) => ({ error: error.message, drafts: undefined }));
      loadPublish().catch(() => undefined);
      if (reply.error !== undefined || !reply.drafts) {
        failed++;
        lines.push(`!newsbrief: ${input.path}: ${describe(new DraftError(reply.error ?? 'no briefs'))}\n`);
        return;
      }
      // What a feed or JSON array left out is said once for the file, not only inside its briefs.
      const leftOut = new Set(reply.drafts.flatMap((d) => (d.error === undefined ? d.draft.brief.messages : [])).filter((m) => CONTAINER_RULES.has(m.ruleId ?? '')).map((m) => m.reason));
      for (const reason of leftOut) lines.push(`!newsbrief: ${input.path}: warning: ${reason}\n`);
      for (const [i, drafted] of reply.drafts.entries()) {
        const label = reply.drafts.length > 1 ? `${input.path} [${i + 1}/${reply.drafts.length}]` : input.path;
        try {
          if (drafted.error !== undefined) throw new DraftError(drafted.error);
          const { brief } = drafted.draft;
          // The same article from two files (page.html and page.html.gz) is one brief.
          const textSha256 = digestArticleText(brief.article.text);
          const twin = briefed.get(textSha256);
          if (twin !== undefined) {
            lines.push(`!newsbrief: ${label}: the same article as ${twin}, already briefed in this build; skipped\n`);
            continue;
          }
          briefed.set(textSha256, label);
          const rendered = await finishBrief(drafted.draft, { formats, page: options.page, ...(pdf ? { pdf } : {}), ...(drafted.email ? { email: drafted.email } : {}) });
          const folder = await chooseFolder(options.out, brief.article, brief.source, claimed);
          const files = briefFilesOf(rendered, formats);
          // All files appear together: written into a temporary folder, then renamed over the old brief.
          const names = await writeBriefFolder(options.out, folder.slug, files, { replace: true }).catch((error: unknown) => {
            throw new StageError('write', input.path, error);
          });
          // With some formats only, files of an earlier build may stay beside these: the index reads the folder.
          const entry = formats.size === 4 ? entryOfContents(folder.slug, { html: files.html, pdf: files.pdf, md: files.md, json: files.json, emailHtml: files.email, text: files.txt }) : null;
          if (entry) entries.set(folder.slug, entry);
          else entries.delete(folder.slug);
          written_++;
          lines.push(`wrote ${relative(io.cwd, folder.dir) || '.'}/ (${names.join(', ')}) from ${label}\n`);
        } catch (error) {
          failed++;
          lines.push(`!newsbrief: ${label}: ${describe(error)}\n`);
        }
      }
    };
    if (drafter) await Promise.all(Array.from({ length: IN_FLIGHT }, () => worker(drafter!)));

    // Nothing more to print or extract: both shut down while the index is written.
    const closing = Promise.all([pdf?.close(), drafter?.close()]);
    pdf = undefined;
    drafter = undefined;
    // The output folder's index page and Atom feed list every brief in it (none to list when
    // nothing was written and the folder does not exist).
    const outExists = written_ > 0 || (await stat(options.out).then(() => true, () => false));
    if (outExists) {
      try {
        const publish = await loadPublish();
        const published = await publish.publishIndex(options.out, {
          ...(options.templates ? { templatesDir: options.templates } : {}),
          ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
          feedEntries: options.feedEntries,
          written: entries,
        });
        for (const s of published.skipped) io.stderr.write(`newsbrief: ${join(options.out, s.folder)}: left out of the index: ${s.reason}\n`);
        io.stdout.write(`wrote ${relative(io.cwd, join(options.out, publish.INDEX_FILE)) || publish.INDEX_FILE} and ${publish.FEED_FILE} (${published.briefs} brief${published.briefs === 1 ? '' : 's'})\n`);
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
    await Promise.all([pdf?.close(), drafter?.close()]);
    interrupt.dispose();
  }
}
