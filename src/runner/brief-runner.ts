// The brief runner: one warm browser and one extraction thread that brief input files into an
// output folder, each brief written atomically, then the folder's index and feed published.
// `build` runs one batch of it; the queue worker keeps one open for as long as it runs.
import { join } from 'node:path';
import type { Brief } from '../brief/model.js';
import type { Format } from '../pipeline.js';
import type { CatalogEntry } from '../publish/catalog.js';
import type { PublishResult } from '../publish/publish.js';
import type { WriteFs } from '../output/brief-writer.js';
import type { PageSize, PdfRenderer } from '../render/pdf.js';
import { DraftError, Drafter, TemplatesError } from './drafter.js';

export { DraftError, TemplatesError };

/** The file was edited between the caller hashing it and the thread reading it: its new content is briefed another time. */
export class ChangedWhileReadingError extends Error {
  constructor() {
    super('the file changed while it was being read; its new content is briefed on the next pass');
    this.name = 'ChangedWhileReadingError';
  }
}

/**
 * Pages printing at once. With Chromium's headless shell a print is short
 * enough that the round trips between prints leave a core idle: on the 2-core
 * bench machine, 1,000 articles took 39.5-42.4 s with four pages against
 * 43.4-48.7 s with two (three alternating pairs; three pages 45.1 s); at 100
 * articles they were even (medians of 7: 5.88 and 5.82 s).
 */
export const PRINT_CONCURRENCY = 4;
/** Briefs in flight: those printing, plus one being extracted while they print. */
export const IN_FLIGHT = PRINT_CONCURRENCY + 1;

/** Messages said on stderr as well as in the brief: about a whole feed or JSON array (items left out), or a brief a reader should not trust as it stands (a teaser, a text not in English). */
const CONTAINER_RULES = new Set(['feed-summary-only', 'feed-item-skipped', 'json-entry-skipped', 'teaser-or-paywall', 'not-english']);

export interface RunnerOptions {
  out: string;
  /** The formats to write; without a browser, the caller leaves `pdf` out. */
  formats: ReadonlySet<Format>;
  page: PageSize;
  templates?: string;
  browser?: string;
  published?: string;
  baseUrl?: string;
  feedEntries?: number;
  /** Inputs over this many bytes are refused (ingest's default when not given). */
  maxInputBytes?: number;
  /** Pages printing at once (default PRINT_CONCURRENCY). */
  printConcurrency?: number;
  /** Longest one print may take before the browser is taken for hung (the renderer's default when not given). */
  printTimeoutMs?: number;
  /** A renderer the caller owns and closes (a test's); by default the runner launches its own. */
  pdf?: PdfRenderer;
  /** Test seam: the file layer the briefs are written through. */
  writeFs?: WriteFs;
  /** Test seam: the extraction thread's heap limit in MB (the drafter's default when not given); a small one makes it die on a large input. */
  extractionHeapMb?: number;
  /**
   * Runs the choice of a brief's folder and its write as one step among every writer of `out`
   * (the fleet's lock, keyed by the folder's base name); one process alone needs none.
   */
  lockFolder?: <T>(base: string, write: () => Promise<T>) => Promise<T>;
}

/** What one runner batch remembers: the folders it gave out and the articles it briefed. */
export interface Batch {
  claimed: Map<string, { path: string; sha256: string }>;
  briefed: Map<string, string>;
  /** What this batch wrote, so the index need not read those folders back. */
  entries: Map<string, CatalogEntry>;
}

export interface WrittenBrief {
  label: string;
  slug: string;
  dir: string;
  files: string[];
  sha256: string;
  /** The brief as written (its render messages included). */
  brief: Brief;
  /** Folders of earlier briefs of the same source, under another title or date, that this write replaced. */
  replaced: string[];
}

/** How one input is briefed, when not as `build` does. */
export interface BriefFileOptions {
  /** The source path the briefs name when the file is a stand-in (a queued job's bytes). */
  as?: string;
  /** The file holds one article; one that holds several fails (`run` splits those first). */
  single?: boolean;
  /** The content's SHA-256 as the caller hashed it: a brief of other content fails with ChangedWhileReadingError. */
  sha256?: string;
  /**
   * Chooses the brief's folder from its base name (`run`: the ledger reserves it). By default the
   * base name, or the folder this source already owns, or the first free suffix.
   */
  folderOf?: (base: string, brief: Brief) => Promise<string>;
  /** Whether a folder already there is replaced (default) or the write fails. */
  replace?: boolean;
}

/** One input's outcome. A failure is permanent when the content itself cannot be briefed. */
export interface InputOutcome {
  written: WrittenBrief[];
  failures: { label: string; error: Error; permanent: boolean }[];
  /** Lines about the input as a whole (items a feed or array left out), and skipped twins, each starting with its label. */
  warnings: string[];
}

export function newBatch(): Batch {
  return { claimed: new Map(), briefed: new Map(), entries: new Map() };
}

