// One pass: find new or changed articles in the sources, brief each one,
// record every outcome in the ledger. The caller holds the output folder's lock.
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { RunConfig } from '../config/run-config.js';
import { InputError } from '../ingest/index.js';
import { type WriteFs, removeStaleTemps } from '../output/brief-writer.js';
import { resolveInside, withSuffix } from '../output/slug.js';
import { StageError } from '../pipeline.js';
import type { CatalogEntry } from '../publish/catalog.js';
import { INDEX_FILE } from '../publish/index.js';
import type { PdfRenderer } from '../render/pdf.js';
import { BriefRunner, ChangedWhileReadingError, DraftError, newBatch } from '../runner/brief-runner.js';
import { type Container, sniffContainer } from '../ingest/container.js';
import { parseFeed } from '../ingest/feed.js';
import { spoolDirOf, spoolFeeds } from '../sources/feeds.js';
import { splitDirOf, splitJsonArray } from '../sources/split.js';
import { type ArticleRow, type Ledger, type PassCounts, STATE_DIR } from '../store/ledger.js';
import type { PassLog } from './log.js';

/** How the pass reads its sources; tests inject failures (EACCES, vanishing files) here. */
export interface SourceFs {
  readdir(dir: string): Promise<{ name: string; isFile(): boolean; isDirectory(): boolean }[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean; isDirectory(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export const nodeSourceFs: SourceFs = {
  readdir: (dir) => fsp.readdir(dir, { withFileTypes: true }),
  stat: (path) => fsp.stat(path),
  readFile: (path) => fsp.readFile(path),
};

export interface PassOptions {
  config: RunConfig;
  ledger: Ledger;
  /**
   * The brief runner the articles are briefed with, or how to open it when there is an article to
   * brief (`schedule` keeps one warm across passes); without one, the pass opens its own
   * (runnerFor) and closes it at its end.
   */
  runner?: BriefRunner | (() => Promise<BriefRunner>);
  /** Test seam: the renderer a runner the pass opens prints with. */
  pdf?: PdfRenderer;
  log: PassLog;
  /** When aborted, no new article is started; the ones in flight finish. */
  signal?: AbortSignal;
  writeFs?: WriteFs;
  sourceFs?: SourceFs;
  /**
   * The fleet (`run --redis`): the new articles are handed to it instead of being briefed here;
   * the workers write their briefs, the index and the feed.
   */
  dispatch?: (articles: { path: string; key: string }[]) => Promise<Dispatched>;
}

export interface Dispatched {
  queued: number;
  /** Already queued, briefed or failed in the fleet. */
  known: number;
  failures: PassFailure[];
}

export interface PassFailure {
  path: string;
  reason: string;
  permanent: boolean;
}

export interface PassResult {
  passId: number;
  counts: PassCounts;
  failures: PassFailure[];
  aborted: boolean;
}

interface Candidate {
  path: string;
  key: string;
  row: ArticleRow;
  /** What the file holds when it holds several articles (a JSON array, a feed). */
  container: Container | null;
}

class ArticleTimeoutError extends Error {
  constructor(ms: number) {
    super(`took longer than ${ms} ms (limits.articleTimeoutMs)`);
  }
}

class CancelledError extends Error {}

/**
 * Opens the brief runner of `run` and `schedule`: the formats, page, templates and limits of the
 * config. Its printer's deadline is shorter than the article's, so a hung browser is killed and
 * the article retried.
 */
export function runnerFor(config: RunConfig, seams: { pdf?: PdfRenderer; writeFs?: WriteFs; extractionHeapMb?: number } = {}): Promise<BriefRunner> {
  return BriefRunner.open({
    out: config.out,
    formats: config.formats,
    page: config.page,
    feedEntries: config.feedEntries,
    maxInputBytes: config.limits.maxInputBytes,
    printConcurrency: config.limits.concurrency,
    printTimeoutMs: Math.floor(config.limits.articleTimeoutMs * 0.75),
    ...(config.templates ? { templates: config.templates } : {}),
    ...(config.browser ? { browser: config.browser } : {}),
    ...(seams.pdf ? { pdf: seams.pdf } : {}),
    ...(seams.writeFs ? { writeFs: seams.writeFs } : {}),
    ...(seams.extractionHeapMb === undefined ? {} : { extractionHeapMb: seams.extractionHeapMb }),
  });
}

export async function runPass(options: PassOptions): Promise<PassResult> {
  const { config, ledger, log } = options;
  const sourceFs = options.sourceFs ?? nodeSourceFs;
  const recovered = ledger.recoverInterrupted();
  if (recovered.articles > 0) log.warn(`${recovered.articles} article(s) left running by a stopped process will be retried`);
  const removed = await removeStaleTemps(config.out, options.writeFs);
  if (removed > 0) log.info(`removed ${removed} unfinished temporary folder(s) left by a stopped process`);

  const passId = ledger.startPass();
  const counts: PassCounts = { found: 0, briefed: 0, failed: 0, skipped: 0, duplicates: 0 };
  const failures: PassFailure[] = [];
  const fail = (path: string, reason: string, permanent: boolean) => {
    counts.failed++;
    failures.push({ path, reason, permanent });
  };
  const started = Date.now();
  log.info('pass started', { pass: passId, sources: config.sources, out: config.out });

  // 1. Find the files in the source folders and what each holds.
  const queue: Candidate[] = [];
  const queued = new Set<string>();
  const walk = async (source: string): Promise<void> => {
    let files: string[];
    try {
      files = await listFiles(source, config.out, sourceFs);
    } catch (error) {
      // Checked at start; a source that goes away between passes is said to be gone, not "disappeared before it could be read".
      const reason = `source ${source}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder or file (any more)' : errnoReason(error)}`;
      log.error(reason);
      fail(source, reason, false);
      return;
    }
    for (const path of files) {
      counts.found++;
      let found: { key: string; size: number; mtimeMs: number; bytes: Uint8Array | null };
      try {
        found = await identify(path, config.limits.maxInputBytes, ledger, sourceFs);
      } catch (error) {
        // Unreadable or gone before it could be hashed: recorded under its path.
        const key = `unreadable:${path}`;
        ledger.noteSource(path, key, 0, 0, passId);
        const attempt = ledger.startAttempt(key, path, passId);
        const reason = errnoReason(error);
        ledger.finishFailed(key, attempt, { permanent: false, reason, stage: 'ingest', ruleId: errnoRule(error), durationMs: 0, releaseFolder: true });
        log.article({ path, outcome: 'failed', reason, stage: 'ingest', ruleId: errnoRule(error), permanent: false });
        fail(path, reason, false);
        continue;
      }
      if (ledger.container(found.key)) {
        // Already split into its articles, which are files of the spool.
        ledger.noteSourceOnly(path, found.key, found.size, found.mtimeMs, passId);
        counts.skipped++;
        continue;
      }
      const row = ledger.noteSource(path, found.key, found.size, found.mtimeMs, passId);
      if (queued.has(found.key) || (row.status === 'done' && row.source !== path)) {
        counts.duplicates++;
        counts.skipped++;
        continue;
      }
      if (row.status === 'done' || row.status === 'failed-permanent') {
        counts.skipped++;
        continue;
      }
      queued.add(found.key);
      queue.push({ path, key: found.key, row, container: await containerIn(path, found, config.limits.maxInputBytes, sourceFs) });
    }
  };
  // What each walk notes in the ledger is committed once, at its end.
  for (const source of config.sources) await ledger.batch(() => walk(source));

  // 2. A file that holds several articles (a JSON array, a feed) is split: each article becomes
  //    a file of a spool folder, with its own ledger entry. Configured feeds are read into the
  //    feed spool as well (their items' pages fetched where the feed carries only a summary).
  const foundFeeds = new Map<string, { candidate: Candidate; text: string }>();
  for (const candidate of [...queue]) {
    const container = candidate.container;
    if (!container) continue;
    queue.splice(queue.indexOf(candidate), 1);
    if (container.kind === 'feed') {
      foundFeeds.set(candidate.path, { candidate, text: container.text });
      continue;
    }
    try {
      const split = await splitJsonArray(config.out, candidate.path, container.entries);
      for (const r of split.refused) log.warn(`${candidate.path}: entry ${r}; left out`);
      ledger.finishContainer(candidate.key, candidate.path, 'json-array', split.articles, split.refused.map((r) => `entry ${r}`));
      log.info('split into its articles', { path: candidate.path, articles: split.articles, new: split.written, refused: split.refused.length });
    } catch (error) {
      const reason = `split: ${errnoReason(error)}`;
      ledger.finishFailed(candidate.key, ledger.startAttempt(candidate.key, candidate.path, passId), { permanent: false, reason, stage: 'ingest', ruleId: errnoRule(error), durationMs: 0, releaseFolder: true });
      log.article({ path: candidate.path, outcome: 'failed', reason, stage: 'ingest', ruleId: errnoRule(error), permanent: false });
      fail(candidate.path, reason, false);
    }
  }
  const spool = await spoolFeeds(
    config,
    log,
    options.signal ? { signal: options.signal } : {},
    [...foundFeeds.values()].map(({ candidate, text }) => ({ path: candidate.path, text })),
  );
  for (const f of spool.failures) fail(f.path, f.reason, false);
  for (const [feed, outcome] of spool.feeds) {
    const candidate = foundFeeds.get(feed)?.candidate;
    if (!candidate) ledger.recordFeed(feed, outcome.ok ? { items: outcome.items, newItems: outcome.fresh, itemFailures: outcome.itemFailures } : { error: outcome.error });
    else if (outcome.ok && outcome.itemFailures.length === 0) ledger.finishContainer(candidate.key, feed, 'feed', outcome.items, []);
    else {
      // Read again next pass; the items already spooled are not fetched again.
      const reason = outcome.ok ? `${outcome.itemFailures.length} of its ${outcome.items} item(s) could not be fetched (${outcome.itemFailures.map((f) => `${f.item}: ${f.reason}`).join('; ')}); read again next pass` : outcome.error;
      ledger.finishFailed(candidate.key, ledger.startAttempt(candidate.key, feed, passId), { permanent: false, reason, stage: 'ingest', ruleId: outcome.ok ? 'feed-items-failed' : 'feed-unreadable', durationMs: 0, releaseFolder: true });
    }
  }
  // 3. The spools are read like any source folder.
  for (const dir of [spoolDirOf(config.out), splitDirOf(config.out)]) if (await exists(dir)) await ledger.batch(() => walk(dir));

  ledger.forgetVanished(passId);

  if (options.dispatch) {
    const tooLarge = queue.filter((c) => c.key.startsWith('oversize:'));
    for (const c of tooLarge) {
      const reason = `ingest: is larger than the ${config.limits.maxInputBytes}-byte limit (limits.maxInputBytes)`;
      ledger.finishFailed(c.key, ledger.startAttempt(c.key, c.path, passId), { permanent: true, reason, stage: 'ingest', ruleId: 'too-large', durationMs: 0, releaseFolder: true });
      log.article({ path: c.path, outcome: 'failed', reason, stage: 'ingest', ruleId: 'too-large', permanent: true });
      fail(c.path, reason, true);
    }
    const sent = await options.dispatch(queue.filter((c) => !c.key.startsWith('oversize:')).map(({ path, key }) => ({ path, key })));
    for (const f of sent.failures) {
      log.article({ path: f.path, outcome: 'failed', reason: f.reason, permanent: f.permanent });
      fail(f.path, f.reason, f.permanent);
    }
    ledger.finishPass(passId, counts, 'done');
    const { skipped, ...shown } = counts;
    log.info('pass finished', { pass: passId, ...shown, queued: sent.queued, known: sent.known, unchanged: skipped - counts.duplicates, ms: Date.now() - started });
    return { passId, counts, failures, aborted: false };
  }

  // 2. Brief them, `concurrency` at a time (one prints while the next is extracted).
  const total = queue.length;
  let finished = 0;
  const own = options.runner === undefined && total > 0 ? await runnerFor(config, { ...(options.pdf ? { pdf: options.pdf } : {}), ...(options.writeFs ? { writeFs: options.writeFs } : {}) }) : undefined;
  const given = options.runner;
  const runner = own ?? (typeof given === 'function' ? (total > 0 ? await given() : undefined) : given);
  // What this pass wrote: the index takes it as written instead of reading those folders back.
  const written = new Map<string, CatalogEntry>();
  const worker = async (): Promise<void> => {
    // Stopped: what is left stays in the queue, counted as left.
    for (let next = options.signal?.aborted ? undefined : queue.shift(); next; next = options.signal?.aborted ? undefined : queue.shift()) {
      const outcome = await briefWithRetries(next, passId, runner!, written, options);
      finished++;
      if (outcome.ok) counts.briefed++;
      else fail(next.path, outcome.reason, outcome.permanent);
      const event = outcome.event;
      log.article({ ...event, progress: [finished, total] });
    }
  };
  try {
    await Promise.all(Array.from({ length: total > 0 ? Math.min(config.limits.concurrency, total) : 0 }, worker));
  } finally {
    // Its printing and extraction are done; the index below needs neither.
    await own?.closeBriefing();
  }
  const aborted = (options.signal?.aborted ?? false) && queue.length > 0;
  // 3. The output folder's index page and feed list what is there now.
  if (counts.briefed > 0 || !(await exists(join(config.out, INDEX_FILE)))) {
    try {
      const { publishIndex } = await import('../publish/publish.js');
      const published = runner
        ? await runner.publish(written)
        : await publishIndex(config.out, { feedEntries: config.feedEntries, ...(config.templates ? { templatesDir: config.templates } : {}) });
      for (const s of published.skipped) log.warn(`${s.folder}: left out of the index: ${s.reason}`);
    } catch (error) {
      const reason = `index and feed: ${oneLine(error instanceof Error ? error.message : String(error))}`;
      log.error(reason);
      fail(join(config.out, INDEX_FILE), reason, false);
    }
  }
  ledger.finishPass(passId, counts, aborted ? 'aborted' : 'done');
  // The same words as `status`: unchanged files, and duplicates of an article already briefed.
  const { skipped, ...shown } = counts;
  log.info(aborted ? 'pass stopped early' : 'pass finished', { pass: passId, ...shown, unchanged: skipped - counts.duplicates, left: queue.length, ms: Date.now() - started });
  return { passId, counts, failures, aborted };
}

type Outcome = { ok: true; event: Parameters<PassLog['article']>[0] } | { ok: false; reason: string; permanent: boolean; event: Parameters<PassLog['article']>[0] };

async function briefWithRetries(candidate: Candidate, passId: number, runner: BriefRunner, written: Map<string, CatalogEntry>, options: PassOptions): Promise<Outcome> {
  const { config, ledger, log } = options;
  const { path, key } = candidate;
  for (let attempt = 1; ; attempt++) {
    const attemptId = ledger.startAttempt(key, path, passId);
    const t0 = Date.now();
    const cancel = { cancelled: false };
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          cancel.cancelled = true;
          reject(new ArticleTimeoutError(config.limits.articleTimeoutMs));
        }, config.limits.articleTimeoutMs);
      });
      const done = await Promise.race([briefOne(candidate, runner, written, options, cancel), timeout]);
      const ms = Date.now() - t0;
      ledger.finishDone(key, attemptId, { folder: done.folder, files: done.files, durationMs: ms, warnings: done.warnings });
      for (const warning of done.warnings) log.article({ path, outcome: 'warning', reason: warning });
      return { ok: true, event: { path, outcome: done.adopted ? 'adopted' : 'briefed', folder: done.folder, files: done.files, ms } };
    } catch (error) {
      const failure = classify(error);
      const ms = Date.now() - t0;
      const last = failure.permanent || attempt > config.limits.retries || (options.signal?.aborted ?? false);
      // A transient failure keeps its reserved folder: a write that outlived its
      // timeout may still land there, and the next attempt then adopts it.
      ledger.finishFailed(key, attemptId, { ...failure, durationMs: ms, releaseFolder: failure.permanent });
      if (last) return { ok: false, reason: failure.reason, permanent: failure.permanent, event: { path, outcome: 'failed', reason: failure.reason, stage: failure.stage, ruleId: failure.ruleId, permanent: failure.permanent, attempt, ms } };
      log.article({ path, outcome: 'retrying', reason: failure.reason, attempt });
      // A crashed browser relaunches on the next print; a hung one was killed by the renderer.
      await delay(config.limits.retryBackoffMs * 2 ** (attempt - 1), undefined, { signal: options.signal }).catch(() => undefined);
    } finally {
      clearTimeout(timer);
    }
  }
}

