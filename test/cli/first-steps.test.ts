// What a new user meets first: run without an input folder, status on the wrong folder.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SEED, SEED_PUBLISHED, fakeIo } from '../helpers.js';

const tmp = () => mkdtemp(join(tmpdir(), 'nb-first-'));

describe('run without its sources', () => {
  it('no input/ folder: says that the default source is missing and how to give one, exit 2', async () => {
    const dir = await tmp();
    const io = fakeIo(dir);
    expect(await main(['run', '--out', join(dir, 'out'), '--formats', 'json', '--log-format', 'pretty'], io)).toBe(2);
    expect(io.err()).toContain(`no source: ${join(dir, 'input')} does not exist`);
    expect(io.err()).toContain('--input DIR or --feed URL');
    expect(io.err() + io.out()).not.toContain('disappeared');
  });

  it('an --input that does not exist is named, exit 2', async () => {
    const dir = await tmp();
    const io = fakeIo(dir);
    expect(await main(['run', '--input', 'typo', '--out', 'out', '--formats', 'json'], io)).toBe(2);
    expect(io.err()).toContain(`--input: no such folder or file: ${join(dir, 'typo')}`);
  });
});

describe('status on the wrong folder', () => {
  it('a folder that does not exist: exit 2, saying so', async () => {
    const dir = await tmp();
    const io = fakeIo(dir);
    expect(await main(['status', '--out', 'nosuchdir'], io)).toBe(2);
    expect(io.err()).toContain(`${join(dir, 'nosuchdir')} does not exist`);
  });

  it('a folder made by build: counts its briefs and says build keeps no passes', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'second.md'), '---\ntitle: Harbour town keeps its lighthouse\n---\nResidents of the harbour town voted on Sunday to keep the lighthouse lit, the council said.\n');
    expect(await main(['build', SEED, join(dir, 'second.md'), '--out', join(dir, 'out'), '--formats', 'json', '--published', SEED_PUBLISHED], fakeIo(dir))).toBe(0);
    const io = fakeIo(dir);
    expect(await main(['status', '--out', 'out'], io)).toBe(0);
    expect(io.out()).toContain('holds 2 briefs but no passes: it was written by "newsbrief build"');
    const json = fakeIo(dir);
    expect(await main(['status', '--out', 'out', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ briefs: 2, passes: [] });
  });
});
