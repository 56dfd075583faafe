// `schedule` spawned as the built CLI: passes on a cron, one scheduler per
// output folder, and a clean stop on SIGTERM / SIGINT.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/store/ledger.js';
import { article, briefFolders, jsonLines, requireBuilt, spawnCli, tmp, writeArticles } from './helpers.js';

const waitFor = async (check: () => boolean, what: string, ms = 30_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('schedule', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('runs passes on its cron, refuses a second scheduler, and stops cleanly on %s (exit 0)', async (signal) => {
    requireBuilt();
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 2);
    const out = join(dir, 'out');
    const args = ['schedule', '--cron', '* * * * * *', '--input', join(dir, 'in'), '--out', out, '--formats', 'pdf,json', '--log-format', 'json'];
    const scheduler = spawnCli(args);
    const finished = () => jsonLines(scheduler.stdout()).filter((l) => l.msg === 'pass finished');
    await waitFor(() => finished().length >= 1, 'the first pass');
    expect(await briefFolders(out)).toHaveLength(2);

    // A second scheduler (or run) on the same folder is refused while this one lives.
    const second = await spawnCli(args).done;
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/already working on/);

    // status sees who is working on the folder.
    const status = await spawnCli(['status', '--out', out, '--json']).done;
    expect(status.code).toBe(0);
    expect((JSON.parse(status.stdout) as { running: { pid: number; command: string } }).running).toMatchObject({ pid: scheduler.child.pid, command: 'schedule' });

    // A new article is picked up by a later tick.
    await writeFile(join(dir, 'in', 'late.txt'), article(99));
    await waitFor(() => jsonLines(scheduler.stdout()).some((l) => l.outcome === 'briefed' && String(l.path).endsWith('late.txt')), 'the late article');
    // Its pass logs "pass finished" only after it has rebuilt the index and feed.
    await waitFor(() => finished().length >= 2, 'the pass of the late article');

    scheduler.child.kill(signal);
    const ended = await scheduler.done;
    expect(ended.code).toBe(0);
    expect(ended.stderr).toBe('');
    const lines = jsonLines(ended.stdout);
    expect(lines.at(-1)?.msg).toBe('scheduler stopped');
    // Passes never overlapped: each "pass started" is followed by its own "pass finished" before the next starts.
    const order = lines.filter((l) => l.msg === 'pass started' || l.msg === 'pass finished' || l.msg === 'pass stopped early').map((l) => (l.msg === 'pass started' ? 'S' : 'F'));
    expect(order.join('')).toMatch(/^(SF)+$/);
    const ledger = Ledger.open(out, { readonly: true });
    try {
      expect(ledger.articles().every((r) => r.status === 'done')).toBe(true);
      expect(ledger.passes(100).every((p) => p.status === 'done' || p.status === 'aborted')).toBe(true);
    } finally {
      ledger.close();
    }
    // The lock went with it: a run now works.
    expect((await spawnCli(['run', '--input', join(dir, 'in'), '--out', out, '--formats', 'pdf,json', '--log-format', 'json']).done).code).toBe(0);
  });

  it('stopped in the middle of a pass: finishes the articles in flight, records the rest as not done, exits 0; a run completes them', async () => {
    requireBuilt();
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    const count = 12;
    await writeArticles(join(dir, 'in'), count);
    const out = join(dir, 'out');
    let signalled = false;
    const scheduler = spawnCli(['schedule', '--input', join(dir, 'in'), '--out', out, '--formats', 'pdf,json', '--log-format', 'json'], {
      onStdout: (chunk, child) => {
        if (!signalled && chunk.includes('"outcome":"briefed"')) {
          signalled = true;
          child.kill('SIGTERM');
        }
      },
    });
    const ended = await scheduler.done;
    expect(ended.code).toBe(0);
    const lines = jsonLines(ended.stdout);
    expect(lines.some((l) => l.msg === 'pass stopped early')).toBe(true);
    const briefed = lines.filter((l) => l.outcome === 'briefed').length;
    expect(briefed).toBeLessThan(count);
    expect(await briefFolders(out)).toHaveLength(briefed);
    const ledger = Ledger.open(out, { readonly: true });
    try {
      expect(ledger.articles({ status: 'running' })).toEqual([]);
      expect(ledger.counts().done).toBe(briefed);
      expect(ledger.passes(1)[0]!.status).toBe('aborted');
    } finally {
      ledger.close();
    }
    const rest = await spawnCli(['run', '--input', join(dir, 'in'), '--out', out, '--formats', 'pdf,json', '--log-format', 'json']).done;
    expect(rest.code).toBe(0);
    expect(jsonLines(rest.stdout).filter((l) => l.outcome === 'briefed')).toHaveLength(count - briefed);
    expect(await briefFolders(out)).toHaveLength(count);
  });
});