type Libraries = [typeof import('../pipeline.js'), typeof import('../output/brief-writer.js'), typeof import('../output/write.js'), typeof import('../publish/catalog.js'), typeof import('../output/slug.js'), typeof import('../brief/heading.js')];

export class BriefRunner {
  private publishing: Promise<typeof import('../publish/publish.js')> | undefined;

  private constructor(
    private readonly options: RunnerOptions,
    private drafter: Drafter | undefined,
    private pdf: PdfRenderer | undefined,
    private readonly ownsPdf: boolean,
    private readonly libraries: Libraries,
  ) {}

  /**
   * Starts the extraction thread, then the browser, and loads the rest while both get ready.
   * Rejects with a TemplatesError when the templates folder cannot be loaded.
   */
  static async open(options: RunnerOptions): Promise<BriefRunner> {
    const { formats } = options;
    const drafter =
      formats.size > 0
        ? new Drafter({
            ...(options.templates === undefined ? {} : { templatesDir: options.templates }),
            formats: [...formats],
            ...(options.published === undefined ? {} : { published: options.published }),
            ...(options.maxInputBytes === undefined ? {} : { maxBytes: options.maxInputBytes }),
            ...(options.extractionHeapMb === undefined ? {} : { heapLimitMb: options.extractionHeapMb }),
          })
        : undefined;
    let pdf: PdfRenderer | undefined;
    const ownsPdf = options.pdf === undefined;
    try {
      if (formats.has('pdf')) {
        const { PdfRenderer } = await import('../render/pdf.js');
        // A browser that dies is launched again by the next print.
        pdf =
          options.pdf ??
          new PdfRenderer({
            ...(options.browser === undefined ? {} : { executablePath: options.browser }),
            ...(options.printTimeoutMs === undefined ? {} : { timeoutMs: options.printTimeoutMs }),
            concurrency: options.printConcurrency ?? PRINT_CONCURRENCY,
            handleSignals: false,
          });
        // A launch failure is met and reported by the first print.
        pdf.warmUp().catch(() => undefined);
      }
      const libraries = await Promise.all([import('../pipeline.js'), import('../output/brief-writer.js'), import('../output/write.js'), import('../publish/catalog.js'), import('../output/slug.js'), import('../brief/heading.js')]);
      await drafter?.ready();
      return new BriefRunner(options, drafter, pdf, ownsPdf, libraries);
    } catch (error) {
      await Promise.all([ownsPdf ? pdf?.close() : undefined, drafter?.close()]);
      throw error;
    }
  }

  /** Whether its extraction thread kept dying and was given up on: a long-lived caller opens another runner. */
  get broken(): boolean {
    return this.drafter?.failed ?? false;
  }

  /** Whether there is anything to brief with (no formats: nothing to write). */
  get active(): boolean {
    return this.drafter !== undefined;
  }

  /** The index page and feed's libraries, loaded while the first brief prints. */
  private loadPublish(): Promise<typeof import('../publish/publish.js')> {
    return (this.publishing ??= import('../publish/publish.js'));
  }