async function briefOne(candidate: Candidate, runner: BriefRunner, written: Map<string, CatalogEntry>, options: PassOptions, cancel: { cancelled: boolean }): Promise<{ folder: string; files: string[]; warnings: string[]; adopted: boolean }> {
  const { config, ledger } = options;
  const { path, key } = candidate;
  // A previous attempt reserved a folder and died after renaming it into place
  // but before recording it: the rename is atomic, so the folder is complete.
  const reserved = ledger.article(key)?.folder ?? null;
  if (reserved && (await exists(join(config.out, reserved)))) {
    return { folder: reserved, files: (await fsp.readdir(join(config.out, reserved))).sort(), warnings: [], adopted: true };
  }
  if (key.startsWith('oversize:')) throw new StageError('ingest', path, new InputError(`is larger than the ${config.limits.maxInputBytes}-byte limit (limits.maxInputBytes)`, 'too-large'));
  const batch = newBatch();
  const outcome = await runner.briefFile(path, batch, {
    single: true,
    sha256: key,
    replace: false,
    folderOf: (base) => {
      // Timed out while it was extracted or printed: a later attempt writes it.
      if (cancel.cancelled) throw new CancelledError('cancelled');
      return reserveRunFolder(config.out, base, key, ledger);
    },
  });
  const [failure] = outcome.failures;
  if (failure) {
    // A failure on content other than the one hashed says nothing about that content.
    if (failure.error instanceof DraftError && (await changedSince(path, key, options.sourceFs ?? nodeSourceFs))) throw new StageError('ingest', path, new ChangedWhileReadingError());
    throw failure.error;
  }
  const [done] = outcome.written;
  if (!done) throw new Error('no brief was made');
  for (const [slug, entry] of batch.entries) written.set(slug, entry);
  const { brief } = done;
  const warnings = brief.messages.filter((m) => m.severity === 'warning' && m.source !== 'render').map((m) => `${m.reason} [${m.ruleId}]`);
  return { folder: done.slug, files: done.files, warnings, adopted: false };
}

