import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SEED, SEED_PUBLISHED, fakeIo } from '../helpers.js';

const tmp = () => mkdtemp(join(tmpdir(), 'nb-out-'));

describe('an output folder that cannot be used', () => {
  it('build --out /proc/nope: says why once, before any work, and exits 2 (it used to hang)', { timeout: 15_000 }, async () => {
    const io = fakeIo();
    expect(await main(['build', SEED, '--out', '/proc/nope', '--formats', 'json', '--published', SEED_PUBLISHED], io)).toBe(2);
    expect(io.err()).toContain('cannot write briefs to the output folder /proc/nope: the file system of /proc does not allow new folders or files there');
    expect(io.err().match(/cannot write briefs/g)).toHaveLength(1);
    expect(io.out()).toBe('');
  });

  it('build --out under a file: one line naming the file, exit 2, nothing drafted', async () => {
    const dir = await tmp();
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    const io = fakeIo();
    expect(await main(['build', SEED, SEED, '--out', join(file, 'out'), '--formats', 'json'], io)).toBe(2);
    expect(io.err()).toContain(`${file} is a file, not a folder`);
    expect(io.err().match(/cannot write briefs/g)).toHaveLength(1);
    expect(io.out()).not.toContain('wrote');
  });

  it('run and schedule: a usage error (exit 2), not an internal error', { timeout: 15_000 }, async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'story.txt'), 'Residents voted on Sunday to keep the lighthouse lit, the council said.\n');
    for (const command of ['run', 'schedule']) {
      const io = fakeIo(dir);
      expect(await main([command, '--input', dir, '--out', '/proc/nope', '--formats', 'json'], io)).toBe(2);
      expect(io.err()).toContain('cannot write briefs to the output folder /proc/nope');
      expect(io.err()).not.toContain('internal error');
    }
  });

  it('a writable folder that does not exist yet is fine, and is not left behind when nothing is written', async () => {
    const dir = await tmp();
    const io = fakeIo();
    expect(await main(['build', join(dir, 'missing.txt'), '--out', join(dir, 'a', 'b'), '--formats', 'json'], io)).toBe(1);
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });
});
