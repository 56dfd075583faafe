// Hands article files to the fleet: each becomes a brief job carrying its bytes.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { BriefJobData, Fleet, RetryOptions } from './fleet.js';

export interface EnqueueOptions extends RetryOptions {
  /** Files larger than this are refused (a job carries the whole file). */
  maxBytes: number;
}

export interface EnqueueResult {
  /** New jobs. */
  added: string[];
  /** Already queued, failed or briefed: no new job. */
  known: string[];
  failed: { path: string; reason: string }[];
}

/** Reads a file into a job's data: its bytes, base64, and its modification time. */
export async function readJobData(path: string, maxBytes: number): Promise<{ sha256: string; data: BriefJobData }> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error('is not a file');
  if (info.size > maxBytes) throw new Error(`is ${info.size} bytes, over the ${maxBytes}-byte limit`);
  const bytes = await readFile(path);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), data: { name: path, content: bytes.toString('base64'), mtimeMs: info.mtimeMs } };
}

export async function enqueueFiles(fleet: Fleet, paths: string[], options: EnqueueOptions): Promise<EnqueueResult> {
  const result: EnqueueResult = { added: [], known: [], failed: [] };
  for (const path of paths) {
    let job;
    try {
      job = await readJobData(path, options.maxBytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      result.failed.push({ path, reason: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message });
      continue;
    }
    const { added, known } = await fleet.enqueue([job], options);
    result.added.push(...added);
    result.known.push(...known);
  }
  return result;
}
