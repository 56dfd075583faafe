// Checks, before any work, that the output folder can be created and written.
// Each missing level is made on its own: a recursive mkdir never returns on a
// file system that refuses new folders without saying why (/proc loops on ENOENT).
import { randomBytes } from 'node:crypto';
import { mkdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Why `dir` cannot hold briefs, in words, or null when it can. Unless `keep`, the folders it
 * had to create are removed again, so a build that writes nothing leaves nothing; `run` keeps
 * them, since its lock lives there and two passes started together must not remove each other's.
 */
export async function checkOutputFolder(dir: string, options: { keep?: boolean } = {}): Promise<string | null> {
  const target = resolve(dir);
  const missing: string[] = [];
  for (let level = target; ; level = dirname(level)) {
    const kind = await stat(level).then(
      (s) => (s.isDirectory() ? 'folder' : 'file'),
      (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'none' : error),
    );
    if (kind === 'folder') break;
    if (kind === 'file') return `${level} is a file, not a folder`;
    if (kind !== 'none') return explain(kind, level);
    if (dirname(level) === level) return `${level} does not exist`;
    missing.unshift(level);
  }
  const made: string[] = [];
  try {
    for (const level of missing) {
      const failure = await mkdir(level).then(
        () => null,
        (error: NodeJS.ErrnoException) => error,
      );
      // Made meanwhile by another process (two passes started together): checked as a folder by the probe below.
      if (failure?.code === 'EEXIST') continue;
      if (failure) return explain(failure, level);
      made.push(level);
    }
    const probe = resolve(target, `.newsbrief-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
    const failure = await writeFile(probe, '').then(
      () => null,
      (error: NodeJS.ErrnoException) => error,
    );
    if (failure) return explain(failure, target);
    await rm(probe, { force: true });
    return null;
  } finally {
    if (!options.keep) for (const level of made.reverse()) await rmdir(level).catch(() => undefined);
  }
}

function explain(error: NodeJS.ErrnoException, path: string): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied: this user may not create or write files in ${path}`;
    case 'EROFS':
      return `${path} is on a read-only file system`;
    case 'ENOSPC':
      return `no space left on the device that holds ${path}`;
    case 'EDQUOT':
      return `the disk quota is used up for ${path}`;
    case 'ENOTDIR':
      return `a part of ${path} is a file, not a folder`;
    case 'ENOENT':
      // The parent exists (checked above): this file system does not take new files there (/proc, /sys).
      return `the file system of ${dirname(path)} does not allow new folders or files there`;
    default:
      return `${path}: ${error.message}`;
  }
}

/** The one-line usage error for an output folder that cannot be used. */
export function describeOutProblem(dir: string, reason: string): string {
  return `cannot write briefs to the output folder ${dir}: ${reason}`;
}
