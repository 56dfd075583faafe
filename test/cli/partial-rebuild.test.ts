import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SEED, SEED_PUBLISHED, fakeIo } from '../helpers.js';

const tmp = () => mkdtemp(join(tmpdir(), 'nb-partial-'));
const folders = async (out: string) => (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
const indexCount = async (out: string) => (await readFile(join(out, 'index.html'), 'utf8')).match(/<article\b/g)?.length ?? 0;

describe('a rebuild with some formats', () => {
  it('replaces only those files; the brief keeps the others and stays in the index', async () => {
    const dir = await tmp();
    const out = join(dir, 'out');
    const second = join(dir, 'second.md');
    await writeFile(second, '---\ntitle: Harbour town keeps its lighthouse\npublished: 2024-03-04T10:15:00Z\n---\nResidents of the harbour town voted on Sunday to keep the lighthouse lit, the council said.\n');
    expect(await main(['build', SEED, second, '--out', out, '--formats', 'html,md,json', '--published', SEED_PUBLISHED], fakeIo(dir))).toBe(0);
    expect(await indexCount(out)).toBe(2);
    const [seedFolder] = (await folders(out)).filter((f) => !f.includes('lighthouse'));
    const before = await readFile(join(out, seedFolder!, 'brief.md'), 'utf8');

    const io = fakeIo(dir);
    expect(await main(['build', SEED, '--out', out, '--formats', 'html', '--published', SEED_PUBLISHED], io)).toBe(0);
    expect(await folders(out)).toHaveLength(2);
    for (const file of ['brief.html', 'brief.md', 'brief.json', 'brief.email.html', 'brief.txt']) expect(existsSync(join(out, seedFolder!, file)), file).toBe(true);
    expect(await readFile(join(out, seedFolder!, 'brief.md'), 'utf8')).toBe(before);
    expect(await indexCount(out)).toBe(2);
    expect(io.out()).toContain('(2 briefs)');
  });

  it('a brief built as Markdown only is listed in the index, and a second build reuses its folder', async () => {
    const dir = await tmp();
    const out = join(dir, 'out');
    for (let i = 0; i < 2; i++) {
      const io = fakeIo(dir);
      expect(await main(['build', SEED, '--out', out, '--formats', 'md', '--published', SEED_PUBLISHED], io)).toBe(0);
      expect(io.out()).toContain('(1 brief)');
    }
    expect(await folders(out)).toHaveLength(1);
    expect(await indexCount(out)).toBe(1);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('NATO countries likely to send troops');
  });
});