/** The first free folder: the slug, then slug-2, slug-3…; an edited article gets a new one. */
/**
 * Chooses and reserves the folder of an article, one article at a time per ledger: two articles
 * of one title finishing together would otherwise both find the name free before either
 * reserved it, and race for one folder.
 */
function reserveRunFolder(outDir: string, base: string, key: string, ledger: Ledger): Promise<string> {
  const previous = reserving.get(ledger) ?? Promise.resolve();
  const reserved = previous.then(async () => {
    const slug = await chooseRunFolder(outDir, base, key, ledger);
    ledger.reserveFolder(key, slug);
    return slug;
  });
  reserving.set(ledger, reserved.catch(() => undefined));
  return reserved;
}

const reserving = new WeakMap<Ledger, Promise<unknown>>();

async function chooseRunFolder(outDir: string, base: string, key: string, ledger: Ledger): Promise<string> {
  const reserved = ledger.article(key)?.folder;
  if (reserved) return reserved;
  for (let n = 1; n < 10_000; n++) {
    const slug = withSuffix(base, n);
    if (ledger.folderTaken(slug, key)) continue;
    if (await exists(resolveInside(outDir, slug))) continue;
    return slug;
  }
  throw new Error(`no free folder name for "${base}"`);
}

/** Permanent: the content itself is unusable (retrying cannot help until the file changes). Transient: everything else. */
export function classify(error: unknown): { permanent: boolean; reason: string; stage: string; ruleId: string | null } {
  if (error instanceof DraftError) return classifyDrafted(error);
  const stage = error instanceof StageError ? error.stage : error instanceof ArticleTimeoutError ? 'pass' : 'internal';
  const cause = error instanceof StageError ? error.cause : error;
  if (cause instanceof InputError) return { permanent: true, reason: `${stage}: ${oneLine(cause.message)}`, stage, ruleId: cause.ruleId };
  if (cause instanceof ChangedWhileReadingError) return { permanent: false, reason: `${stage}: ${cause.message}`, stage, ruleId: 'changed-while-read' };
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code) return { permanent: false, reason: `${stage}: ${errnoReason(cause)}`, stage, ruleId: errnoRule(cause) };
  // Extraction and templating are deterministic: the same content fails the same way.
  const permanent = stage === 'extract' || stage === 'render';
  return { permanent, reason: `${stage}: ${oneLine(cause instanceof Error ? cause.message : String(cause))}`, stage, ruleId: null };
}

