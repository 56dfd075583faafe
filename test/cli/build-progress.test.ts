import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';

async function inputs(): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'nb-progress-'));
  const files: string[] = [];
  for (let n = 1; n <= 3; n++) {
    const file = join(dir, `story-${n}.txt`);
    await writeFile(file, `Council story number ${n} makes the news\n\nThe council said on Monday that story ${n} would be decided by a vote, the mayor, Jon Berg, said.\n`);
    files.push(file);
  }
  await writeFile(join(dir, 'empty.txt'), '');
  files.push(join(dir, 'empty.txt'));
  return { dir, files };
}

describe('build progress', () => {
  it('on a terminal: each line counted [n/N] with the time left', async () => {
    const { dir, files } = await inputs();
    const io = fakeIo(dir);
    (io.stdout as { isTTY?: boolean }).isTTY = true;
    expect(await main(['build', ...files, '--out', join(dir, 'out'), '--formats', 'json'], io)).toBe(1);
    const wrote = io.out().split('\n').filter((l) => l.includes('wrote') && l.includes('story-'));
    expect(wrote).toHaveLength(3);
    for (const line of wrote) expect(line).toMatch(/^\[[1-4]\/4(, ~\d+ s left)?\] wrote /);
    expect(io.err()).toMatch(/^\[[1-4]\/4(, ~\d+ s left)?\] newsbrief: .*empty\.txt: /m);
    expect(io.out() + io.err()).toMatch(/\[[1-3]\/4, ~\d+ s left\]/);
  });

  it('in a log (not a terminal): plain lines', async () => {
    const { dir, files } = await inputs();
    const io = fakeIo(dir);
    expect(await main(['build', ...files, '--out', join(dir, 'out'), '--formats', 'json'], io)).toBe(1);
    expect(io.out()).not.toMatch(/^\[/m);
    expect(io.out().split('\n').filter((l) => l.startsWith('wrote ') && l.includes('story-'))).toHaveLength(3);
  });
});
