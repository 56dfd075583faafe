// Runs article files through the product (`extractFile`, as `newsbrief extract` does) in child
// processes, at most two at a time (the machine has two cores). Inputs are written to a temporary
// folder that is removed when the process exits; a brief is kept for the rest of the run, so the
// sets that read the same inputs (MEANTIME's entities and its dates) extract them once.
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Brief } from '../../src/brief/model.js';

/** One input: written to `<tmp>/<name>` as it is and read from there. */
export interface ProductJob {
  name: string;
  content: string;
  published?: string;
}

export type ProductResult = { ok: true; brief: Brief; ms: number } | { ok: false; reason: string };

export interface WorkerJob {
  seq: number;
  file: string;
  published?: string;
}
export type WorkerReply = ({ ok: true; brief: Brief; ms: number } | { ok: false; reason: string }) & { seq: number };

export interface PoolOptions {
  /** Child processes at a time; default 2. */
  concurrency?: number;
  /** A job that takes longer fails as timed out and its child is replaced; default 60 s. */
  timeoutMs?: number;
}

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'product-worker.ts');
const cache = new Map<string, Promise<ProductResult>>();
let folder: string | undefined;

function tempFolder(): string {
  if (folder === undefined) {
    const made = mkdtempSync(path.join(tmpdir(), 'newsbrief-eval-'));
    folder = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return folder;
}

const keyOf = (job: ProductJob): string => createHash('sha256').update(`${job.name}\0${job.published ?? ''}\0${job.content}`).digest('hex');

/** Extracts every job's file through the product; results in the order of the jobs. Never throws for a job. */
export async function runProduct(jobs: readonly ProductJob[], options: PoolOptions = {}): Promise<ProductResult[]> {
  const fresh: { job: ProductJob; resolve: (r: ProductResult) => void }[] = [];
  const results = jobs.map((job) => {
    const key = keyOf(job);
    let result = cache.get(key);
    if (result === undefined) {
      result = new Promise<ProductResult>((resolve) => fresh.push({ job, resolve }));
      cache.set(key, result);
    }
    return result;
  });
  if (fresh.length > 0) await drain(fresh, options);
  return Promise.all(results);
}

/**
 * Children kept between calls, so that each loads the product (and warms up) once per run. An idle
 * child's channel is unreferenced: it does not keep the run alive, and it ends when the run does
 * (the worker exits on disconnect).
 */
const idle: ChildProcess[] = [];

function takeChild(): ChildProcess {
  const waiting = idle.pop();
  if (waiting !== undefined) return waiting;
  const child = fork(WORKER, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  child.unref();
  child.once('exit', () => {
    const at = idle.indexOf(child);
    if (at >= 0) idle.splice(at, 1);
  });
  return child;
}

let seq = 0;

/** Runs one file in a child; the child goes back to the idle ones unless it died or timed out. */
function runInChild(child: ChildProcess, file: string, published: string | undefined, timeoutMs: number): Promise<ProductResult> {
  const mine = ++seq;
  child.channel?.ref();
  return new Promise<ProductResult>((done) => {
    const finish = (r: ProductResult, reusable: boolean): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (reusable && child.connected) {
        child.channel?.unref();
        idle.push(child);
      }
      done(r);
    };
    const onMessage = (m: WorkerReply): void => {
      if (m.seq !== mine) return;
      const { seq: _seq, ...r } = m;
      finish(r, true);
    };
    const onExit = (code: number | null, signal: string | null): void => {
      finish({ ok: false, reason: `the extraction process ended (${signal ?? `exit code ${code}`})` }, false);
    };
    const timer = setTimeout(() => {
      child.kill();
      finish({ ok: false, reason: `timed out after ${timeoutMs / 1000} s` }, false);
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send({ seq: mine, file, ...(published === undefined ? {} : { published }) } satisfies WorkerJob);
  });
}

async function drain(queue: { job: ProductJob; resolve: (r: ProductResult) => void }[], options: PoolOptions): Promise<void> {
  const dir = tempFolder();
  const timeoutMs = options.timeoutMs ?? 60_000;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < queue.length) {
      const { job, resolve } = queue[next++]!;
      // A folder per job keeps the file's own name, which the product may read (a title fallback).
      const own = path.join(dir, keyOf(job).slice(0, 16));
      mkdirSync(own, { recursive: true });
      const file = path.join(own, job.name);
      writeFileSync(file, job.content);
      const reply = await runInChild(takeChild(), file, job.published, timeoutMs);
      rmSync(own, { recursive: true, force: true });
      resolve(reply);
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? 2, queue.length));
  await Promise.all(Array.from({ length: width }, lane));
}
