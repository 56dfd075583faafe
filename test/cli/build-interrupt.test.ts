// Ctrl-C during a build: the briefs already written get their index and feed, the user is told, nothing half-written stays.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFolders, requireBuilt, spawnCli, tmp, writeArticles } from '../schedule/helpers.js';

describe('build interrupted', () => {
  it('SIGINT: finishes the briefs in flight, writes the index of what was written, says so, exits 130', async () => {
    requireBuilt();
    const dir = await tmp('nb-int-');
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 60);
    const out = join(dir, 'out');
    let sent = false;
    const build = spawnCli(['build', join(dir, 'in'), '--out', out, '--formats', 'html,json'], {
      onStdout: (chunk, child) => {
        if (!sent && chunk.includes('wrote ')) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    const ended = await build.done;
    expect(ended.code).toBe(130);
    expect(ended.stderr).toContain('SIGINT: finishing the briefs in flight');
    const written = await briefFolders(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(60);
    expect(ended.stdout).toMatch(new RegExp(`${written.length} briefs? written to .*; stopped by SIGINT, \\d+ inputs? not started`));
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'feed.xml'))).toBe(true);
    expect((await readFile(join(out, 'index.html'), 'utf8')).match(/<article\b/g)).toHaveLength(written.length);
    expect((await readdir(out)).filter((n) => n.startsWith('.newsbrief-tmp-'))).toEqual([]);
  });
});