  /**
   * Briefs every article of one input file (a JSON array or feed holds several) into the
   * output folder. `as` is the source path the briefs name when the file is a stand-in.
   */
  async briefFile(path: string, batch: Batch, options: BriefFileOptions = {}): Promise<InputOutcome> {
    const outcome: InputOutcome = { written: [], failures: [], warnings: [] };
    const label = options.as ?? path;
    if (!this.drafter) return outcome;
    const [{ StageError, finishBrief }, { briefFilesOf, writeBriefFolder }, { chooseFolder, digestArticleText, removeEarlierFolders }, { entryOfContents }, { makeSlug, resolveInside }, { headingOf }] = this.libraries;
    const { formats, out } = this.options;
    const reply = await this.drafter.draft(path, { ...(options.as === undefined ? {} : { as: options.as }), ...(options.single ? { single: true } : {}) }).catch((error: Error) => ({ error: error.message, detail: undefined, drafts: undefined, crashed: true }));
    this.loadPublish().catch(() => undefined);
    if (reply.error !== undefined || !reply.drafts) {
      // An input that cannot be read or extracted fails the same way every time; a thread that died on it may not.
      const error = new DraftError(reply.error ?? 'no briefs', reply.detail ?? {});
      outcome.failures.push({ label, error, permanent: !('crashed' in reply) && isPermanent(error) });
      return outcome;
    }
    // What a feed or JSON array left out is said once for the file, not only inside its briefs.
    const leftOut = new Set(reply.drafts.flatMap((d) => (d.error === undefined ? d.draft.brief.messages : [])).filter((m) => CONTAINER_RULES.has(m.ruleId ?? '')).map((m) => m.reason));
    for (const reason of leftOut) outcome.warnings.push(`${label}: warning: ${reason}`);
    for (const [i, drafted] of reply.drafts.entries()) {
      const itemLabel = reply.drafts.length > 1 ? `${label} [${i + 1}/${reply.drafts.length}]` : label;
      try {
        if (drafted.error !== undefined) {
          outcome.failures.push({ label: itemLabel, error: new DraftError(drafted.error, drafted.detail ?? {}), permanent: true });
          continue;
        }
        const { brief } = drafted.draft;
        if (options.sha256 !== undefined && brief.source.sha256 !== options.sha256) throw new StageError('ingest', label, new ChangedWhileReadingError());
        // The same article from two files (page.html and page.html.gz) is one brief.
        const textSha256 = digestArticleText(brief.article.text);
        const twin = batch.briefed.get(textSha256);
        if (twin !== undefined) {
          outcome.warnings.push(`${itemLabel}: the same article as ${twin}, already briefed in this build; skipped`);
          continue;
        }
        batch.briefed.set(textSha256, itemLabel);
        const rendered = await finishBrief(drafted.draft, { formats, page: this.options.page, ...(this.pdf ? { pdf: this.pdf } : {}), ...(drafted.email ? { email: drafted.email } : {}) });
        const files = briefFilesOf(rendered, formats);
        // All files appear together: written into a temporary folder, then renamed over the old brief.
        const base = makeSlug(headingOf(brief.article), brief.article.publishedAt ?? brief.article.updatedAt);
        const { folderOf } = options;
        const write = async (): Promise<{ slug: string; dir: string; names: string[] }> => {
          const folder = folderOf ? await folderOf(base, brief).then((slug) => ({ slug, dir: resolveInside(out, slug) })) : await chooseFolder(out, brief.article, brief.source, batch.claimed);
          const names = await writeBriefFolder(out, folder.slug, files, { replace: options.replace ?? true, ...(this.options.writeFs ? { fs: this.options.writeFs } : {}) }).catch((error: unknown) => {
            throw new StageError('write', label, error);
          });
          return { ...folder, names };
        };
        const lock = this.options.lockFolder;
        const folder = lock ? await lock(base, write) : await write();
        // A rebuild whose title or date changed moved the brief: its old folder goes (build only;
        // run keeps every version, and a fleet's writers lock one name at a time).
        const earlier = folderOf || lock || reply.drafts.length !== 1 ? { removed: [], kept: [] } : await removeEarlierFolders(out, folder.slug, brief.source, batch.claimed, folder.names);
        for (const slug of earlier.removed) batch.entries.delete(slug);
        for (const slug of earlier.kept) outcome.warnings.push(`${itemLabel}: an earlier brief of this source stays in ${slug}/: it holds files this build did not write`);
        // With some formats only, files of an earlier build may stay beside these: the index reads the folder.
        const entry = formats.size === 4 ? entryOfContents(folder.slug, { html: files.html, pdf: files.pdf, md: files.md, json: files.json, emailHtml: files.email, text: files.txt }) : null;
        if (entry) batch.entries.set(folder.slug, entry);
        else batch.entries.delete(folder.slug);
        outcome.written.push({ label: itemLabel, slug: folder.slug, dir: folder.dir, files: folder.names, sha256: brief.source.sha256, brief: rendered.brief, replaced: earlier.removed });
      } catch (error) {
        outcome.failures.push({ label: itemLabel, error: error instanceof Error ? error : new Error(String(error)), permanent: isPermanent(error) });
      }
    }
    return outcome;
  }

  /** Shuts the browser and the extraction thread down (the index can still be published). */
  async closeBriefing(): Promise<void> {
    const closing = Promise.all([this.ownsPdf ? this.pdf?.close() : undefined, this.drafter?.close()]);
    this.pdf = undefined;
    this.drafter = undefined;
    await closing;
  }

  /** Rebuilds the output folder's index page and Atom feed from its brief folders. */
  async publish(written?: Map<string, CatalogEntry>): Promise<PublishResult & { indexFile: string; feedFile: string }> {
    const publish = await this.loadPublish();
    const published = await publish.publishIndex(this.options.out, {
      ...(this.options.templates ? { templatesDir: this.options.templates } : {}),
      ...(this.options.baseUrl ? { baseUrl: this.options.baseUrl } : {}),
      ...(this.options.feedEntries === undefined ? {} : { feedEntries: this.options.feedEntries }),
      ...(written ? { written } : {}),
    });
    return { ...published, indexFile: join(this.options.out, publish.INDEX_FILE), feedFile: publish.FEED_FILE };
  }

  async close(): Promise<void> {
    await this.closeBriefing();
  }
}

/**
 * Only the content's own failures are permanent: extraction and templating are deterministic.
 * A print, a write or a dead thread may go through next time.
 */
function isPermanent(error: unknown): boolean {
  // A file that vanished or could not be read may be there next time.
  if (error instanceof DraftError) return error.detail.cause?.code === undefined;
  const stage = error instanceof Error && error.name === 'StageError' ? (error as Error & { stage: string }).stage : null;
  if (stage !== null && (error as Error).cause instanceof ChangedWhileReadingError) return false;
  return stage === 'ingest' || stage === 'extract' || stage === 'render';
}
