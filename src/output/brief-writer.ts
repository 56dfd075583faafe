// Writes a brief's files so that they appear together and complete, or not at
// all: into a hidden temporary folder in the output folder, each file fsynced
// (all at once), the folder fsynced, then renamed into place and the parent fsynced.
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { Format, Rendered } from '../pipeline.js';
import { CARD_FILE, cardOf } from '../publish/catalog.js';
import { TEMP_PREFIX, resolveInside } from './slug.js';

export const FILE_OF: Record<Format, string> = { html: 'brief.html', pdf: 'brief.pdf', md: 'brief.md', json: 'brief.json' };
/** Every file a brief folder may hold, in writing order: the formats, the email pair made with the Markdown, the card. */
const FILES = [...(Object.entries(FILE_OF) as [keyof BriefFiles, string][]), ['email', 'brief.email.html'], ['txt', 'brief.txt'], ['card', CARD_FILE]] as [keyof BriefFiles, string][];

export { TEMP_PREFIX };

/** The file operations the writer needs; tests inject failures (ENOSPC) here. */
export interface WriteFs {
  mkdir(path: string): Promise<void>;
  /** Writes `data` to a new file and fsyncs it. */
  writeFileSynced(path: string, data: string | Uint8Array): Promise<void>;
  /** fsyncs a directory, so renames in it are durable. */
  syncDir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** A second name for a file already written and synced (a kept file of the brief being replaced). */
  link(from: string, to: string): Promise<void>;
}

export const nodeWriteFs: WriteFs = {
  mkdir: async (path) => void (await fsp.mkdir(path, { recursive: true })),
  async writeFileSynced(path, data) {
    const handle = await fsp.open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async syncDir(path) {
    const handle = await fsp.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  link: (from, to) => fsp.link(from, to).catch(() => fsp.copyFile(from, to, fsp.constants.COPYFILE_EXCL)),
  rm: (path) => fsp.rm(path, { recursive: true, force: true }),
  exists: (path) =>
    fsp.stat(path).then(
      () => true,
      () => false,
    ),
};

export interface BriefFiles {
  html?: string;
  pdf?: Uint8Array;
  md?: string;
  json?: string;
  /** brief.email.html and brief.txt, written whenever the Markdown is. */
  email?: string;
  txt?: string;
  /** The index card, when brief.json is not written (CARD_FILE). */
  card?: string;
}

/** The rendered outputs of the requested formats. */
export function briefFilesOf(rendered: Rendered, formats: ReadonlySet<Format>): BriefFiles {
  return {
    ...(formats.has('html') && rendered.html !== undefined ? { html: rendered.html } : {}),
    ...(formats.has('pdf') && rendered.pdf !== undefined ? { pdf: rendered.pdf } : {}),
    ...(formats.has('md') && rendered.markdown !== undefined ? { md: rendered.markdown } : {}),
    ...(formats.has('md') && rendered.emailHtml !== undefined ? { email: rendered.emailHtml } : {}),
    ...(formats.has('md') && rendered.text !== undefined ? { txt: rendered.text } : {}),
    ...(formats.has('json') ? { json: `${JSON.stringify(rendered.brief, null, 2)}\n` } : { card: `${JSON.stringify(cardOf(rendered.brief))}\n` }),
  };
}

export interface WriteBriefOptions {
  /**
   * Replace a folder already at the target (build); otherwise its presence is an error (run).
   * Only the files given are replaced: the old folder's other files are kept (a rebuild with
   * --formats pdf keeps the brief's HTML, Markdown and JSON).
   */
  replace: boolean;
  fs?: WriteFs;
}

/**
 * Writes the files into `<outDir>/<slug>/` atomically; returns the file names.
 * With `replace`, an existing folder is first renamed aside and removed after:
 * a reader may briefly find no folder, never a mixed or half-written one.
 */
export async function writeBriefFolder(outDir: string, slug: string, files: BriefFiles, options: WriteBriefOptions): Promise<string[]> {
  const fs = options.fs ?? nodeWriteFs;
  const target = resolveInside(outDir, slug);
  await fs.mkdir(outDir);
  const tmp = join(outDir, `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  const names: string[] = [];
  try {
    await fs.mkdir(tmp);
    const writes: Promise<void>[] = [];
    for (const [key, name] of FILES) {
      const data = files[key];
      if (data === undefined) continue;
      writes.push(fs.writeFileSynced(join(tmp, name), data));
      if (key !== 'card') names.push(name);
    }
    if (options.replace && (await fs.exists(target))) {
      // The files this write does not make stay as they were; a card is stale once brief.json is written.
      for (const [key, name] of FILES) {
        if (files[key] !== undefined || (key === 'card' && files.json !== undefined)) continue;
        if (await fs.exists(join(target, name))) writes.push(fs.link(join(target, name), join(tmp, name)));
      }
    }
    // The files are written and fsynced side by side (the disk can flush them in one go); the
    // folder becomes visible only after all have settled, so a failure still leaves nothing.
    const failure = (await Promise.allSettled(writes)).find((r) => r.status === 'rejected');
    if (failure) throw failure.reason;
    await fs.syncDir(tmp);
    if (await fs.exists(target)) {
      if (!options.replace) throw new Error(`${target} already exists`);
      const old = join(outDir, `${TEMP_PREFIX}old-${process.pid}-${randomBytes(4).toString('hex')}`);
      await fs.rename(target, old);
      await fs.rename(tmp, target);
      await fs.rm(old);
    } else {
      await fs.rename(tmp, target);
    }
    await fs.syncDir(outDir);
    return names;
  } catch (error) {
    await fs.rm(tmp).catch(() => undefined);
    throw error;
  }
}

/**
 * Removes temporary folders left by writers that died (kill -9, power cut):
 * those whose process is gone. Returns how many were removed. With `minAgeMs`,
 * only those older than that: writers on other machines share a fleet's folder,
 * and their process ids mean nothing here.
 */
export async function removeStaleTemps(outDir: string, fs: WriteFs = nodeWriteFs, options: { minAgeMs?: number } = {}): Promise<number> {
  let entries: string[];
  try {
    entries = await fsp.readdir(outDir);
  } catch {
    return 0;
  }
  const dead = entries.filter((e) => e.startsWith(TEMP_PREFIX) && !isAlive(Number(/(\d+)-[0-9a-f]+$/.exec(e)?.[1] ?? 0)));
  const old = async (name: string): Promise<boolean> => {
    if (options.minAgeMs === undefined) return true;
    const info = await fsp.stat(join(outDir, name)).catch(() => null);
    return info !== null && Date.now() - info.mtimeMs > options.minAgeMs;
  };
  const stale: string[] = [];
  for (const name of dead) if (await old(name)) stale.push(name);
  for (const name of stale) await fs.rm(join(outDir, name));
  return stale.length;
}

/** Whether a process with this id runs on this machine (`build` writes without the lock). */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
