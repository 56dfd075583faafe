// A browser left by a killed newsbrief (its parent gone) is ended by the next launch; one whose
// newsbrief still runs is not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reapOrphanedBrowsers } from '../../src/render/orphans.js';

/** Running, not a zombie waiting for whoever adopted it to collect it. */
const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

// A stand-in for Chromium: a process that carries our profile flag, as a browser does.
const standIn = (profile: string) => `${JSON.stringify(process.execPath)} -e "setTimeout(() => {}, 60000)" -- --user-data-dir=${profile}`;

// Its own profile prefix: a browser launched by a test running beside this one reaps orphans with
// the real prefix, and would take this stand-in before the reaper under test could.
const PREFIX = `newsbrief-reap-test-${process.pid}-`;

describe.skipIf(process.platform !== 'linux')('reapOrphanedBrowsers', () => {
  it('kills a browser whose parent is gone and removes its profile; leaves one whose parent lives', async () => {
    const orphanProfile = mkdtempSync(join(tmpdir(), PREFIX));
    const ownedProfile = mkdtempSync(join(tmpdir(), PREFIX));
    // The shell starts it in the background and exits: the stand-in is orphaned.
    const started = spawnSync('sh', ['-c', `${standIn(orphanProfile)} >/dev/null 2>&1 & echo $!`], { encoding: 'utf8' });
    const orphan = Number(started.stdout.trim());
    // This one's parent is this (Node) process, as a running newsbrief's browser is.
    const owned = spawn('sh', ['-c', `exec ${standIn(ownedProfile)}`], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(alive(orphan)).toBe(true);
      const reaped = reapOrphanedBrowsers('/proc', PREFIX);
      expect(reaped).toContainEqual({ pid: orphan, profile: orphanProfile });
      expect(reaped.map((r) => r.pid)).not.toContain(owned.pid);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(alive(orphan)).toBe(false);
      expect(existsSync(orphanProfile)).toBe(false);
      expect(alive(owned.pid!)).toBe(true);
      expect(existsSync(ownedProfile)).toBe(true);
    } finally {
      owned.kill('SIGKILL');
      if (alive(orphan)) process.kill(orphan, 'SIGKILL');
    }
  });
});
