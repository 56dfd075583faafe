// `newsbrief build`: briefs for each input, written to <out>/<slug>/.
import { join, relative } from 'node:path';
import { resolveBuildOptions } from '../config/build-options.js';
import { briefFilesOf, writeBriefFolder } from '../output/brief-writer.js';
import { chooseFolder } from '../output/write.js';
import type { Brief } from '../brief/model.js';
import { FEED_FILE, INDEX_FILE, publishIndex } from '../publish/index.js';
import { StageError, extractFiles, renderBrief } from '../pipeline.js';
import { BrowserNotFoundError, resolveBrowserPath } from '../render/browser.js';
import { PdfRenderer } from '../render/pdf.js';
import { DEFAULT_TEMPLATES_DIR, loadTemplates } from '../render/templates.js';
import { expandInputs } from './inputs.js';
import { EXIT_FAILURES, EXIT_OK, type Io, UsageError } from './io.js';

export async function runBuild(written: Record<string, unknown>, io: Io): Promise<number> {
  const { options, errors } = resolveBuildOptions(written);
  if (!options) throw new UsageError(errors.join('\n'));
  const templates = await loadTemplates(options.templates ?? DEFAULT_TEMPLATES_DIR).catch((error: Error) => {
    throw new UsageError(`--templates: ${error.message}`);
  });

  const formats = new Set(options.formats);
  let failed = 0;
  if (formats.has('pdf')) {
    try {
      resolveBrowserPath({ executablePath: options.browser, env: io.env });
    } catch (error) {
      io.stderr.write(`newsbrief: cannot write PDFs: ${(error as Error).message}\n`);
      formats.delete('pdf');
      failed++;
      if (formats.size === 0) return EXIT_FAILURES;
    }
  }

  const inputs = await expandInputs(options.inputs);
  const pdf = formats.has('pdf') ? new PdfRenderer({ executablePath: options.browser, concurrency: 2 }) : undefined;
  const claimed = new Map<string, { path: string; sha256: string }>();
  let written_ = 0;
  try {
    // Two inputs in flight: one is printed while the next is extracted.
    const queue = [...inputs];
    const worker = async (): Promise<void> => {
      for (let input = queue.shift(); input; input = queue.shift()) {
        if (input.error) {
          io.stderr.write(`newsbrief: ${input.path}: ${input.error}\n`);
          failed++;
          continue;
        }
        let briefs: Brief[];
        try {
          // A JSON array holds several articles: one brief each.
          briefs = await extractFiles(input.path, options.published === undefined ? {} : { published: options.published });
        } catch (error) {
          failed++;
          io.stderr.write(`newsbrief: ${input.path}: ${describe(error)}\n`);
          continue;
        }
        for (const [i, brief] of briefs.entries()) {
          const label = briefs.length > 1 ? `${input.path} [${i + 1}/${briefs.length}]` : input.path;
          try {
            const rendered = await renderBrief(brief, { templates, formats, page: options.page, ...(pdf ? { pdf } : {}) });
            const folder = await chooseFolder(options.out, brief.article, brief.source, claimed);
            // All files appear together: written into a temporary folder, then renamed over the old brief.
            const names = await writeBriefFolder(options.out, folder.slug, briefFilesOf(rendered, formats), { replace: true }).catch((error: unknown) => {
              throw new StageError('write', input.path, error);
            });
            written_++;
            io.stdout.write(`wrote ${relative(io.cwd, folder.dir) || '.'}/ (${names.join(', ')}) from ${label}\n`);
          } catch (error) {
            failed++;
            io.stderr.write(`newsbrief: ${label}: ${describe(error)}\n`);
          }
        }
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await pdf?.close();
  }
  // The output folder's index page and Atom feed list every brief in it.
  try {
    const published = await publishIndex(options.out, { ...(options.templates ? { templatesDir: options.templates } : {}), ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
    for (const s of published.skipped) io.stderr.write(`newsbrief: ${join(options.out, s.folder)}: left out of the index: ${s.reason}\n`);
    io.stdout.write(`wrote ${relative(io.cwd, join(options.out, INDEX_FILE)) || INDEX_FILE} and ${FEED_FILE} (${published.briefs} brief${published.briefs === 1 ? '' : 's'})\n`);
  } catch (error) {
    failed++;
    io.stderr.write(`newsbrief: ${options.out}: index and feed: ${describe(error)}\n`);
  }
  io.stdout.write(`${written_} brief${written_ === 1 ? '' : 's'} written to ${options.out}${failed > 0 ? `, ${failed} failed` : ''}\n`);
  return failed > 0 ? EXIT_FAILURES : EXIT_OK;
}

/** One line: the stage and the reason, never a stack trace. */
export function describe(error: unknown): string {
  if (error instanceof StageError && error.cause instanceof BrowserNotFoundError) return `pdf: ${error.cause.message}`;
  if (error instanceof Error) return error.message.replace(/\s*\n\s*/g, ' ');
  return String(error);
}