/**
 * A failure in the extraction thread, told by what the thread said of it: an unusable input and a
 * failed extraction or template are permanent; a file that could not be read, or a thread that died, is not.
 */
function classifyDrafted(error: DraftError): { permanent: boolean; reason: string; stage: string; ruleId: string | null } {
  const { stage = 'internal', cause } = error.detail;
  if (cause?.name === 'InputError') return { permanent: true, reason: `${stage}: ${oneLine(cause.message)}`, stage, ruleId: cause.ruleId ?? null };
  if (cause?.code !== undefined) return { permanent: false, reason: `${stage}: ${errnoReason(Object.assign(new Error(cause.message), { code: cause.code }))}`, stage, ruleId: cause.code.toLowerCase() };
  const permanent = stage === 'extract' || stage === 'render';
  return { permanent, reason: `${stage}: ${oneLine(cause?.message ?? error.message)}`, stage, ruleId: null };
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

function errnoRule(error: unknown): string | null {
  return ((error as NodeJS.ErrnoException).code ?? null)?.toLowerCase() ?? null;
}

function errnoReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'the file disappeared before it could be read';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'ENOSPC':
      return 'no space left on device while writing the brief';
    case 'EDQUOT':
      return 'disk quota exceeded while writing the brief';
    case 'EIO':
      return 'input/output error';
    default:
      return oneLine((error as Error)?.message ?? String(error));
  }
}

