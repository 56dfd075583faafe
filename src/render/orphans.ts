// Browsers left behind by a newsbrief process that was killed (kill -9, OOM): Chromium does
// not exit with its parent, so each would live on, idle, for ever. Before launching its own,
// a newsbrief process ends those: a Chromium whose profile is one of ours (a temporary
// "newsbrief-chromium-" folder) and whose parent is gone (it was handed to init, pid 1). A
// browser of another newsbrief still running has that process as its parent and is left alone.
// (Where a subreaper such as `systemd --user` adopts orphans, the parent is that, not pid 1: any
// parent that is not a Node process counts as gone.)
// Linux only (it reads /proc); elsewhere nothing is done.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const PROFILE_PREFIX = 'newsbrief-chromium-';

export interface ReapedBrowser {
  pid: number;
  profile: string;
}

/** Kills orphaned browsers of earlier newsbrief processes and removes their profiles; returns them. */
export function reapOrphanedBrowsers(proc = '/proc', prefix = PROFILE_PREFIX): ReapedBrowser[] {
  const reaped: ReapedBrowser[] = [];
  let entries: string[];
  try {
    entries = readdirSync(proc).filter((name) => /^\d+$/.test(name));
  } catch {
    return reaped;
  }
  const ours = join(tmpdir(), prefix);
  for (const name of entries) {
    try {
      const args = readFileSync(join(proc, name, 'cmdline'), 'utf8').split('\0');
      // The browser process itself: our profile, and no --type= (renderers and helpers die with it).
      const profile = args.find((a) => a.startsWith(`--user-data-dir=${ours}`))?.slice('--user-data-dir='.length);
      if (!profile || args.some((a) => a.startsWith('--type='))) continue;
      // /proc/<pid>/stat: "pid (comm) state ppid ...", comm may hold spaces.
      const stat = readFileSync(join(proc, name, 'stat'), 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!orphaned(proc, ppid)) continue;
      process.kill(Number(name), 'SIGKILL');
      rmSync(profile, { recursive: true, force: true });
      reaped.push({ pid: Number(name), profile });
    } catch {
      // Gone meanwhile, or not ours to read: nothing to do.
    }
  }
  return reaped;
}

/** True when `ppid` is init, or a process that is not Node (a subreaper that adopted the orphan). */
function orphaned(proc: string, ppid: number): boolean {
  if (ppid === 1) return true;
  try {
    const parent = readFileSync(join(proc, String(ppid), 'cmdline'), 'utf8').split('\0')[0] ?? '';
    return basename(parent) !== basename(process.execPath) && !/(?:^|\/)node(?:js)?(?:\d+)?$/.test(parent);
  } catch {
    return true;
  }
}
