// `build` extracts and drafts its briefs in a worker thread. Each step of a
// print is a round trip to Chromium that the main thread must answer: run on
// the main thread, extraction would hold every print up, and at start-up it
// would hold up Chromium's launch. The main thread keeps the browser, the
// email rendering and the writes.
import { Worker } from 'node:worker_threads';
import type { Draft, Format } from '../pipeline.js';

export interface DrafterData {
  templatesDir: string;
  formats: Format[];
  published?: string;
}

export interface DraftRequest {
  id: number;
  path: string;
}

/** An input's drafts, one per article it holds; or why the input could not be read or extracted. */
export interface DraftReply {
  id: number;
  error?: string;
  drafts?: ({ draft: Draft; error?: undefined } | { error: string; draft?: undefined })[];
}

/** Errors cross the thread boundary as their message, which is all the build reports of them. */
export class DraftError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftError';
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

export class Drafter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (reply: DraftReply) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(data: DrafterData) {
    this.worker = startWorker(data);
    this.worker.on('message', (reply: DraftReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.resolve(reply);
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(this.failure);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the extraction thread stopped (exit code ${code})`)));
  }

  /** Extracts the articles of one input file and drafts a brief of each. */
  draft(path: string): Promise<DraftReply> {
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