/** Every regular, non-hidden file under `dir`, recursively, except the output folder. */
async function listFiles(dir: string, outDir: string, fs: SourceFs): Promise<string[]> {
  const out: string[] = [];
  const skip = resolve(outDir);
  const walk = async (at: string): Promise<void> => {
    if (resolve(at) === skip) return;
    const entries = await fs.readdir(at);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.name === STATE_DIR) continue;
      const path = join(at, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) out.push(path);
    }
  };
  const info = await fs.stat(dir);
  if (info.isFile()) return [dir];
  await walk(dir);
  return out;
}

/**
 * The ledger key of a file: the SHA-256 of its bytes. A file whose size and
 * modification time are unchanged since the last pass keeps its key without
 * being read again; one over the size limit is never read (its key is its size
 * and mtime, so it is looked at again only when it changes). `bytes` are what was read, if anything.
 */
async function identify(path: string, maxBytes: number, ledger: Ledger, fs: SourceFs): Promise<{ key: string; size: number; mtimeMs: number; bytes: Uint8Array | null }> {
  const info = await fs.stat(path);
  const known = ledger.knownSource(path);
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs && !known.key.startsWith('unreadable:')) return { key: known.key, size: info.size, mtimeMs: info.mtimeMs, bytes: null };
  if (info.size > maxBytes) return { key: `oversize:${info.size}:${info.mtimeMs}`, size: info.size, mtimeMs: info.mtimeMs, bytes: null };
  const bytes = await fs.readFile(path);
  return { key: createHash('sha256').update(bytes).digest('hex'), size: info.size, mtimeMs: info.mtimeMs, bytes };
}

/** What a file holding several articles holds, or null (also when it cannot be read: briefing it says why). */
async function containerIn(path: string, found: { key: string; bytes: Uint8Array | null }, maxBytes: number, fs: SourceFs): Promise<Container | null> {
  if (found.key.startsWith('oversize:')) return null;
  try {
    const container = sniffContainer(found.bytes ?? (await fs.readFile(path)), path, maxBytes);
    // A feed that cannot be parsed is briefed like any file, so ingest records why it is unusable.
    if (container?.kind === 'feed') parseFeed(container.text);
    return container;
  } catch {
    return null;
  }
}

/** True when the file no longer holds the content hashed as `key` (gone files count as unchanged: ingest says so). */
async function changedSince(path: string, key: string, fs: SourceFs): Promise<boolean> {
  try {
    return createHash('sha256').update(await fs.readFile(path)).digest('hex') !== key;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  return fsp.stat(path).then(
    () => true,
    () => false,
  );
}

