// The runner (build, the queue worker) extracts and drafts its briefs in a worker thread. Each step of a
// print is a round trip to Chromium that the main thread must answer: run on
// the main thread, extraction would hold every print up, and at start-up it
// would hold up Chromium's launch. The main thread keeps the browser and the
// writes. The worker posts an input's drafts as soon as they are made, then
// renders their email pairs while the main thread prints them: rendered on the
// main thread, the first email held the first print up by 30-60 ms.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Draft, Format } from '../pipeline.js';
import type { EmailFormats } from '../publish/email.js';

export interface DrafterData {
  /** The --templates folder; the shipped templates when not given. */
  templatesDir?: string;
  formats: Format[];
  published?: string;
  /** Inputs over this many bytes are refused (ingest's default when not given). */
  maxBytes?: number;
  /** The thread's heap limit in MB (default WORKER_HEAP_MB). */
  heapLimitMb?: number;
}

export interface DraftRequest {
  id: number;
  path: string;
  /** The path the briefs name as their source when it is not `path` (a queued job's bytes, written to a temporary file). */
  as?: string;
  /** The file must hold one article (`run`'s inputs: files holding several were split before). */
  single?: boolean;
}

/**
 * What a failure in the thread was, as far as the main thread needs to tell a permanent one from a
 * transient one: the stage it happened in, and its cause's kind, rule and errno code.
 */
export interface FailureDetail {
  stage?: string;
  cause?: { name: string; message: string; ruleId?: string; code?: string };
}

/** An input's drafts, one per article it holds; or why the input could not be read or extracted. */
export interface DraftReply {
  kind: 'drafts';
  id: number;
  error?: string;
  detail?: FailureDetail;
  drafts?: ({ draft: Draft; error?: undefined } | { error: string; detail?: FailureDetail; draft?: undefined })[];
}

/**
 * The email pair of each draft of a DraftReply that was made (those without an
 * error), in order, posted after it; only when Markdown is built.
 */
export interface EmailReply {
  kind: 'emails';
  id: number;
  emails: ({ email: EmailFormats; error?: undefined } | { error: string; email?: undefined })[];
}

/** Posted once the worker has loaded the brief templates, or failed to (a bad --templates folder). */
export interface ReadyReply {
  kind: 'ready';
  error?: string;
}

/** An input's drafts as `build` gets them: each with its email pair to come, when Markdown is built. */
export type DraftResult = Omit<DraftReply, 'kind' | 'drafts'> & {
  drafts?: ({ draft: Draft; email?: Promise<EmailFormats>; error?: undefined } | { error: string; detail?: FailureDetail; draft?: undefined; email?: undefined })[];
};

/** Errors cross the thread boundary as their message, which is all the build reports of them. */
export class DraftError extends Error {
  constructor(
    message: string,
    readonly detail: FailureDetail = {},
  ) {
    super(message);
    this.name = 'DraftError';
  }
}

/** The worker could not load the brief templates; `build` reports it as a usage error. */
export class TemplatesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplatesError';
  }
}

/**
 * Old-generation limit of the extraction thread, in MB. V8 lets a heap grow to
 * a multiple of what survived its last full collection, and the multiple
 * follows the limit: at the default of a machine with much memory (4 GiB on 24
 * GiB) it is four, and after 1,000 articles the thread held ~100 MB of garbage
 * over its ~35 MB of live data; under 1 GiB the multiple is at most two (peak
 * RSS of the build 272 MB against 307 MB, medians of two). An input that needs
 * more fails alone: the thread is restarted for the others.
 */
export const WORKER_HEAP_MB = 1024;

/**
 * How much bytecode a function runs before V8 optimises it: eight times V8's default (67,584). At
 * the default, the extraction's large rule functions are optimised before their rarer branches
 * have run, meet those branches on a later article, are thrown away and optimised again: V8's
 * compiler threads then spent about as much CPU as the extraction itself (300 BBC articles in a
 * fresh process: 1.8-2.0 s besides 2.4-2.8 s; 1,200: 4.5-4.7 s besides 7.1-7.3 s). Optimising
 * later, on fuller type feedback, cut that to 0.35 s and 1.3 s, the extraction no slower. The
 * flag is the process's: the printing thread's code tiers up later too. A budget given on the
 * command line or in NODE_OPTIONS is left as it is.
 */
const TIER_UP_BUDGET = 8 * 67_584;

function raiseTierUpBudget(): void {
  const given = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((arg) => arg.includes('interrupt-budget'));
  if (!given) setFlagsFromString(`--interrupt-budget=${TIER_UP_BUDGET}`);
}

/** Crashes of the thread in a row, with no input drafted in between, before the build gives up on it. */
const MAX_RESTARTS = 3;

/**
 * The worker's entry. Built files run as they are; source files (tests,
 * `tsx scripts/...`) run under tsx, whose loader the worker registers first.
 */
