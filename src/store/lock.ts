// One pass at a time per output folder. The lock is an exclusive SQLite
// transaction held on `.newsbrief/lock.sqlite` for the life of the pass: the
// kernel drops it when the holder dies, however it dies (kill -9 included), so
// a crashed process can never leave it stuck. `lock.json` beside it only says
// who holds it, for the refusal message.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { STATE_DIR } from './ledger.js';

export class LockedError extends Error {
  constructor(
    readonly outDir: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder ? `pid ${holder.pid} on ${holder.host}, running since ${holder.startedAt}` : 'another process';
    super(`another newsbrief (${who}) is already working on ${outDir}; not starting a second one`);
    this.name = 'LockedError';
  }
}

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

export interface FolderLock {
  release(): void;
}

/** Takes the output folder's lock or throws LockedError at once (it never waits). */
export function lockOutputFolder(outDir: string, command: string): FolderLock {
  const dir = join(outDir, STATE_DIR);
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'lock.sqlite'));
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new LockedError(outDir, readHolder(dir));
    throw error;
  }
  const holder: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command };
  writeFileSync(join(dir, 'lock.json'), `${JSON.stringify(holder)}\n`);
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      rmSync(join(dir, 'lock.json'), { force: true });
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

function readHolder(dir: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'lock.json'), 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}
