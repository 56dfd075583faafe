// `build` extracts and drafts its briefs in a worker thread. Each step of a
// print is a round trip to Chromium that the main thread must answer: run on
// the main thread, extraction would hold every print up, and at start-up it
// would hold up Chromium's launch. The main thread keeps the browser and the
// writes. The worker posts an input's drafts as soon as they are made, then
// renders their email pairs while the main thread prints them: rendered on the
// main thread, the first email held the first print up by 30-60 ms.
import { Worker } from 'node:worker_threads';
import type { Draft, Format } from '../pipeline.js';
import type { EmailFormats } from '../publish/email.js';

export interface DrafterData {
  /** The --templates folder; the shipped templates when not given. */
  templatesDir?: string;
  formats: Format[];
  published?: string;
}

export interface DraftRequest {
  id: number;
  path: string;
}

/** An input's drafts, one per article it holds; or why the input could not be read or extracted. */
export interface DraftReply {
  kind: 'drafts';
  id: number;
  error?: string;
  drafts?: ({ draft: Draft; error?: undefined } | { error: string; draft?: undefined })[];
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
  drafts?: ({ draft: Draft; email?: Promise<EmailFormats>; error?: undefined } | { error: string; draft?: undefined; email?: undefined })[];
};

/** Errors cross the thread boundary as their message, which is all the build reports of them. */
export class DraftError extends Error {
  constructor(message: string) {
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
 * The worker's entry. Built files run as they are; source files (tests,
 * `tsx scripts/...`) run under tsx, whose loader the worker registers first.
 */
function startWorker(data: DrafterData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./draft-worker.js', import.meta.url), { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./draft-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData: data });
}

interface Waiting<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

export class Drafter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Waiting<DraftResult>>();
  /** Email pairs still to come, by request id, one per draft made. */
  private readonly emails = new Map<number, Waiting<EmailFormats>[]>();
  private readonly withEmail: boolean;
  private nextId = 0;
  private failure: Error | null = null;
  private readonly templatesLoaded: Promise<void>;
  private settleReady: Waiting<void> | undefined;

  constructor(data: DrafterData) {
    this.withEmail = data.formats.includes('md');
    this.templatesLoaded = new Promise<void>((resolve, reject) => (this.settleReady = { resolve, reject }));
    this.templatesLoaded.catch(() => undefined);
    this.worker = startWorker(data);
    this.worker.on('message', (reply: DraftReply | EmailReply | ReadyReply) => {
      if (reply.kind === 'ready') {
        if (reply.error === undefined) this.settleReady?.resolve();
        else this.settleReady?.reject(new TemplatesError(reply.error));
      } else if (reply.kind === 'drafts') this.receiveDrafts(reply);
      else this.receiveEmails(reply);
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      this.settleReady?.reject(this.failure);
      for (const waiting of this.pending.values()) waiting.reject(this.failure);
      this.pending.clear();
      for (const waiting of [...this.emails.values()].flat()) waiting.reject(this.failure);
      this.emails.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the extraction thread stopped (exit code ${code})`)));
  }

  private receiveDrafts({ kind: _kind, ...reply }: DraftReply): void {
    const waiting = this.pending.get(reply.id);
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

  /** Extracts the articles of one input file and drafts a brief of each. */
  draft(path: string): Promise<DraftResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, path } satisfies DraftRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
