import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDeadWorkersJobs } from '../../src/queue/brief-worker.js';

describe('the job files of a worker that was killed', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('are removed by the next worker; a running worker keeps its own', async () => {
    dir = await mkdtemp(join(tmpdir(), 'nb-jobs-test-'));
    // A process that has exited: its pid names no running worker (unless reused within the test).
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await mkdir(join(dir, `nb-jobs-${dead}-abc123`, 'job-x'), { recursive: true });
    await mkdir(join(dir, `nb-jobs-${process.pid}-def456`));
    await mkdir(join(dir, 'nb-jobs-Qx81zz'));
    await mkdir(join(dir, 'other'));
    expect(await removeDeadWorkersJobs(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([`nb-jobs-${process.pid}-def456`, 'nb-jobs-Qx81zz', 'other']);
  });
});