function startWorker(data: DrafterData): Worker {
  raiseTierUpBudget();
  const options = { workerData: data, resourceLimits: { maxOldGenerationSizeMb: data.heapLimitMb ?? WORKER_HEAP_MB } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./draft-worker.js', import.meta.url), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./draft-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { ...options, eval: true });
}

interface Waiting<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

/** Why a thread stopped, said of the input it was working on. */
function crashMessage(error: Error | null, code: number | null): string {
  if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'the extraction thread ran out of memory on this input';
  return error ? `the extraction thread failed on this input: ${error.message}` : `the extraction thread stopped on this input (exit code ${code})`;
}

export class Drafter {
  private worker: Worker;
  /** Requests not answered yet, by id, in the order they were sent: the thread answers in that order. */
  private readonly pending = new Map<number, { request: DraftRequest; waiting: Waiting<DraftResult> }>();
  /** Email pairs still to come, by request id, one per draft made. */
  private readonly emails = new Map<number, Waiting<EmailFormats>[]>();
  private readonly withEmail: boolean;
  private nextId = 0;
  private failure: Error | null = null;
  private readonly templatesLoaded: Promise<void>;
  private settleReady: Waiting<void> | undefined;
  private ready_ = false;
  private closing = false;
  private crashes = 0;

  constructor(private readonly data: DrafterData) {
    this.withEmail = data.formats.includes('md');
    this.templatesLoaded = new Promise<void>((resolve, reject) => (this.settleReady = { resolve, reject }));
    this.templatesLoaded.catch(() => undefined);
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = startWorker(this.data);
    worker.on('message', (reply: DraftReply | EmailReply | ReadyReply) => {
      if (reply.kind === 'ready') {
        this.ready_ ||= reply.error === undefined;
        if (reply.error === undefined) this.settleReady?.resolve();
        else this.settleReady?.reject(new TemplatesError(reply.error));
      } else if (reply.kind === 'drafts') {
        this.crashes = 0;
        this.receiveDrafts(reply);
      } else this.receiveEmails(reply);
    });
    // 'error' (an uncaught exception, running out of memory) is followed by 'exit'.
    let error: Error | null = null;
    worker.on('error', (e) => (error ??= e));
    worker.on('exit', (code) => {
      if (this.worker === worker && !this.closing) this.crashed(error, code);
    });
    return worker;
  }

  /**
   * The thread died. The input it was working on fails with the reason; the
   * others are sent again to a new thread. A thread that dies before it is
   * ready, or keeps dying, fails every input.
   */
  private crashed(error: Error | null, code: number | null): void {
    const reason = new DraftError(crashMessage(error, code));
    if (!this.ready_ || ++this.crashes > MAX_RESTARTS) return this.fail(error ?? new Error(`the extraction thread stopped (exit code ${code})`));
    // The thread drafts an input, then renders its emails, before the next: the oldest unanswered is the one.
    const [emailId, emailWaits] = [...this.emails][0] ?? [];
    if (emailId !== undefined) {
      this.emails.delete(emailId);
      for (const waiting of emailWaits!) waiting.reject(reason);
    } else {
      // None when it died between inputs.
      const [id, request] = [...this.pending][0] ?? [];
      if (id !== undefined) {
        this.pending.delete(id);
        request!.waiting.reject(reason);
      }
    }
    this.worker = this.start();
    for (const { request } of this.pending.values()) this.worker.postMessage(request);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.settleReady?.reject(this.failure);
    for (const { waiting } of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
    for (const waiting of [...this.emails.values()].flat()) waiting.reject(this.failure);
    this.emails.clear();
  }

  private receiveDrafts({ kind: _kind, ...reply }: DraftReply): void {
    const waiting = this.pending.get(reply.id)?.waiting;
    this.pending.delete(reply.id);
    if (!this.withEmail || !reply.drafts) return waiting?.resolve(reply);
    const emails: Waiting<EmailFormats>[] = [];
    const drafts = reply.drafts.map((d) => {
      if (d.error !== undefined) return d;
      const email = new Promise<EmailFormats>((resolve, reject) => emails.push({ resolve, reject }));
      // Awaited by whoever finishes the brief; a brief that failed before never asks.
      email.catch(() => undefined);
      return { ...d, email };
    });
    // Set even when empty: until the reply comes, the thread is still on this input.
    this.emails.set(reply.id, emails);
    waiting?.resolve({ ...reply, drafts });
  }

  private receiveEmails(reply: EmailReply): void {
    const waiting = this.emails.get(reply.id) ?? [];
    this.emails.delete(reply.id);
    for (const [i, slot] of waiting.entries()) {
      const e = reply.emails[i];
      if (e?.email) slot.resolve(e.email);
      else slot.reject(new DraftError(e?.error ?? 'the email was not rendered'));
    }
  }

  /**
   * Settles when the worker has loaded the brief templates: rejects with a
   * TemplatesError when they could not be loaded, or with the worker's failure.
   */
  ready(): Promise<void> {
    return this.templatesLoaded;
  }

  /** Whether the thread kept dying and was given up on: every draft now fails. */
  get failed(): boolean {
    return this.failure !== null;
  }

  /**
   * Extracts the articles of one input file and drafts a brief of each. Resolves
   * with the input's error when it cannot be read or extracted; rejects when the
   * thread died on it or cannot go on.
   */
  draft(path: string, options: { as?: string; single?: boolean } = {}): Promise<DraftResult> {
    if (this.failure) return Promise.reject(this.failure);
    const request: DraftRequest = { id: this.nextId++, path, ...(options.as === undefined ? {} : { as: options.as }), ...(options.single ? { single: true } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { request, waiting: { resolve, reject } });
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
  }
}
